"""People learned from the news: introduced with a title and a country in one article, known
by name in the next.

The registry holds no global state: the resolver is given one instance, the store persists
it with `to_rows()` / `from_rows()`, and `export()` writes a TSV in the people.tsv format plus
evidence columns, which an analyst can review and pass back as a user actor file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from .entries import fold
from .tsv import PEOPLE_COLUMNS, REGISTRY_EXTRA, parse_date, rows, split_list

COLUMNS = PEOPLE_COLUMNS + REGISTRY_EXTRA
_EXAMPLE_CHARS = 300


@dataclass
class Learned:
    name: str
    code: str
    country: str | None
    sectors: tuple[str, ...]
    role: str | None  # the title it was introduced with ("opposition leader")
    first_seen: dt.date | None
    last_seen: dt.date | None
    count: int
    example: str


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max(a, b) if a and b else a or b


def _earlier(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min(a, b) if a and b else a or b


class PersonRegistry:
    def __init__(self, min_count: int = 1):
        self.min_count = min_count  # evidence needed before a learned name is used
        self._people: dict[str, dict[str, Learned]] = {}  # folded name -> code -> record
        self._surnames: dict[str, set[str]] = {}

    def __len__(self) -> int:
        return sum(len(codes) for codes in self._people.values())

    def observe(self, name: str, code: str, country: str | None, sectors: Iterable[str], role: str | None,
                date: dt.date | None, example: str = "") -> Learned:
        """Record one article's evidence that `name` is `code`."""
        key = fold(name)
        codes = self._people.setdefault(key, {})
        rec = codes.get(code)
        if rec is None:
            rec = codes[code] = Learned(name, code, country, tuple(sectors), role, date, date, 0,
                                        example[:_EXAMPLE_CHARS])
            self._surnames.setdefault(key.rsplit(" ", 1)[-1], set()).add(key)
        rec.count += 1
        rec.first_seen, rec.last_seen = _earlier(rec.first_seen, date), _later(rec.last_seen, date)
        return rec

    def lookup(self, key: str) -> Learned | None:
        """The best-attested code for a folded full name (most evidence, then most recent)."""
        codes = self._people.get(key)
        if not codes:
            return None
        best = max(codes.values(), key=lambda r: (r.count, r.last_seen or dt.date.min))
        return best if best.count >= self.min_count else None

    def by_surname(self, surname: str) -> Learned | None:
        """The person with this surname, when only one learned person has it."""
        keys = self._surnames.get(surname)
        if not keys or len(keys) != 1:
            return None
        return self.lookup(next(iter(keys)))

    def people(self) -> list[Learned]:
        return [rec for codes in self._people.values() for rec in codes.values()]

    # -- persistence ------------------------------------------------------------------------
    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per (name, code): JSON-safe values, dates as ISO strings."""
        return [{"name": r.name, "code": r.code, "country": r.country, "sectors": list(r.sectors),
                 "role": r.role, "first_seen": r.first_seen.isoformat() if r.first_seen else None,
                 "last_seen": r.last_seen.isoformat() if r.last_seen else None, "count": r.count,
                 "example": r.example} for r in self.people()]

    @classmethod
    def from_rows(cls, rows_: Iterable[Mapping[str, Any]], min_count: int = 1) -> PersonRegistry:
        reg = cls(min_count)
        for row in rows_:
            sectors = row.get("sectors") or ()
            if isinstance(sectors, str):
                sectors = split_list(sectors)
            first, last = (_as_date(row.get(k)) for k in ("first_seen", "last_seen"))
            rec = reg.observe(row["name"], row["code"], row.get("country") or None, sectors, row.get("role") or None,
                              first, row.get("example") or "")
            rec.count = int(row.get("count") or 1)
            rec.last_seen = _later(rec.last_seen, last)
        return reg

    def export(self, path: str | Path) -> int:
        """Write the registry as TSV (people.tsv columns + evidence); returns rows written."""
        lines = ["# People learned from coded articles (eventcoder registry). Review, then pass back",
                 "# with --actors to make them permanent.", "# " + "\t".join(COLUMNS)]
        people = sorted(self.people(), key=lambda r: (-r.count, r.name))
        for r in people:
            cells = [r.name, "", r.code, r.country or "", "|".join(r.sectors),
                     r.first_seen.isoformat() if r.first_seen else "", "", r.role or "", str(r.count),
                     r.first_seen.isoformat() if r.first_seen else "",
                     r.last_seen.isoformat() if r.last_seen else "", " ".join(r.example.split())]
            lines.append("\t".join(c.replace("\t", " ") for c in cells))
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return len(people)

    @classmethod
    def load(cls, path: str | Path, min_count: int = 1) -> PersonRegistry:
        """Read a file written by `export()`."""
        where = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise DataFileError(where, None, exc.strerror or str(exc)) from None
        out = []
        for n, cells in rows(text, where, COLUMNS):
            name, _, code, country, sectors, _, _, role, count, first, last, example = cells
            if not name or not code:
                raise DataFileError(where, n, "name and code are required")
            if count and not count.isdigit():
                raise DataFileError(where, n, f"count {count!r} is not a number")
            out.append({"name": name, "code": code, "country": country, "sectors": sectors, "role": role,
                        "count": count or 1, "first_seen": parse_date(first, where, n, "first_seen"),
                        "last_seen": parse_date(last, where, n, "last_seen"), "example": example})
        return cls.from_rows(out, min_count)


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
