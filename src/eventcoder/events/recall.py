"""What a sentence recalls of acts the story told before: harm done "in the attack" was done by
that attack's doer; mediators "at the talks" mediate between those talks' parties; criticism of
"the launch" is aimed at whoever launched. The pipeline
hands each article's acts, in order, to one `Recall`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..record import Actor
from . import syntax
from .arguments import VIOLENT_ROOTS
from .doers import CONSULT_ROOT
from .extract import Act
from .lexicon import Lexicon
from .pairs import distinct

# Determiners that point back to an act told before: "injured in [the] attack", "in [that] raid".
RECALLING_DETS = frozenset(("the", "this", "that"))
MEDIATION_CODE = "045"
CRITICISM_ROOT = "11"
# Prepositions by which talks name their own parties ("talks between X and Y", "talks with X").
PARTY_PREPS = frozenset(("between", "with"))
# How many sentences back "in the attack" may recall an attack's doer, and "at the talks" the
# talks' parties (a story tells its talks once, its mediators often much later).
ATTACK_SENTENCES = 3
TALKS_SENTENCES = 30


def _recalling(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in RECALLING_DETS for c in noun.children)


def recalled_attack(verb: Token, lex: Lexicon) -> bool:
    """Harm done "in the attack / during the raid", an attack told before, with no doer of its own
    in this phrase."""
    for noun in (*syntax.prep_objects(verb, "in"), *syntax.prep_objects(verb, "during")):
        if noun.pos_ != "NOUN" or not _recalling(noun):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in noun.children):
            continue  # "in the Taliban attack", "in the attack by rebels": a doer of its own, or another attack
        if any(e.cameo[:2] in VIOLENT_ROOTS for e in lex.lookup("N", noun.lemma_.lower()) or ()):
            return True
    return False


def recalled_acts(verb: Token, lex: Lexicon) -> frozenset[str]:
    """The roots of an act told before that criticism names by a recalling noun with no doer of its
    own: "condemned [the launch]", "denounced [this attack]" (empty when there is none)."""
    for noun in (*(c for c in verb.children if c.dep_ == "dobj"), *syntax.prep_objects(verb, "against")):
        if noun.pos_ != "NOUN" or not _recalling(noun):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in noun.children):
            continue  # "the Taliban attack", "the attack by rebels": a doer of its own
        roots = frozenset(e.cameo[:2] for e in lex.lookup("N", noun.lemma_.lower()) or ())
        earlier = (t for t in noun.sent if t.i < noun.i and t.pos_ == "NOUN")
        if any(e.cameo[:2] in roots for t in earlier for e in lex.lookup("N", t.lemma_.lower()) or ()):
            return frozenset()  # "drills between Seoul and Washington rile X, which calls [the exercises] ...": told here
        return roots
    return frozenset()


def recalled_talks(trigger: Token, lex: Lexicon) -> bool:
    """A mediation "at the talks": the guarantors, mediators or hosts of talks told before, with
    no parties named here."""
    for child in trigger.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            continue
        for noun in child.subtree:
            if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or not _recalling(noun):
                continue
            if any(c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS)
                   for c in noun.children):
                continue  # "the Syria talks", "the talks between X and Y": parties of their own
            if any(e.cameo[:2] == CONSULT_ROOT for e in lex.lookup("N", noun.lemma_.lower()) or ()):
                return True
    return False


class Recall:
    """One article's memory of its last attack's doer and its last talks' parties."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.attacker: tuple[int, Actor] | None = None  # (sentence, doer)
        self.parties: tuple[int, tuple[Actor, Actor]] | None = None  # (sentence, sides)
        self.doers: dict[str, tuple[int, Actor]] = {}  # root -> (sentence, doer) of its last act

    def fill(self, act: Act, index: int) -> list[Act]:
        """The act (of sentence `index`) with what it recalls filled in: one act, or one per side
        of the talks it mediates."""
        if act.code[:2] in VIOLENT_ROOTS:
            if act.source is not None:
                self.attacker = (index, act.source)
            elif (self.attacker is not None and index - self.attacker[0] <= ATTACK_SENTENCES
                  and act.entry is not None and act.entry.pos == "V" and recalled_attack(act.clause, self.lex)):
                act = replace(act, source=self.attacker[1])  # "35 people were injured in the attack"
        if (act.code[:2] == CRITICISM_ROOT and act.target is None and act.source is not None
                and act.entry is not None and act.entry.pos == "V"):
            # "North Korea fired a missile. ... The ministers condemned the launch": at its doer
            told = [self.doers[r] for r in recalled_acts(act.trigger, self.lex) if r in self.doers]
            told = [t for t in told if index - t[0] <= ATTACK_SENTENCES and distinct(act.source, t[1])]
            if told:
                act = replace(act, target=max(told, key=lambda t: t[0])[1])
        if act.source is not None:
            self.doers[act.code[:2]] = (index, act.source)
        if act.code[:2] == CONSULT_ROOT and act.source is not None and act.target is not None:
            self.parties = (index, (act.source, act.target))
        if (act.code == MEDIATION_CODE and act.target is None and act.source is not None
                and self.parties is not None and index - self.parties[0] <= TALKS_SENTENCES
                and recalled_talks(act.trigger, self.lex)):
            # "ministers from Chile ... were acting as guarantors at the talks": between whom
            sides = [replace(act, target=side) for side in self.parties[1] if distinct(act.source, side)]
            if sides:
                return sides
        return [act]
