"""Ingest with the real coder: idempotency, re-coding on a new coder version, kill -9 and resume."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_support import synthetic_rows, write_jsonl
from test_store_writer import consistent

pytest.importorskip("eventcoder.pipeline", exc_type=ImportError,
                    reason="the coder (eventcoder.pipeline) is not importable yet")

from eventcoder.ingest.readers import iter_inputs
from eventcoder.store import EventStore

ROOT = Path(__file__).resolve().parents[1]


class Relabelled:
    """The real coder under another version label, as after an upgrade of its data."""

    def __init__(self, coder, version: str):
        self._coder, self.version, self.registry = coder, version, coder.registry

    def code_articles(self, items, workers=1):
        return self._coder.code_articles(items, workers=workers)


def test_ingest_twice_stores_once(coder, tmp_path):
    rows = synthetic_rows(30)
    src = tmp_path / "in.jsonl"
    write_jsonl(src, rows + rows[:2], bad_line=True)  # two repeats and one broken line
    with EventStore(tmp_path / "s.duckdb") as store:
        first = store.ingest(coder, iter_inputs([str(src)]), batch_size=8)
        assert (first.read, first.new, first.skipped, first.errors) == (32, 30, 2, 1)
        assert first.failed and f"{src}:" in first.messages[0]
        assert first.events > 0 and first.events == store.counts()["events"]
        counts = store.counts()
        again = store.ingest(coder, iter_inputs([str(src)]), batch_size=8)
        assert (again.new, again.skipped, again.recoded, again.events) == (0, 32, 0, 0)
        assert store.counts() == counts
        consistent(store.con)
        runs = store.con.execute("SELECT status, new, skipped FROM ingest_runs ORDER BY run_id").fetchall()
        assert runs == [("done", 30, 2), ("done", 0, 32)]
        assert store.con.execute("SELECT count(*) FROM input_errors").fetchall()[0][0] == 2


def test_new_coder_version_recodes(coder, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, synthetic_rows(12))
    with EventStore(tmp_path / "s.duckdb") as store:
        store.ingest(coder, iter_inputs([str(src)]))
        counts = store.counts()
        report = store.ingest(Relabelled(coder, "next"), iter_inputs([str(src)]))
        assert (report.new, report.skipped, report.recoded) == (0, 0, 12)
        assert dict(report.recoded_from) == {coder.version: 12}
        assert store.counts() == counts  # same coder underneath: same events, same clusters
        assert store.con.execute("SELECT DISTINCT coder_version FROM articles").fetchall() == [("next",)]
        consistent(store.con)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventcoder", *args]


def _snapshot(db: Path) -> dict:
    with EventStore(db, read_only=True) as store:
        q = store.con.execute
        return {
            "counts": store.counts(),
            "events": q("SELECT list(event_id ORDER BY event_id) FROM events").fetchall()[0][0],
            "clusters": sorted(q("SELECT source_code, target_code, cameo_root, date::VARCHAR, mentions,"
                                 " sources, articles, event_id FROM clusters").fetchall(), key=str),
            "registry": store.registry_rows(),
        }


@pytest.mark.slow
def test_kill_9_then_resume_matches_a_clean_run(tmp_path):
    src = tmp_path / "big.jsonl"
    write_jsonl(src, synthetic_rows(300), bad_line=True)
    env = dict(os.environ, PYTHONUNBUFFERED="1")

    clean = subprocess.run(_cli("ingest", str(src), "--db", str(tmp_path / "clean.duckdb"),
                                "--batch-size", "10", "-q"),
                           check=False, capture_output=True, text=True, timeout=600, env=env, cwd=ROOT)
    assert clean.returncode == 1, clean.stderr  # one broken line: stored the rest, exit 1
    assert "read 300 articles: 300 new" in clean.stdout
    assert f"{src}:" in clean.stdout  # the broken line is reported with file:line
    assert "events in multi-article clusters" in clean.stdout

    killed_db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(_cli("ingest", str(src), "--db", str(killed_db), "--batch-size", "10"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    seed = int(time.time())
    # a random moment, well inside the ~2 s the other 290 articles take on a fast machine
    delay = random.Random(seed).uniform(0.0, 0.5)
    for line in proc.stderr:  # wait until the first batch is committed, then a random moment more
        if " read, " in line:
            break
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, f"finished before the kill (seed {seed})"

    with EventStore(killed_db, read_only=True) as store:
        partial = store.counts()["articles"]
        consistent(store.con)  # whatever was committed is whole
        status = store.con.execute("SELECT status FROM ingest_runs").fetchall()
    assert 0 < partial < 300, f"seed {seed}"
    assert status == [("running",)]

    resumed = subprocess.run(_cli("ingest", str(src), "--db", str(killed_db), "--batch-size", "10", "-q"),
                             check=False, capture_output=True, text=True, timeout=600, env=env, cwd=ROOT)
    assert resumed.returncode == 1, resumed.stderr
    assert f"{300 - partial:,} new, {partial:,} skipped" in resumed.stdout, resumed.stdout
    assert _snapshot(killed_db) == _snapshot(tmp_path / "clean.duckdb"), f"seed {seed}"
