"""Read-only SQL: the statement is parsed by DuckDB and refused unless every part only reads.

This is the first of two locks: `eventcoder query` also opens the file with
`read_only=True` and without access to other files.
"""

from __future__ import annotations

import re

import duckdb

from ..errors import StoreError

READING = {"SELECT", "EXPLAIN"}  # SELECT covers WITH, FROM-first, DESCRIBE, SHOW, SUMMARIZE, VALUES
# PRAGMAs that only report (others change settings)
READ_PRAGMAS = {"table_info", "show_tables", "show_tables_expanded", "database_size", "storage_info",
                "show", "version", "database_list", "functions", "collations", "metadata_info",
                "platform", "user_agent"}
_PRAGMA_NAME = re.compile(r"^\s*pragma\s+([A-Za-z_]+)", re.IGNORECASE)
_EXPLAIN_ANALYZE = re.compile(r"^\s*explain\s+analy[sz]e\s+(\w+)", re.IGNORECASE)


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Raise StoreError unless `sql` holds only reading statements."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise StoreError(f"query: cannot parse the SQL: {exc}") from exc
    if not statements:
        raise StoreError("query: empty SQL")
    for st in statements:
        kind = st.type.name
        text = st.query.strip()
        if kind == "PRAGMA":
            m = _PRAGMA_NAME.match(text)
            if m and m.group(1).lower() in READ_PRAGMAS:
                continue
        elif kind == "EXPLAIN":
            m = _EXPLAIN_ANALYZE.match(text)  # EXPLAIN ANALYZE runs its statement
            if not m or m.group(1).upper() in ("SELECT", "WITH", "FROM"):
                continue
        elif kind in READING:
            continue
        raise StoreError(f"query is read-only: refused {kind} statement ({_short(text)}); "
                         "allowed: SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, "
                         "read-only PRAGMAs")
    if len(statements) > 1:
        raise StoreError(f"query: one statement at a time ({len(statements)} given)")


def run_read_only(con: duckdb.DuckDBPyConnection, sql: str,
                  params: list | None = None) -> duckdb.DuckDBPyRelation:
    check_read_only(con, sql)
    try:
        return con.sql(sql, params=params)
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from exc


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."
