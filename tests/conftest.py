"""Shared fixtures: the ../shared data location and one Coder per test process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

needs_shared = pytest.mark.skipif(
    not (SHARED / "data").is_dir(),
    reason=f"../shared data not found at {SHARED}: gold sets and corpora are read from there",
)


@pytest.fixture(scope="session")
def coder():
    """The real coder (spaCy model, dictionaries, gazetteer), built once per test process."""
    from eventcoder.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def nlp(coder):
    return coder.nlp


@pytest.fixture(scope="session")
def code(coder):
    """`code(text[, date])` -> [(cameo, source code, target code)] for a one-text article
    (published 2024-03-05 unless `date` says otherwise)."""
    def run(text: str, date: str = "2024-03-05") -> list[tuple[str, str | None, str | None]]:
        return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                for e in coder.code_text(text, date=date)]
    return run
