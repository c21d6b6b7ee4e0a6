"""Who is acted on (issue 4), third round: targets the sentence names but the finder used to
leave null — the act a threat names, the consequences a warning names, the owner of what a
demand is about, the act an appeal asks for, a relative clause with no relative word — and
co-doers of a one-sided attack that are no targets of each other. Invented sentences."""

from __future__ import annotations

import pytest
from events_support import has_event


@pytest.fixture(scope="module")
def coded(code):
    """`coded(text)` -> [(cameo, source code, target code)] for an article of 2017-05-10 (the
    offices these tests name are of that date), from the session's Coder."""
    return lambda text: code(text, date="2017-05-10")


def test_a_threat_is_aimed_at_the_object_of_the_act_it_names(coded):
    has_event(coded("The United States threatened to sanction Chinese firms."), "13", "USA", "CHN")


def test_a_non_hostile_act_threatened_does_not_make_its_own_troops_a_target(coded):
    ev = coded("The president threatened to deploy troops to the border.")
    assert not any(t for _, _, t in ev), ev


def test_a_warning_of_consequences_for_someone(coded):
    has_event(coded("Seoul warned of serious consequences for North Korea."), "13", "KOR", "PRK")
    ev = coded("Iran warned that the deal would have consequences for the region.")
    assert not any(t for _, _, t in ev), ev  # no actor named


def test_a_demand_about_what_someone_owns(coded):
    ev = coded("Russia demanded an explanation for the Pentagon's decision.")
    has_event(ev, "10", "RUS", "USA")


def test_an_appeal_with_no_addressee_is_aimed_at_whom_the_act_asked_for_is(coded):
    ev = coded("Ukrainian lawmakers called for sanctions against Russia.")
    has_event(ev, "02", "UKR", "RUS")
    ev = coded("Palestinian officials have called for a boycott of Israel's military courts.")
    has_event(ev, "02", "PSE", "ISRJUD", exact=False)


def test_a_relative_clause_without_a_relative_word_acts_on_its_antecedent(coded):
    ev = coded("Kenyan police arrested the activist the Ugandan government had accused of treason.")
    has_event(ev, "112", "UGAGOV", "NGO")  # not read as a headline passive "X accused of"


def test_co_doers_of_a_one_sided_attack_are_not_each_others_targets(coded):
    ev = coded("US-backed forces and Kurdish fighters attacked Raqqa.")
    doers = {s for _, s, _ in ev}
    assert ev and not any(t in doers for _, _, t in ev), ev
    ev = coded("The Iraqi army and Kurdish fighters clashed near Kirkuk.")
    has_event(ev, "19", "IRQMIL", "IRQUAF")  # a clash is mutual
    has_event(ev, "19", "IRQUAF", "IRQMIL")


def test_aid_goes_to_whom_or_where_its_purpose_names(coded):
    has_event(coded("Japan pledged $10 million to fight famine in Somalia."), "07", "JPN", "SOM")
    has_event(coded("The EU sent 50 tonnes of supplies to help refugees in Jordan."), "07", "IGOEU", "JOR")


def test_a_contact_verb_object_is_addressed_not_the_doer(coded):
    ev = coded("Russia's army chief called his Turkish counterpart to offer condolences over the strike.")
    has_event(ev, "018", "RUS", "TUR")
    assert not any(c == "018" and (s or "").startswith("TUR") for c, s, _ in ev), ev


def test_a_states_strikes_are_the_states_not_its_peoples(coded):
    ev = coded("Dozens of civilians were killed by Saudi airstrikes in Yemen.")
    has_event(ev, "19", "SAU", exact=False)
    assert not any((s or "").endswith("CVL") for c, s, _ in ev if c.startswith("19")), ev
    ev = coded("Palestinian protesters blocked the road to the settlement.")
    assert not any(s == "PSE" for _, s, _ in ev), ev  # protesters stay people


def test_condemning_an_act_is_aimed_at_the_doer_a_relative_clause_names(coded):
    ev = coded("The minister condemned the attack, which was carried out by Hamas.")
    has_event(ev, "11", None, "HMS")
    ev = coded("The White House eased sanctions imposed by Barack Obama on Russia.")
    assert not any(c.startswith("08") and (t or "").startswith("USA") for c, _, t in ev), ev
