"""`EventStore`: one DuckDB file holding articles, events, clusters and the learned registry.

The class owns the connection and the `meta` table; the work is done by the modules it
delegates to (writer, ingest, dedup, queries, exports, summary), each taking the connection.
One process writes at a time (DuckDB's file lock); readers open the file read-only.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import duckdb

from ..errors import StoreError
from . import schema

if TYPE_CHECKING:
    from ..record import Article, Event
    from .ingest import IngestReport
    from .queries import Filter
    from .summary import Summary
    from .writer import BatchResult

DEFAULT_WINDOW_DAYS = 1


def connect(path: str | os.PathLike, *, read_only: bool, external_access: bool = True,
            memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open the file; DuckDB errors become StoreErrors that name it. Never downloads extensions."""
    config: dict[str, Any] = {"autoinstall_known_extensions": False}
    if not external_access:
        config["enable_external_access"] = False
    if memory_limit:
        config["memory_limit"] = memory_limit
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{path}: the store is in use by another process (an ingest running?)") from exc
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc


class EventStore:
    """A DuckDB event store. Create with `EventStore(path)`; the file is created when missing.

    `read_only=True` opens an existing store for queries and exports; `external_access=False`
    additionally forbids SQL from touching other files (used by `eventcoder query --sql`).
    """

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False,
                 external_access: bool = True, window_days: int | None = None,
                 memory_limit: str | None = None):
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (run `eventcoder ingest ... --db {self.path}` first)")
        if not read_only and self.path.parent and not self.path.parent.exists():
            raise StoreError(f"{self.path}: directory {self.path.parent} does not exist")
        self.con = connect(self.path, read_only=read_only, external_access=external_access,
                           memory_limit=memory_limit)
        try:
            if not read_only:
                schema.create(self.con, window_days if window_days is not None else DEFAULT_WINDOW_DAYS)
            self._check_schema()
        except BaseException:
            self.con.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_schema(self) -> None:
        try:
            version = self.meta("schema_version")
        except duckdb.CatalogException:
            raise StoreError(f"{self.path}: not an eventcoder store (no `meta` table)") from None
        while version in schema.MIGRATIONS and not self.read_only:
            version = self._migrate(version)
        if version != schema.SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {version}, this eventcoder "
                             f"reads version {schema.SCHEMA_VERSION}")

    def _migrate(self, version: str) -> str:
        """One step of schema.MIGRATIONS, in a transaction; returns the new version."""
        following = str(int(version) + 1)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(schema.MIGRATIONS[version])
            self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [following])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return following

    # -- meta ----------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        rows = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None

    @property
    def window_days(self) -> int:
        return int(self.meta("dedup.window_days") or DEFAULT_WINDOW_DAYS)

    def counts(self) -> dict[str, int]:
        (a, e, c) = self.con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
            " (SELECT count(*) FROM clusters)").fetchall()[0]
        return {"articles": a, "events": e, "clusters": c}

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    # -- writing -------------------------------------------------------------------------------
    def write(self, results: Iterable[tuple[Article, list[Event]]], coder_version: str,
              registry_rows: list[dict] | None = None) -> BatchResult:
        """Store coded articles in one transaction (idempotent; see writer.write_batch)."""
        from .writer import write_batch

        self._writable()
        return write_batch(self.con, list(results), coder_version=coder_version,
                           window_days=self.window_days, registry_rows=registry_rows)

    def ingest(self, coder: Any, inputs: Iterable[Any], **kwargs: Any) -> IngestReport:
        """Code and store a stream of articles; see ingest.ingest for the options."""
        from .ingest import ingest

        self._writable()
        return ingest(self, coder, inputs, **kwargs)

    def rebuild_clusters(self, window_days: int | None = None) -> int:
        """Recompute every cluster from the events (optionally with a new window); returns their count."""
        from .dedup import rebuild

        self._writable()
        return rebuild(self.con, window_days if window_days is not None else self.window_days)

    # -- registry ------------------------------------------------------------------------------
    def registry_rows(self) -> list[dict]:
        from .registry import load_rows

        return load_rows(self.con)

    # -- queries, exports, summary -------------------------------------------------------------
    def sql(self, statement: str, params: list | None = None) -> duckdb.DuckDBPyRelation:
        """Run a read-only statement (refuses anything that writes)."""
        from .readonly import run_read_only

        return run_read_only(self.con, statement, params)

    def events(self, filt: Filter | None = None, *, limit: int | None = None,
               **kwargs: Any) -> duckdb.DuckDBPyRelation:
        from . import queries

        return queries.events(self.con, queries.as_filter(filt, kwargs), limit)

    def clusters(self, filt: Filter | None = None, *, limit: int | None = None,
               **kwargs: Any) -> duckdb.DuckDBPyRelation:
        from . import queries

        return queries.clusters(self.con, queries.as_filter(filt, kwargs), limit)

    def series(self, freq: str = "day", filt: Filter | None = None, *, by: str = "dyad",
               unit: str = "events", **kwargs: Any) -> duckdb.DuckDBPyRelation:
        from . import queries

        return queries.series(self.con, freq, queries.as_filter(filt, kwargs), by=by, unit=unit)

    def top(self, what: str, n: int = 10, filt: Filter | None = None, *, unit: str = "events",
            **kwargs: Any) -> duckdb.DuckDBPyRelation:
        from . import queries

        return queries.top(self.con, what, n, queries.as_filter(filt, kwargs), unit=unit)

    def export(self, fmt: str, out: str | os.PathLike, what: str = "events") -> int:
        """Write events/clusters/articles as parquet|csv|gdelt|plover|registry; returns rows written."""
        from .exports import export

        return export(self.con, fmt, Path(out), what)

    def summary(self, n: int = 5) -> Summary:
        from .summary import summarise

        return summarise(self.con, n)
