"""Helpers for the actor tests: data locations, a parsed article, finding tokens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventcoder.actors.kb import PACKAGED

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "actors"
PACKAGE_DATA = HERE.parent / "src" / "eventcoder" / "actors" / "data"
SHARED = HERE.parent.parent / "shared"


def packaged_data_ready() -> bool:
    return all((PACKAGE_DATA / name).is_file() for name in PACKAGED)


def parse_article(resolver, text: str, date: dt.date | None = None, places=()):
    """Parse `text` paragraph by paragraph (one a line), as the coder does; returns
    (ArticleActors, docs)."""
    docs, offsets, pos = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            docs.append(resolver.nlp(line))
            offsets.append(pos)
        pos += len(line) + 1
    return resolver.for_article(docs, offsets, date, places), docs


def token(docs, word: str, nth: int = 0):
    """The nth token (over all docs, in order) whose lower-cased text is `word`."""
    found = [t for doc in docs for t in doc if t.lower_ == word.lower()]
    if len(found) <= nth:
        raise AssertionError(f"{word!r} occurs {len(found)} times, wanted #{nth}")
    return found[nth]


def codes(actors) -> list[str | None]:
    return [a.code for a in actors]


def resolver_with_towns(towns: dict[str, str]):
    """A non-learning resolver over the packaged KB whose gazetteer answers only `towns`
    (name -> ISO3), so tests control which words are places."""
    from eventcoder.actors.kb import ActorKB
    from eventcoder.actors.resolver import ActorResolver
    from eventcoder.nlp import load_pipeline

    return ActorResolver(ActorKB.load(), load_pipeline(), learn=False, place_country=towns.get)


def resolved(resolver, text: str, word: str, nth: int = 0, date: dt.date = dt.date(2017, 3, 20)):
    """The actors the nth occurrence of `word` resolves to in the article `text`."""
    actors, docs = parse_article(resolver, text, date)
    return actors.resolve(token(docs, word, nth))
