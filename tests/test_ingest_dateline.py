"""Datelines: the forms wire services use, and ordinary openings that must not match."""

from __future__ import annotations

import pytest

from eventcoder.ingest.dateline import Dateline, parse_dateline


@pytest.mark.parametrize(
    "text,places,source,date,story",
    [
        (
            "MANAGUA/SAN JOSE (Reuters) - Envoys from both sides met.",
            ("MANAGUA", "SAN JOSE"),
            "Reuters",
            None,
            "Envoys",
        ),
        (
            "managua/san jose ( reuters ) - envoys from both sides met .",
            ("managua", "san jose"),
            "Reuters",
            None,
            "envoys",
        ),
        (
            "WASHINGTON (Reuters) - The Senate passed the bill.",
            ("WASHINGTON",),
            "Reuters",
            None,
            "The Senate",
        ),
        (
            "LONDON, Dec 1 (Reuters) - Britain recalled its envoy.",
            ("LONDON",),
            "Reuters",
            "Dec 1",
            "Britain",
        ),
        ("BEIRUT (AP) — Protesters blocked the main road.", ("BEIRUT",), "AP", None, "Protesters"),
        (
            "MOSCOW, December 5. /TASS/. The ministry summoned the attaché.",
            ("MOSCOW",),
            "TASS",
            "December 5",
            "The ministry",
        ),
        (
            "OMSK, March 9./TASS/. Firefighters contained the blaze.",
            ("OMSK",),
            "TASS",
            "March 9",
            "Firefighters",
        ),
        (
            "Kabul, Afghanistan (CNN)Gunmen attacked a checkpoint.",
            ("Kabul, Afghanistan",),
            "CNN",
            None,
            "Gunmen",
        ),
        ("(CNN) Voters in the district head to the polls today.", (), "CNN", None, "Voters"),
        ("(Reuters) - A judge blocked the order.", (), "Reuters", None, "A judge"),
        ("GENEVA — Negotiators adjourned the talks.", ("GENEVA",), None, None, "Negotiators"),
        (
            "MANCHESTER, N.H. -- The candidate spoke to farmers.",
            ("MANCHESTER, N.H.",),
            None,
            None,
            "The candidate",
        ),
        (
            "WEST PALM BEACH, Fla./WASHINGTON (Reuters) - The president golfed.",
            ("WEST PALM BEACH, Fla.", "WASHINGTON"),
            "Reuters",
            None,
            "The president",
        ),
        (
            "ROSTOV-ON-DON, May 2. /TASS/. Rail traffic resumed.",
            ("ROSTOV-ON-DON",),
            "TASS",
            "May 2",
            "Rail",
        ),
        (
            "Rio de Janeiro (AP) - Police raided a favela.",
            ("Rio de Janeiro",),
            "AP",
            None,
            "Police",
        ),
        (
            "BANJUL, 3 June 2016 (AFP) - The opposition boycotted the vote.",
            ("BANJUL",),
            "AFP",
            "3 June 2016",
            "The opposition",
        ),
    ],
)
def test_dateline_forms(text, places, source, date, story):
    dl = parse_dateline(text)
    assert dl is not None
    assert dl.places == places
    assert dl.source == source
    assert dl.date == date
    assert text[dl.end :].startswith(story)


@pytest.mark.parametrize(
    "text",
    [
        "The government said on Friday it would raise fuel prices.",
        "the democratic alliance - which lost the vote - asked for a recount .",
        "geneva - talks resumed on monday .",  # lower case and unsigned: could be a sentence
        "FILE - In this photo, troops patrol the border.",
        "US - China talks stalled again.",
        "Party Leader Ana Lopez Ortega (Ana) said the vote was fair.",
        "Rep. Jane Doe (D-Ohio) said the bill would fail.",
        "Officials (Reuters reported) denied it.",
        "",
        "   \n  ",
        "Ministers met in Paris. WASHINGTON (Reuters) - buried later in the text.",
    ],
)
def test_ordinary_openings_are_not_datelines(text):
    assert parse_dateline(text) is None


def test_leading_whitespace_and_offsets():
    text = "\n\n  HAVANA (Reuters) - Cuba released two dissidents."
    dl = parse_dateline(text)
    assert dl == Dateline(("HAVANA",), "Reuters", None, end=text.index("Cuba"), start=4)


def test_short_header_lines_before_the_dateline():
    text = "4 years ago\n\nLagos (CNN) Thousands marched on Saturday."
    dl = parse_dateline(text)
    assert dl is not None and dl.places == ("Lagos",) and dl.source == "CNN"
    assert text[dl.start : dl.end] == "Lagos (CNN) "


def test_a_long_first_line_is_not_a_header():
    text = "Demonstrators gathered in the capital for a third day\n(CNN) Police watched."
    assert parse_dateline(text) is None


def test_dateline_is_frozen():
    dl = parse_dateline("OSLO (Reuters) - Talks ended.")
    with pytest.raises(AttributeError):
        dl.source = "AP"  # type: ignore[misc]


def test_huge_single_line_text_is_cheap_to_check():
    text = "word " * 1_000_000  # 5 MB, no newline
    assert parse_dateline(text) is None
    assert parse_dateline("DAKAR (Reuters) - " + text).places == ("DAKAR",)
