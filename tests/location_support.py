"""Shared helper of the location tests."""

from __future__ import annotations


def where(coder, text: str, trigger: str, date: str = "2018-03-01"):
    """The location of the first event `text` codes at the word `trigger` (there must be one)."""
    events = [e for e in coder.code_text(text, date=date) if e.trigger.text == trigger]
    assert events, f"no event at {trigger!r} in {text!r}"
    return events[0].location


def mentions(coder, text: str) -> list:
    """The place mentions the resolver finds in each sentence of `text`, with `text` as the
    whole article."""
    resolver = coder.places
    ctx = resolver.article_context(text)
    return [m for s in resolver.nlp(text).sents for m in resolver.mentions(s, ctx)]


# An article about Syria: the context that makes Syrian readings of ambiguous names likely.
SYRIA = "The war in Syria went on. Syria and the Syrian government were blamed by Syria's neighbours."


def locate(coder, text: str, trigger: str, actors=(), context: str = SYRIA):
    """The location the resolver gives the act at `trigger` (its first occurrence) in `text`,
    with `context` as the rest of the article."""
    resolver = coder.places
    ctx = resolver.article_context(f"{context} {text}", (), None)
    doc = resolver.nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return resolver.event_location(tok.sent, tok, ctx, actors)
