"""`eventcoder query|export|summary` against a real store file (no coder needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_support import same_event_reports

from eventcoder.cli import main
from eventcoder.store import EventStore


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.duckdb"
    with EventStore(path) as store:
        store.write(same_event_reports(), "v1")
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_summary(capsys, db):
    code, out, _ = run(capsys, "summary", "--db", db)
    assert code == 0
    assert "events in multi-article clusters: 50.0%" in out
    assert "VENGOV       -> USAGOV" in out and "-12.0" in out
    assert "11 DISAPPROVE" in out


def test_query_flags_and_series(capsys, db):
    code, out, _ = run(capsys, "query", "--db", db, "--actor", "VEN", "--root", "11",
                       "--from", "2017-11-01", "--to", "2017-12-31", "--series", "daily", "--format", "json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0] == {"period": "2017-12-01", "source_code": "VENGOV", "target_code": "USAGOV",
                       "events": 4, "goldstein_sum": -8.0}
    code, out, _ = run(capsys, "query", "--db", db, "--dyad", "VENGOV,USAGOV", "--format", "csv")
    assert code == 0 and len(out.splitlines()) == 1 + 6
    code, out, _ = run(capsys, "query", "--db", db, "--top", "dyads", "--clusters")
    assert code == 0 and "VENGOV" in out and "(3 rows)" in out


def test_query_sql_read_only(capsys, db):
    code, out, _ = run(capsys, "query", "--db", db, "--sql", "SELECT count(*) AS n FROM clusters",
                       "--format", "csv")
    assert (code, out) == (0, "n\n5\n")
    code, _, err = run(capsys, "query", "--db", db, "--sql", "DELETE FROM events")
    assert code == 2 and "read-only: refused DELETE" in err
    code, _, err = run(capsys, "query", "--db", db, "--sql", "SELECT * FROM read_csv('/etc/hostname')")
    assert code == 2 and "disabled" in err  # the query connection reaches no other file
    code, out, _ = run(capsys, "query", "--db", db, "--sql", "SELECT count(*) FROM events")
    assert "8" in out


def test_export_command(capsys, db, tmp_path):
    out_file = tmp_path / "g.tsv"
    code, out, _ = run(capsys, "export", "--db", db, "--format", "gdelt", "-o", str(out_file))
    assert code == 0 and "wrote 5 clusters" in out
    assert {len(line.split("\t")) for line in out_file.read_text().splitlines()} == {61}


def test_missing_store_is_a_clean_error(capsys, tmp_path):
    code, _, err = run(capsys, "summary", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "no such store" in err


def test_every_store_option_is_documented():
    import argparse

    from eventcoder.cli import build_parser

    doc = (Path(__file__).resolve().parents[1] / "docs" / "store.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name in ("ingest", "query", "export", "summary"):
        for action in sub.choices[name]._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert opt in doc, f"{name} {opt} is not in docs/store.md"


def test_rebuild_clusters_with_a_new_window(capsys, tmp_path):
    path = tmp_path / "w.duckdb"
    with EventStore(path) as store:
        store.write(same_event_reports(), "v1")
    code, out, _ = run(capsys, "ingest", "--db", str(path), "--rebuild-clusters", "--window-days", "0")
    assert code == 0 and "±0-day window: 6 clusters" in out
    code, out, _ = run(capsys, "ingest", "--db", str(path), "--window-days", "7")
    assert code == 0 and "±7-day window: 4 clusters" in out
    with EventStore(path, read_only=True) as store:
        assert store.window_days == 7
    code, _, err = run(capsys, "ingest", "--db", str(path))
    assert code == 2 and "give PATHs" in err
