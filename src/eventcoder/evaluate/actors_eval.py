"""Actor evaluation.

- `score_resolution`: gold actor texts with codes (PLOVER GSR `actorText` -> code + sector,
  or `source_text`/`target_text` in our JSONL) are given to the resolver one by one, with the
  sentence as context; country-level and full-code accuracy of what comes back.
- `score_spans`: gold spans without codes (ConfliBERT NER) against the source/target spans
  of the coder's events: span P/R/F1, a span counting as found when it overlaps one of the
  same role ("both" matches either), and the same ignoring roles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..record import Actor, Event
from . import codes
from .gold import GoldItem

Resolve = Callable[..., Actor | None]  # resolver.resolve_text(text, date=None, context=None)


@dataclass
class ResolutionScores:
    n: int = 0
    resolved: int = 0
    country_correct: int = 0
    full_correct: int = 0
    # (item id, actor text, gold code, resolved code or None) for each country-level miss
    errors: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.n if self.n else 0.0

    @property
    def full_accuracy(self) -> float:
        return self.full_correct / self.n if self.n else 0.0

    @property
    def coverage(self) -> float:
        return self.resolved / self.n if self.n else 0.0


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def score_resolution(items: Iterable[GoldItem], resolve: Resolve) -> ResolutionScores:
    """Accuracy of `resolve(text, date=, context=)` on every gold actor that has a code."""
    s = ResolutionScores()
    for item in items:
        date = _date(item.date)
        for actor in item.actors:
            if not actor.code or not actor.text.strip():
                continue
            got = resolve(actor.text, date=date, context=item.text)
            code = got.code if got is not None else None
            s.n += 1
            s.resolved += got is not None
            ok_country = code is not None and codes.codes_match(actor.code, code, "country")
            s.country_correct += ok_country
            s.full_correct += code is not None and codes.codes_match(actor.code, code, "full")
            if not ok_country:
                s.errors.append((item.id, actor.text, actor.code, code))
    return s


# ---------------------------------------------------------------- spans (ConfliBERT NER)

@dataclass
class SpanCounts:
    """Precision over predicted spans, recall over gold spans (an overlap can match several)."""

    pred_ok: int = 0
    pred: int = 0
    gold_ok: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.pred_ok / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_ok / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"predicted": self.pred, "predicted_ok": self.pred_ok, "gold": self.gold,
                "gold_found": self.gold_ok, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class SpanScores:
    with_roles: SpanCounts = field(default_factory=SpanCounts)
    any_role: SpanCounts = field(default_factory=SpanCounts)
    unlocated: int = 0  # coded actors whose text could not be found in the sentence
    gold_resolved: int = 0  # gold span texts the resolver gives a code to (when run)
    gold_resolved_n: int = 0


def _locate(actor: Actor, text: str) -> tuple[int, int] | None:
    if actor.start is not None and actor.end is not None and 0 <= actor.start < actor.end <= len(text):
        return actor.start, actor.end
    if actor.text:
        i = text.lower().find(actor.text.lower())
        if i >= 0:
            return i, i + len(actor.text)
    return None


def predicted_spans(events: Sequence[Event], text: str) -> tuple[set[tuple[int, int, str]], int]:
    """Distinct (start, end, role) of the coder's actors; and how many could not be placed."""
    spans: set[tuple[int, int, str]] = set()
    lost = 0
    for e in events:
        for role, actor in (("source", e.source), ("target", e.target)):
            if actor is None:
                continue
            loc = _locate(actor, text)
            if loc is None:
                lost += 1
            else:
                spans.add((loc[0], loc[1], role))
    return spans, lost


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _roles_fit(gold: str, pred: str) -> bool:
    return gold == "both" or gold == pred


def score_spans(results: Iterable[tuple[GoldItem, Sequence[Event]]],
                resolve: Resolve | None = None) -> SpanScores:
    s = SpanScores()
    for item, coded in results:
        pred, lost = predicted_spans(coded, item.text)
        s.unlocated += lost
        gold = [((g.start, g.end), g.role) for g in item.spans]
        for counts, use_roles in ((s.with_roles, True), (s.any_role, False)):
            counts.pred += len(pred)
            counts.gold += len(gold)
            counts.pred_ok += sum(
                any(_overlap((ps, pe), gs) and (not use_roles or _roles_fit(gr, prole)) for gs, gr in gold)
                for ps, pe, prole in pred)
            counts.gold_ok += sum(
                any(_overlap((ps, pe), gs) and (not use_roles or _roles_fit(gr, prole)) for ps, pe, prole in pred)
                for gs, gr in gold)
        if resolve is not None:
            for g in item.spans:
                s.gold_resolved_n += 1
                s.gold_resolved += resolve(g.text, date=None, context=item.text) is not None
    return s
