"""What the knowledge base holds: countries, sector terms, named actors and their dated roles.

Plain frozen records; the loaders (`tsv.py`, `petrarch.py`) build them and `kb.py` indexes
them. A `Sense` is one meaning of a matched phrase ("american" is an adjective of USA and a
demonym), the unit the matcher hands to the resolver.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

# Sense kinds: what a matched phrase can be.
COUNTRY = "country"  # "Venezuela", "U.S."
ADJECTIVE = "adjective"  # "Venezuelan"
PEOPLE = "people"  # "Venezuelans"
CAPITAL = "capital"  # "Caracas", "the Kremlin": the government when the whole phrase
SECTOR = "sector"  # a sector term; its role says how it is used
ENTRY = "entry"  # a named organisation, person or PETRARCH actor

# Sector-term roles (sectors.tsv `role` column).
NOUN, TITLE, MODIFIER = "noun", "title", "modifier"
ROLES = (NOUN, TITLE, MODIFIER)
HEAD_NOUN = "headnoun"  # sectors.tsv: a noun only as a phrase's head (SectorTerm.head_only)

# Entry kinds.
ORG, PERSON, FIXED = "org", "person", "fixed"  # FIXED: a PETRARCH actor, code as given


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[str, ...]
    region: str | None
    origin: str  # "countries.tsv:12"


@dataclass(frozen=True, slots=True)
class SectorTerm:
    sector: str  # primary sector code, e.g. "GOV"
    role: str  # noun | title | modifier
    phrase: str
    sectors: tuple[str, ...]  # all codes the term carries ("GOV", "FRM"); primary first
    origin: str
    prefix: bool = False  # PETRARCH "NGO~": the code goes before the country
    head_only: bool = False  # names a group only as a head, not as a modifier ("a national alliance")


@dataclass(frozen=True, slots=True)
class Role:
    """One dated code of a named actor (an office held, a renamed group)."""

    code: str | None  # None: a known name that is not an actor (PETRARCH "---")
    country: str | None
    sectors: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    role: str | None  # free text from people.tsv ("President of Venezuela")
    origin: str


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # org | person | fixed
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_on(self, date: dt.date | None) -> Role | None:
        return role_on(self.roles, date)


@dataclass(frozen=True, slots=True)
class Sense:
    kind: str
    ref: str | int  # iso3 for country kinds, index into kb.sector_terms / kb.entries otherwise


def role_on(roles: tuple[Role, ...], date: dt.date | None) -> Role | None:
    """The role in force on `date`: among roles whose [start, end] holds it, the latest start.

    Inclusive ends with latest-start-wins accept both conventions for hand-over days
    ("2017-01-20..2021-01-20" followed by "2021-01-20.."). Without a date, the open-ended
    role with the latest start (the current one), else the one that ended last.
    """
    if not roles:
        return None
    if date is None:
        current = [r for r in roles if r.end is None]
        pool = current or roles
        return max(pool, key=lambda r: (r.start or dt.date.min, r.end or dt.date.max))
    valid = [r for r in roles if (r.start is None or r.start <= date) and (r.end is None or date <= r.end)]
    if not valid:
        return _hand_over(roles, date)
    # A dated role beats an undated default; among dated ones the latest start wins.
    return max(valid, key=lambda r: (r.start is not None or r.end is not None, r.start or dt.date.min))


HAND_OVER_DAYS = 90


def _hand_over(roles: tuple[Role, ...], date: dt.date) -> Role | None:
    """A date in a short gap between two listed offices (a nominee awaiting confirmation, a
    vice-president-elect): the coming office, which the news already reports them in. A
    longer gap is not bridged: the person may have held something else meanwhile."""
    before = [r for r in roles if r.end is not None and r.end < date]
    after = [r for r in roles if r.start is not None and r.start > date]
    if not before or not after:
        return None
    prev = max(before, key=lambda r: r.end)  # type: ignore[arg-type,return-value]
    nxt = min(after, key=lambda r: r.start)  # type: ignore[arg-type,return-value]
    assert prev.end is not None and nxt.start is not None
    if (nxt.start - prev.end).days > HAND_OVER_DAYS:
        return None
    return nxt


def fold(text: str) -> str:
    """Match key of a name: lower case, accents stripped, spaces collapsed."""
    if text.isascii():  # the common case, ten times faster
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.lower().split())


def origin_file(origin: str) -> str:
    """ "people.tsv:12" -> "people.tsv": the file part of an entry's origin, for rules."""
    return origin.rsplit(":", 1)[0]


def compose_code(country: str | None, sectors: tuple[str, ...], prefix: bool = False) -> str | None:
    """CAMEO-style code: country first, then the primary sector ("VEN" + "GOV").

    Only the primary sector goes into the code (secondary ones stay in `Actor.sectors`), so
    "Venezuela's opposition-led congress" is VENLEG with sectors (LEG, OPP). A prefix sector
    (PETRARCH "NGO~") goes before the country.
    """
    sector = sectors[0] if sectors else ""
    if prefix and sector:
        return sector + (country or "") or None
    return (country or "") + sector or None
