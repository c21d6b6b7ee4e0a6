"""Publication dates as they appear in input metadata and file names.

Only unambiguous, complete dates are accepted: a value this module cannot read with
certainty gives None (the caller warns and drops it) rather than a guess. Times and time
zones are ignored; the date is taken as written.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# Anything after a date must be a valid time of day, optionally with a zone
# ("T10:22:00Z", " 10:22:00+02:00", " at 3:15 pm", " 14:05 GMT").
_TIME = (
    r"(?:(?:\s*[T,]\s*|\s+(?:at\s+)?)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}))?)?"
)

_FORMATS = tuple(
    re.compile(r"\s*" + p + _TIME + r"\s*", re.IGNORECASE)
    for p in (
        r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})",  # 2017-12-01
        r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})",  # 2017/2/7
        r"(?P<year>\d{4})\.(?P<month>\d{1,2})\.(?P<day>\d{1,2})",  # 2017.12.01
        r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})",  # 20171201
        _WEEKDAY + _MONTH + r"\s*" + _DAY + r",?\s+" + _YEAR,  # Dec. 1, 2017
        _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,  # 1 December 2017
        # 25/12/2017, 12/29/17: only when the day/month order is unambiguous
        r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})",
    )
)

# A date in a file name: 2017-12-01, 2017_12_01, 2017.12.01 or 20171201, not inside a
# longer run of digits.
_FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)")

MIN_YEAR, MAX_YEAR = 1800, 2199  # outside this a "date" is an id or a typo


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:  # 2017-13-45, 2017-02-30
        return None


def parse_publication_date(value: str | dt.date | None) -> dt.date | None:
    """The date `value` names, or None when it is missing, malformed or impossible.

    Accepts ISO dates (with or without a time: `2017-12-01T10:22:00Z`), `2017/2/7`,
    `20171201`, `December 1, 2017`, `Dec. 1, 2017`, `Friday, Dec 1 2017`,
    `1 December 2017`, and `d/m/y` or `m/d/y` (`25/12/2017`, `12/29/17`) only when the
    order is unambiguous.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) > 64:
        return None
    for pattern in _FORMATS:
        m = pattern.fullmatch(value)
        if m is None:
            continue
        groups = m.groupdict()
        year = int(groups["year"])
        if len(groups["year"]) == 2:  # the POSIX %y convention: 69-99 -> 19xx, 00-68 -> 20xx
            year += 1900 if year >= 69 else 2000
        if groups.get("a") is not None:
            a, b = int(groups["a"]), int(groups["b"])
            if a > 12 >= b:
                return _make(year, b, a)
            if b > 12 >= a:
                return _make(year, a, b)
            return None  # 01/02/2017: day-first or month-first? Never guess.
        month = groups["month"]
        month_no = int(month) if month.isdigit() else _MONTHS[month.lower()]
        return _make(year, month_no, int(groups["day"]))
    return None


def date_in_filename(name: str) -> dt.date | None:
    """The first valid date written in a file's name (not its directory), e.g.
    `venezuela_talks_2017-12-01.txt` or `wire-20171201.jsonl`; None if there is none."""
    base = re.split(r"[\\/]", name)[-1]
    for m in _FILENAME_DATE.finditer(base):
        found = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if found is not None:
            return found
    return None
