"""How the words of an act hang together in the parse: where a target slot points, whether an
inner act is the content of an outer one or only an adjunct, which statements govern an act."""

from __future__ import annotations

from spacy.tokens import Token

from . import syntax
from .triggers import subject_complements

# Where the statements that govern an act stop: relative and adverbial clauses are acts of their own.
CLAUSE_BOUNDARY = frozenset(("relcl", "acl", "advcl", "parataxis"))
# How a noun hangs under the verb that takes it as its content: objects and of/for/to phrases.
ARGUMENT_DEPS = frozenset(("dobj", "pobj", "prep", "compound", "amod", "nmod", "conj", "appos", "attr"))
ARGUMENT_PREPS = frozenset(("of", "for", "to", "on", "with", "over", "about"))


def slot_tokens(holder: Token, slot: str, nominal: bool) -> list[Token]:
    if slot == "dobj":
        if nominal:  # "the arrest of X"
            return syntax.prep_objects(holder, "of")
        return [c for c in holder.children if c.dep_ in syntax.OBJECT_DEPS]
    if slot == "iobj":
        return [c for c in holder.children if c.dep_ in ("dative", "iobj")]
    if slot == "compsubj":  # "wants [congress] to approve"
        return [g for c in subject_complements(holder) for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if slot == "nsubj":
        return [c for c in holder.children if c.dep_ in syntax.SUBJECT_DEPS]
    if slot.startswith("prep:"):
        return syntax.prep_objects(holder, slot[5:])
    return []


def content_path(tok: Token, outer: int) -> bool:
    """Whether the way from an inner act up to the act at `outer` crosses no adjunct
    preposition ("after meeting", "following the invasions", "in response to")."""
    for _ in range(8):
        if tok.i == outer or tok.head.i == tok.i:
            return True
        if tok.dep_ == "prep" and tok.lower_ not in ARGUMENT_PREPS and tok.lower_ not in ("into", "from", "by", "in"):
            return False
        tok = tok.head
    return True


def argument_noun(noun: Token, outer: int) -> bool:
    """Whether a noun is what the verb at `outer` takes ("agreed to an extension of the
    [peacekeeping] force", "rejected the proposal for a [ceasefire]"), not an adjunct ("demanded
    ... in response to the [evacuation]")."""
    tok = noun
    for _ in range(6):
        if tok.head.i == outer:
            return tok.dep_ not in ("prep",) or tok.lower_ in ARGUMENT_PREPS
        if tok.dep_ not in ARGUMENT_DEPS or (tok.dep_ == "prep" and tok.lower_ not in ARGUMENT_PREPS):
            return False
        tok = tok.head
    return False


def governors(tok: Token) -> list[Token]:
    """The tokens whose act `tok` is part of: its ancestors up to a relative or adverbial clause
    boundary ("must return a helicopter [that was captured]": the capture is not the return)."""
    out = []
    while tok.head.i != tok.i and tok.dep_ not in CLAUSE_BOUNDARY:
        tok = tok.head
        out.append(tok)
    return out
