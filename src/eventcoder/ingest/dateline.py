"""Datelines: the `PLACE, DATE (AGENCY) -` prefix of wire stories.

Recognised only at the start of the text (optionally after at most two short header lines
such as "USA TODAY" or "6 years ago"), in two shapes:

* signed by a known agency (see `agencies.py`): `WASHINGTON (Reuters) -`,
  `LONDON, Dec 1 (Reuters) -`, `Kabul, Afghanistan (CNN)`, `(CNN)` alone,
  `MOSCOW, December 5. /TASS/.`, and the lower-cased, tokenised
  `managua/san jose ( reuters ) -`;
* unsigned, which needs an all-capitals place and a spaced dash: `GENEVA — `,
  `MANCHESTER, N.H. - `.

An ordinary first sentence matches neither: it has no agency and is not in capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventcoder.ingest.agencies import agency_pattern, canonical_agency


@dataclass(frozen=True)
class Dateline:
    places: tuple[str, ...]  # as written, one per "/"-separated part: ("KHOBAR, Saudi Arabia",)
    source: str | None  # canonical agency name ("Reuters"), None when unsigned
    date: str | None  # as written ("Dec 1"), None when absent
    end: int  # offset just after the separator: where the story text starts
    start: int = 0  # offset of the dateline's first character


_LETTERS = r"[^\W\d_]+"
# A place: letter runs joined by single spaces, periods, apostrophes or hyphens
# ("WEST PALM BEACH", "Fla.", "ROSTOV-ON-DON", "N.H.").
_PLACE = _LETTERS + r"(?:(?:[ .'’\-]|\.[ ])" + _LETTERS + r")*\.?"
_PLACE_PART = _PLACE + r"(?:[ \t]*,[ \t]*" + _PLACE + r")?"  # city[, region]
_PLACES = _PLACE_PART + r"(?:[ \t]*/[ \t]*" + _PLACE_PART + r")*"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?i:" + _MONTH + r"[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?"
    r"|\d{1,2}[ \t]+" + _MONTH + r"(?:,?[ \t]+\d{4})?)"
)
_DASH = r"(?:--|[-—–])"

_SIGNED = re.compile(
    r"(?P<places>" + _PLACES + r")?"
    r"(?:[ \t]*,[ \t]*(?P<date>" + _DATE + r")\.?)?"
    r"[ \t]*(?:\([ \t]*(?P<paren>(?i:" + agency_pattern() + r"))[ \t]*\)"
    r"|/[ \t]*(?P<slash>(?i:(?:ITAR-)?TASS))[ \t]*/\.?)"
    r"(?:[ \t]*(?:" + _DASH + r"|:)(?=\s))?\s*"
)
_UNSIGNED = re.compile(
    r"(?P<places>" + _PLACES + r")"
    r"(?:[ \t]*,[ \t]*(?P<date>" + _DATE + r"))?"
    r"[ \t]+" + _DASH + r"[ \t]+(?=\S)"
)
# Up to two short header lines before the dateline ("USA TODAY", "6 years ago").
_HEADER = re.compile(r"\s*(?:[^\n.!?:()]{1,40}[ \t]*\n\s*){1,2}")
_LEADING_SPACE = re.compile(r"\s*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that open a story but are no place ("FILE - In this photo ...").
_NOT_PLACES = _words(
    "file update updated breaking exclusive analysis close watch video photo photos "
    "opinion editorial commentary factbox correction corrected note editor's editors "
    "review live urgent flash advisory interview explainer feature poll alert transcript "
    "warning spoiler story highlights summary"
)
# Lower-case words allowed inside a capitalised place name ("Rio de Janeiro").
PLACE_CONNECTORS = _words(
    "of de del della di da do dos das la le les el al am an der den upon on the y en sur "
    "bin ibn es and"
)
_MAX_WORDS = 6  # per place: "KING OF PRUSSIA, Pennsylvania" has 4
_WINDOW = 240  # a dateline is never longer; bounds the regex work on huge paragraphs


def _split_places(written: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()) for p in written.split("/") if p.strip())


def _casing_ok(places: tuple[str, ...]) -> bool:
    """Places before an agency: all lower case (tokenised copy, first letter may have
    been truecased) or every word capitalised bar connectors."""
    joined = " ".join(places)
    if not any(c.isupper() for c in joined[1:]):
        return True
    for word in re.split(r"[ ,]+", joined):
        if word and not word[0].isupper() and word.lower() not in PLACE_CONNECTORS:
            return False
    return True


def _unsigned_ok(places: tuple[str, ...]) -> bool:
    """Unsigned datelines need each city in capitals (its region may be "Fla.")."""
    for place in places:
        city = place.split(",")[0]
        letters = [c for c in city if c.isalpha()]
        if len(letters) < 3 or any(c.islower() for c in letters):
            return False
        if any(w.lower() in _NOT_PLACES for w in city.split()):
            return False
    return True


def _plausible(places: tuple[str, ...]) -> bool:
    return len(places) <= 4 and all(len(p.split()) <= _MAX_WORDS for p in places)


def _match_at(text: str, pos: int) -> Dateline | None:
    window = text[: pos + _WINDOW]
    m = _SIGNED.match(window, pos)
    if m is not None:
        places = _split_places(m.group("places") or "")
        if _plausible(places) and _casing_ok(places):
            written = m.group("paren") or m.group("slash")
            return Dateline(places, canonical_agency(written), m.group("date"), m.end(), pos)
    m = _UNSIGNED.match(window, pos)
    if m is not None:
        places = _split_places(m.group("places"))
        if _plausible(places) and _unsigned_ok(places):
            return Dateline(places, None, m.group("date"), m.end(), pos)
    return None


def parse_dateline(text: str) -> Dateline | None:
    """The dateline opening `text`, or None when the text does not start with one."""
    pos = _LEADING_SPACE.match(text).end()
    found = _match_at(text, pos)
    if found is None:
        header = _HEADER.match(text[: pos + 100])
        if header is not None:
            found = _match_at(text, header.end())
    return found
