"""From one parsed sentence to coded acts: triggers, modality, source and target.

One act per asserted trigger (a trigger inside the complement of another trigger -- "urged X to
release", "accused X of attacking" -- is part of the outer act, not an act of its own), one
record per source-target pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Span, Token

from ..record import Actor
from . import syntax
from .lexicon import Entry, Lexicon
from .modality import (ASSERTED, FUTURE, HYPOTHETICAL, INTENT, THREAT, Modality, classify,
                       condition_clause)
from .triggers import Match, find_matches, object_nouns, subject_complements

# A statement about another actor whose complement holds an accusation cue is this code
# (CAMEO 112, "accuse"): "X says Y prefers violence".
ACCUSATION_CODE = "112"
# Roots that need no source to be worth a record: material conflict is often reported in the
# passive without its agent ("five activists were arrested").
SOURCELESS_ROOTS = frozenset(("17", "18", "19", "20"))
EMBEDDING_DEPS = frozenset(("xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "advcl", "oprd"))


class ActorLookup(Protocol):
    def resolve(self, token: Token, speaker: Actor | None = None) -> list[Actor]: ...


@dataclass(frozen=True)
class Act:
    """A coded act in a sentence, before dates and places."""

    code: str
    entry: Entry | None
    trigger: Token
    clause: Token
    source: Actor | None
    target: Actor | None
    modality: Modality
    confidence: float


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, partitives: frozenset[str]):
        self.lex = lexicon
        self.partitives = partitives

    def code(self, sent: Span, actors: ActorLookup) -> list[Act]:
        matches = find_matches(sent, self.lex, self.partitives)
        clauses = {m.clause.i for m in matches} | {m.trigger.i for m in matches}
        acts: list[Act] = []
        for m in matches:
            if self._embedded(m, clauses):
                continue
            acts.extend(self._code_match(m, sent, actors))
        coded = {a.trigger.i for a in acts} | {a.clause.i for a in acts}
        acts.extend(self._speech_accusations(sent, actors, coded))
        return _dedupe(acts)

    # -- one trigger -----------------------------------------------------------------------
    def _code_match(self, m: Match, sent: Span, actors: ActorLookup) -> list[Act]:
        entry = m.entry
        allow = next((vals for key, vals in entry.conditions if key == "aux"), frozenset())
        mod = classify(m.clause, sent, self.lex, allow_aux=allow)
        code = self._recode(entry.cameo, mod)
        if code is None:
            return []
        speaker = self._speaker(m.clause, sent, actors)
        sources, targets = self._arguments(m, actors, speaker)
        if mod.kind == THREAT and not targets:
            cond = condition_clause(m.clause, self.lex) or _condition_upwards(m.clause, self.lex)
            if cond is not None:
                subj, _ = syntax.subject_of(cond)
                if subj is not None:
                    targets = actors.resolve(subj, speaker)
        if not m.light and m.entry.pos == "N":
            # A bare nominal event must name both sides inside its own phrase.
            if not sources or not targets:
                return []
        return self._pairs(code, entry, m, sources, targets, mod)

    def _recode(self, code: str, mod: Modality) -> str | None:
        if mod.kind == ASSERTED:
            return code
        root = code[:2]
        conflictual = root >= "09" and root not in ("09",)
        if mod.kind == THREAT or (mod.kind == FUTURE and conflictual):
            return code if root == "13" else self.lex.reframed("threat", code)
        if mod.kind in (FUTURE, INTENT) and not conflictual:
            if root in ("01", "02", "03"):
                return code
            return self.lex.reframed("intent", code)
        return None  # negated, hypothetical, belief, condition, question

    def _arguments(self, m: Match, actors: ActorLookup, speaker: Actor | None):
        clause, trig = m.clause, m.trigger
        sources: list[Actor] = []
        targets: list[Actor] = []
        if m.light or m.entry.pos == "V":
            subj, passive = syntax.subject_of(clause)
            if passive:
                for agent in syntax.agent_objects(clause):
                    sources = self._resolve_arg(agent, actors, speaker)
                    if sources:
                        break
                obj = syntax.passive_target(clause)
                if obj is not None and "dobj" in m.entry.target:
                    targets = self._resolve_arg(obj, actors, speaker)
            elif subj is not None:
                sources = self._resolve_arg(subj, actors, speaker)
        if m.entry.pos == "N":
            if not sources:
                sources = self._nominal_source(trig, actors, speaker)
        if not targets:
            targets = self._target(m, actors, speaker)
        if not sources and m.entry.pos == "N":
            between = [t for t in syntax.prep_objects(trig, "between")]
            if between:
                both = actors.resolve(between[0], speaker)
                if len(both) >= 2:
                    sources, targets = both, []
        # an actor acting on itself is not an event between actors: drop such targets
        targets = [t for t in targets if not any(t.code == s.code for s in sources)]
        return sources, targets

    def _resolve_arg(self, tok: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Actors an argument names: the phrase itself, else what it counts ("a raft of
        [officials]"), else its actor modifier ("the [U.S.] measures" -> USA)."""
        found = actors.resolve(tok, speaker)
        if found or tok.pos_ == "PRON":
            return found
        if tok.lemma_.lower() in self.partitives:
            for inner in syntax.prep_objects(tok, "of"):
                found = actors.resolve(inner, speaker)
                if found:
                    return found
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
                found = actors.resolve(c, speaker)
                if found:
                    return found
        return []

    def _nominal_source(self, noun: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """'U.S. sanctions', 'Israel's strikes', 'an opposition boycott', 'attacks by rebels'."""
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
                found = actors.resolve(c, speaker)
                if found:
                    return found
        for agent in syntax.prep_objects(noun, "by"):
            found = actors.resolve(agent, speaker)
            if found:
                return found
        return []

    def _target(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        holders = [m.trigger] if m.trigger is m.clause else [m.trigger, m.clause]
        holders += object_nouns(m.trigger, m.entry)  # "opened fire on X"
        for slot in m.entry.target:
            if slot == "none":
                return []
            for h in holders:
                if slot == "dobj" and h.dep_ in ("dobj", "obj") and h is not m.trigger and h is not m.clause:
                    continue
                for tok in _slot_tokens(h, slot, m.entry.pos == "N" and h is m.trigger):
                    found = self._resolve_arg(tok, actors, speaker)
                    if found:
                        return found
        return []

    def _speaker(self, clause: Token, sent: Span, actors: ActorLookup) -> Actor | None:
        """The speaker of the quote the act sits in: '"We came to demand ...", said X'."""
        tok = clause
        for _ in range(8):
            if tok.head is tok:
                break
            dep, head = tok.dep_, tok.head
            if head.lemma_.lower() in self.lex.say_verbs and dep in ("ccomp", "advcl", "conj", "parataxis"):
                subj, _ = syntax.subject_of(head)
                if subj is not None:
                    found = actors.resolve(subj)
                    return found[0] if found else None
                return None
            tok = head
        # the sentence root may be the verb of saying with the quote before it
        return None

    def _embedded(self, m: Match, clauses: set[int]) -> bool:
        """True when the act is the content of another trigger ('urged X to [release] ...')."""
        tok = m.clause
        for _ in range(6):
            if tok.head is tok or tok.dep_ not in EMBEDDING_DEPS:
                return False
            tok = tok.head
            if tok.i in clauses:
                return True
        return False

    def _speech_accusations(self, sent: Span, actors: ActorLookup, clauses: set[int]) -> list[Act]:
        """'X says Y prefers violence': a statement about another actor carrying an accusation cue."""
        out = []
        for verb in sent:
            if verb.lemma_.lower() not in self.lex.say_verbs or not syntax.is_verb(verb):
                continue
            comp = syntax.child(verb, ("ccomp",))
            if comp is None or any(t.i in clauses for t in comp.subtree):
                continue
            if not any(t.lemma_.lower() in self.lex.accusation_cues for t in comp.subtree):
                continue
            mod = classify(verb, sent, self.lex)
            if mod.kind != ASSERTED:
                continue
            subj, _ = syntax.subject_of(verb)
            sources = actors.resolve(subj) if subj is not None else []
            if not sources:
                continue
            speaker = sources[0]
            targets: list[Actor] = []
            inner, _ = syntax.subject_of(comp)
            candidates = ([inner] if inner is not None else []) + [
                t for t in comp.subtree if syntax.is_noun(t) or t.pos_ == "PRON"]
            for tok in candidates:
                found = [a for a in actors.resolve(tok, speaker) if not _same(a, speaker)]
                if found:
                    targets = found
                    break
            if not targets:
                continue
            out.extend(self._pairs(ACCUSATION_CODE, None, Match(None, verb, verb, False), sources, targets,
                                   Modality(ASSERTED)))
        return out

    def _pairs(self, code: str, entry: Entry | None, m: Match, sources: list[Actor], targets: list[Actor],
               mod: Modality) -> list[Act]:
        root = code[:2]
        pairs: list[tuple[Actor | None, Actor | None]] = []
        if targets:
            pairs = [(s, t) for s in (sources or [None]) for t in targets]
        elif len(sources) > 1 and self.lex.is_reciprocal(code):
            pairs = [(s, t) for s in sources for t in sources if s is not t and not _same(s, t)]
        else:
            pairs = [(s, None) for s in sources]
        out = []
        for s, t in pairs:
            if s is None and root not in SOURCELESS_ROOTS:
                continue
            if s is not None and t is not None and s.code == t.code:
                continue  # an actor acting on itself is not an event between actors
            conf = 0.5 + (0.2 if s is not None and t is not None else 0.0)
            if entry is not None and entry.specificity:
                conf += 0.1
            if mod.kind != ASSERTED:
                conf -= 0.1
            out.append(Act(code, entry, m.trigger, m.clause, s, t, mod, round(conf, 2)))
        return out


def _slot_tokens(holder: Token, slot: str, nominal: bool) -> list[Token]:
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


def _condition_upwards(tok: Token, lex: Lexicon) -> Token | None:
    for _ in range(4):
        if tok.head is tok:
            return None
        tok = tok.head
        cond = condition_clause(tok, lex)
        if cond is not None:
            return cond
    return None


def _same(a: Actor, b: Actor) -> bool:
    return a.code == b.code and (a.name == b.name or a.start == b.start)


def _dedupe(acts: list[Act]) -> list[Act]:
    seen = set()
    out = []
    for a in acts:
        key = (a.code[:2], a.source.code if a.source else None, a.target.code if a.target else None,
               a.source.name if a.source else None, a.target.name if a.target else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


__all__ = ["Act", "SentenceCoder", "HYPOTHETICAL", "INTENT"]
