"""The people registry learned while coding (PersonRegistry.to_rows()/from_rows()), kept in the store.

Rows are stored as JSON so the store does not depend on the registry's columns; `name` and
`code` are copied out when present, for queries.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa


def load_rows(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return [json.loads(d) for (d,) in con.execute("SELECT data FROM registry ORDER BY position").fetchall()]


def save_rows(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    """Replace the stored registry (inside the caller's transaction)."""
    con.execute("DELETE FROM registry")
    if not rows:
        return
    tbl = pa.table({
        "position": pa.array(range(len(rows)), pa.int32()),
        "name": pa.array([_str(r.get("name")) for r in rows], pa.string()),
        "code": pa.array([_str(r.get("code")) for r in rows], pa.string()),
        "data": pa.array([json.dumps(r, ensure_ascii=False, default=str) for r in rows], pa.string()),
    })
    con.register("_registry_rows", tbl)
    try:
        con.execute("INSERT INTO registry SELECT position, name, code, data::JSON FROM _registry_rows")
    finally:
        con.unregister("_registry_rows")


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def export_tsv(con: duckdb.DuckDBPyConnection, out: Path) -> int:
    """Write the registry for review in the people.tsv format plus evidence columns (the
    actors module's own export), so a reviewed file can be passed back with `--actors`."""
    from ..actors.registry import PersonRegistry

    return PersonRegistry.from_rows(load_rows(con)).export(out)
