"""Helpers shared by the event tests: finding one coded event among (cameo, source, target, ...)
tuples, as the `code` fixture in conftest.py returns them."""

from __future__ import annotations

import pytest


def has_event(events, prefix: str, source: str | None = None, target: str | None = None, exact: bool = False):
    """The first event whose CAMEO code starts with `prefix` and whose source and target hold
    `source` and `target` ("REB" is in "SDNREB"; with `exact`, equal to them); fails the test
    when there is none."""

    def fits(wanted: str | None, got: str | None) -> bool:
        return wanted is None or (wanted == got if exact else wanted in (got or ""))

    for event in events:
        cameo, src, tgt = event[:3]
        if cameo.startswith(prefix) and fits(source, src) and fits(target, tgt):
            return event
    pytest.fail(f"no {prefix} {source}->{target} in {events}")


def no_event(events, prefix: str) -> None:
    """Fails the test when any event's CAMEO code starts with `prefix`."""
    found = [e for e in events if e[0].startswith(prefix)]
    if found:
        pytest.fail(f"unexpected {prefix} in {events}")

