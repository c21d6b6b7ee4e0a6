"""Shared helper of the location tests."""

from __future__ import annotations


def where(coder, text: str, trigger: str, date: str = "2018-03-01"):
    """The location of the first event `text` codes at the word `trigger` (there must be one)."""
    events = [e for e in coder.code_text(text, date=date) if e.trigger.text == trigger]
    assert events, f"no event at {trigger!r} in {text!r}"
    return events[0].location
