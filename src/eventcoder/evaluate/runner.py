"""Run the coder over a gold set and score it: the one entry point the CLI calls.

Each gold item is coded as a one-sentence article with the gold date (None when the gold
has none). Which scores are computed follows the kind of gold:
    events -> per CAMEO root and per PLOVER type, at three actor levels; "events found"
    class  -> PentaClass of each sentence's main event (both strategies)
    spans  -> actor-span P/R/F1 (and how many gold spans the resolver codes)
    actors -> resolver accuracy on gold actor texts (`actors=True` with event gold)
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import InputError
from ..record import Article, Event
from .actors_eval import ResolutionScores, SpanScores, score_resolution, score_spans
from .gold import GoldItem, GoldSet
from .metrics import (
    MAIN_EVENT_STRATEGIES,
    ClassScores,
    EventScores,
    FoundScores,
    score_classes,
    score_events,
    score_found,
)

Result = tuple[GoldItem, list[Event]]


class CoderLike(Protocol):
    def code_articles(self, items: Any, workers: int = 1) -> Any: ...


@dataclass
class Evaluation:
    gold: GoldSet
    mode: str  # events | class | spans | actors
    results: list[Result] = field(default_factory=list)
    roots: EventScores | None = None
    plover: EventScores | None = None
    found: FoundScores | None = None
    classes: dict[str, ClassScores] = field(default_factory=dict)
    main_event: str = "first"
    spans: SpanScores | None = None
    resolution: ResolutionScores | None = None
    seconds: float = 0.0

    @property
    def n_coded(self) -> int:
        return sum(len(evs) for _, evs in self.results)


def run_coder(coder: CoderLike, items: Sequence[GoldItem], workers: int = 1) -> list[Result]:
    """Code every item; results in gold order."""
    articles = [Article(id=i.id, text=i.text, date=i.date) for i in items]
    out: list[Result] = []
    for item, (article, events) in zip(items, coder.code_articles(iter(articles), workers=workers)):
        if article.id != item.id:  # the coder promises order; make a broken promise loud
            raise RuntimeError(f"coder returned article {article.id!r} where {item.id!r} was expected")
        out.append((item, list(events)))
    if len(out) != len(items):
        raise RuntimeError(f"coder returned {len(out)} articles for {len(items)} gold items")
    return out


def evaluate(gold: GoldSet, coder: Any, *, workers: int = 1, main_event: str = "first",
             actors: bool = False) -> Evaluation:
    if main_event not in MAIN_EVENT_STRATEGIES:
        raise ValueError(f"main_event must be one of {MAIN_EVENT_STRATEGIES}")
    t0 = time.perf_counter()
    if actors and gold.kind != "spans":
        if not any(a.code for i in gold.items for a in i.actors):
            raise InputError(gold.path, None, "no gold actor texts with codes to evaluate the resolver on")
        ev = Evaluation(gold, "actors", main_event=main_event)
        ev.resolution = score_resolution(gold.items, coder.resolver.resolve_text)
        ev.seconds = time.perf_counter() - t0
        return ev
    results = run_coder(coder, gold.items, workers)
    ev = Evaluation(gold, gold.kind, results, main_event=main_event)
    if gold.kind == "events":
        if any(e.root for i in gold.items for e in i.events):
            ev.roots = score_events(results, "root")
        if any(e.plover_type for i in gold.items for e in i.events):
            ev.plover = score_events(results, "plover")
            ev.found = score_found(results, "plover")
    elif gold.kind == "class":
        ev.classes = {s: score_classes(results, s) for s in MAIN_EVENT_STRATEGIES}
    elif gold.kind == "spans":
        resolver = getattr(coder, "resolver", None)
        ev.spans = score_spans(results, resolver.resolve_text if resolver is not None else None)
    ev.seconds = time.perf_counter() - t0
    return ev
