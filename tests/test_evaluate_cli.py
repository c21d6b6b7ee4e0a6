"""`eventcoder evaluate` with the real coder on our own small gold files."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.evaluate import evaluate, read_gold, render_text
from eventcoder.evaluate.metrics import group_gold

FIX = Path(__file__).resolve().parent / "fixtures" / "gold"


def _coder_available() -> bool:
    try:
        importlib.import_module("eventcoder.pipeline")
    except ImportError:  # the coder has not landed (or not all of its modules)
        return False
    return True


needs_coder = pytest.mark.skipif(not _coder_available(), reason="eventcoder.pipeline is not importable yet")


def test_unknown_gold_format_is_a_clean_error(capsys):
    assert main(["evaluate", str(FIX / "unknown.txt")]) == 2
    assert "cannot tell the gold format" in capsys.readouterr().err


def test_missing_gold_file(capsys, tmp_path):
    assert main(["evaluate", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


@needs_coder
def test_cli_json_on_jsonl_gold(capsys):
    assert main(["evaluate", str(FIX / "events.jsonl"), "--json", "--show-errors", "2"]) == 0
    out = json.loads(capsys.readouterr().out)
    gold = read_gold(FIX / "events.jsonl")
    assert out["gold"] == {"path": str(FIX / "events.jsonl"), "format": "jsonl", "kind": "events",
                           "items": 5, "events": 5, "skipped": 0}
    # Every (sentence, root) of the gold is either found or missed, at every level.
    gold_roots = sum(len(group_gold(i.events, "root")) for i in gold.items)
    for level in ("event", "country", "full"):
        micro = out["cameo_root"][level]["micro"]
        assert micro["tp"] + micro["fn"] == gold_roots
    assert out["events_found"]["gold_events"] == 5
    assert all(e["error"] in ("fn", "fp", "actors") for e in out.get("errors", []))


@needs_coder
def test_text_report_with_the_session_coder(coder):
    gold = read_gold(FIX / "petrarch.xml")
    result = evaluate(gold, coder)
    assert [i.id for i, _ in result.results] == ["T_1", "T_2", "T_3", "T_5"]
    text = render_text(result, show_errors=3)
    assert "CAMEO roots" in text and "Confusion" in text and "micro" in text
    cls = evaluate(read_gold(FIX / "class.tsv"), coder)
    assert cls.classes["first"].n == 6 and 0.0 <= cls.classes["first"].macro_f1 <= 1.0
    spans = evaluate(read_gold(FIX / "ner.txt"), coder, actors=True)
    assert spans.spans is not None and spans.spans.with_roles.gold == 4


@needs_coder
def test_actor_resolution_on_plover_fixture(coder):
    result = evaluate(read_gold(FIX / "plover_gsr.txt"), coder, actors=True)
    r = result.resolution
    assert result.mode == "actors" and r.n == 11
    assert r.full_correct <= r.country_correct <= r.n
