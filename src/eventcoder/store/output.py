"""Print a query result as an aligned table, CSV or JSON Lines, streaming where the format allows."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
from typing import IO, Any

import duckdb

FORMATS = ("table", "csv", "json")
FETCH = 2048
CELL = 48  # widest table cell; longer values are cut with "…"


def write(rel: duckdb.DuckDBPyRelation | None, fmt: str, out: IO[str], table_rows: int = 50) -> int:
    """Write the rows; returns how many were written. `table_rows` caps the table format only."""
    if rel is None:
        return 0
    columns = list(rel.columns)
    if fmt == "table":
        rows = rel.limit(table_rows + 1).fetchall()
        more = len(rows) > table_rows
        _table(columns, rows[:table_rows], out)
        if more:
            out.write("… more rows: add --limit N, or use --format csv|json for all of them\n")
        return min(len(rows), table_rows)
    n = 0
    w = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
    if w:
        w.writerow(columns)
    for batch in rel.to_arrow_reader(FETCH):  # streams: one batch in memory at a time
        for row in batch.to_pylist():
            if w:
                w.writerow([_csv(v) for v in row.values()])
            else:
                out.write(json.dumps(row, ensure_ascii=False, default=_json) + "\n")
        n += batch.num_rows
    return n


def _json(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return str(value)


def _csv(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "|".join("" if v is None else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=_json)
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        s = f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    elif isinstance(value, (list, tuple)):
        s = "|".join(str(v) for v in value)
    else:
        s = " ".join(str(value).split())
    return s if len(s) <= CELL else s[: CELL - 1] + "…"


def _table(columns: list[str], rows: list[tuple], out: IO[str]) -> None:
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
