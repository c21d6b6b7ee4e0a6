"""A nationality before what a state proposes or does names the state, also in the plural and
for nouns with a person-like ending; before people it still names the people (invented sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, source, target", [
    ("Iran condemned American sanctions on its oil exports.", "IRN", "USAGOV"),
    ("The Kenyan government rejected British proposals for new elections.", "KENGOV", "GBRGOV"),
    ("Austria welcomed the Hungarian offer of talks on the border.", "AUT", "HUNGOV"),
    ("Russia criticised Polish policies towards its diplomats.", "RUS", "POLGOV"),
])
def test_a_states_acts_named_by_nationality_are_the_states(code, sentence, source, target):
    events = code(sentence)
    assert any(s == source and t == target for _, s, t in events), events


def test_people_named_by_nationality_stay_people(code):
    events = code("Turkish workers protested against Dutch demands on Monday.")
    assert any(s == "TURLAB" and t == "NLDGOV" for _, s, t in events), events
    events = code("Police arrested two Belgian tourists near the border.")
    assert any(t == "BELCVL" for _, _, t in events), events
