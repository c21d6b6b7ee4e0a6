"""Queries, aggregates and the read-only SQL guard, on a real store file."""

from __future__ import annotations

import pytest
from store_support import same_event_reports

from eventcoder.errors import StoreError
from eventcoder.store import EventStore, Filter


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "q.duckdb"
    with EventStore(path) as store:
        store.write(same_event_reports(), "v1")
    return path


@pytest.fixture
def store(db):
    with EventStore(db, read_only=True, external_access=False) as s:
        yield s


def test_filters(store):
    assert len(store.events(actor="VEN").fetchall()) == 7  # all but the source-less one
    assert len(store.events(actor="FRA").fetchall()) == 1
    assert len(store.events(source="VENGOV", target="USA").fetchall()) == 6
    assert len(store.events(root="3").fetchall()) == 1  # "3" means root 03
    assert len(store.events(cameo="111").fetchall()) == 1
    assert len(store.events(plover="agree").fetchall()) == 1
    assert len(store.events(country="FRA").fetchall()) == 1
    assert len(store.events(date_from="2017-12-02", date_to="2017-12-04").fetchall()) == 2
    assert len(store.events(Filter(quad_class=3), limit=2).fetchall()) == 2
    assert len(store.clusters(actor="VEN", root="11").fetchall()) == 3


def test_bad_filters_are_store_errors(store):
    with pytest.raises(StoreError, match="root"):
        store.events(root="33")
    with pytest.raises(StoreError, match="ISO date"):
        store.events(date_from="1 Dec 2017")
    with pytest.raises(TypeError):
        store.events(colour="red")


def test_daily_series_per_dyad(store):
    rows = store.series("day", source="VENGOV", target="USAGOV").fetchall()
    got = [(str(p), s, t, n, g) for p, s, t, n, g in rows]
    assert got == [("2017-12-01", "VENGOV", "USAGOV", 4, -8.0),
                   ("2017-12-02", "VENGOV", "USAGOV", 1, -2.0),
                   ("2017-12-05", "VENGOV", "USAGOV", 1, -2.0)]
    weekly = store.series("weekly", actor="VEN", by="none").fetchall()
    assert sum(r[1] for r in weekly) == 7
    monthly_clusters = store.series("month", by="none", unit="clusters").fetchall()
    assert [(str(p), n) for p, n, _ in monthly_clusters] == [("2017-12-01", 5)]


def test_quad_class_series(store):
    rows = store.series("month", by="quad_class").fetchall()
    assert sorted((q, n) for _, q, n, _ in rows) == [(1, 1), (3, 7)]


def test_top_lists(store):
    assert store.top("dyads", 1).fetchall() == [("VENGOV", "USAGOV", 6, -12.0)]
    actors = {a: n for a, n, _ in store.top("actors", 10).fetchall()}
    assert actors["USAGOV"] == 7 and actors["VENGOV"] == 7 and actors["FRAGOV"] == 1
    assert store.top("roots", 5).fetchall()[0][:2] == ("11", 7)
    assert store.top("dyads", 1, unit="clusters").fetchall()[0][2] == 3
    with pytest.raises(StoreError):
        store.top("colours")


@pytest.mark.parametrize("sql", [
    "SELECT count(*) FROM events",
    "WITH x AS (SELECT * FROM clusters) SELECT count(*) FROM x",
    "FROM articles SELECT count(*)",
    "DESCRIBE events",
    "SHOW TABLES",
    "SUMMARIZE clusters",
    "EXPLAIN SELECT * FROM events",
    "PRAGMA table_info('events')",
])
def test_read_only_sql_runs_reads(store, sql):
    assert store.sql(sql).fetchall()


@pytest.mark.parametrize("sql, kind", [
    ("DELETE FROM events", "DELETE"),
    ("INSERT INTO meta VALUES ('x', 'y')", "INSERT"),
    ("UPDATE clusters SET mentions = 0", "UPDATE"),
    ("WITH x AS (SELECT 1) INSERT INTO meta SELECT 'a', 'b'", "INSERT"),
    ("DROP TABLE events", "DROP"),
    ("CREATE TABLE t AS SELECT 1", "CREATE"),
    ("COPY events TO 'out.csv'", "COPY"),
    ("ATTACH 'other.duckdb'", "ATTACH"),
    ("SET threads = 1", "SET"),
    ("PRAGMA enable_profiling", "PRAGMA"),
    ("EXPLAIN ANALYZE DELETE FROM events", "EXPLAIN"),
    ("SELECT 1; DELETE FROM events", "DELETE"),
])
def test_read_only_sql_refuses_writes(store, sql, kind):
    with pytest.raises(StoreError, match=f"read-only: refused {kind}"):
        store.sql(sql)
    assert store.counts()["events"] == 8


def test_the_connection_itself_is_read_only(store):
    import duckdb

    with pytest.raises(duckdb.Error):
        store.con.execute("DELETE FROM events")  # even past the guard, DuckDB refuses


def test_one_statement_at_a_time(store):
    with pytest.raises(StoreError, match="one statement"):
        store.sql("SELECT 1; SELECT 2")
