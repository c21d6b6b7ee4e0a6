"""Deduplication: many reports of one real-world event -> one cluster.

The rule (docs/store.md, "Deduplication"):
  an event joins an existing cluster when
  - its source and target codes are compatible with the cluster's: equal, or one the
    other's prefix (`IRN` and `IRNGOV`: one story says "Iran", another "Iranian officials";
    `USAGOV` and `USAMIL` are not compatible);
  - it has the same cameo_root;
  - its date is within `window_days` of the cluster's date (its earliest event);
  - the location countries agree (equal, or either missing).
  Among several such clusters: the nearest date, then exact codes, then the oldest cluster.
  Otherwise the event founds a new cluster. A cluster's codes are the most specific ones of
  its members (all members' codes are prefixes of them).
  Events without a source actor, a target actor or a date are only clustered with events of
  their own article (the cluster's `scope` is that article): "the US government denied it"
  on the same day in two stories is rarely the same denial, so a match across stories needs
  the whole dyad.

Events are assigned one at a time in ingest order (`events.seq`), so `rebuild` with the same
window reproduces what incremental ingest built (unless articles were re-coded since).
Counts and the other cluster columns are always recomputed from the member events
(`recompute`), never adjusted by arithmetic, so they cannot drift.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from . import counters

# scope, source country part, target country part, cameo_root: clusters an event may join
Key = tuple[str | None, str | None, str | None, str]


@dataclass
class _Cluster:
    cluster_id: int
    source: str | None
    target: str | None
    date: dt.date | None
    country: str | None


def compatible(a: str | None, b: str | None) -> bool:
    """Actor codes that may name the same actor: equal, or one refines the other."""
    if a is None or b is None:
        return a is b
    return a.startswith(b) or b.startswith(a)


def _finer(a: str | None, b: str | None) -> str | None:
    return b if (b is not None and (a is None or len(b) > len(a))) else a


class _Open:
    """Candidate clusters of one batch, indexed by key and date so lookups stay O(window)."""

    def __init__(self, window_days: int):
        self.window = window_days
        self.by_day: dict[Key, dict[int | None, list[_Cluster]]] = defaultdict(lambda: defaultdict(list))

    def add(self, key: Key, cluster: _Cluster) -> None:
        self.by_day[key][_day(cluster.date)].append(cluster)

    def find(self, key: Key, row: dict[str, Any]) -> _Cluster | None:
        days = self.by_day.get(key)
        if not days:
            return None
        date, country = row["date"], row["location_country"]
        src, tgt = row["source_code"], row["target_code"]
        if date is None:
            pool = days.get(None, [])
        else:
            d = date.toordinal()
            pool = [c for k in range(d - self.window, d + self.window + 1) for c in days.get(k, ())]
        best: tuple[int, int, int] | None = None
        found = None
        for c in pool:
            if c.country and country and c.country != country:
                continue
            if not (compatible(c.source, src) and compatible(c.target, tgt)):
                continue
            exact = 0 if (c.source == src and c.target == tgt) else 1
            rank = (abs(_day(c.date) - _day(date)) if date else 0, exact, c.cluster_id)
            if best is None or rank < best:
                best, found = rank, c
        return found

    def joined(self, key: Key, cluster: _Cluster, row: dict[str, Any]) -> None:
        """Update the cluster's codes, anchor date and country after an event joined it."""
        date, country = row["date"], row["location_country"]
        cluster.source = _finer(cluster.source, row["source_code"])
        cluster.target = _finer(cluster.target, row["target_code"])
        if date is not None and cluster.date is not None and date < cluster.date:
            self.by_day[key][_day(cluster.date)].remove(cluster)
            cluster.date = date
            self.by_day[key][_day(date)].append(cluster)
        if cluster.country is None and country:
            cluster.country = country


def _day(date: dt.date | None) -> int | None:
    return date.toordinal() if date is not None else None


def _part(code: str | None) -> str | None:
    return code[:3] if code is not None else None


def key_of(row: dict[str, Any]) -> Key:
    open_to_all = (row["source_code"] is not None and row["target_code"] is not None
                   and row["date"] is not None)
    scope = None if open_to_all else row["article_id"]
    return (scope, _part(row["source_code"]), _part(row["target_code"]), row["cameo_root"])


_CANDIDATES = """
SELECT c.cluster_id, c.source_code, c.target_code, c.cameo_root, c.date, c.location_country
FROM clusters c JOIN _dedup_keys k
  ON left(c.source_code, 3) = k.source AND left(c.target_code, 3) = k.target
     AND c.cameo_root = k.cameo_root
WHERE c.scope IS NULL AND c.date BETWEEN k.lo AND k.hi
ORDER BY c.cluster_id
"""


def assign(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], window_days: int) -> set[int]:
    """Set `cluster_id` on each event row (in order), creating clusters as needed.

    Returns the ids of every cluster that gained a member: `recompute` (re)writes their rows
    once the events are stored. Call inside the writing transaction.
    """
    if not rows:
        return set()
    window = dt.timedelta(days=window_days)
    spans: dict[Key, list[dt.date]] = {}
    for row in rows:
        key = key_of(row)
        if key[0] is None:
            lo_hi = spans.setdefault(key, [row["date"], row["date"]])
            lo_hi[0], lo_hi[1] = min(lo_hi[0], row["date"]), max(lo_hi[1], row["date"])
    pool = _Open(window_days)
    if spans:
        keys = pa.table({
            "source": [k[1] for k in spans], "target": [k[2] for k in spans],
            "cameo_root": [k[3] for k in spans],
            "lo": pa.array([v[0] - window for v in spans.values()], pa.date32()),
            "hi": pa.array([v[1] + window for v in spans.values()], pa.date32()),
        })
        con.register("_dedup_keys", keys)
        try:
            for cid, src, tgt, root, date, country in con.execute(_CANDIDATES).fetchall():
                pool.add((None, _part(src), _part(tgt), root), _Cluster(cid, src, tgt, date, country))
        finally:
            con.unregister("_dedup_keys")

    created = 0
    touched: set[int] = set()
    next_id = counters.take(con, "seq.clusters", 0)  # numbers are reserved below, once
    for row in rows:
        key = key_of(row)
        cluster = pool.find(key, row)
        if cluster is None:
            cluster = _Cluster(next_id + created, row["source_code"], row["target_code"], row["date"],
                               row["location_country"])
            created += 1
            pool.add(key, cluster)
        else:
            pool.joined(key, cluster, row)
        row["cluster_id"] = cluster.cluster_id
        touched.add(cluster.cluster_id)
    if created:
        counters.take(con, "seq.clusters", created)
    return touched



# A cluster row is derived from its members: the touched rows are deleted and re-inserted
# (DuckDB appends and deletes far faster than it updates many columns in place).
_RECOMPUTE = """
INSERT INTO clusters BY NAME
WITH ev AS (
    SELECT e.*, ar.ingested_at FROM events e JOIN articles ar ON ar.id = e.article_id
    WHERE e.cluster_id IN (SELECT cluster_id FROM _touched)),
codes AS (
    SELECT cluster_id, cameo, count(*) AS n, min(seq) AS s, any_value(cameo_name) AS cameo_name,
           avg(goldstein) AS goldstein, any_value(quad_class) AS quad_class,
           any_value(plover_type) AS plover_type
    FROM ev GROUP BY cluster_id, cameo),
top AS (
    SELECT cluster_id,
           first(struct_pack(cameo, cameo_name, goldstein, quad_class, plover_type)
                 ORDER BY n DESC, s) AS top
    FROM codes GROUP BY cluster_id),
agg AS (
    SELECT ev.cluster_id, any_value(top.top) AS top,
           -- the key: every member shares it (see key_of)
           CASE WHEN bool_or(source_code IS NULL OR target_code IS NULL OR date IS NULL)
                THEN any_value(article_id) END AS scope,
           -- members' codes are prefixes of the finest one
           arg_max(source_code, length(source_code)) AS source_code,
           arg_max(target_code, length(target_code)) AS target_code,
           any_value(cameo_root) AS cameo_root,
           count(*) AS mentions,
           count(DISTINCT coalesce(news_source, 'article:' || article_id)) AS sources,
           count(DISTINCT article_id) AS articles,
           min(date) AS date, max(date) AS last_date,
           min(ingested_at) AS first_seen, max(ingested_at) AS last_seen,
           -- representative: the most specific mention (longest codes), then the first
           arg_min(event_id, [-(length(coalesce(source_code, '')) + length(coalesce(target_code, ''))),
                              seq]) AS event_id,
           arg_min(url, seq) FILTER (WHERE url IS NOT NULL) AS url,
           bool_or(sentence_index = 0) AS is_root,
           arg_min(struct_pack(name := location_name, country := location_country,
                               admin1 := location_admin1, lat := location_lat, lon := location_lon,
                               feature := location_feature, geonameid := location_geonameid), seq)
               FILTER (WHERE location_country IS NOT NULL) AS loc
    FROM ev JOIN top USING (cluster_id)
    GROUP BY ev.cluster_id)
SELECT cluster_id, scope, source_code, target_code, cameo_root,
       top.cameo AS cameo, top.cameo_name AS cameo_name, top.quad_class AS quad_class,
       top.goldstein AS goldstein, top.plover_type AS plover_type,
       date, last_date, first_seen, last_seen,
       loc.name AS location_name, loc.country AS location_country, loc.admin1 AS location_admin1,
       loc.lat AS location_lat, loc.lon AS location_lon, loc.feature AS location_feature,
       loc.geonameid AS location_geonameid,
       mentions, sources, articles, event_id, url, is_root
FROM agg
"""


def recompute(con: duckdb.DuckDBPyConnection, cluster_ids: Iterable[int]) -> None:
    """Rewrite these clusters from their members (counts, code, dates, location,
    representative); a cluster left without members disappears."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    con.register("_touched", pa.table({"cluster_id": pa.array(ids, pa.int64())}))
    try:
        con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM _touched)")
        con.execute(_RECOMPUTE)
    finally:
        con.unregister("_touched")


_ASSIGN_COLUMNS = "seq, article_id, date, source_code, target_code, cameo_root, location_country"


def rebuild(con: duckdb.DuckDBPyConnection, window_days: int, chunk: int = 20000) -> int:
    """Recompute all clusters from scratch in one transaction; returns the number of clusters."""
    if window_days < 0:
        raise ValueError("window_days must be >= 0")
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM clusters")
        con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
        counters.reset(con, "seq.clusters")
        counters.set_meta(con, "dedup.window_days", str(window_days))
        last = -1
        while True:
            cur = con.execute(f"SELECT {_ASSIGN_COLUMNS} FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
                              [last, chunk])
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r)) for r in cur.fetchall()]
            if not rows:
                break
            touched = assign(con, rows, window_days)
            mapping = pa.table({"seq": pa.array([r["seq"] for r in rows], pa.int64()),
                                "cluster_id": pa.array([r["cluster_id"] for r in rows], pa.int64())})
            con.register("_assigned", mapping)
            try:
                con.execute("UPDATE events SET cluster_id = m.cluster_id FROM _assigned m"
                            " WHERE events.seq = m.seq")
            finally:
                con.unregister("_assigned")
            recompute(con, touched)
            last = rows[-1]["seq"]
        (n,) = con.execute("SELECT count(*) FROM clusters").fetchall()[0]
        con.execute("COMMIT")
        return n
    except BaseException:
        con.execute("ROLLBACK")
        raise
