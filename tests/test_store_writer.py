"""The store's writer on a real DuckDB file: schema, idempotency, re-coding, consistency."""

from __future__ import annotations

import dataclasses

import duckdb
import pytest
from store_support import article, event, same_event_reports

from eventcoder.errors import StoreError
from eventcoder.store import EventStore


def consistent(con: duckdb.DuckDBPyConnection) -> None:
    """Invariants every committed state must satisfy (also used by the kill -9 test)."""
    q = lambda sql: con.execute(sql).fetchall()[0][0]
    assert q("SELECT coalesce(sum(n_events), 0) FROM articles") == q("SELECT count(*) FROM events")
    assert q("SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)") == 0
    assert q("SELECT count(*) FROM events WHERE cluster_id IS NULL") == 0
    assert q("SELECT count(*) FROM events WHERE cluster_id NOT IN (SELECT cluster_id FROM clusters)") == 0
    assert q("SELECT coalesce(sum(mentions), 0) FROM clusters") == q("SELECT count(*) FROM events")
    assert q("SELECT count(*) - count(DISTINCT cluster_id) FROM clusters") == 0
    assert q("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert q("SELECT count(*) - count(DISTINCT text_hash) FROM articles") == 0
    assert q("""SELECT count(*) FROM clusters c JOIN (
                  SELECT cluster_id, count(*) m, count(DISTINCT article_id) a FROM events GROUP BY 1) e
                USING (cluster_id) WHERE c.mentions <> e.m OR c.articles <> e.a""") == 0


def test_new_store_has_the_tables(tmp_path):
    path = tmp_path / "new.duckdb"
    with EventStore(path) as store:
        names = {r[0] for r in store.con.execute("SHOW TABLES").fetchall()}
        assert {"articles", "events", "clusters", "mentions", "actors", "sentences", "registry",
                "ingest_runs", "meta"} <= names
        assert store.counts() == {"articles": 0, "events": 0, "clusters": 0}
        assert store.window_days == 1
    assert path.exists()


def test_record_fields_are_flattened(tmp_path):
    reports = same_event_reports()
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write(reports, "v1")
        ev = reports[0][1][0]
        row = store.con.execute(
            "SELECT source_code, source_country, source_sector, target_code, cameo, cameo_root,"
            " quad_class, goldstein, plover_type, plover_context, trigger_text, trigger_start,"
            " location_name, location_country, date::VARCHAR, news_source, url"
            " FROM events WHERE event_id = ?", [ev.event_id]).fetchall()[0]
        assert row == ("VENGOV", "VEN", "GOV", "USAGOV", "112", "11", 3, -2.0, "ACCUSE", ["economic"],
                       "blamed", 10, "Caracas", "VEN", "2017-12-01", "Reuters", "https://example.org/r1")


def test_writing_twice_stores_once(tmp_path):
    reports = same_event_reports()
    with EventStore(tmp_path / "s.duckdb") as store:
        first = store.write(reports, "v1")
        counts = store.counts()
        again = store.write(reports, "v1")
        assert (first.new, first.skipped, first.events) == (4, 0, 8)
        assert (again.new, again.skipped, again.recoded, again.events) == (0, 4, 0, 0)
        assert store.counts() == counts
        consistent(store.con)


def test_same_text_under_another_id_is_the_same_article(tmp_path):
    a = article("x1", text="The same words twice.")
    b = dataclasses.replace(a, id="x2")
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([(a, [event(a, 0, "VENGOV", "USAGOV", "112", "2017-12-01")])], "v1")
        res = store.write([(b, [event(b, 0, "VENGOV", "USAGOV", "112", "2017-12-01")])], "v1")
        assert res.skipped == 1
        assert store.counts()["articles"] == 1


def test_duplicates_inside_one_batch_are_stored_once(tmp_path):
    a = article("d1")
    e = event(a, 0, "VENGOV", "USAGOV", "112", "2017-12-01")
    with EventStore(tmp_path / "s.duckdb") as store:
        res = store.write([(a, [e, e]), (a, [e])], "v1")
        assert (res.new, res.skipped, res.duplicate_events) == (1, 1, 1)
        assert store.counts() == {"articles": 1, "events": 1, "clusters": 1}
        consistent(store.con)


def test_new_coder_version_recodes_and_updates_clusters(tmp_path):
    reports = same_event_reports()
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write(reports, "v1")
        a1 = reports[0][0]
        # v2 finds only one event in r1 where v1 found two
        res = store.write([(a1, [event(a1, 0, "VENGOV", "USAGOV", "112", "2017-12-01", "VEN")])], "v2")
        assert (res.new, res.skipped, res.recoded) == (0, 0, 1)
        assert dict(res.recoded_from) == {"v1": 1}
        versions = dict(store.con.execute("SELECT id, coder_version FROM articles").fetchall())
        assert versions == {"r1": "v2", "r2": "v1", "r3": "v1", "r4": "v1"}
        assert store.counts()["events"] == 7
        consistent(store.con)
        # the same version again: skipped
        assert store.write([(a1, [])], "v2").skipped == 1


def test_recoding_to_no_events_drops_emptied_clusters(tmp_path):
    a = article("solo")
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([(a, [event(a, 0, "DOMGOV", "FRAGOV", "042", "2017-12-01")])], "v1")
        assert store.counts()["clusters"] == 1
        store.write([(a, [])], "v2")
        assert store.counts() == {"articles": 1, "events": 0, "clusters": 0}
        consistent(store.con)


def test_registry_rows_round_trip(tmp_path):
    rows = [{"name": "Jane Example", "code": "VENGOV", "country": "VEN", "sectors": ["GOV"],
             "role": "foreign minister", "first_seen": "2017-12-01", "last_seen": "2017-12-03",
             "count": 3, "example": "Foreign Minister Jane Example of Venezuela said ..."},
            {"name": "John Invented", "code": "USAGOV", "country": "USA", "sectors": ["GOV"],
             "role": None, "first_seen": None, "last_seen": None, "count": 1, "example": ""}]
    path = tmp_path / "s.duckdb"
    with EventStore(path) as store:
        store.write([], "v1", registry_rows=rows)
        assert store.con.execute("SELECT name, code FROM registry ORDER BY position").fetchall() == [
            ("Jane Example", "VENGOV"), ("John Invented", "USAGOV")]
    with EventStore(path, read_only=True) as store:
        assert store.registry_rows() == rows
        out = tmp_path / "people.tsv"
        assert store.export("registry", out) == 2
        lines = [x for x in out.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
        assert lines[0].split("\t")[:5] == ["Jane Example", "", "VENGOV", "VEN", "GOV"]


def test_read_only_store_refuses_writes_and_missing_files(tmp_path):
    path = tmp_path / "s.duckdb"
    with pytest.raises(StoreError, match="no such store"):
        EventStore(path, read_only=True)
    EventStore(path).close()
    with EventStore(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.write([], "v1")


def test_a_second_writer_gets_a_clear_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "s.duckdb"
    with EventStore(path):
        code = ("import sys\nfrom eventcoder.store import EventStore\nfrom eventcoder.errors import StoreError\n"
                f"try:\n    EventStore({str(path)!r})\nexcept StoreError as e:\n    print(e); sys.exit(3)\n")
        out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)
    assert out.returncode == 3, out.stderr
    assert "in use by another process" in out.stdout


def test_other_schema_version_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    with EventStore(path) as store:
        store.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 999"):
        EventStore(path)


def test_version_1_store_is_migrated_in_place(tmp_path):
    """A store written before `location_precision` existed opens, keeps its rows and takes new ones."""
    path = tmp_path / "v1.duckdb"
    first, second = article("a1"), article("a2", text="Another invented article.")
    with EventStore(path) as store:
        store.write([(first, [event(first, 0, "USAGOV", "RUSGOV", "112", "2017-12-01", where="USA")])], "v1")
        store.con.execute("ALTER TABLE events DROP COLUMN location_precision")
        store.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 1"):
        EventStore(path, read_only=True)  # a reader never changes the file
    with EventStore(path) as store:
        assert store.meta("schema_version") == "2"
        store.write([(second, [event(second, 0, "RUSGOV", "USAGOV", "112", "2017-12-01", where="USA")])], "v1")
        rows = store.con.execute("SELECT article_id, location_name FROM events ORDER BY seq").fetchall()
        assert [r[0] for r in rows] == ["a1", "a2"] and all(r[1] for r in rows)
        consistent(store.con)
