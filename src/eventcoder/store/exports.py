"""Exports, written by DuckDB's COPY (streaming, never through Python rows).

- parquet / csv: `events`, `clusters` or `articles` as stored (CSV joins lists with `|`);
- gdelt: clusters in the GDELT 2.0 event-table layout (gdelt.py);
- plover: PLOVER/POLECAT-style JSON Lines, one object per event that has a PLOVER type;
- registry: the learned people as TSV.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from ..errors import StoreError
from . import gdelt, registry

FORMATS = ("parquet", "csv", "gdelt", "plover", "registry")
WHAT = ("events", "clusters", "articles")
_ORDER = {"events": "seq", "clusters": "cluster_id", "articles": "seq"}
_LISTS = ("source_sectors", "target_sectors", "plover_context")

PLOVER_SELECT = """
SELECT
    e.event_id AS id,
    e.date,
    e.date_precision,
    e.article_date AS story_date,
    e.plover_type AS event_type,
    e.plover_mode AS mode,
    coalesce(e.plover_context, []) AS context,
    CASE WHEN e.source_code IS NULL THEN NULL ELSE struct_pack(
        text := e.source_text, code := e.source_code, country := e.source_country,
        sector := e.source_sector, name := e.source_name) END AS source,
    CASE WHEN e.target_code IS NULL THEN NULL ELSE struct_pack(
        text := e.target_text, code := e.target_code, country := e.target_country,
        sector := e.target_sector, name := e.target_name) END AS target,
    e.cameo, e.quad_class, e.goldstein,
    CASE WHEN e.location_name IS NULL THEN NULL ELSE struct_pack(
        name := e.location_name, country := e.location_country, admin1 := e.location_admin1,
        lat := e.location_lat, lon := e.location_lon) END AS location,
    struct_pack(sentence := e.sentence_text, sentence_index := e.sentence_index,
                trigger := e.trigger_text, trigger_start := e.trigger_start,
                trigger_end := e.trigger_end, article_id := e.article_id,
                news_source := e.news_source, url := e.url) AS evidence,
    e.confidence,
    e.cluster_id,
    c.mentions AS cluster_mentions, c.articles AS cluster_articles
FROM events e LEFT JOIN clusters c ON c.cluster_id = e.cluster_id
WHERE e.plover_type IS NOT NULL
ORDER BY e.seq
"""


def _path(out: Path) -> str:
    return "'" + str(out).replace("'", "''") + "'"


def _copy(con: duckdb.DuckDBPyConnection, select: str, out: Path, options: str) -> int:
    try:
        (n,) = con.execute(f"COPY ({select}) TO {_path(out)} ({options})").fetchall()[0]
    except duckdb.Error as exc:
        raise StoreError(f"{out}: export failed: {exc}") from exc
    return int(n)


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: Path, what: str = "events") -> int:
    """Write the export; returns the number of rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"export format must be one of {', '.join(FORMATS)}; got {fmt!r}")
    if what not in WHAT:
        raise StoreError(f"--what must be one of {', '.join(WHAT)}; got {what!r}")
    if out.parent and not out.parent.exists():
        raise StoreError(f"{out}: directory {out.parent} does not exist")
    if fmt == "registry":
        return registry.export_tsv(con, out)
    if fmt == "gdelt":
        if what == "articles":
            raise StoreError("the GDELT layout has one row per deduplicated event (cluster)")
        return _copy(con, gdelt.SELECT, out, "FORMAT csv, DELIMITER '\t', HEADER false, QUOTE ''")
    if fmt == "plover":
        if what != "events":
            raise StoreError("the PLOVER export is one object per event; drop --what")
        return _copy(con, PLOVER_SELECT, out, "FORMAT json")
    if fmt == "parquet":
        return _copy(con, f"SELECT * FROM {what} ORDER BY {_ORDER[what]}", out,
                     "FORMAT parquet, COMPRESSION zstd")
    replace = ""
    if what == "events":
        replace = " REPLACE (" + ", ".join(f"array_to_string({c}, '|') AS {c}" for c in _LISTS) + ")"
    return _copy(con, f"SELECT *{replace} FROM {what} ORDER BY {_ORDER[what]}", out,
                 "FORMAT csv, HEADER true")
