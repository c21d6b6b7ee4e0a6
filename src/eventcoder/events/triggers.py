"""Trigger finding: lexicon entries whose frame holds in the parse of a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import syntax
from .lexicon import Entry, Lexicon


@dataclass(frozen=True)
class Match:
    entry: Entry | None
    trigger: Token  # the word that matched
    clause: Token  # the verb whose clause carries the act (the trigger, or the light verb)
    light: bool  # a nominal event carried by a light verb ("held talks")


def find_matches(sent: Span, lex: Lexicon, partitives: frozenset[str]) -> list[Match]:
    out: list[Match] = []
    for tok in sent:
        if syntax.is_verb(tok):
            pos = "V"
        elif syntax.is_noun(tok):
            pos = "N"
        else:
            continue
        entries = lex.lookup(pos, tok.lemma_.lower())
        if entries is None and pos == "N":
            entries = lex.lookup(pos, tok.lower_)
        if not entries:
            continue
        entry = next((e for e in entries if holds(e, tok, lex, partitives)), None)
        if entry is None:
            continue
        if pos == "V":
            out.append(Match(entry, tok, tok, False))
            continue
        clause, light = nominal_clause(tok, lex, partitives)
        out.append(Match(entry, tok, clause, light))
    return out


def nominal_clause(noun: Token, lex: Lexicon, partitives: frozenset[str]) -> tuple[Token, bool]:
    """The light verb that carries a nominal event, if any: '[held] talks', '[slapped] sanctions'."""
    tok = syntax.climb_partitive(syntax.first_conjunct(noun), partitives)
    head = tok.head
    if (tok.dep_ in ("dobj", "nsubjpass") and head is not tok and syntax.is_verb(head)
            and head.lemma_.lower() in lex.light_verbs):
        return head, True
    return noun, False


def holds(entry: Entry, tok: Token, lex: Lexicon, partitives: frozenset[str] = frozenset()) -> bool:
    """Whether every condition of the entry holds on the trigger token."""
    if entry.flags:
        passive = syntax.is_passive(tok)
        if "pass" in entry.flags and not passive:
            return False
        if "active" in entry.flags and passive:
            return False
    for key, allowed in entry.conditions:
        if not _condition(key, allowed, tok, lex, partitives):
            return False
    return True


def _condition(key: str, allowed: frozenset[str], tok: Token, lex: Lexicon, partitives: frozenset[str]) -> bool:
    if key == "prt":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in allowed for c in tok.children)
    if key == "prep":
        return any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in allowed for c in tok.children)
    if key == "obj":
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
            if obj.lemma_.lower() in allowed or obj.lower_ in allowed:
                return True
            # "imposed a new round of sanctions": look through the partitive to the noun after "of"
            if obj.lemma_.lower() in partitives:
                if any(o.lemma_.lower() in allowed for o in syntax.prep_objects(obj, "of")):
                    return True
        return False
    if key == "pobj":
        return any(g.lemma_.lower() in allowed or g.lower_ in allowed
                   for c in tok.children if c.dep_ in ("prep", "agent", "dative")
                   for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if key == "comp":
        if any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in allowed for c in tok.children):
            return True
        return any(g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in allowed
                   for c in tok.children if c.dep_ == "prep" for g in c.children)
    if key == "mod":
        return any(c.dep_ in syntax.MODIFIER_DEPS and (c.lemma_.lower() in allowed or c.lower_ in allowed)
                   for c in tok.children)
    if key == "aux":
        return any(c.dep_ == "aux" and c.lower_ in allowed for c in tok.children)
    if key == "cue":
        # "called him a dictator", "branded them terrorists": a cue word in what the verb governs
        cues = lex.accusation_cues if "accusation" in allowed else frozenset()
        return any(t.lemma_.lower() in cues for c in tok.children if c.dep_ not in ("nsubj", "punct")
                   for t in c.subtree)
    if key == "subj":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in allowed for c in tok.children)
    return False

