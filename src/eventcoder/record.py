"""The one record type that travels through the pipeline.

Field names follow ../shared/docs/event-record.md (the contract); extra fields are added
after the contract's, never renamed. Records are frozen: stages build new ones.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article as read from input, before any coding."""

    id: str
    text: str
    date: str | None = None  # ISO publication date, None when unknown
    title: str | None = None
    source: str | None = None  # news outlet, e.g. "Reuters"
    url: str | None = None
    origin: str | None = None  # "file:line" it came from, for error messages

    @staticmethod
    def text_id(text: str) -> str:
        """Id for an article that came without one: a hash of its text."""
        return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Actor:
    code: str  # CAMEO-style actor code, e.g. "VENGOV"
    country: str | None  # ISO3 or CAMEO region/IGO code
    sector: str | None  # primary sector, e.g. "GOV"
    text: str  # the words in the sentence
    name: str | None = None  # resolved individual or organisation
    sectors: tuple[str, ...] = ()  # all sectors, primary first
    rule: str | None = None  # which entry or rule decided the code
    start: int | None = None  # char offsets into the article text
    end: int | None = None


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None = None
    feature: str | None = None  # country | admin1 | city
    method: str | None = None  # how it was chosen: sentence, dateline, ...
    geonameid: int | None = None
    # exact: the event happened at the named place; near: around it ("near Damascus", "on the
    # outskirts of Aleppo"), so the point is only approximate
    precision: str | None = None


@dataclass(frozen=True)
class Plover:
    type: str | None
    mode: str | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    event_id: str
    article_id: str
    sentence_index: int
    sentence_text: str
    date: str | None
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: Plover
    trigger: Trigger
    location: Location | None = None
    confidence: float = 0.5
    # extras beyond the contract
    date_method: str | None = None  # explicit | relative | publication | period
    date_precision: str | None = None  # day | month | year
    article_date: str | None = None
    news_source: str | None = None
    url: str | None = None
    modality: str = "asserted"  # asserted | threatened (conditional recoded as 13)
    cameo_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for side in ("source", "target"):
            if d[side] is not None:
                d[side]["sectors"] = list(d[side]["sectors"])
        d["plover"]["context"] = list(d["plover"]["context"])
        return d

    def flat(self) -> dict[str, Any]:
        """The record as one flat row (CSV, database): source_code, plover_type, trigger_start, ..."""
        d = self.to_dict()
        row: dict[str, Any] = {}
        for key, value in d.items():
            if key == "extra":
                continue
            if isinstance(value, dict) or (value is None and key in _NESTED):
                for sub in _NESTED[key]:
                    row[f"{key}_{sub}"] = value.get(sub) if value else None
            else:
                row[key] = value
        for side in ("source", "target"):
            row[f"{side}_sectors"] = "|".join(row[f"{side}_sectors"] or ())
        row["plover_context"] = "|".join(row["plover_context"] or ())
        return row

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)

    @staticmethod
    def make_id(article_id: str, sentence_index: int, trigger_start: int,
                source_code: str | None, target_code: str | None, cameo: str) -> str:
        """Stable id: same article + same event gives the same id on every run."""
        key = f"{article_id}|{sentence_index}|{trigger_start}|{source_code}|{target_code}|{cameo}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


_ACTOR_FIELDS = ("code", "country", "sector", "text", "name", "sectors", "rule", "start", "end")
_NESTED = {
    "source": _ACTOR_FIELDS,
    "target": _ACTOR_FIELDS,
    "plover": ("type", "mode", "context"),
    "trigger": ("text", "start", "end"),
    "location": ("name", "country", "lat", "lon", "admin1", "feature", "method", "geonameid",
                 "precision"),
}


def quad_class_of(cameo_root: str) -> int:
    """GDELT QuadClass from the root (the record's convention, not PentaClass)."""
    r = int(cameo_root)
    if r <= 5:
        return 1
    if r <= 9:
        return 2
    if r <= 14:
        return 3
    return 4
