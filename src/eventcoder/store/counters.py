"""Monotonic counters kept in `meta`, so they commit or roll back with the rows they number."""

from __future__ import annotations

import duckdb


def take(con: duckdb.DuckDBPyConnection, name: str, n: int = 1) -> int:
    """Reserve `n` numbers; returns the first. Call inside the writing transaction."""
    (last,) = con.execute("SELECT CAST(value AS BIGINT) FROM meta WHERE key = ?", [name]).fetchall()[0]
    if n:
        con.execute("UPDATE meta SET value = ? WHERE key = ?", [str(last + n), name])
    return last + 1


def reset(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute("UPDATE meta SET value = '0' WHERE key = ?", [name])


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    if con.execute("UPDATE meta SET value = ? WHERE key = ?", [value, key]).fetchall()[0][0] == 0:
        con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])
