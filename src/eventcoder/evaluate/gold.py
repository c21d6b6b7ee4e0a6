"""Gold-standard records: what every reader turns its format into.

One `GoldItem` is one piece of text the coder is run on (a sentence, as a one-sentence
article). Event gold fills `events`; class gold fills `label`; actor gold fills `actors`
(texts with codes) and/or `spans` (texts without codes). An item with `events == []` and
`kind == "events"` means the gold says: no event here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Pair = tuple[str | None, str | None]  # (source code, target code); None = not named


@dataclass(frozen=True)
class GoldEvent:
    cameo: str | None  # most specific CAMEO code given, e.g. "0352"
    root: str | None  # first two digits of `cameo`
    plover_type: str | None  # current 16-type PLOVER label (old labels mapped)
    source_code: str | None  # first source; see `pairs` for compound actors
    target_code: str | None
    source_text: str | None = None
    target_text: str | None = None
    # Every (source, target) this one event stands for. Compound actors ("Chile and Peru
    # agreed") make several; empty means just (source_code, target_code).
    alt_pairs: tuple[Pair, ...] = ()
    gold_id: str | None = None  # id of the gold record, for error listings
    line: int | None = None  # where it was read

    @property
    def pairs(self) -> tuple[Pair, ...]:
        return self.alt_pairs or ((self.source_code, self.target_code),)


@dataclass(frozen=True)
class GoldActor:
    text: str  # the words in the sentence
    code: str | None  # CAMEO-style code; None when the gold has none
    role: str  # "source" | "target" | "both"
    sector: str | None = None


@dataclass(frozen=True)
class GoldSpan:
    start: int  # char offsets into GoldItem.text
    end: int
    role: str  # "source" | "target" | "both" (ConfliBERT's R: reciprocal)
    text: str


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    date: str | None = None  # ISO date, None when unknown
    events: tuple[GoldEvent, ...] = ()
    label: int | None = None  # PentaClass 0-4 for class gold
    actors: tuple[GoldActor, ...] = ()
    spans: tuple[GoldSpan, ...] = ()
    line: int | None = None


@dataclass
class GoldSet:
    """All items of one gold file, and what kind of gold it is."""

    path: str
    format: str  # reader name
    kind: str  # "events" | "class" | "spans"
    items: list[GoldItem] = field(default_factory=list)
    # Things the reader skipped (error records, discards), as "line: why" strings.
    skipped: list[str] = field(default_factory=list)

    @property
    def n_events(self) -> int:
        return sum(len(i.events) for i in self.items)

    def limited(self, n: int | None) -> GoldSet:
        if n is None:
            return self
        return GoldSet(self.path, self.format, self.kind, self.items[:n], list(self.skipped))
