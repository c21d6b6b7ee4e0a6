"""Scores of coded events against gold events: pure functions over (GoldItem, [Event]) pairs.

How events are matched (the same rule for every format):
- Within one item (sentence), events are grouped by their key: the CAMEO root (`by="root"`)
  or the PLOVER type (`by="plover"`). An item contributes at most one gold and one coded
  instance per key, carrying all the (source, target) code pairs of its events. So the
  convention gap between gold that writes one record per actor pair (PETRARCH) and gold that
  writes one record per event with compound actors (PLOVER GSR) does not count as an error.
- Event level: a key in both gold and coded is a true positive; only in the coded, a false
  positive; only in the gold, a false negative.
- Country / full level: a shared key is a true positive only if some gold pair and some
  coded pair agree on source and target (country part of the code, or the whole code);
  otherwise it is both a false positive and a false negative.
- Events without a key (a coded 01/02 event has no PLOVER type; PLOVER gold has no CAMEO
  root) are left out of that table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..record import Event
from . import codes
from .gold import GoldEvent, GoldItem, Pair

LEVELS = ("event", "country", "full")
NONE = "none"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class LevelScores:
    """P/R/F1 at one actor level, per key and overall."""

    per_key: dict[str, Counts] = field(default_factory=dict)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for c in self.per_key.values():
            total.add(c)
        return total

    @property
    def macro(self) -> dict[str, float]:
        """Unweighted mean over every key seen in the gold or the coder output."""
        keys = [c for c in self.per_key.values() if c.tp + c.fp + c.fn]
        if not keys:
            return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        n = len(keys)
        return {"precision": sum(c.precision for c in keys) / n,
                "recall": sum(c.recall for c in keys) / n,
                "f1": sum(c.f1 for c in keys) / n}


@dataclass
class EventScores:
    by: str  # "root" | "plover"
    levels: dict[str, LevelScores]
    confusion: Counter  # (gold key | "none", coded key | "none") -> items, event level
    errors: list[tuple[str, str, str]]  # (item id, "fp" | "fn" | "actors", key), event/country level
    n_items: int = 0


def coded_key(event: Event, by: str) -> str | None:
    if by == "root":
        return event.cameo_root or None
    return event.plover.type if event.plover else None


def gold_key(event: GoldEvent, by: str) -> str | None:
    return event.root if by == "root" else event.plover_type


def _coded_pair(event: Event) -> Pair:
    return (event.source.code if event.source else None, event.target.code if event.target else None)


def group_gold(events: Sequence[GoldEvent], by: str) -> dict[str, list[Pair]]:
    out: dict[str, list[Pair]] = {}
    for e in events:
        k = gold_key(e, by)
        if k:
            out.setdefault(k, []).extend(e.pairs)
    return out


def group_coded(events: Sequence[Event], by: str) -> dict[str, list[Pair]]:
    out: dict[str, list[Pair]] = {}
    for e in events:
        k = coded_key(e, by)
        if k:
            out.setdefault(k, []).append(_coded_pair(e))
    return out


def _any_pair_matches(gold: list[Pair], coded: list[Pair], level: str) -> bool:
    return any(codes.pairs_match(g, c, level) for g in gold for c in coded)


def score_events(results: Iterable[tuple[GoldItem, Sequence[Event]]], by: str = "root") -> EventScores:
    levels = {lv: LevelScores() for lv in LEVELS}
    confusion: Counter = Counter()
    errors: list[tuple[str, str, str]] = []
    n = 0
    for item, coded in results:
        n += 1
        g, c = group_gold(item.events, by), group_coded(coded, by)
        for key in g.keys() | c.keys():
            for lv in LEVELS:
                counts = levels[lv].per_key.setdefault(key, Counts())
                if key in g and key in c:
                    if _any_pair_matches(g[key], c[key], lv):
                        counts.tp += 1
                    else:
                        counts.fp += 1
                        counts.fn += 1
                        if lv == "country" and _any_pair_matches(g[key], c[key], "event"):
                            errors.append((item.id, "actors", key))
                elif key in c:
                    counts.fp += 1
                else:
                    counts.fn += 1
        both = sorted(g.keys() & c.keys())
        only_g, only_c = sorted(g.keys() - c.keys()), sorted(c.keys() - g.keys())
        errors += [(item.id, "fn", k) for k in only_g] + [(item.id, "fp", k) for k in only_c]
        for k in both:
            confusion[(k, k)] += 1
        # Unmatched gold and coded keys of one sentence are substitutions, paired in order.
        for i in range(max(len(only_g), len(only_c))):
            confusion[(only_g[i] if i < len(only_g) else NONE, only_c[i] if i < len(only_c) else NONE)] += 1
    return EventScores(by, levels, confusion, errors, n)


# ---------------------------------------------------------------- "events found" (PLOVER GSR)

@dataclass
class FoundScores:
    """Per gold event: did the coder produce its type in that sentence?

    accuracy_on_found = matched / gold events in sentences where the coder produced any event;
    recall = matched / all gold events. The `typed` variant counts a sentence as found only
    when the coder produced an event that has a PLOVER type (01/02 events have none)."""

    n_gold: int = 0
    n_found: int = 0
    n_found_typed: int = 0
    n_matched: int = 0
    per_type: dict[str, Counts] = field(default_factory=dict)  # tp = matched, fn = missed

    @property
    def accuracy_on_found(self) -> float:
        return self.n_matched / self.n_found if self.n_found else 0.0

    @property
    def accuracy_on_found_typed(self) -> float:
        return self.n_matched / self.n_found_typed if self.n_found_typed else 0.0

    @property
    def recall(self) -> float:
        return self.n_matched / self.n_gold if self.n_gold else 0.0


def score_found(results: Iterable[tuple[GoldItem, Sequence[Event]]], by: str = "plover") -> FoundScores:
    s = FoundScores()
    for item, coded in results:
        produced = {coded_key(e, by) for e in coded} - {None}
        for ge in item.events:
            key = gold_key(ge, by)
            if key is None:
                continue
            s.n_gold += 1
            s.n_found += bool(coded)
            s.n_found_typed += bool(produced)
            hit = key in produced
            s.n_matched += hit
            c = s.per_type.setdefault(key, Counts())
            if hit:
                c.tp += 1
            else:
                c.fn += 1
    return s


# ---------------------------------------------------------------- class gold (PentaClass)

MAIN_EVENT_STRATEGIES = ("first", "confidence")


def main_event(events: Sequence[Event], strategy: str = "first") -> Event | None:
    """The event a sentence is 'about': the first asserted one by position, or the one with
    the highest confidence (ties: earlier first). Non-asserted events count only when a
    sentence has no asserted one."""
    if not events:
        return None
    pool = [e for e in events if e.modality == "asserted"] or list(events)
    if strategy == "confidence":
        return min(pool, key=lambda e: (-e.confidence, e.trigger.start))
    if strategy == "first":
        return min(pool, key=lambda e: (e.sentence_index, e.trigger.start))
    raise ValueError(f"unknown main-event strategy {strategy!r}")


@dataclass
class ClassScores:
    strategy: str
    n: int = 0
    n_covered: int = 0
    n_correct: int = 0
    n_correct_covered: int = 0
    per_class: dict[int, Counts] = field(default_factory=lambda: {k: Counts() for k in range(5)})
    per_class_covered: dict[int, Counts] = field(default_factory=lambda: {k: Counts() for k in range(5)})
    confusion: Counter = field(default_factory=Counter)  # (gold class, predicted class | "none")
    errors: list[tuple[str, int, int | None]] = field(default_factory=list)  # (item id, gold, pred)

    @staticmethod
    def _macro(per: dict[int, Counts]) -> float:
        return sum(c.f1 for c in per.values()) / len(per)

    @property
    def macro_f1(self) -> float:
        return self._macro(self.per_class)

    @property
    def macro_f1_covered(self) -> float:
        return self._macro(self.per_class_covered)

    @property
    def accuracy(self) -> float:
        return self.n_correct / self.n if self.n else 0.0

    @property
    def accuracy_covered(self) -> float:
        return self.n_correct_covered / self.n_covered if self.n_covered else 0.0

    @property
    def coverage(self) -> float:
        return self.n_covered / self.n if self.n else 0.0


def predicted_class(events: Sequence[Event], strategy: str = "first") -> int | None:
    ev = main_event(events, strategy)
    return codes.pentaclass(ev.cameo_root) if ev is not None else None


def score_classes(results: Iterable[tuple[GoldItem, Sequence[Event]]], strategy: str = "first") -> ClassScores:
    """Macro-F1 over the five PentaClasses. A sentence without an event is predicted "none":
    a false negative for its gold class and a false positive for no class."""
    s = ClassScores(strategy)
    for item, coded in results:
        if item.label is None:
            continue
        gold, pred = item.label, predicted_class(coded, strategy)
        s.n += 1
        s.confusion[(gold, NONE if pred is None else pred)] += 1
        tables = [s.per_class] + ([s.per_class_covered] if pred is not None else [])
        if pred is not None:
            s.n_covered += 1
        for per in tables:
            if pred == gold:
                per[gold].tp += 1
            else:
                per[gold].fn += 1
                if pred is not None:
                    per[pred].fp += 1
        if pred == gold:
            s.n_correct += 1
            s.n_correct_covered += 1
        else:
            s.errors.append((item.id, gold, pred))
    return s
