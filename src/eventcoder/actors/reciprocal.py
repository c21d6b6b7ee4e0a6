"""Reciprocal group phrases: "the two sides", "both countries", "the two governments" stand
for the pair of actors named just before them ("Kenya and Uganda met ... the two countries
agreed").

Only a phrase whose head is one of `RECIPROCAL_HEADS` and which is counted as two ("two",
"both") is read so; its actors are the two nearest distinct actors before it, in its own
sentence or the two before (the article's paragraphs are searched backwards). With fewer than
two such actors the phrase stays unresolved: nothing is guessed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..record import Actor
from .grammar import np_left

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import ArticleActors

# Heads that name a pair of states: their antecedents must have a country.
STATE_HEADS = frozenset(("countries", "nations", "states", "governments", "neighbours", "neighbors",
                         "capitals", "administrations"))
# Heads that name any two parties ("the two sides": a government and rebels as well).
PARTY_HEADS = frozenset(("sides", "parties", "leaders", "rivals", "allies", "foes", "adversaries",
                         "camps", "delegations", "armies", "militaries", "presidents"))
RECIPROCAL_HEADS = STATE_HEADS | PARTY_HEADS
# Sectors a state's half of "the two countries" may have (none: the country itself).
STATE_SECTORS = frozenset(("GOV", "MIL", "LEG", "COP", "JUD", "SPY"))
# News agencies quoted as the source of a report are never one of "the two sides".
REPORTER_SECTORS = frozenset(("MED",))
_COUNT_WORDS = frozenset(("two", "both"))
# How many sentences before the phrase's own may hold the pair.
SENTENCES_BACK = 2
# Prepositions whose object may be a party ("talks with the rebels"); "in Syria", "the north
# of Syria", "a ceasefire for Syria" name places and causes.
ARGUMENT_PREPS = frozenset(("with", "between", "by", "against", "to", "from"))
_NOMINAL = frozenset(("NOUN", "PROPN", "PRON"))
_SKIP_DEPS = frozenset(("compound", "amod", "nmod", "det", "case", "punct", "npadvmod", "cc", "nummod",
                        "predet", "poss"))


def is_reciprocal(tok: Token) -> bool:
    """ "the two sides", "both countries" (call only for a head in RECIPROCAL_HEADS)."""
    return any(c.lower_ in _COUNT_WORDS and c.dep_ in ("nummod", "det", "predet", "quantmod") and c.i < tok.i
               for c in tok.children)


def pair(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    """The two actors a reciprocal phrase stands for, in text order; () without two.

    A coordination of exactly two ("Russia and Turkey") is taken first, the nearest before
    the phrase; else the two nearest distinct actors of one sentence, the nearest with any."""
    tok = aa.tokens[d][i]
    states = tok.lower_ in STATE_HEADS
    left = np_left(tok)
    cands = _candidates(aa, d, left, states)
    if not cands:
        return ()
    if _conjuncts(aa.tokens[cands[0][0]][cands[0][1]]) > 2:
        return ()  # "Denmark, Finland, Norway and Sweden": not a pair
    at = {(cd, ck): actors for cd, ck, _, actors in cands}
    for cd, ck, _, actors in cands:  # "X and Y": the later conjunct, then its head
        cand = aa.tokens[cd][ck]
        if cand.dep_ == "conj" and _conjuncts(cand) == 2 and (cd, cand.head.i) in at:
            chosen = _distinct([(cd, cand.head.i, a) for a in at[(cd, cand.head.i)]]
                               + [(cd, ck, a) for a in actors], states)
            if chosen:
                return _as_pair(aa, d, left, i, chosen)
    sentence = cands[0][2]
    chosen = _distinct([(cd, ck, a) for cd, ck, sn, actors in cands if sn == sentence for a in actors], states)
    return _as_pair(aa, d, left, i, chosen) if chosen else ()


def _candidates(aa: ArticleActors, d: int, left: int, states: bool) -> list[tuple[int, int, int, list[Actor]]]:
    """(doc, token, sentence, eligible actors) of the argument heads before token `left` of doc
    d, nearest first, within SENTENCES_BACK sentences."""
    last_sentence = aa.sentence_of(d, left) - SENTENCES_BACK
    out: list[tuple[int, int, int, list[Actor]]] = []
    doc_i, k = d, left - 1
    while doc_i >= 0:
        tokens = aa.tokens[doc_i]
        while k >= 0:
            sentence = aa.sentence_of(doc_i, k)
            if sentence < last_sentence:
                return out
            cand = tokens[k]
            if (cand.pos_ in _NOMINAL and cand.dep_ not in _SKIP_DEPS and cand.lower_ not in RECIPROCAL_HEADS
                    and not (cand.dep_ == "pobj" and cand.head.lower_ not in ARGUMENT_PREPS)):  # "in Syria"
                actors = [a for a in aa.own(doc_i, k) if _eligible(a, states)]
                if actors:
                    out.append((doc_i, k, sentence, actors))
            k -= 1
        doc_i -= 1
        k = len(aa.tokens[doc_i]) - 1 if doc_i >= 0 else -1
    return out


def _distinct(items: list[tuple[int, int, Actor]], states: bool) -> list[tuple[int, int, Actor]]:
    """The first two items of distinct countries (states) or codes; [] with fewer."""
    chosen: list[tuple[int, int, Actor]] = []
    keys: list[str] = []
    for item in items:
        key = (item[2].country if states else item[2].code) or ""
        if key and key not in keys:
            keys.append(key)
            chosen.append(item)
            if len(chosen) == 2:
                return chosen
    return []


def _as_pair(aa: ArticleActors, d: int, left: int, i: int, chosen: list[tuple[int, int, Actor]]) -> tuple[Actor, ...]:
    text, start, end = aa.span(d, left, i)
    return tuple(replace(a, text=text, start=start, end=end, rule=f"reciprocal->{a.name or a.code}")
                 for _, _, a in sorted(chosen, key=lambda f: (f[0], f[1])))


def _eligible(actor: Actor, states: bool) -> bool:
    if any(s in REPORTER_SECTORS for s in actor.sectors):
        return False
    return not states or (actor.country is not None and all(s in STATE_SECTORS for s in actor.sectors))


def _conjuncts(tok: Token) -> int:
    """How many items the coordination `tok` stands in has (1 when none)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    count, todo = 1, [first]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                count += 1
                todo.append(child)
    return count
