"""Find date expressions in a sentence's text with regexes compiled at import (no state).

Each match becomes a `DateExpr`: what was said (kind and fields), where (character offsets in
the text searched) and the word in front of it (`prep`), which decides how it may be used
("since 2011" is the start of a duration, not when an event happened).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "a few": 3, "few": 3, "several": 3, "a couple of": 2, "couple of": 2}
# Words before an expression that make it a boundary or a duration, not the event's time.
BOUNDARY_PREPS = frozenset({"since", "until", "till", "by", "before", "after", "from", "to",
                            "through", "throughout", "between", "within"})
# A bare month or year counts only after one of these ("in May", not "may"; "in 2015", not
# "2015 people"); "may" and "march" need one even then.
MONTH_PREPS = frozenset({"in", "on", "during", "of", "early", "late", "mid", "last", "this",
                         "next", "since", "until", "by", "from", "through", "throughout",
                         "before", "after", "for", "between", "till", "and"})
YEAR_PREPS = MONTH_PREPS - {"on", "last", "this", "next"}

_FULL_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ABBR_MONTH = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
# Abbreviations only next to a day number ("Dec. 3", "Dec 3"), where they cannot be words.
_MONTH_DAYCTX = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH}\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_NUM = r"(?:\d+|a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_F = re.IGNORECASE
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", _F)),
    ("mdy", re.compile(rf"\b(?P<mon>{_MONTH_DAYCTX})\s+(?P<d>{_DAY})(?:\s*,\s*|\s+)(?P<y>{_YEAR})\b", _F)),
    ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH_DAYCTX})(?:\s*,\s*|\s+)(?P<y>{_YEAR})\b", _F)),
    ("md", re.compile(rf"\b(?P<mon>{_MONTH_DAYCTX})\s+(?P<d>{_DAY})\b(?![,.]?\d)", _F)),
    ("dm", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH_DAYCTX})(?=\W|$)", _F)),
    ("my", re.compile(rf"\b(?P<mon>{_FULL_MONTH}|{_ABBR_MONTH}\.)\s+(?:of\s+)?(?P<y>{_YEAR})\b", _F)),
    ("relday", re.compile(r"\b(?P<w>yesterday|today|tonight|tomorrow|last night|overnight"
                          r"|this (?:morning|afternoon|evening))\b", _F)),
    ("ago", re.compile(rf"\b(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\s+ago\b", _F)),
    ("period", re.compile(r"\b(?P<q>last|this|next|past|coming|previous|earlier this|later this"
                          r"|early this|late last|early last|earlier in the|later in the"
                          r"|the past|the previous|the coming|over the|at the)"
                          r"\s+(?P<u>week|weekend|month|year)\b", _F)),
    ("weekday", re.compile(rf"\b(?:(?P<q>last|next|this)\s+)?(?P<wd>{_WEEKDAY})\b(?!s\b)", _F)),
    ("month", re.compile(rf"\b(?P<mon>{_FULL_MONTH})\b", _F)),
    ("year", re.compile(rf"\b(?:(?P<q>early|late|mid-?|the end of|the start of|the beginning of)\s*)?(?P<y>{_YEAR})\b(?!\s*(?:%|percent|people|troops))", _F)),
)
_PREV_WORD = re.compile(r"([a-z]+)\W*$", _F)
# What every match of a kind holds (an ASCII digit; the first letters of a month name; the
# word "ago" ...): text without one of its screens skips that kind's regex, which would find
# nothing. A screen is a plain search with the patterns' own flags, so it finds the letters
# wherever a pattern does; most sentences name no month and skip six patterns.
_DIGIT = re.compile(r"[0-9]")
_MONTH = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", _F)  # every month's start
_AGO = re.compile(r"ago", _F)
_DAY_WORD = re.compile(r"day", _F)  # every weekday
_RELDAY = re.compile(r"day|night|tomorrow|this", _F)
_PERIOD = re.compile(r"week|month|year", _F)
_SCREENS: dict[str, tuple[re.Pattern[str], ...]] = {
    "iso": (_DIGIT,), "mdy": (_DIGIT, _MONTH), "dmy": (_DIGIT, _MONTH), "md": (_DIGIT, _MONTH),
    "dm": (_DIGIT, _MONTH), "my": (_DIGIT, _MONTH), "year": (_DIGIT,), "ago": (_AGO,),
    "relday": (_RELDAY,), "period": (_PERIOD,), "weekday": (_DAY_WORD,), "month": (_MONTH,)}


@dataclass(frozen=True, slots=True)
class DateExpr:
    kind: str  # iso mdy dmy md dm my relday ago period weekday month year
    start: int  # character offsets into the searched text
    end: int
    text: str
    prep: str | None  # the lower-cased word just before, e.g. "in", "since"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None  # day | week | weekend | month | year
    n: int | None = None  # "two days ago" -> 2
    qualifier: str | None = None  # last | this | next | earlier this | ... | the word itself

    @property
    def boundary(self) -> bool:
        return self.prep in BOUNDARY_PREPS


def find_date_expressions(text: str) -> list[DateExpr]:
    """All date expressions in text, longest first where they overlap, in text order."""
    found: list[DateExpr] = []
    screened: dict[re.Pattern[str], bool] = {}
    for kind, pattern in PATTERNS:
        passed = True
        for screen in _SCREENS.get(kind, ()):
            hit = screened.get(screen)
            if hit is None:
                hit = screened[screen] = screen.search(text) is not None
            if not hit:
                passed = False
                break
        if not passed:
            continue
        for m in pattern.finditer(text):
            expr = _make(kind, m, text)
            if expr is not None:
                found.append(expr)
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[DateExpr] = []
    for e in found:
        if out and e.start < out[-1].end:
            continue  # inside a longer expression already taken
        out.append(e)
    return out


def _make(kind: str, m: re.Match[str], text: str) -> DateExpr | None:
    g = {k: v.lower() for k, v in m.groupdict().items() if v is not None}
    prev = _PREV_WORD.search(text, 0, m.start())
    prep = prev.group(1).lower() if prev else None
    base = {"kind": kind, "start": m.start(), "end": m.end(), "text": m.group(0), "prep": prep}
    month = MONTHS.get(g["mon"].rstrip(".")) if "mon" in g else None
    year = int(g["y"]) if "y" in g else None
    day = int(re.match(r"\d+", g["d"]).group(0)) if "d" in g else None  # type: ignore[union-attr]
    if kind == "iso":
        month = int(g["m"])
    if kind in ("iso", "mdy", "dmy", "md", "dm"):
        if month is None or day is None or not 1 <= month <= 12:
            return None
        return DateExpr(**base, year=year, month=month, day=day)
    if kind == "my":
        return DateExpr(**base, year=year, month=month)
    if kind == "month":
        if g["mon"] in ("may", "march") and prep not in MONTH_PREPS:
            return None  # the modal verb, the verb "to march"
        return DateExpr(**base, month=month)
    if kind == "year":
        if "q" in g:
            return DateExpr(**base, year=year, qualifier=g["q"].rstrip("-"))
        if prep not in YEAR_PREPS and text[m.end():m.end() + 2].lower() != "'s":
            return None
        return DateExpr(**base, year=year)
    if kind == "weekday":
        return DateExpr(**base, weekday=WEEKDAYS[g["wd"]], qualifier=g.get("q"))
    if kind == "relday":
        return DateExpr(**base, qualifier=" ".join(g["w"].split()))
    if kind == "ago":
        n = NUMBERS.get(g["n"]) if not g["n"].isdigit() else int(g["n"])
        return DateExpr(**base, unit=g["u"], n=n)
    if kind == "period":
        return DateExpr(**base, unit=g["u"], qualifier=" ".join(g["q"].split()))
    return None
