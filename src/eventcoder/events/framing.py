"""Whether a matched act is an act at all in its frame (docs/coding-rules.md, "What counts as an
event"): violence rehearsed in an exercise, a future act predicted by someone other than its
actor, an unspecified appeal or demand about nothing political."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..record import Actor
from .pairs import own_side, political

# Violence (18-20) framed by an exercise is rehearsed, not done.
VIOLENT_ROOTS = frozenset(("18", "19", "20"))
# How far up the parse an exercise frames an act ("attacked ... during [the drill]" sits two or
# three heads below the exercise noun when the noun governs a relative clause).
FRAME_DEPTH = 4
# Consultations one actor does alone: hosting a visit (043), mediating (045).
SOLO_CONSULT = frozenset(("043", "045"))
# The prepositions that date an act to an era, and how far up the parse the adjunct may hang
# ("during the Cold War, the army [was ordered] to attack ...").
ERA_PREPS = frozenset(("during", "in", "throughout"))
ERA_DEPTH = 3
# Unspecified appeal and demand: their subcode names no content, so the content must be checked
# to be political. (An unspecified intent, 030, is a government's word on its own policy: kept.)
UNSPECIFIED = frozenset(("020", "100"))
# Where the content of an appeal, intent or demand sits (not the subject, not the addressee).
CONTENT_DEPS = frozenset(("xcomp", "ccomp", "dobj", "prep", "advcl", "oprd", "pobj", "acl", "pcomp"))


def rehearsed(trigger: Token, clause: Token, words: frozenset[str]) -> bool:
    """'A simulated attack', 'notionally attacked', 'troops stormed a village in the drill',
    'war games in which jets bombed ...': the act is modified by, or hangs under, an exercise word."""
    for tok in {trigger, clause}:
        mods = [c for c in tok.children if c.dep_ != "conj"]
        mods += [g for c in mods if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]  # "during [drills]"
        if any(c.lemma_.lower() in words for c in mods):
            return True
        up = tok
        for _ in range(FRAME_DEPTH):
            if up.head is up:
                break
            up = up.head
            if up.lemma_.lower() in words:
                return True
    return False


def historic(clause: Token, eras: frozenset[str]) -> bool:
    """'During World War II, Japanese planes bombed ...', 'in Soviet times the army deported ...':
    an act (or the statement it is part of) dated by a past era is history, not news."""
    tok = clause
    for _ in range(ERA_DEPTH):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ERA_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        words = " " + " ".join(t.lower_ for t in obj.subtree)
                        if any(" " + era in words for era in eras):
                            return True
        if tok.head is tok:
            break
        tok = tok.head
    return False


def partnerless(code: str, sources: list[Actor], targets: list[Actor]) -> bool:
    """A consultation names whom: 'Trump discussed the leaks', 'X met for the first time' with one
    actor and no partner is no meeting (hosting and mediating need no named guest or party)."""
    return code[:2] == "04" and code not in SOLO_CONSULT and not targets and len(sources) < 2


def predicted(sources: list[Actor], speakers: list[Actor]) -> bool:
    """A future act reported by an actor that is not its own side ('analysts say the EU will
    grant ...', 'Fitch said the plan will help Chinese firms'): a prediction. A reporter's own
    'X will visit Y next week', or a speaker that names no actor ('diplomatic sources said', 'a
    statement issued by the ministry said'), leaves it an intent."""
    if not speakers or not sources:
        return False
    return not any(sp.code == s.code or own_side(sp, s) for sp in speakers for s in sources)


def political_content(trigger: Token, matched: set[int], words: frozenset[str],
                      resolve: Callable[[Token], list[Actor]]) -> bool:
    """Whether the content of an appeal or demand is political: it holds another lexicon trigger
    ('called for [investigating] X'), a political word ('pushed for [reforms]',
    political_content.tsv) or a political actor other than a public ('urged for a [government]
    reset')."""
    for c in trigger.children:
        if c.dep_ not in CONTENT_DEPS:
            continue
        for t in c.subtree:
            if t.i in matched or t.lemma_.lower() in words:
                return True
            if t.pos_ in ("NOUN", "PROPN") and addressed(resolve(t)):
                return True
    return False


def addressed(targets: list[Actor]) -> bool:
    """A political addressee other than a public or a place ('urged Iran's government to ...',
    not 'urged supporters to worry')."""
    return any(political(t) and t.sector != "CVL" for t in targets)
