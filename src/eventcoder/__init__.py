"""eventcoder: political event data (CAMEO + PLOVER) from news text, offline."""

from __future__ import annotations

from .record import Actor, Article, Event, Location, Plover, Trigger

__all__ = ["Actor", "Article", "Coder", "Event", "Location", "Plover", "Trigger", "code_articles", "code_text"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # The pipeline imports spaCy; load it only when asked for.
    if name in ("Coder", "code_text", "code_articles"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
