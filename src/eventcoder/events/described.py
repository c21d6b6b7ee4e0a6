"""Checks that tell a described state from an act done (docs/coding-rules.md, "seventh
precision pass"): running tolls, moods nobody voices, opinion polls, promises recalled; and the
roots of bombings, warnings of risk, joint operations and approved building plans.

A mixin of `assertion.Assertion`: every check runs on one act already found, on the few tokens
around its trigger, with the cue words of events/data/assertion.tsv (`self.cues`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..record import Actor
from . import syntax

if TYPE_CHECKING:
    from .assertion_cues import AssertionCues

SIMPLE_PRESENT = frozenset(("VBZ", "VBP"))
CONTENT_DEPS = frozenset(("ccomp", "xcomp", "prep", "pobj", "dobj", "pcomp", "advcl"))
ARMED_SECTORS = frozenset(("MIL", "REB", "UAF", "INS"))
MILITARY_SECTORS = frozenset(("MIL",))
WH_TAGS = frozenset(("WRB", "WP", "WDT"))
COERCION_ROOT = "17"
# a count of victims, doers or strikes from which force is a toll rather than one act
TALLY_COUNT = 1000
_COUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million)?", re.IGNORECASE)


class DescribedChecks:
    """Seventh-pass checks on one found act (see the module docstring)."""

    cues: AssertionCues

    def tally(self, trigger: Token, clause: Token, sources: list[Actor], targets: list[Actor], root: str) -> bool:
        """'More than 4,000 people were shot last year', 'the war has killed 300,000 since 2011',
        '4,000 nationals fight among the militants': force counted in the thousands over a
        period, in the perfect or in the simple present is a running toll, not one act ('police
        detained 2,000 protesters on Sunday' stays)."""
        if not (any(self._big(a.text) for a in (*sources, *targets))
                or any(c.dep_ == "nummod" and self._big(c.text) for c in trigger.children)):
            return False
        # a conjunct with its verb left out shares the first one's tense and period ("450,000
        # have been killed, more than a million injured")
        verbs = [clause]
        tok = clause
        while tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
                and tok.head.i != tok.i and len(verbs) < 4:
            tok = tok.head  # a participle without its verb: "..., more than a million injured"
            while tok.head.i != tok.i and not syntax.is_verb(tok) and len(verbs) < 4:
                tok = tok.head
                verbs.append(tok)
            verbs.append(tok)
        if root != COERCION_ROOT and (clause.tag_ in SIMPLE_PRESENT or any(
                c.dep_ == "aux" and c.lemma_.lower() == "have" for v in verbs for c in v.children)):
            return True  # harm in the perfect: a toll; mass arrests and expulsions need a period
        period, span, long = self.cues["tally_period"], self.cues["tally_span"], self.cues["duration"]
        for c in (c for v in verbs for c in v.children):
            if c.dep_ not in ("prep", "npadvmod", "advmod"):
                continue
            near = [c, *c.children]
            near += [h for g in near[1:] for h in g.children]
            if any(t.lower_ in period for t in near):
                return True  # "since 2011", "so far"
            if any(t.lemma_.lower() in long and any(m.lower_ in span for m in t.children) for t in near):
                return True  # "last year", "over the past six years" (not "last week")
        return False

    def _big(self, text: str) -> bool:
        words = text.lower().split()
        if any(w in self.cues["tally"] for w in words):
            return True  # "thousands of civilians"
        for m in _COUNT.finditer(text):
            try:
                n = float(m.group(1).replace(",", ""))
            except ValueError:
                continue
            n *= {"thousand": 1e3, "million": 1e6}.get((m.group(2) or "").lower(), 1)
            if n >= TALLY_COUNT and not (1800 < n < 2100 and "," not in m.group(1)):  # not a year
                return True
        return False

    def writer_mood(self, trigger: Token) -> bool:
        """'Officials were worried', 'Democrats are clearly concerned': a predicative mood word
        nobody is reported saying describes the actor; it is no comment made ('expressed
        concern', 'said it was worried' and a quote's 'I am concerned' are)."""
        if trigger.pos_ != "ADJ" and trigger.tag_ != "VBN":
            return False
        if trigger.lower_ not in self.cues["writer_mood"]:
            return False
        # the writer's narrative ("officials were worried") or inference ("are clearly
        # concerned"); a state's present stance ("China is concerned about X") is its statement
        verb = trigger.head if trigger.dep_ == "acomp" else trigger
        past = any(t.tag_ == "VBD" for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))))
        inferred = any(c.dep_ == "advmod" and c.lower_ in self.cues["inference"]
                       for t in {trigger, verb} for c in t.children)
        if not (past or inferred):
            return False
        subj, _ = syntax.subject_of(trigger)
        if subj is None and trigger.head.i != trigger.i:
            subj, _ = syntax.subject_of(trigger.head)  # "they are concerned": the copula's subject
        return subj is None or subj.tag_ != "PRP" or subj.lower_ not in ("i", "we")

    def promised_thing(self, trigger: Token, clause: Token) -> bool:
        """'The New India that Modi promised', 'the reforms he pledged': a relative clause whose
        head noun is what was promised recalls a promise, it does not make one."""
        if trigger.i != clause.i or clause.dep_ != "relcl" or not syntax.is_noun(clause.head):
            return False
        if any(c.dep_ in ("xcomp", "ccomp") for c in clause.children):
            return False  # "the minister who promised to resign": the promise is the clause's own
        subj, passive = syntax.subject_of(clause)
        return subj is not None and not passive and subj.tag_ not in WH_TAGS

    def risk_warning(self, trigger: Token, hostile: Callable[[Token], bool]) -> bool:
        """'The senator warned of tough decisions', 'lawyers warned of legal risks': a warning of
        a risk, with nobody warned and no force named, is pessimism (012), not a threat."""
        if trigger.lemma_.lower() not in self.cues["warning"]:
            return False
        risk = False
        for c in trigger.children:
            if c.dep_ not in CONTENT_DEPS:
                continue
            for tok in c.subtree:
                if hostile(tok) and tok.lemma_.lower() not in self.cues["warning"]:
                    return False
                if tok.lemma_.lower() in self.cues["risk"]:
                    risk = True
        return risk

    def _worked_on(self, trigger: Token, kind: str) -> bool:
        """Whether the trigger noun, or what the trigger verb acts on (its object, an "of"
        phrase, their modifiers and infinitives: "plans to build homes"), is a word of `kind`."""
        words = self.cues[kind]
        if trigger.lemma_.lower() in words and syntax.is_noun(trigger):
            return True
        objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        for o in objs:
            if o.lemma_.lower() in words:
                return True
            for m in o.children:
                if m.dep_ in ("compound", "amod", "acl", "relcl") and m.lemma_.lower() in words:
                    return True
                if m.dep_ == "prep" and m.lower_ == "of" and any(g.lemma_.lower() in words for g in m.children):
                    return True  # "the construction of homes"
        return False

    def _armed(self, sources: list[Actor]) -> bool:
        return any(ARMED_SECTORS & set(a.sectors or (a.sector,)) for a in sources)

    def bombing(self, clause: Token, sources: list[Actor]) -> bool:
        """'A car bomb struck rebels', 'killed by a roadside bomb', 'died in a blast': a bomb as
        the doer is unconventional violence (183); armed forces' bombs stay military."""
        if any(MILITARY_SECTORS & set(a.sectors or (a.sector,)) for a in sources):
            return False
        words = self.cues["bomb"]
        subj, passive = syntax.subject_of(clause)
        if subj is not None and not passive and subj.lemma_.lower() in words:
            return True
        return any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in") and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in words or any(
                m.dep_ == "compound" and m.lemma_.lower() in words for m in o.children))
            for o in c.children) for c in clause.children)

    def polled(self, clause: Token, say: Token | None) -> bool:
        """'Most Americans say they want X', 'the majority of Germans want Merkel to stay',
        'sixty percent of Britons want a vote': what a share of a public holds is a poll."""
        verbs = [clause]
        while len(verbs) < 4 and verbs[-1].dep_ in ("xcomp", "ccomp", "conj") and verbs[-1].head.i != verbs[-1].i:
            verbs.append(verbs[-1].head)  # "most voters say they want X to call ..."
        for verb in (*verbs, say):
            if verb is None:
                continue
            subj, passive = syntax.subject_of(verb)
            if subj is None or passive:
                continue
            if subj.lemma_.lower() in self.cues["poll"] or any(
                    c.dep_ in ("amod", "det", "compound") and c.lower_ in self.cues["poll"] for c in subj.children):
                return True
        return False
