"""Metrics on hand-built gold and coded events, with figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.evaluate.actors_eval import score_resolution, score_spans
from eventcoder.evaluate.gold import GoldActor, GoldEvent, GoldItem, GoldSpan
from eventcoder.evaluate.metrics import (
    main_event,
    score_classes,
    score_events,
    score_found,
)
from eventcoder.evaluate.readers import read_gold
from eventcoder.evaluate.report import render_text, to_dict
from eventcoder.evaluate.runner import evaluate
from eventcoder.record import Actor, Event, Plover, Trigger, quad_class_of
from eventcoder.tables import CameoTable

TABLE = CameoTable.load()
FIX = Path(__file__).resolve().parent / "fixtures" / "gold"


def actor(code: str | None, text: str | None = None, start: int | None = None) -> Actor | None:
    if code is None:
        return None
    return Actor(code=code, country=code[:3], sector=None, text=text or code, start=start,
                 end=None if start is None else start + len(text or code))


def ev(cameo: str, src: str | None = None, tgt: str | None = None, start: int = 0, conf: float = 0.5,
       modality: str = "asserted", src_actor: Actor | None = None, tgt_actor: Actor | None = None) -> Event:
    return Event(
        event_id=f"e{start}", article_id="a", sentence_index=0, sentence_text="", date=None,
        source=src_actor or actor(src), target=tgt_actor or actor(tgt), cameo=cameo, cameo_root=cameo[:2],
        quad_class=quad_class_of(cameo[:2]), goldstein=0.0, plover=Plover(TABLE.get(cameo).plover_type),
        trigger=Trigger("t", start, start + 1), confidence=conf, modality=modality)


def gold(cameo: str | None, src: str | None, tgt: str | None, plover: str | None = None) -> GoldEvent:
    ptype = plover or (TABLE.get(cameo).plover_type if cameo else None)
    return GoldEvent(cameo, cameo[:2] if cameo else None, ptype, src, tgt)


def item(i: str, *events: GoldEvent, label: int | None = None) -> GoldItem:
    return GoldItem(i, f"sentence {i}", None, tuple(events), label=label)


# Six sentences; expected counts worked out by hand in the comments.
CASES = [
    # key 19 in both; (USA,RUS) ~ (USAGOV,RUS) at country level; no pair equal in full codes
    (item("I1", gold("190", "USA", "RUS")), [ev("190", "USAGOV", "RUS", 5), ev("190", "USA", "UKR", 5)]),
    (item("I2", gold("112", "FRA", "DEU")), []),  # 11 missed
    (item("I3"), [ev("042", "CHN", "USA")]),  # 04 spurious: gold says no event
    (item("I4", gold("043", "EGY", "ISR")), [ev("110", "EGY", "ISR")]),  # 04 missed, 11 spurious
    (item("I5", gold("141", "---CVL", "---")), [ev("141", "CVL", None)]),  # sector-only actors
    (item("I6", gold("190", "SYR", "SYRREB")), [ev("193", "SYRMIL", "SYRREB")]),  # country ok, full not
]


def test_root_scores_per_level():
    s = score_events(CASES, "root")
    event, country, full = (s.levels[lv] for lv in ("event", "country", "full"))
    assert {k: (c.tp, c.fp, c.fn) for k, c in event.per_key.items()} == {
        "19": (2, 0, 0), "11": (0, 1, 1), "04": (0, 1, 1), "14": (1, 0, 0)}
    assert (event.micro.tp, event.micro.fp, event.micro.fn) == (3, 2, 2)
    assert event.micro.precision == pytest.approx(0.6) and event.micro.f1 == pytest.approx(0.6)
    assert event.macro["f1"] == pytest.approx(0.5) and event.macro["precision"] == pytest.approx(0.5)
    assert (country.micro.tp, country.micro.fp, country.micro.fn) == (3, 2, 2)
    assert full.per_key["19"].tp == 0 and full.per_key["19"].fp == 2 and full.per_key["19"].fn == 2
    assert (full.micro.tp, full.micro.fp, full.micro.fn) == (1, 4, 4)
    assert full.micro.f1 == pytest.approx(0.2)
    assert full.macro["f1"] == pytest.approx(0.25)  # only 14 is right: (0+0+0+1)/4
    assert dict(s.confusion) == {("19", "19"): 2, ("11", "none"): 1, ("none", "04"): 1,
                                 ("04", "11"): 1, ("14", "14"): 1}
    assert ("I2", "fn", "11") in s.errors and ("I3", "fp", "04") in s.errors


def test_plover_scores_use_types():
    s = score_events(CASES, "plover")
    per = s.levels["event"].per_key
    assert {k: (c.tp, c.fp, c.fn) for k, c in per.items()} == {
        "ASSAULT": (2, 0, 0), "ACCUSE": (0, 1, 1), "CONSULT": (0, 1, 1), "PROTEST": (1, 0, 0)}


def test_compound_gold_actors_match_any_pair():
    g = GoldEvent(None, None, "AGREE", "HUN", None, alt_pairs=(("HUN", "ROU"), ("ROU", "HUN")))
    coded = [ev("057", "ROUGOV", "HUNGOV"), ev("057", "HUNGOV", "ROUGOV")]
    s = score_events([(item("C", g), coded)], "plover")
    assert s.levels["country"].per_key["SUPPORT"].fp == 1  # 057 is SUPPORT, not AGREE
    coded = [ev("030", "ROUGOV", "HUNGOV"), ev("030", "HUNGOV", "ROUGOV")]
    s = score_events([(item("C", g), coded)], "plover")
    assert (s.levels["country"].micro.tp, s.levels["country"].micro.fp) == (1, 0)
    assert s.levels["full"].micro.tp == 0


def test_events_found_accuracy_and_recall():
    cases = CASES + [(item("I7", gold(None, "MEX", None, plover="AGREE")), [ev("010", "MEX")])]
    f = score_found(cases)
    # 6 gold typed events; I2 has no coded event; I7 only an untyped (01) one.
    assert (f.n_gold, f.n_found, f.n_found_typed, f.n_matched) == (6, 5, 4, 3)
    assert f.accuracy_on_found == pytest.approx(0.6)
    assert f.accuracy_on_found_typed == pytest.approx(0.75)
    assert f.recall == pytest.approx(0.5)
    assert f.per_type["ASSAULT"].tp == 2 and f.per_type["CONSULT"].fn == 1


CLASS_CASES = [
    (item("C1", label=4), [ev("190", start=10, conf=0.9), ev("010", start=0, conf=0.3)]),
    (item("C2", label=3), [ev("112")]),
    (item("C3", label=1), []),
    (item("C4", label=2), [ev("0871", start=0, conf=0.9, modality="hypothetical"), ev("071", start=20)]),
    (item("C5", label=0), [ev("020")]),
    (item("C6", label=1), [ev("161")]),
]


def test_main_event_strategies():
    evs = CLASS_CASES[0][1]
    assert main_event(evs, "first").cameo == "010"
    assert main_event(evs, "confidence").cameo == "190"
    assert main_event(CLASS_CASES[3][1], "confidence").cameo == "071"  # asserted events first
    assert main_event([], "first") is None


def test_class_scores_first_event():
    c = score_classes(CLASS_CASES, "first")
    # predictions 0, 3, none, 2, 0, 3 against gold 4, 3, 1, 2, 0, 1
    assert c.macro_f1 == pytest.approx((2 / 3 + 0 + 1 + 2 / 3 + 0) / 5)
    assert c.accuracy == pytest.approx(0.5)
    assert c.coverage == pytest.approx(5 / 6)
    assert c.macro_f1_covered == pytest.approx((2 / 3 + 0 + 1 + 2 / 3 + 0) / 5)
    assert c.accuracy_covered == pytest.approx(0.6)
    assert c.confusion[(1, "none")] == 1 and c.confusion[(4, 0)] == 1
    assert ("C3", 1, None) in c.errors


def test_class_scores_highest_confidence():
    c = score_classes(CLASS_CASES, "confidence")
    # predictions 4, 3, none, 2, 0, 3
    assert c.macro_f1 == pytest.approx((1 + 0 + 1 + 2 / 3 + 1) / 5)
    assert c.accuracy == pytest.approx(4 / 6)


def test_span_scores():
    t1 = "Iraqi troops attacked the last rebel stronghold near Mosul."
    t2 = "Kenya and Somalia held talks."
    t3 = "The minister said France would help."
    t4 = "Hanoi protested."
    items = [
        (GoldItem("s1", t1, spans=(GoldSpan(0, 12, "source", "Iraqi troops"),
                                   GoldSpan(22, 47, "target", "the last rebel stronghold"))),
         [ev("190", src_actor=actor("IRQMIL", "troops", 6), tgt_actor=actor("REB", "rebel"))]),
        (GoldItem("s2", t2, spans=(GoldSpan(0, 5, "both", "Kenya"), GoldSpan(10, 17, "both", "Somalia"))),
         [ev("046", src_actor=actor("KEN", "Kenya", 0), tgt_actor=actor("SOM", "Somalia", 10)),
          ev("046", src_actor=actor("SOM", "Somalia", 10), tgt_actor=actor("KEN", "Kenya", 0))]),
        (GoldItem("s3", t3, spans=(GoldSpan(0, 12, "source", "The minister"),)),
         [ev("070", tgt_actor=actor("FRA", "France"))]),
        (GoldItem("s4", t4, spans=(GoldSpan(0, 5, "source", "Hanoi"),)),
         [ev("140", tgt_actor=actor("VNM", "Hanoi", 0))]),
    ]
    s = score_spans(items)
    r, a = s.with_roles, s.any_role
    assert (r.pred, r.pred_ok, r.gold, r.gold_ok) == (8, 6, 6, 4)
    assert (a.pred, a.pred_ok, a.gold, a.gold_ok) == (8, 7, 6, 5)
    assert r.precision == pytest.approx(0.75) and r.recall == pytest.approx(4 / 6)
    assert r.f1 == pytest.approx(2 * 0.75 * (4 / 6) / (0.75 + 4 / 6))


def test_resolution_scores():
    table = {"Tokyo": actor("JPNGOV"), "the UN": actor("IGOUNO"), "Hungarian officials": actor("HUNGOV")}

    def resolve(text, date=None, context=None):
        assert context == "ctx"
        return table.get(text)

    items = [GoldItem("a", "ctx", actors=(
        GoldActor("Tokyo", "JPN", "target"), GoldActor("the UN", "IGO", "source"),
        GoldActor("rebels", "SDNREB", "source"), GoldActor("Hungarian officials", "HUNGOV", "both"),
        GoldActor("no code here", None, "source")))]
    s = score_resolution(items, resolve)
    assert (s.n, s.resolved, s.country_correct, s.full_correct) == (4, 3, 3, 1)
    assert s.errors == [("a", "rebels", "SDNREB", None)]


class StandInCoder:
    """Codes sentences from a fixed table: enough to drive the runner and the report."""

    def __init__(self, table: dict[str, list[Event]]):
        self.table = table

    def code_articles(self, items, workers=1):
        for article in items:
            yield article, self.table.get(article.text, [])


def test_runner_and_report_with_stand_in_coder():
    g = read_gold(FIX / "events.jsonl")
    texts = {i.id: i.text for i in g.items}
    coder = StandInCoder({
        texts["g1"]: [ev("193", "RUSMIL", "POLCVL")],
        texts["g2"]: [ev("040", "FRAGOV", "DEUGOV"), ev("040", "DEUGOV", "FRAGOV")],
        texts["g3"]: [ev("010", "PRT")],
        texts["g5"]: [ev("112", "NGAGOV", None)],
    })
    result = evaluate(g, coder)
    roots = result.roots.levels
    # gold roots: g1 19, g2 04, g5 11 (g4 has a PLOVER type only); coded 19, 04, 01 (g3), 11
    assert (roots["event"].micro.tp, roots["event"].micro.fp, roots["event"].micro.fn) == (3, 1, 0)
    assert (roots["country"].micro.tp, roots["country"].micro.fp) == (2, 2)  # POL != UKR in g1
    assert (roots["full"].micro.tp, roots["full"].micro.fp) == (1, 3)  # and NGAGOV != NGA in g5
    # per gold record: g2's two pair records both count; only g4's AGREE is missed
    assert result.found.n_gold == 5 and result.found.n_matched == 4
    text = render_text(result, show_errors=2)
    assert "CAMEO roots" in text and "PLOVER types" in text
    assert "[spurious 01] g3" in text and "[wrong actors 19] g1" in text
    d = to_dict(result, show_errors=1)
    assert d["cameo_root"]["event"]["micro"]["tp"] == 3
    assert d["events_found"]["recall"] == 0.8
    assert [e["error"] for e in d["errors"]] == ["fp", "actors"]
