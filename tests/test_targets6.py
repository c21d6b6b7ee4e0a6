"""Who is acted on (issue 4), second round: a named owner before a bare group word, and the
"about" object of worries and complaints. Invented sentences."""

from __future__ import annotations

import pytest
from events_support import has_event


@pytest.fixture(scope="module")
def coded(code):
    """`coded(text)` -> [(cameo, source code, target code)] for an article of 2017-05-10 (the
    offices these tests name are of that date), from the session's Coder."""
    return lambda text: code(text, date="2017-05-10")


def test_a_named_owner_wins_over_a_bare_group_modifier(coded):
    ev = coded("Germany voiced concern over China's military buildup.")
    has_event(ev, "012", "DEU", "CHN")


def test_a_pronoun_owner_leaves_the_group_modifier(coded):
    ev = coded("Trump attacked his media critics on Friday.")
    has_event(ev, "11", "USAGOV", "USAMED")


def test_concerns_about_a_named_owner(coded):
    ev = coded("Tillerson voiced concerns about Russia's behavior on Monday.")
    has_event(ev, "012", "USAGOV", "RUS")


def test_a_town_seized_from_a_named_group(coded):
    ev = coded("Turkish forces seized the town of Al Bab from ISIL on Thursday.")
    has_event(ev, "19", "TURMIL", "IMGMUSISI")
    ev = coded("Kurdish fighters took control of the village from ISIL.")
    has_event(ev, "19", None, "IMGMUSISI")


def test_the_crew_of_a_ship_are_civilians_of_its_country(coded):
    ev = coded("Pirates kidnapped the crew of a Turkish ship off Nigeria.")
    has_event(ev, "181", "CRM", "TURCVL", exact=True)
    ev = coded("Pirates fired on the crew of a Russian warship.")
    assert not any(t == "RUSCVL" for _, _, t in ev), ev
