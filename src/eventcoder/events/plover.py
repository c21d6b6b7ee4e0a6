"""PLOVER type, mode and contexts for a CAMEO code (tables/cameo.tsv, contexts.tsv)."""

from __future__ import annotations

from collections.abc import Iterable

from ..record import Plover
from .lexicon import Lexicon


def plover_for(code: str, lex: Lexicon, lemmas: Iterable[str]) -> Plover:
    """The code's PLOVER type and mode, with contexts from the code and the sentence's words."""
    entry = lex.cameo.get(code)
    contexts: list[str] = []
    if entry.plover_context:
        contexts.extend(c.strip() for c in entry.plover_context.split("|") if c.strip())
    for lemma in lemmas:
        for ctx in lex.contexts.get(lemma, ()):
            if ctx not in contexts:
                contexts.append(ctx)
    if entry.plover_type is None:  # CAMEO 01/02: no PLOVER type
        return Plover(None, None, tuple(contexts))
    return Plover(entry.plover_type, entry.plover_mode, tuple(contexts))
