"""`eventcoder code` end to end: real command, real model, the shipped examples and bad input."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ACTOR_CODE = re.compile(r"^([A-Z]{3})+$")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventcoder", *args], input=stdin, capture_output=True, check=False,
                          timeout=600, cwd=ROOT)


@pytest.fixture(scope="module")
def example_run():
    proc = run("code", str(EXAMPLES), "--workers", "1")
    return proc, [json.loads(line) for line in proc.stdout.decode().splitlines()]


def check_actor(a: dict | None, text: str) -> None:
    if a is None:
        return
    assert ACTOR_CODE.match(a["code"]), a
    assert a["country"] is None or a["code"].startswith(a["country"]) or a["country"] in a["code"], a
    assert a["sector"] is None or (len(a["sector"]) == 3 and a["sector"] in a["code"]), a
    assert isinstance(a["text"], str) and a["text"]
    assert a["name"] is None or isinstance(a["name"], str)


def check_record(ev: dict, texts: dict[str, str]) -> None:
    """Every field of ../shared/docs/event-record.md, with its type and its consistency."""
    for key in ("event_id", "article_id", "sentence_index", "sentence_text", "date", "source", "target", "cameo",
                "cameo_root", "quad_class", "goldstein", "plover", "trigger", "location", "confidence"):
        assert key in ev, key
    assert isinstance(ev["event_id"], str) and ev["event_id"]
    assert isinstance(ev["sentence_index"], int) and ev["sentence_index"] >= 0
    assert ev["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", ev["date"])
    assert re.fullmatch(r"\d{2,4}", ev["cameo"]) and ev["cameo_root"] == ev["cameo"][:2]
    root = int(ev["cameo_root"])
    assert ev["quad_class"] == (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4)
    assert isinstance(ev["goldstein"], float) and -10 <= ev["goldstein"] <= 10
    assert ev["source"] is not None or ev["target"] is not None
    check_actor(ev["source"], ev["sentence_text"])
    check_actor(ev["target"], ev["sentence_text"])
    p = ev["plover"]
    if root <= 2:
        assert p["type"] is None
    else:
        assert p["type"] in PLOVER_TYPES
    assert isinstance(p["context"], list)
    text = texts[ev["article_id"]]
    t = ev["trigger"]
    assert text[t["start"]:t["end"]] == t["text"]  # offsets into the article text as given
    assert ev["sentence_text"] in text and t["text"] in ev["sentence_text"]
    loc = ev["location"]
    if loc is not None:
        assert loc["name"] and (loc["country"] is None or len(loc["country"]) == 3)
        assert loc["lat"] is None or -90 <= loc["lat"] <= 90
    assert 0 <= ev["confidence"] <= 1


def example_texts() -> dict[str, str]:
    from eventcoder.ingest.readers import iter_inputs
    from eventcoder.record import Article

    return {a.id: a.text for a in iter_inputs([str(EXAMPLES)]) if isinstance(a, Article)}


def test_every_record_validates_on_a_multi_article_run(example_run):
    _proc, events = example_run
    texts = example_texts()
    assert len(texts) >= 10
    assert len({e["article_id"] for e in events}) >= 8, "most example articles carry events"
    for ev in events:
        check_record(ev, texts)
    assert len({e["event_id"] for e in events}) == len(events), "event ids are unique"


def test_bad_date_is_a_warning_and_gives_null_dates(example_run):
    proc, events = example_run
    assert b"not a date" in proc.stderr and b"warning" in proc.stderr
    undated = [e for e in events if e["article_id"] == "brief-007"]
    assert undated and all(e["date"] is None for e in undated)
    assert proc.returncode == 0  # a warning is not a failure


def test_event_ids_are_stable_across_runs(example_run):
    _, first = example_run
    second = [json.loads(x) for x in run("code", str(EXAMPLES), "--workers", "1").stdout.decode().splitlines()]
    assert [e["event_id"] for e in first] == [e["event_id"] for e in second]


def test_bad_input_is_reported_and_the_rest_is_coded(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g1", "date": "2022-05-02", "text":
                                "Russian troops attacked the Ukrainian city of Kharkiv on Sunday."}) + "\n"
                    + "{not json\n"
                    + json.dumps({"id": "g2", "date": "2022-05-02", "text": ""}) + "\n",
                    encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    proc = run("code", str(good), str(binary), "--workers", "1")
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert f"{good}:2" in err, err
    assert str(binary) in err
    events = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert {e["article_id"] for e in events} == {"g1"}
    assert any(e["cameo_root"] in ("18", "19") and e["source"]["code"].startswith("RUS") for e in events)


def test_stdin_text_csv_and_table_output():
    text = b"Iran's foreign ministry condemned the new European Union sanctions on Tuesday."
    proc = run("code", "-", "--date", "2023-09-05", "--format", "csv", "--workers", "1", stdin=text)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert rows and rows[0]["source_code"].startswith("IRN") and rows[0]["cameo_root"] == "11"
    assert rows[0]["date"] == "2023-09-05"
    table = run("code", "-", "--date", "2023-09-05", "--format", "table", "--workers", "1", stdin=text)
    assert b"IRN" in table.stdout and b"condemned" in table.stdout


def test_empty_text_gives_no_events_and_no_error():
    proc = run("code", "-", "--workers", "1", stdin=b"   \n")
    assert proc.returncode == 0
    assert proc.stdout == b""
