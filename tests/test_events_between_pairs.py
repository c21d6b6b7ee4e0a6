"""Mutual acts between sides (reciprocal.tsv, extract.py): "clashes / fighting / talks between X
and Y" make each side the other's target; a crowd clashing with police riots against them.
Sentences written for these tests."""

from __future__ import annotations


def _pairs(events, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for cameo, s, t in events if cameo.startswith(root)}


def test_clashes_between_two_forces_as_subject_go_both_ways(code):
    events = code("Clashes between Sudanese army troops and the Rapid Support Forces killed dozens of civilians.")
    assert {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")} <= _pairs(events, "19"), events


def test_fighting_between_sides_as_a_gerund_goes_both_ways(code):
    events = code("Fighting between Armenian and Azerbaijani forces erupted overnight.")
    assert {("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")} <= _pairs(events, "19"), events


def test_clashes_that_broke_out_between_sides(code):
    events = code("Clashes broke out between Indian and Chinese soldiers on the disputed border.")
    assert {("INDMIL", "CHNMIL"), ("CHNMIL", "INDMIL")} <= _pairs(events, "19"), events


def test_talks_between_leaders_that_went_on_are_a_negotiation(code):
    events = code("Talks between the Israeli and Palestinian leaders focused on security.")
    pairs = _pairs(events, "04")
    assert len(pairs) == 2 and all(s and t and s != t for s, t in pairs), events


def test_talks_talked_about_or_stopped_are_no_negotiation(code):
    assert not _pairs(code("There could be an opportunity for talks between North Korea and the United States."), "04")
    assert not _pairs(code("Negotiations between the Ethiopian government and the rebels broke down last week."), "04")
    assert not _pairs(code("The talks between Serbia and Kosovo collapsed on Friday."), "04")


def test_a_standing_relationship_between_sides_is_no_act(code):
    events = code("Cooperation between China and Russia has grown in recent years.")
    assert not _pairs(events, "06"), events


def test_a_crowd_clashing_with_police_riots_against_them(code):
    events = code("Videos showed clashes between riot police and youths in Lyon.")
    assert ("FRACVL", "FRACOP") in _pairs(events, "14"), events
    assert all(s != "FRACOP" for s, _ in _pairs(events, "14")), events
    assert all(t is not None for _, t in _pairs(events, "14")), events


def test_politicians_on_the_offensive_wage_no_war(code):
    events = code("Senate Democrats went on the offensive against the tariffs on Tuesday.")
    assert not _pairs(events, "19"), events
    events = code("Russia launched a new offensive in eastern Ukraine.")
    assert _pairs(events, "19"), events
