"""Event confidence from the model fitted to hand checks, and the --min-confidence filter (API and CLI)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.confidence import Confidence, features

ROOT = Path(__file__).resolve().parents[1]
# One act with both sides named and one that names no target, in a text of our own.
TEXT = ("The Kenyan government accused the Somali army of shelling border villages on Monday. "
        "Thousands of Kenyan teachers marched in Nairobi on Tuesday to demand higher pay.")


def _traits(coder, text: str) -> list[tuple[str, dict[str, float]]]:
    """(cameo, traits) of each event of a one-sentence text, its trigger read from the coder's parse."""
    doc = coder.nlp(text)
    out = []
    for e in coder.code_text(text, date="2024-03-05"):
        trigger = next(t for t in doc if t.idx == e.trigger.start)
        out.append((e.cameo, features(e, trigger, 0)))
    return out


def test_model_ranks_two_sided_events_above_one_sided():
    c = Confidence.load()
    both = c.score({"bias": 1.0})
    assert c.score({"bias": 1.0, "no_target": 1.0}) < both
    assert c.score({"bias": 1.0, "no_source": 1.0}) < both
    # a target the trigger's object names but no actor was found for: more often wrong still
    assert c.score({"bias": 1.0, "no_target": 1.0, "target_unfound": 1.0}) < c.score({"bias": 1.0, "no_target": 1.0})
    assert 0.0 < c.score({"bias": 1.0, "no_target": 1.0, "not_asserted": 1.0}) < 0.5 < both < 1.0


def test_traits_read_from_the_record_and_parse(coder):
    [(_, named)] = _traits(coder, "Kenyan police arrested the Somali opposition leader in Nairobi on Monday.")
    assert "no_target" not in named and "no_source" not in named and "nominal" not in named
    [(_, unfound)] = _traits(coder, "Kenyan police arrested him in Nairobi on Monday.")
    assert unfound.get("no_target") == 1.0 and unfound.get("target_unfound") == 1.0
    [(_, generic)] = _traits(coder, "Kenyan police arrested three protesters in Nairobi on Monday.")
    assert generic.get("target_generic") == 1.0 and "target_unfound" not in generic
    nominal = dict(_traits(coder, "Kenyan troops launched an attack on Somali rebels on Monday."))
    assert any(t.get("nominal") == 1.0 for t in nominal.values())


def test_bad_table_row_names_file_and_line(tmp_path, monkeypatch):
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "confidence.tsv").write_text("# header\nbias\tmost\n", encoding="utf-8")
    import importlib.resources as res

    monkeypatch.setattr(res, "files", lambda pkg: tmp_path)
    with pytest.raises(DataFileError) as err:
        Confidence.load()
    assert "confidence.tsv" in str(err.value) and ":2" in str(err.value)


def test_events_carry_the_model_confidence(coder):
    events = coder.code_text(TEXT, date="2024-03-05")
    assert len(events) >= 2, "the text holds an accusation and a march"
    assert all(0.0 < e.confidence < 1.0 for e in events)
    two_sided = [e for e in events if e.source and e.target]
    one_sided = [e for e in events if not (e.source and e.target)]
    assert two_sided and one_sided
    assert min(e.confidence for e in two_sided) > max(e.confidence for e in one_sided)


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
