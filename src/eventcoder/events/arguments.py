"""Who did an act and to whom: the source and target actors of a matched trigger, read off its
clause (subject, passive agent, object slots of the lexicon entry), its noun phrase ("U.S.
sanctions", "attacks by rebels") or a document's author ("a letter threatening ...")."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span, Token

from ..record import Actor
from . import syntax
from .lexicon import DEFAULT_TARGET, Lexicon
from .pairs import distinct
from .paths import slot_tokens
from .triggers import Match, effort_head, object_nouns, subject_complements


class ActorLookup(Protocol):
    def resolve(self, token: Token, speaker: Actor | None = None) -> list[Actor]: ...


class Arguments:
    """Finds the actors of a match; built once per coder with the lexicon and partitive nouns."""

    def __init__(self, lexicon: Lexicon, partitives: frozenset[str]):
        self.lex = lexicon
        self.partitives = partitives

    def arguments(self, m: Match, actors: ActorLookup, speaker: Actor | None):
        clause, trig = m.clause, m.trigger
        sources: list[Actor] = []
        targets: list[Actor] = []
        if m.light or m.entry.pos in ("V", "A"):
            subj, passive = syntax.subject_of(clause)
            if passive and "stative" in m.entry.flags:
                # "Poland is opposed to X": the passive subject holds the position
                holder = syntax.passive_target(clause) or next(
                    (g for a in clause.children if a.dep_ in ("aux", "auxpass")
                     for g in a.children if g.dep_ in ("nsubj", "nsubjpass")), None)  # [Poland] is<-opposed
                sources = self.resolve(holder, actors, speaker) if holder is not None else []
            elif passive:
                for agent in syntax.agent_objects(clause):
                    sources = self.resolve(agent, actors, speaker)
                    if sources:
                        break
                obj = syntax.passive_target(clause)
                if obj is not None and "dobj" in m.entry.target:
                    targets = self.resolve(obj, actors, speaker)
            elif subj is not None:
                sources = self.resolve(subj, actors, speaker) or self._indirect_source(
                    clause, subj, actors, speaker)
            elif (clause.dep_ == "acl" and clause.tag_ == "VBG"
                  and clause.head.lemma_.lower() in self.lex.document_nouns):
                # "sent a letter threatening to ...": the letter's author (a participle on any
                # other noun describes it: "a group defending rights" is no act)
                sources = self._indirect_source(clause, clause.head, actors, speaker)
        if m.entry.pos == "N":
            if not sources:
                sources = self._nominal_source(trig, actors, speaker)
        if not targets:
            targets = self.target(m, actors, speaker)
        if not targets and m.entry.pos == "V" and m.entry.cameo[:2] == "11":
            # "alleged that Y shelled ...", "complained that Y ...": the complement's subject
            for comp in subject_complements(clause):
                subj, passive = syntax.subject_of(comp)
                if subj is not None and not passive:
                    targets = self.resolve(subj, actors, speaker)
                    break
        if not sources and m.entry.pos == "N":
            between = [t for t in syntax.prep_objects(trig, "between")]
            if between:
                both = actors.resolve(between[0], speaker)
                if len(both) >= 2:
                    sources, targets = both, []
        # an actor acting on itself is not an event between actors: drop such targets
        targets = [t for t in targets if all(distinct(s, t) for s in sources)]
        return sources, targets

    def resolve(self, tok: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Actors an argument names: the phrase itself, else what it counts ("a raft of
        [officials]"), else its actor modifier ("the [U.S.] measures" -> USA)."""
        quantity = tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.non_actors
        found = [] if quantity else actors.resolve(tok, speaker)  # "booming tourist [numbers]"
        if found or tok.pos_ == "PRON":
            return found
        if tok.lemma_.lower() in self.partitives or quantity:  # "a number of [refugees]"
            for inner in syntax.prep_objects(tok, "of"):
                found = actors.resolve(inner, speaker)
                if found:
                    return found
        if quantity:
            return []
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
                found = actors.resolve(c, speaker)
                if found:
                    return found
        return []

    def _indirect_source(self, clause: Token, subj: Token, actors: ActorLookup,
                         speaker: Actor | None) -> list[Actor]:
        """The doer when the grammatical subject names no actor:
        - a purpose clause read as object control: "police fired teargas to [disperse] ..." (the
          object names no actor, so the doer is the controller's subject);
        - a document speaks for its author: "X issued a report that [calls] on ...", "a letter
          [threatening] ...", "a statement by X";
        - "as" + a role names the subject: "[he] resigned as president of Indonesia"."""
        tok = subj
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # the relative pronoun's antecedent
        candidates: list[Token] = []
        if tok.lemma_.lower() in self.lex.document_nouns or (tok is subj and tok.dep_ in syntax.OBJECT_DEPS):
            for agent in syntax.prep_objects(tok, "by"):
                candidates.append(agent)
            if tok.lemma_.lower() in self.lex.document_nouns:  # "[his] comments attacking Islam"
                candidates.extend(c for c in tok.children if c.dep_ == "poss")
            if tok.dep_ in syntax.OBJECT_DEPS and syntax.is_verb(tok.head):
                up, passive = syntax.subject_of(tok.head)
                if up is not None and not passive:
                    candidates.append(up)
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                candidates.extend(g for g in prep.children if g.dep_ == "pobj")
        for cand in candidates:
            found = self.resolve(cand, actors, speaker)
            if found:
                return found
        return []

    def _nominal_source(self, noun: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """'U.S. sanctions', 'Israel's strikes', 'an opposition boycott', 'attacks by rebels'."""
        noun = effort_head(noun, self.lex) or noun  # "Egypt's mediation effort"
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

    def target(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        holders = [m.trigger] if m.trigger is m.clause else [m.trigger, m.clause]
        head = effort_head(m.trigger, self.lex) if m.entry.pos == "N" else None
        if head is not None:
            holders.insert(1, head)  # "a mediation effort [between X and Y]"
        holders += object_nouns(m.trigger, m.entry)  # "opened fire on X"
        for slot in m.entry.target:
            if slot == "none":
                return []
            for h in holders:
                if slot == "dobj" and h.dep_ in ("dobj", "obj") and h is not m.trigger and h is not m.clause:
                    continue
                for tok in slot_tokens(h, slot, m.entry.pos == "N" and h is m.trigger):
                    found = self.resolve(tok, actors, speaker)
                    if found:
                        return found
        if m.entry.pos == "V" and m.trigger is m.clause:
            # the thing acted on names the partner: "ratified an agreement [with the EU]",
            # "signed a deal [with X]" (the object itself named no actor)
            objs = [c for c in m.clause.children if c.dep_ in syntax.OBJECT_DEPS]
            # through "of" chains: "discussed the performance of the agreement [with X]"
            objs += [inner for o in objs for inner in syntax.prep_objects(o, "of")]
            objs += [inner for o in objs[-1:] for inner in syntax.prep_objects(o, "of")]
            for obj in objs:
                for prep in ("with", "between"):
                    if f"prep:{prep}" not in m.entry.target and m.entry.target != DEFAULT_TARGET:
                        continue
                    for tok in syntax.prep_objects(obj, prep):
                        found = self.resolve(tok, actors, speaker)
                        if found:
                            return found
        return []

    def speaker(self, clause: Token, sent: Span, actors: ActorLookup) -> Actor | None:
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
