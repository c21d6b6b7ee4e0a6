"""Queries and aggregates over `events` and `clusters`, returned as DuckDB relations.

A relation is lazy and streams: `.fetchmany()`, `.fetchall()`, `.df()`, `.arrow()`.
Actor and code filters match prefixes (`VEN` matches `VENGOV`; cameo `11` matches `112`),
all values are bound as parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

import duckdb

from ..errors import StoreError

FREQS = {"day": "day", "daily": "day", "week": "week", "weekly": "week",
         "month": "month", "monthly": "month", "year": "year", "yearly": "year"}
GROUPS = {"none": (), "dyad": ("source_code", "target_code"), "source": ("source_code",),
          "target": ("target_code",), "root": ("cameo_root",), "quad_class": ("quad_class",),
          "plover": ("plover_type",), "country": ("location_country",)}
UNITS = ("events", "clusters")


@dataclass(frozen=True)
class Filter:
    actor: str | None = None  # source or target code prefix
    source: str | None = None  # source code prefix
    target: str | None = None  # target code prefix
    cameo: str | None = None  # code prefix
    root: str | None = None  # exact root, "1" -> "01"
    plover: str | None = None  # PLOVER type, case-insensitive
    quad_class: int | None = None
    country: str | None = None  # where it happened (location_country)
    date_from: str | None = None  # inclusive ISO dates
    date_to: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition and parameters; works on `events` and `clusters` alike."""
        conds: list[str] = []
        params: list[Any] = []
        if self.actor:
            conds.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            params += [self.actor.upper()] * 2
        for col, value in (("source_code", self.source), ("target_code", self.target),
                           ("cameo", self.cameo)):
            if value:
                conds.append(f"starts_with({col}, ?)")
                params.append(value.upper())
        if self.root:
            conds.append("cameo_root = ?")
            params.append(normalise_root(self.root))
        if self.plover:
            conds.append("plover_type = ?")
            params.append(self.plover.upper())
        if self.quad_class is not None:
            conds.append("quad_class = ?")
            params.append(int(self.quad_class))
        if self.country:
            conds.append("location_country = ?")
            params.append(self.country.upper())
        if self.date_from:
            conds.append("date >= ?")
            params.append(_date(self.date_from, "from"))
        if self.date_to:
            conds.append("date <= ?")
            params.append(_date(self.date_to, "to"))
        return (" AND ".join(conds) or "TRUE"), params


def normalise_root(root: str | int) -> str:
    s = str(root).strip()
    if not s.isdigit() or not 1 <= int(s) <= 20:
        raise StoreError(f"CAMEO root must be 01..20, got {root!r}")
    return f"{int(s):02d}"


def _date(value: str, which: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise StoreError(f"--{which}: not an ISO date (YYYY-MM-DD): {value!r}") from None


def as_filter(filt: Filter | None, kwargs: dict[str, Any]) -> Filter:
    names = {f.name for f in fields(Filter)}
    unknown = set(kwargs) - names
    if unknown:
        raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    return replace(filt or Filter(), **kwargs)


def _table(unit: str) -> str:
    if unit not in UNITS:
        raise StoreError(f"unit must be one of {', '.join(UNITS)}, got {unit!r}")
    return unit


def events(con: duckdb.DuckDBPyConnection, filt: Filter, limit: int | None = None) -> duckdb.DuckDBPyRelation:
    where, params = filt.where()
    sql = f"SELECT * EXCLUDE (extra) FROM events WHERE {where} ORDER BY date, seq"
    return con.sql(sql + (f" LIMIT {int(limit)}" if limit else ""), params=params)


def clusters(con: duckdb.DuckDBPyConnection, filt: Filter, limit: int | None = None) -> duckdb.DuckDBPyRelation:
    where, params = filt.where()
    sql = f"SELECT * FROM clusters WHERE {where} ORDER BY date, cluster_id"
    return con.sql(sql + (f" LIMIT {int(limit)}" if limit else ""), params=params)


def series(con: duckdb.DuckDBPyConnection, freq: str, filt: Filter, *, by: str = "dyad",
           unit: str = "events") -> duckdb.DuckDBPyRelation:
    """Counts and Goldstein sums per period (and per group: dyad, root, quad_class, ...)."""
    if freq not in FREQS:
        raise StoreError(f"series must be one of day, week, month, year; got {freq!r}")
    if by not in GROUPS:
        raise StoreError(f"group must be one of {', '.join(GROUPS)}; got {by!r}")
    where, params = filt.where()
    cols = GROUPS[by]
    group = "".join(f", {c}" for c in cols)
    sql = (f"SELECT date_trunc('{FREQS[freq]}', date)::DATE AS period{group},"
           f" count(*) AS {unit}, round(sum(goldstein), 2) AS goldstein_sum"
           f" FROM {_table(unit)} WHERE date IS NOT NULL AND {where}"
           f" GROUP BY ALL ORDER BY period{group}")
    return con.sql(sql, params=params)


def top(con: duckdb.DuckDBPyConnection, what: str, n: int, filt: Filter, *,
        unit: str = "events") -> duckdb.DuckDBPyRelation:
    """Top actors, dyads, roots, codes, PLOVER types or countries by count, with Goldstein sums."""
    where, params = filt.where()
    table = _table(unit)
    if what == "actors":
        sql = (f"WITH sides AS (SELECT source_code AS actor, goldstein FROM {table} WHERE {where}"
               f" UNION ALL SELECT target_code, goldstein FROM {table} WHERE {where})"
               f" SELECT actor, count(*) AS {unit}, round(sum(goldstein), 2) AS goldstein_sum"
               " FROM sides WHERE actor IS NOT NULL GROUP BY actor ORDER BY 2 DESC, 1 LIMIT ?")
        return con.sql(sql, params=params + params + [int(n)])
    groups = {"dyads": "source_code, target_code", "roots": "cameo_root", "codes": "cameo",
              "plover": "plover_type", "countries": "location_country", "quad_class": "quad_class"}
    if what not in groups:
        raise StoreError(f"top: one of actors, {', '.join(groups)}; got {what!r}")
    g = groups[what]
    sql = (f"SELECT {g}, count(*) AS {unit}, round(sum(goldstein), 2) AS goldstein_sum"
           f" FROM {table} WHERE {where} GROUP BY ALL ORDER BY {unit} DESC, {g} LIMIT ?")
    return con.sql(sql, params=params + [int(n)])


def largest_clusters(con: duckdb.DuckDBPyConnection, n: int) -> duckdb.DuckDBPyRelation:
    return con.sql(
        "SELECT cluster_id, source_code, target_code, cameo, cameo_name, date, location_country,"
        " mentions, sources, articles FROM clusters"
        " ORDER BY articles DESC, mentions DESC, cluster_id LIMIT ?", params=[int(n)])
