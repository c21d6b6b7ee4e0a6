"""Date expressions and calendar arithmetic (no spaCy model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates.calendar import resolve
from eventcoder.dates.expressions import find_date_expressions


def one(text: str, pub: date | None, direction: str = "unknown"):
    exprs = [e for e in find_date_expressions(text) if not e.boundary]
    assert len(exprs) == 1, exprs
    got = resolve(exprs[0], pub, direction)
    assert got is not None
    return got.date.isoformat(), got.precision, got.method


D = date


@pytest.mark.parametrize("text, pub, direction, expected", [
    # weekdays: most recent on or before publication; the same weekday is publication day
    ("they met on Friday", D(2017, 12, 1), "past", ("2017-12-01", "day", "relative")),
    ("they met on Friday", D(2017, 12, 2), "past", ("2017-12-01", "day", "relative")),
    ("they met on Friday", D(2018, 1, 2), "past", ("2017-12-29", "day", "relative")),  # year boundary
    ("they met on friday", D(2018, 3, 1), "unknown", ("2018-02-23", "day", "relative")),  # month boundary
    ("they met last Friday", D(2017, 12, 1), "past", ("2017-11-24", "day", "relative")),
    ("they will meet on Friday", D(2018, 1, 2), "future", ("2018-01-05", "day", "relative")),
    ("they meet next Monday", D(2017, 12, 29), "unknown", ("2018-01-01", "day", "relative")),
    # deictic days
    ("it happened yesterday", D(2018, 1, 1), "past", ("2017-12-31", "day", "relative")),
    ("it happened today", D(2018, 1, 1), "past", ("2018-01-01", "day", "relative")),
    ("they vote tonight", D(2018, 1, 1), "unknown", ("2018-01-01", "day", "relative")),
    ("fighting broke out last night", D(2017, 3, 1), "past", ("2017-02-28", "day", "relative")),
    ("talks began two days ago", D(2018, 1, 1), "past", ("2017-12-30", "day", "relative")),
    ("talks began a week ago", D(2018, 1, 3), "past", ("2017-12-27", "day", "relative")),
    # coarse periods
    ("they met last week", D(2018, 1, 3), "past", ("2017-12-25", "week", "period")),
    ("they met this week", D(2018, 1, 3), "past", ("2018-01-01", "week", "period")),
    ("protests this month", D(2018, 1, 5), "past", ("2018-01-01", "month", "period")),
    ("protests last month", D(2018, 1, 15), "past", ("2017-12-01", "month", "period")),
    ("protests this year", D(2017, 12, 1), "past", ("2017-01-01", "year", "period")),
    ("protests earlier this year", D(2017, 12, 1), "past", ("2017-01-01", "year", "period")),
    ("protests last year", D(2018, 1, 5), "past", ("2017-01-01", "year", "period")),
    ("elected three months ago", D(2018, 2, 10), "past", ("2017-11-01", "month", "period")),
    ("elected two years ago", D(2018, 2, 10), "past", ("2016-01-01", "year", "period")),
    ("clashes over the weekend", D(2017, 12, 4), "past", ("2017-12-02", "day", "relative")),
    # months without a year: the most recent one, or the next in future tense
    ("elected in July", D(2017, 12, 1), "past", ("2017-07-01", "month", "explicit")),
    ("elected in December", D(2018, 1, 5), "unknown", ("2017-12-01", "month", "explicit")),
    ("will vote in July", D(2017, 12, 1), "future", ("2018-07-01", "month", "explicit")),
    ("will vote in December", D(2017, 12, 1), "future", ("2017-12-01", "month", "explicit")),
    # calendar days
    ("signed on Dec. 3", D(2017, 12, 10), "past", ("2017-12-03", "day", "explicit")),
    ("signed on December 3", D(2018, 1, 2), "past", ("2017-12-03", "day", "explicit")),
    ("signed on 3 December", D(2018, 1, 2), "unknown", ("2017-12-03", "day", "explicit")),
    ("signed on Dec 3, 2016", D(2018, 1, 2), "past", ("2016-12-03", "day", "explicit")),
    ("signed on December 3rd 2016", D(2018, 1, 2), "past", ("2016-12-03", "day", "explicit")),
    ("signed on 2016-12-03", D(2018, 1, 2), "past", ("2016-12-03", "day", "explicit")),
    ("signed on Feb. 29", D(2017, 3, 1), "past", ("2016-02-29", "day", "explicit")),
    ("elected in March 2013", D(2018, 1, 2), "past", ("2013-03-01", "month", "explicit")),
    ("elected in 2015", D(2018, 1, 2), "past", ("2015-01-01", "year", "explicit")),
    ("elected in late 2015", D(2018, 1, 2), "past", ("2015-01-01", "year", "explicit")),
])
def test_expression_resolves(text, pub, direction, expected):
    assert one(text, pub, direction) == expected


def test_without_publication_date_only_dated_expressions_resolve():
    assert one("signed on Dec 3, 2016", None) == ("2016-12-03", "day", "explicit")
    expr = find_date_expressions("they met on Friday")[0]
    assert resolve(expr, None, "past") is None


@pytest.mark.parametrize("text", [
    "officials may meet soon",          # the modal, not the month
    "troops march on the capital",      # the verb
    "2015 people were displaced",       # a count, not a year
    "rallies on Fridays draw crowds",   # habitual plural
    "the Mayor of Aleppo",
])
def test_not_date_expressions(text):
    assert find_date_expressions(text) == []


def test_boundaries_and_future_words_are_flagged():
    since = find_date_expressions("fighting has raged since 2011")[0]
    assert since.boundary and since.year == 2011
    nxt = find_date_expressions("elections next year")[0]
    got = resolve(nxt, D(2017, 12, 1))
    assert got is not None and got.future and got.date == D(2018, 1, 1)
    later = resolve(find_date_expressions("later this year")[0], D(2017, 6, 1))
    assert later is not None and later.future


def test_longest_expression_wins():
    exprs = find_date_expressions("signed on December 3, 2016 in Geneva")
    assert [(e.kind, e.text) for e in exprs] == [("mdy", "December 3, 2016")]
