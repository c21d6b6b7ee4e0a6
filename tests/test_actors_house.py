""""The House" (capitalised) is a legislature; the White House and the Blue House stay
governments, and a lower-case house is nobody (invented sentences)."""

from __future__ import annotations


def test_the_house_is_a_legislature(code):
    events = code("Senate Democrats on Tuesday demanded that the House pass the funding bill.",
                  date="2017-02-12")
    assert any(c.startswith("10") and t is not None and t.endswith("LEG") for c, _, t in events), events


def test_house_leaders_are_legislators(code):
    events = code("House Republican leaders on Thursday criticised the Senate for delaying the vote.",
                  date="2017-02-12")
    assert any(c.startswith("11") and s is not None and s.endswith("LEG") for c, s, _ in events), events


def test_the_white_house_is_still_the_government(code):
    events = code("The White House criticised the Chinese government on Monday.", date="2017-02-12")
    assert any(c.startswith("11") and s == "USAGOV" for c, s, _ in events), events


def test_a_lower_case_house_is_nobody(code):
    events = code("Soldiers attacked a house near the border on Monday.", date="2017-02-12")
    assert not any(t is not None and t.endswith("LEG") for _, _, t in events), events
