"""Event confidence from the hand-check table, and the --min-confidence filter (API and CLI)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.confidence import Confidence

ROOT = Path(__file__).resolve().parents[1]
# One act with both sides named and one that names no target, in a text of our own.
TEXT = ("The Kenyan government accused the Somali army of shelling border villages on Monday. "
        "Thousands of Kenyan teachers marched in Nairobi on Tuesday to demand higher pay.")


def test_table_ranks_two_sided_events_above_one_sided():
    c = Confidence.load()
    both = c.of(True, True, True)
    assert both > c.of(True, False, True)
    assert both > c.of(False, True, True)
    assert 0.0 < c.of(True, False, False) < 0.5 <= both <= 1.0


def test_bad_table_row_names_file_and_line(tmp_path, monkeypatch):
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "confidence.tsv").write_text("# header\nboth\tany\tmost\n", encoding="utf-8")
    import importlib.resources as res

    monkeypatch.setattr(res, "files", lambda pkg: tmp_path)
    with pytest.raises(DataFileError) as err:
        Confidence.load()
    assert "confidence.tsv" in str(err.value) and ":2" in str(err.value)


def test_events_carry_the_table_confidence(coder):
    events = coder.code_text(TEXT, date="2024-03-05")
    table = Confidence.load()
    assert events, "the text holds at least one act"
    for e in events:
        assert e.confidence == table.of(e.source is not None, e.target is not None, e.modality == "asserted")


def test_min_confidence_keeps_only_two_sided_events(coder):
    all_events = coder.code_text(TEXT, date="2024-03-05")
    assert any(e.target is None for e in all_events), "the march names no target"
    coder.min_confidence = 0.5  # the session's Coder, set back below
    try:
        kept = coder.code_text(TEXT, date="2024-03-05")
    finally:
        coder.min_confidence = 0.0
    assert kept and all(e.source is not None and e.target is not None for e in kept)
    assert [e.event_id for e in kept] == [e.event_id for e in all_events if e.confidence >= 0.5]


def test_cli_min_confidence(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")

    def run(*extra):
        proc = subprocess.run([sys.executable, "-m", "eventcoder", "code", str(src), "--workers", "1",
                               "--date", "2024-03-05", *extra], capture_output=True, check=False,
                              timeout=600, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr.decode()
        return [json.loads(line) for line in proc.stdout.decode().splitlines()]

    everything, strict = run(), run("--min-confidence", "0.5")
    assert len(strict) < len(everything)
    assert strict and all(e["source"] and e["target"] and e["confidence"] >= 0.5 for e in strict)
