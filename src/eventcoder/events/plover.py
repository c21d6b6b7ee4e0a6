"""PLOVER type, mode and contexts for a CAMEO code (tables/cameo.tsv, contexts.tsv)."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from ..record import Plover
from .lexicon import Lexicon

# Where the PLOVER manual overrides CAMEO2PLOVER: "RETREAT also covers resignations of government
# officials" (mode `resign`), and the lexicon's 0831 rows are resignations and handovers of power
# (resign, step down, quit, abdicate, relinquish power), which CAMEO2PLOVER maps to CONCEDE.
MANUAL_TYPES = MappingProxyType({"0831": ("RETREAT", "resign")})


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
    ptype, mode = MANUAL_TYPES.get(code, (entry.plover_type, entry.plover_mode))
    return Plover(ptype, mode, tuple(contexts))
