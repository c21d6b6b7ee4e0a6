"""Readers for the four TSV files of the actor knowledge base (and user files in the same formats).

Format (see docs/architecture.md): UTF-8, tab-separated, `#` comment lines, `|` between list
items, an empty cell means none. Every problem is a `DataFileError(file, line, message)`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..errors import DataFileError
from .entries import (
    HEAD_NOUN,
    NOUN,
    ORG,
    PERSON,
    ROLES,
    Country,
    Entry,
    Role,
    SectorTerm,
    fold,
)

COUNTRY_COLUMNS = ("iso3", "name", "aliases", "adjectives", "people", "capitals", "region")
SECTOR_COLUMNS = ("sector", "role", "phrase")
ORG_COLUMNS = ("code", "name", "aliases", "country", "sectors", "start", "end")
PEOPLE_COLUMNS = ("name", "aliases", "code", "country", "sectors", "start", "end", "role")
# A registry export (registry.py) is people.tsv plus these; they are accepted and ignored.
REGISTRY_EXTRA = ("count", "first_seen", "last_seen", "example")

# Who arrests and who sentences (custodians.tsv).
CUSTODIAN_SECTORS = frozenset(("COP", "JUD"))
_ISO3 = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z0-9]{3,}$")


def rows(text: str, path: str, columns: tuple[str, ...], extra: int = 0) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells padded to len(columns)) for each data row.

    Trailing empty cells may be omitted; more cells than `columns` (+ `extra`) is an error.
    A first row that repeats the column names is taken as a header and skipped.
    """
    first = True
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.rstrip("\r\n").split("\t")]
        if first and [c.lower() for c in cells[: len(columns)]] == list(columns[: len(cells)]):
            first = False
            continue
        first = False
        if len(cells) > len(columns) + extra:
            raise DataFileError(path, n, f"{len(cells)} columns, expected {len(columns)} ({', '.join(columns)})")
        cells += [""] * (len(columns) - len(cells))
        yield n, cells


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in cell.split("|") if item.strip())


def parse_date(cell: str, path: str, line: int, what: str) -> dt.date | None:
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise DataFileError(path, line, f"{what} {cell!r} is not an ISO date (YYYY-MM-DD)") from None


def _check(ok: bool, path: str, line: int, message: str) -> None:
    if not ok:
        raise DataFileError(path, line, message)


def _sectors(cell: str, path: str, line: int) -> tuple[str, ...]:
    sectors = split_list(cell)
    for s in sectors:
        _check(bool(_ISO3.match(s)), path, line, f"sector {s!r} is not a three-letter code")
    return sectors


def _dates(start: str, end: str, path: str, line: int) -> tuple[dt.date | None, dt.date | None]:
    s, e = parse_date(start, path, line, "start"), parse_date(end, path, line, "end")
    _check(s is None or e is None or s <= e, path, line, f"start {start} is after end {end}")
    return s, e


def origin(path: str, line: int) -> str:
    return f"{path.replace(chr(92), '/').rsplit('/', 1)[-1]}:{line}"


def read_countries(text: str, path: str) -> list[Country]:
    out: list[Country] = []
    seen: set[str] = set()
    for n, (iso3, name, aliases, adjectives, people, capitals, region) in rows(text, path, COUNTRY_COLUMNS):
        _check(bool(_ISO3.match(iso3)), path, n, f"iso3 {iso3!r} is not three capital letters")
        _check(iso3 not in seen, path, n, f"country {iso3} listed twice")
        _check(bool(name), path, n, "empty name")
        seen.add(iso3)
        out.append(Country(iso3, name, split_list(aliases), split_list(adjectives), split_list(people),
                           split_list(capitals), region or None, origin(path, n)))
    return out


def read_sectors(text: str, path: str) -> list[SectorTerm]:
    out: list[SectorTerm] = []
    for n, (sector, role, phrase) in rows(text, path, SECTOR_COLUMNS):
        # "REB|INS": the primary sector, then secondary ones kept in Actor.sectors
        sectors = _sectors(sector, path, n)
        _check(bool(sectors), path, n, "empty sector")
        # "headnoun": a noun that names a group only as a head ("a Russian [national]"), not as
        # the adjective it also is ("a national alliance", "official involvement")
        head_only = role == HEAD_NOUN
        role = NOUN if head_only else role
        _check(role in ROLES, path, n, f"role {role!r} is not one of {', '.join((*ROLES, HEAD_NOUN))}")
        phrases = split_list(phrase)
        _check(bool(phrases), path, n, "empty phrase")
        out.extend(SectorTerm(sectors[0], role, p, sectors, origin(path, n), head_only=head_only) for p in phrases)
    return out


def _group(rows_: list[tuple[str, tuple[str, ...], Role]], kind: str) -> list[Entry]:
    """One entry per name (folded), holding every dated role listed for it."""
    by_name: dict[str, tuple[str, list[str], list[Role]]] = {}
    for name, aliases, role in rows_:
        if name.startswith("="):  # a name matched in exact case only ("=Russia Today")
            name, aliases = name[1:].strip(), (name, *aliases)
        _, alias_list, roles = by_name.setdefault(fold(name), (name, [], []))
        alias_list.extend(a for a in aliases if a not in alias_list)
        roles.append(role)
    return [Entry(kind, name, tuple(aliases), tuple(roles)) for name, aliases, roles in by_name.values()]


def read_organisations(text: str, path: str) -> list[Entry]:
    found = []
    for n, (code, name, aliases, country, sectors, start, end) in rows(text, path, ORG_COLUMNS):
        _check(bool(_CODE.match(code)), path, n, f"code {code!r} is not capital letters/digits (3 or more)")
        _check(bool(name), path, n, "empty name")
        _check(not country or bool(_ISO3.match(country)), path, n, f"country {country!r} is not a three-letter code")
        s, e = _dates(start, end, path, n)
        role = Role(code, country or None, _sectors(sectors, path, n), s, e, None, origin(path, n))
        found.append((name, split_list(aliases), role))
    return _group(found, ORG)


def read_people(text: str, path: str) -> list[Entry]:
    found = []
    for n, cells in rows(text, path, PEOPLE_COLUMNS, extra=len(REGISTRY_EXTRA)):
        name, aliases, code, country, sectors, start, end, role_text = cells[:8]
        _check(bool(name), path, n, "empty name")
        _check(bool(_CODE.match(code)), path, n, f"code {code!r} is not capital letters/digits (3 or more)")
        _check(not country or bool(_ISO3.match(country)), path, n, f"country {country!r} is not a three-letter code")
        s, e = _dates(start, end, path, n)
        role = Role(code, country or None, _sectors(sectors, path, n), s, e, role_text or None, origin(path, n))
        found.append((name, split_list(aliases), role))
    return _group(found, PERSON)


def sniff(text: str) -> str | None:
    """Which TSV format a user file is in: 'people', 'organisations', 'countries', 'sectors'.

    A `#` header naming the columns decides; else the column count of the first data row.
    None when the file is not tab-separated (PETRARCH format, presumably).
    """
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            words = stripped.lstrip("#").split()
            if words[:3] == ["name", "aliases", "code"]:
                return "people"
            if words[:2] == ["code", "name"]:
                return "organisations"
            if words[:2] == ["iso3", "name"]:
                return "countries"
            if words[:3] == ["sector", "role", "phrase"]:
                return "sectors"
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            return None
        if len(cells) >= 8:
            return "people"
        if len(cells) == 3:
            return "sectors"
        return "organisations"
    return None


GENDERS = ("F", "M")


def read_given_names(text: str, path: str) -> dict[str, str]:
    """given_names.tsv: folded given name or honorific -> "F" or "M"."""
    out: dict[str, str] = {}
    for n, (gender, names) in rows(text, path, ("gender", "names")):
        _check(gender in GENDERS, path, n, f"gender {gender!r} is not F or M")
        for name in split_list(names):
            key = fold(name)
            _check(out.get(key, gender) == gender, path, n, f"{name!r} is listed as both F and M")
            out[key] = gender
    return out


def read_state_names(text: str, path: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """state_names.tsv: iso3 of a country -> (the country with a state of its name, cue words)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for n, (iso3, home, cues) in rows(text, path, ("iso3", "home", "cues")):
        _check(bool(_ISO3.match(iso3)) and bool(_ISO3.match(home)), path, n, "iso3 and home must be ISO3 codes")
        out[iso3] = (home, tuple(c.lower() for c in split_list(cues)))
    return out


def read_org_heads(text: str, path: str) -> dict[str, tuple[str, ...]]:
    """org_heads.tsv: last word of an organisation's name (lower case) -> its sectors."""
    out: dict[str, tuple[str, ...]] = {}
    for n, (sector, words) in rows(text, path, ("sector", "words")):
        sectors = _sectors(sector, path, n)
        for word in split_list(words):
            _check(word == word.lower() and " " not in word, path, n, f"{word!r} is not one lower-case word")
            out[word] = sectors
    return out


def read_custodians(text: str, path: str) -> dict[str, str]:
    """custodians.tsv: verb lemma -> the sector (COP or JUD) that does it when no agent is named."""
    out: dict[str, str] = {}
    for n, (lemma, sector, _note) in rows(text, path, ("lemma", "sector", "note")):
        _check(lemma == lemma.lower() and " " not in lemma, path, n, f"{lemma!r} is not one lower-case lemma")
        _check(sector in CUSTODIAN_SECTORS, path, n, f"sector {sector!r} is not one of {sorted(CUSTODIAN_SECTORS)}")
        out[lemma] = sector
    return out

