"""Event-layer coding rules (docs/coding-rules.md) on sentences written for these tests, with the
real coder: tense and modality, refusals, reported obligations and allegations, compound and
reciprocal actors, nominal and adjectival triggers, the means of a killing."""

from __future__ import annotations

import pytest
from events_support import has_event as _has


@pytest.fixture(scope="module")
def code(coder):
    def run(text: str) -> list[tuple[str, str | None, str | None, str]]:
        return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
                for e in coder.code_text(text, date="2024-03-05")]
    return run


def _roots(events) -> set[str]:
    return {c[:2] for c, *_ in events}


# -- tense and modality ------------------------------------------------------------------

def test_perfect_tense_is_asserted(code):
    ev = code("Rebels have attacked an army base near the border with Sudan.")
    assert _has(ev, "19", "REB")[3] == "asserted"


def test_obligation_without_a_speaker_is_not_coded(code):
    assert code("Israel has to withdraw its troops from the area.") == []


def test_past_negation_is_not_coded(code):
    assert code("The rebels did not release the hostages on Sunday.") == []


def test_announced_refusal_is_a_rejection(code):
    assert _has(code("Israel will not release the prisoners."), "1243", "ISR")[3] == "refusal"
    _has(code("Lebanon says it will not accept more Syrian refugees."), "12", "LBN")


def test_would_in_reported_speech_is_the_future(code):
    cameo, *_ = _has(code("The rebels said on Monday they would release three hostages."), "035", "REB")
    assert cameo == "0353"


def test_decision_is_the_act_and_consideration_is_014(code):
    _has(code("Japan decided on Thursday to ease sanctions on North Korea."), "085", "JPN", "PRK")
    ev = code("Japan is considering sending aid to North Korea.")
    assert _roots(ev) == {"01"} and ev[0][0] == "014"


def test_announced_plan_of_a_hostile_act_is_a_threat(code):
    _has(code("Greece plans to impose sanctions on Turkey."), "13", "GRC")


# -- reported speech ---------------------------------------------------------------------

def test_reported_must_is_a_demand_and_should_an_appeal(code):
    _has(code("Russia says Israel must end its attacks on Syria."), "10", "RUS", "ISR")
    _has(code("The European Union said Russia should release the detained activists."), "0253", "IGOEUREEC", "RUS")


def test_claim_about_another_actor_is_an_accusation(code):
    ev = code("Russia claimed that Ukrainian troops had shelled the village.")
    _has(ev, "112", "RUS", "UKR")
    assert "19" not in _roots(ev)


def test_claim_of_own_act_is_claim_of_responsibility_and_the_act(code):
    ev = code("The rebels claimed that they had attacked the airport.")
    _has(ev, "015", "REB")
    _has(ev, "19", "REB")


def test_a_document_speaks_for_its_author(code):
    _has(code("The European Union issued a statement urging Iran to release the sailors."), "02", "IGOEUREEC", "IRN")


# -- actors ------------------------------------------------------------------------------

def test_compound_subject_of_a_mutual_act_codes_both_directions(code):
    ev = code("Jordan and Britain agreed to hold joint military exercises this month.")
    _has(ev, "03", "JOR", "GBR")
    _has(ev, "03", "GBR", "JOR")


def test_joint_exercises_are_military_cooperation(code):
    ev = code("French and Egyptian warships launched ten days of war games in the Mediterranean.")
    _has(ev, "062", "FRA", "EGY")
    _has(ev, "062", "EGY", "FRA")


def test_participle_shares_the_subject_of_its_clause(code):
    _has(code("Rebels shelled the town overnight, killing eight people."), "19", "REB")


def test_purpose_clause_after_an_object_keeps_the_subject(code):
    _has(code("Zimbabwean police fired teargas to break up the protest."), "175", "ZWECOP")


def test_partner_named_on_the_object(code):
    _has(code("Ukraine ratified an agreement with the European Union."), "057", "UKR", "IGOEUREEC")


# -- triggers ----------------------------------------------------------------------------

def test_predicative_adjectives(code):
    _has(code("China is concerned about the missile tests."), "012", "CHN")
    _has(code("Germany was highly critical of the Turkish government."), "111", "DEU", "TUR")
    assert code("The patient is in critical condition.") == []


def test_effort_noun_frames_its_compound(code):
    ev = code("Egypt launched a mediation effort between Israel and Hamas.")
    _has(ev, "045", "EGY", "ISR")
    assert "11" not in _roots(ev)


def test_troops_for_a_peacekeeping_mission(code):
    _has(code("Britain is deploying 300 troops to the UN peacekeeping mission in Mali."), "074", "GBR")


def test_means_of_a_killing_give_the_subcode(code):
    _has(code("Three soldiers were killed by a roadside bomb near Kandahar."), "1833")
    _has(code("Two suicide bombers killed twenty people in the market."), "183")
    assert code("Two people were killed in a gas explosion in Moscow.") == []


def test_troops_on_alert(code):
    _has(code("Israeli troops remained on alert in the north."), "152", "ISRMIL")
