"""Actor identity, sixth pass: national rights groups are NGOs (not civilians), and the spouse of
a head of state or government is an elite of their country, not its government."""

from __future__ import annotations

import datetime as dt

import pytest
from actors_support import packaged_data_ready
from events_support import has_event as _has

pytestmark = pytest.mark.skipif(not packaged_data_ready(), reason="packaged actor data missing")


@pytest.mark.parametrize("phrase", ["the American Civil Liberties Union", "the ACLU", "Freedom House"])
def test_national_rights_groups_are_ngos(coder, phrase):
    actor = coder.resolver.resolve_text(phrase)
    assert actor is not None and actor.code == "USANGO", actor


def test_a_civil_liberties_group_is_an_ngo(coder):
    actor = coder.resolver.resolve_text("a civil liberties group")
    assert actor is not None and actor.sector == "NGO", actor


@pytest.mark.parametrize("phrase,code", [("first lady Melania Trump", "USAELI"),
                                         ("the American first lady", "USAELI"), ("Akie Abe", "JPNELI")])
def test_a_leaders_spouse_is_an_elite_not_the_government(coder, phrase, code):
    actor = coder.resolver.resolve_text(phrase, date=dt.date(2017, 6, 1))
    assert actor is not None and actor.code == code, actor


def test_a_rights_group_suing_is_an_ngo_act(code):
    _has(code("The ACLU sued the Trump administration over the travel ban on Monday."), "11", "USANGO", "USAGOV")


@pytest.mark.parametrize("phrase", ["the vice-president of Nordico Shanghai", "the president of Foxconn"])
def test_a_title_in_a_firm_is_no_government(coder, phrase):
    assert coder.resolver.resolve_text(phrase) is None


@pytest.mark.parametrize("phrase,code", [("the president of France", "FRAGOV"), ("the mayor of Kabul", "AFGGOV")])
def test_a_title_of_a_country_stays_its_government(coder, phrase, code):
    actor = coder.resolver.resolve_text(phrase)
    assert actor is not None and actor.code == code, actor


def test_its_after_a_titled_person_is_the_group_he_met(code):
    events = code("The Lebanese prime minister met the Syrian opposition delegation. "
                  "Its chief negotiator, Karim Haddad, accused Iran of sabotaging the talks.")
    _has(events, "112", "SYROPP", "IRN")
    assert not any(c.startswith("112") and src and src.startswith("LBN") for c, src, _ in events), events
