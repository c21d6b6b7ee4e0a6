"""The article that defines the job: the coder must code it as an analyst would.

Reads the seed from ../shared (skips when absent). Sentences are located by a word they
contain, so the test holds whatever the sentence splitter does with the lines.
"""

from __future__ import annotations

import pytest
from conftest import SHARED, needs_shared

SEED = SHARED / "data" / "seed" / "venezuela_talks_2017-12-01.txt"

pytestmark = needs_shared


@pytest.fixture(scope="module")
def events(coder):
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return coder.code_text(SEED.read_text(encoding="utf-8"), date="2017-12-01", article_id="seed")


def _in(events, word):
    return [e for e in events if word in e.sentence_text.lower()]


def _has(events, word, root, source=None, target=None):
    for e in _in(events, word):
        if e.cameo_root != root:
            continue
        if source and not (e.source and e.source.code.startswith(source)):
            continue
        if target and not (e.target and e.target.code.startswith(target)):
            continue
        return e
    codes = [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in _in(events, word)]
    pytest.fail(f"no {root} {source}->{target} event in the sentence with {word!r}; got {codes}")


def test_talks_between_government_and_opposition_in_the_dominican_republic(events):
    ev = _has(events, "round of talks", "04", "VENGOV", "VENOPP")
    _has(events, "round of talks", "04", "VENOPP", "VENGOV")
    assert ev.date == "2017-12-01"
    assert ev.location is not None and ev.location.country == "DOM"


def test_mutual_accusations(events):
    _has(events, "foes accuse", "11", "VENOPP", "VENGOV")
    _has(events, "prefers violence", "11", "VENGOV", "VENOPP")


def test_opposition_demands(events):
    _has(events, "free and fair", "10", "VENOPP")
    _has(events, "aid corridor", "10", "VENOPP")


def test_ledezma_denounces_and_the_boycott(events):
    _has(events, "parody", "11", "VENOPP")
    _has(events, "boycotting", "14", "VENOPP")


def test_us_sanctions_and_maduro_blaming_them(events):
    ev = _has(events, "slapped", "16", "USAGOV", "VEN")
    assert ev.source.name and "Trump" in ev.source.name
    _has(events, "blamed", "11", "VENGOV", "USA")


def test_government_demands(events):
    _has(events, "economic aggressions", "10", "VENGOV")
    _has(events, "recognition", "10", "VENGOV")
    _has(events, "bondholders", "10", "VENGOV", "VEN")


def test_trump_calls_maduro_a_bad_leader(events):
    _has(events, "bad leader", "11", "USAGOV", "VENGOV")


def test_conditional_sanctions_are_a_threat_not_sanctions(events):
    _has(events, "unless", "13", "USAGOV", "VENGOV")
    assert not [e for e in _in(events, "unless") if e.cameo_root == "16"]


def test_five_guarantor_governments(events):
    sources = {e.source.code for e in _in(events, "guarantors") if e.cameo_root == "04" and e.source}
    assert {"CHLGOV", "MEXGOV", "BOLGOV", "NICGOV", "DOMGOV"} <= sources


def test_no_events_from_opinion_or_negated_lines(events):
    assert not _in(events, "difficult path")
    assert not _in(events, "eurasia group")
    # "no indication ... that trump would be prepared to ease pressure": no yielding event
    assert not [e for e in _in(events, "ease pressure") if e.cameo_root == "08"]
    # Trump's sanctions carry no Caracas location by default
    for e in _in(events, "slapped"):
        assert e.location is None or e.location.country != "VEN" or e.location.feature != "city"
