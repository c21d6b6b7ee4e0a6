"""The per-article state that ArticleActors holds and its mixins read (declared once)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span

from ..record import Actor
from .entries import Entry
from .kb import ActorKB
from .matcher import Match
from .people import ArticlePerson
from .registry import PersonRegistry
from .words import ArticleArrays, DocArrays, LazyTokens, WordCache


class ArticleState:
    kb: ActorKB
    registry: PersonRegistry | None
    docs: list[Doc]
    tokens: list[LazyTokens]
    arrays: list[DocArrays]
    stacked: ArticleArrays
    words: WordCache
    offsets: list[int]
    date: dt.date | None
    cased: bool
    dominant_country: str | None
    leading_country: str | None
    name_words: frozenset[str]  # folded surnames of the article's people
    _text_countries: Counter[str]
    _sector_memory: dict[str, list[tuple[int, int, str]]] | None
    sentence_of: Callable[[int, int], int]
    unknown_name_before: Callable[[int, int, int, int], bool]
    _modifier_reading: Callable[[int, int], tuple[Actor, ...] | None]
    place_country: Callable[[str], str | None] | None
    people: list[ArticlePerson]
    _matches: list[list[Match]]
    _match_at: list[dict[int, Match]]
    _person_at: dict[tuple[int, int], ArticlePerson]
    _name_runs: list[tuple[int, int, int]]  # unknown names: (doc, first token, end)
    _other_named: list[tuple[int, int, int]]  # unknown names sharing a KB person's surname
    _not_people: set[tuple[int, int]]  # (doc, start) of KB people's names that name someone else
    _people_by_key: dict[str, ArticlePerson]
    _title_tokens: set[tuple[int, int]]
    _titled: dict[str, list[tuple[int, ArticlePerson]]]
    _mention_left: dict[tuple[int, int], int]
    _speaker: Actor | None
    sent: Callable[[int, int], Span]
    _other_first_name: Callable[[int, Entry, int, int], bool]
    _name_follows: Callable[[int, Entry, int, int], bool]
