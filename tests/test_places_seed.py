"""The seed article (lower-cased, tokenised wire copy): the talks' date and place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventcoder.dates import resolve_event_date
from eventcoder.places import Gazetteer, PlaceResolver

SEED = (Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seed"
        / "venezuela_talks_2017-12-01.txt")
PUB = date(2017, 12, 1)
DATELINE = ["santo domingo", "caracas"]


@pytest.fixture(scope="module")
def seed():
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (../shared is absent)")
    from eventcoder.nlp import load_pipeline

    nlp = load_pipeline()
    resolver = PlaceResolver(Gazetteer.load(), nlp)
    text = SEED.read_text(encoding="utf-8")
    ctx = resolver.article_context(text, DATELINE, {"VEN": 12, "USA": 4, "DOM": 2})
    sentences = [nlp(line) for line in text.splitlines() if line.strip()]
    return resolver, ctx, sentences


def find(sentences, first_words: str, trigger: str):
    doc = next(d for d in sentences if d.text.startswith(first_words))
    tok = next(t for t in doc if t.text == trigger)
    return tok.sent, tok


def test_talks_dated_and_located(seed):
    resolver, ctx, sentences = seed
    assert ctx.lower_case and [p.country for p in ctx.dateline] == ["DOM", "VEN"]
    # the first line: the dateline, then the talks
    sent, began = find(sentences, sentences[0].text[:12], "began")
    d = resolve_event_date(sent, began, PUB)
    assert (d.date, d.method, d.precision) == ("2017-12-01", "relative", "day")
    loc = resolver.event_location(sent, began, ctx, ("VEN", "VEN"))
    assert (loc.country, loc.method) == ("DOM", "trigger_phrase")
    assert loc.name in ("Dominican Republic", "Santo Domingo")


def test_guarantors_at_the_talks_in_santo_domingo(seed):
    resolver, ctx, sentences = seed
    sent, acting = find(sentences, "foreign ministers from chile", "acting")
    loc = resolver.event_location(sent, acting, ctx, ("CHL", "VEN"))
    assert (loc.name, loc.country, loc.feature) == ("Santo Domingo", "DOM", "city")


def test_trump_sanctions_not_placed_in_caracas(seed):
    resolver, ctx, sentences = seed
    sent, slapped = find(sentences, "president donald trump", "slapped")
    assert resolver.event_location(sent, slapped, ctx, ("USA", "VEN")) is None
    sent, say = find(sentences, "on the contrary", "say")
    assert resolver.event_location(sent, say, ctx, ("USA", "VEN")) is None


def test_background_protests_dated_to_the_year(seed):
    _resolver, _ctx, sentences = seed
    sent, failed = find(sentences, "the democratic unity coalition", "failed")
    d = resolve_event_date(sent, failed, PUB)
    assert (d.date, d.precision, d.method) == ("2017-01-01", "year", "period")
    sent, pressing = find(sentences, "the democratic unity coalition", "pressing")
    assert resolve_event_date(sent, pressing, PUB).method == "publication"
