"""Countries named like a state of another country (state_names.tsv): "Georgia" in an article led
by the United States that never names Tbilisi, Georgians or another of the country's cues is the
US state, so its name is read as an actor of the United States ("a Georgia judge" is USAJUD).

Decided once per article on the KB matches, before anything reads them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from .entries import COUNTRY, ENTRY, Sense
from .kb import ActorKB
from .matcher import Match
from .senses import COUNTRY_KINDS, head_sense


def read_as_states(kb: ActorKB, matches: list[list[Match]], docs: Sequence[Doc], date) -> list[list[Match]]:
    """`matches` with the country sense of each shared name turned into the home country's,
    where the article reads it as the state; the same lists otherwise."""
    shared = kb.state_names
    # most articles name none of these countries: one look at the senses, no counting
    if not shared or not any(s.kind == COUNTRY and s.ref in shared for ms in matches for m in ms for s in m.senses):
        return matches
    counts: Counter[str] = Counter()
    own_words: set[str] = set()  # countries named otherwise than by their bare name
    for ms in matches:
        for m in ms:
            sense = head_sense(kb, m)
            if sense.kind in COUNTRY_KINDS:
                counts[str(sense.ref)] += 1
                if sense.kind != COUNTRY:
                    own_words.add(str(sense.ref))
            elif sense.kind == ENTRY:
                role = kb.entries[int(sense.ref)].role_on(date)
                if role is not None and role.country:
                    counts[role.country] += 1
                    own_words.add(role.country)  # a person or body of that country
    states = {}
    texts: list[str] | None = None
    for iso, (home, cues) in shared.items():
        if not counts[iso] or iso in own_words:
            continue
        others = [c for c, _ in counts.most_common(3) if c != iso]
        if not others or others[0] != home:
            continue
        if texts is None:  # the article's text, read only in the rare article that needs it
            texts = [doc.text.lower() for doc in docs]
        if cues and any(cue in text for text in texts for cue in cues):
            continue
        states[iso] = Sense(COUNTRY, home)
    if not states:
        return matches
    return [[_as_state(m, states) for m in ms] for ms in matches]


def _as_state(m: Match, states: dict[str, Sense]) -> Match:
    if not any(s.kind == COUNTRY and s.ref in states for s in m.senses):
        return m
    senses = tuple(states[s.ref] if s.kind == COUNTRY and s.ref in states else s for s in m.senses)
    return Match(m.start, m.end, m.key, senses)
