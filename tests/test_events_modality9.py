"""Acts with a time ahead have not happened (ninth pass), invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Indian foreign minister meets US officials in Washington later this week.",
    "The French president travels to Beijing next month for talks with the Chinese president.",
    "The Kenyan minister is meeting his Chinese counterpart tomorrow.",
    "This will be the Indian foreign minister's third visit to the United States.",
])
def test_planned_meetings_are_intentions_not_meetings(code, text):
    events = code(text)
    assert not any(c.startswith("04") for c, _, _ in events), events


@pytest.mark.parametrize("text, cameo", [
    ("The Kenyan minister met his Chinese counterpart last week.", "04"),
    ("The German chancellor meets the Russian president in Sochi.", "04"),  # a headline's present
])
def test_done_and_headline_meetings_stay_meetings(code, text, cameo):
    assert any(c.startswith(cameo) for c, _, _ in code(text)), code(text)
