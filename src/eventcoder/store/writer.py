"""The one writer: a batch of coded articles -> one transaction.

The transaction holds everything the batch changes (article rows, their events, the cluster
assignments and counts, the registry, the run's progress), so a process killed at any point
leaves the store as it was after the last committed batch.

Idempotency: an article already stored under the same id or the same text hash is skipped when
it was coded by the same coder version, and re-coded (old article and events removed, their
clusters recomputed) when the version differs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa

from ..record import Article, Event
from . import counters, dedup, registry
from . import rows as R


@dataclass
class BatchResult:
    new: int = 0
    skipped: int = 0
    recoded: int = 0
    events: int = 0
    duplicate_events: int = 0  # same event id twice in one article: stored once
    recoded_from: Counter = field(default_factory=Counter)  # old coder version -> articles

    def add(self, other: BatchResult) -> None:
        self.new += other.new
        self.skipped += other.skipped
        self.recoded += other.recoded
        self.events += other.events
        self.duplicate_events += other.duplicate_events
        self.recoded_from.update(other.recoded_from)


@dataclass(frozen=True)
class RunProgress:
    """What the ingest run records with this batch (`counts`: the run's totals before it)."""

    run_id: int
    counts: dict[str, int]
    errors: Sequence[tuple[str, int | None, str, bool]] = ()  # path, line, message, warning


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def write_batch(con: duckdb.DuckDBPyConnection, results: list[tuple[Article, list[Event]]], *,
                coder_version: str, window_days: int, registry_rows: list[dict] | None = None,
                run: RunProgress | None = None) -> BatchResult:
    res = BatchResult()
    con.execute("BEGIN TRANSACTION")
    try:
        if results:
            keep, old_ids = _plan(con, results, coder_version, res)
            touched = _delete_articles(con, old_ids)
            touched |= _insert(con, keep, coder_version, window_days, run.run_id if run else None, res)
            dedup.recompute(con, touched)
        if registry_rows is not None:
            registry.save_rows(con, registry_rows)
        if run is not None:
            _record_run(con, run, res)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return res


def existing(con: duckdb.DuckDBPyConnection, ids: list[str], hashes: list[str]) -> list[tuple[str, str, str]]:
    """(id, text_hash, coder_version) of stored articles sharing an id or a text hash."""
    con.register("_batch_keys", pa.table({"id": pa.array(ids, pa.string()),
                                          "text_hash": pa.array(hashes, pa.string())}))
    try:
        return con.execute(
            "SELECT id, text_hash, coder_version FROM articles"
            " WHERE id IN (SELECT id FROM _batch_keys) OR text_hash IN (SELECT text_hash FROM _batch_keys)"
        ).fetchall()
    finally:
        con.unregister("_batch_keys")


def _plan(con: duckdb.DuckDBPyConnection, results: list[tuple[Article, list[Event]]],
          coder_version: str, res: BatchResult) -> tuple[list[tuple[Article, list[Event], str]], set[str]]:
    hashes = [R.text_hash(a.text) for a, _ in results]
    by_id: dict[str, str] = {}
    by_hash: dict[str, list[tuple[str, str]]] = {}
    for i, h, v in existing(con, [a.id for a, _ in results], hashes):
        by_id[i] = v
        by_hash.setdefault(h, []).append((i, v))
    keep: list[tuple[Article, list[Event], str]] = []
    old_ids: set[str] = set()
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    for (article, events), h in zip(results, hashes):
        if article.id in seen_ids or h in seen_hashes:
            res.skipped += 1
            continue
        seen_ids.add(article.id)
        seen_hashes.add(h)
        matches = dict(by_hash.get(h, ()))
        if article.id in by_id:
            matches[article.id] = by_id[article.id]
        if coder_version in matches.values():
            res.skipped += 1
            continue
        if matches:
            res.recoded += 1
            old_ids.update(matches)
            res.recoded_from.update(set(matches.values()))
        else:
            res.new += 1
        keep.append((article, events, h))
    return keep, old_ids


def _delete_articles(con: duckdb.DuckDBPyConnection, ids: set[str]) -> set[int]:
    """Remove articles and their events; returns the clusters that lost members."""
    if not ids:
        return set()
    params = [sorted(ids)]
    touched = {c for (c,) in con.execute(
        "SELECT DISTINCT cluster_id FROM events WHERE list_contains(?, article_id)"
        " AND cluster_id IS NOT NULL", params).fetchall()}
    con.execute("DELETE FROM events WHERE list_contains(?, article_id)", params)
    con.execute("DELETE FROM articles WHERE list_contains(?, id)", params)
    return touched


def _insert(con: duckdb.DuckDBPyConnection, keep: list[tuple[Article, list[Event], str]],
            coder_version: str, window_days: int, run_id: int | None, res: BatchResult) -> set[int]:
    if not keep:
        return set()
    now = utcnow()
    article_seq = counters.take(con, "seq.articles", len(keep))
    event_rows: list[dict[str, Any]] = []
    article_rows: list[dict[str, Any]] = []
    n_events = sum(len(ev) for _, ev, _ in keep)
    event_seq = counters.take(con, "seq.events", n_events)
    for i, (article, events, _h) in enumerate(keep):
        seen: set[str] = set()
        for event in events:
            if event.event_id in seen:
                res.duplicate_events += 1
                continue
            seen.add(event.event_id)
            row = R.event_row(event, article, event_seq + len(event_rows))
            row["article_id"] = article.id  # the article row is the link, whatever the event says
            event_rows.append(row)
        article_rows.append(R.article_row(article, article_seq + i, coder_version, now,
                                          run_id, len(seen)))
    res.events += len(event_rows)
    touched = dedup.assign(con, event_rows, window_days)
    _bulk_insert(con, "articles", R.table(article_rows, R.ARTICLE_SCHEMA))
    if event_rows:
        _bulk_insert(con, "events", R.table(event_rows, R.EVENT_SCHEMA))
    return touched


def _bulk_insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    con.register("_bulk", data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _bulk")
    finally:
        con.unregister("_bulk")


def _record_run(con: duckdb.DuckDBPyConnection, run: RunProgress, res: BatchResult) -> None:
    c = dict(run.counts)
    for k in ("new", "skipped", "recoded", "events"):
        c[k] = c.get(k, 0) + getattr(res, k)
    con.execute(
        "UPDATE ingest_runs SET read = ?, new = ?, skipped = ?, recoded = ?, errors = ?,"
        " warnings = ?, events = ? WHERE run_id = ?",
        [c.get("read", 0), c.get("new", 0), c.get("skipped", 0), c.get("recoded", 0),
         c.get("errors", 0), c.get("warnings", 0), c.get("events", 0), run.run_id])
    if run.errors:
        con.executemany("INSERT INTO input_errors VALUES (?, ?, ?, ?, ?)",
                        [[run.run_id, p, ln, m, w] for p, ln, m, w in run.errors])
