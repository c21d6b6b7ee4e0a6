"""Publication dates from metadata and file names: parse what is certain, else None."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates.publication import date_in_filename, parse_publication_date

D = dt.date(2017, 12, 1)


@pytest.mark.parametrize(
    "value",
    [
        "2017-12-01",
        "2017-12-01T10:22:00Z",
        "2017-12-01T23:59:59.123+05:30",
        "2017-12-01 10:22:00",
        "2017/12/1",
        "2017.12.01",
        "20171201",
        "December 1, 2017",
        "december 1 2017",
        "Dec 1, 2017",
        "Dec. 1, 2017",
        "Friday, December 1, 2017",
        "1 December 2017",
        "1st Dec 2017",
        "  2017-12-01  ",
        "December 1, 2017 at 3:15 pm",
    ],
)
def test_accepted_forms(value):
    assert parse_publication_date(value) == D


def test_slash_dates_only_when_unambiguous():
    assert parse_publication_date("2017/2/7") == dt.date(2017, 2, 7)
    assert parse_publication_date("25/12/2017") == dt.date(2017, 12, 25)
    assert parse_publication_date("12/29/17") == dt.date(2017, 12, 29)
    assert parse_publication_date("3/4/2017") is None  # March 4 or 3 April?
    assert parse_publication_date("9/6/17") is None


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "2017-13-45",
        "2017-02-30",
        "yesterday-ish",
        "2017-12",
        "December 2017",
        "Dec 1",
        "00001201",
        "2017-12-01 and more text",
        "1/13/13/2017",
        "Smarch 1, 2017",
        "31 June 2017",
        "2017-12-01T25:99",
        "9" * 80,
    ],
)
def test_rejected_values(value):
    assert parse_publication_date(value) is None


def test_date_objects_pass_through():
    assert parse_publication_date(D) == D
    assert parse_publication_date(dt.datetime(2017, 12, 1, 8, 0)) == D


@pytest.mark.parametrize(
    "name,expected",
    [
        ("venezuela_talks_2017-12-01.txt", D),
        ("wire-20171201.jsonl.gz", D),
        ("feed_2017_12_01.csv", D),
        ("dir_2016-01-01/story.txt", None),  # the directory does not count
        ("story-12345678.txt", None),  # a number, not a date
        ("2017-13-01_then_2018-01-02.txt", dt.date(2018, 1, 2)),
        ("story.txt", None),
    ],
)
def test_date_in_filename(name, expected):
    assert date_in_filename(name) == expected
