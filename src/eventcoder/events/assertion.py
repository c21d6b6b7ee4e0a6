"""Whether an act the lexicon found is an asserted news act of its root (docs/coding-rules.md,
"fifth precision pass"): recalled quotations, predictions, generic claims of commentary, a
commentator's reading of what an actor wants and acts among scholars and the press are no acts;
warnings of a health danger are pessimistic comments, and an actor's own word that it complied
is a denial of wrongdoing.

Every check runs on one act already found, on the few tokens around its trigger: nothing here
walks a whole sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.attrs import IS_DIGIT
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..record import Actor
from . import syntax
from .assertion_cues import AssertionCues
from .described import (
    ARMED_SECTORS,
    CONTENT_DEPS,
    SIMPLE_PRESENT,
    WH_TAGS,
    DescribedChecks,
)
from .docparse import ids, kids
from .pairs import own_side
from .triggers import doc_word_ids

PESSIMISM = "012"
# seventh pass: a toll counted in thousands is no act; moods need someone voicing them; bombs
VIOLENCE_ROOTS = frozenset(("17", "18", "19", "20"))
MOOD_CODES = frozenset(("012", "013"))
BOMBING = "183"
PRESS_TRAVEL_ROOTS = frozenset(("03", "04"))
MATERIAL_COOPERATION = "061"
MILITARY_COOPERATION = "062"
JOINT_CODES = frozenset((MATERIAL_COOPERATION, MILITARY_COOPERATION))
DENIAL = "016"
# roots whose acts are material: stated in the simple present by a bare plural they are a generic
# claim ("governments abuse migrants"), not an act that happened
MATERIAL_ROOTS = frozenset(("06", "07", "15", "17", "18", "19", "20"))
# roots a threat is made of; hostile content (force, coercion) in a warning keeps it a threat
FORCE_ROOTS = frozenset(("15", "17", "18", "19", "20"))
# roots of talk and cooperation that scholars and the press do among themselves
CIVIL_TALK_ROOTS = frozenset(("01", "02", "03", "04", "05", "06", "09"))
ACADEMIC_SECTORS = frozenset(("EDU",))
PRESS_SECTORS = frozenset(("MED",))
YIELD_ROOT = "08"
INTENT_ROOTS = frozenset(("03", "13"))
# how far up from an act's clause a recalled-quotation clause may hang
RECALL_DEPTH = 4
# prepositions that date an act ("in June 2014", "during 2009"; not "since 2014": still going on)
DATING_PREPS = frozenset(("in", "during", "on", "throughout"))
DATING_DEPTH = 3
# string ids of the labels and words the walks above compare (docparse.kids)
_DATING_PREP_IDS = ids(*DATING_PREPS)
_PREP, _POBJ, _ADVCL, _ACCORDING = (get_string_id(w) for w in ("prep", "pobj", "advcl", "according"))
_AGO = get_string_id("ago")
_YEARS = frozenset(get_string_id(str(y)) for y in range(1801, 2100))  # what _year_month accepts
_YEARS_KEY = "eventcoder.may_name_year"  # a doc's memo of _may_name_year
# an act dated a year or more before the article is background, not news
PAST_MONTHS = 12
# support given by armed forces to armed forces is military aid, not a verbal endorsement
ENDORSEMENT = "051"
MILITARY_AID = "072"
ACCUSATION = "112"
VERBAL_DEFENCE = "052"
# roots of statements and positions: a stance ("the Australian position encourages X") does not
# make them
STATEMENT_ROOTS = frozenset(("01", "02", "03", "04", "05", "10", "11", "12", "13"))
POSTURE_ROOT = "15"
OPPOSITION_ROOT = "11"
OCCASION_PREPS = frozenset(("at", "during"))
# how a negation on a governing verb reaches an embedded or coordinated act ("did not comment on
# the case or on attacking the judges", "did not say it was attacking")
NEGATION_PATH = frozenset(("conj", "pcomp", "pobj", "prep"))
NEGATION_DEPTH = 4
NEGATED_CC = frozenset(("or", "nor"))
TIME_PREPS = frozenset(("during", "after", "before", "since", "amid", "until", "following"))
REJECT_ROOT = "12"
DECLINE_COMMENT = "011"
HOSTILE_VOW = "130"
INTENT_TO_COOPERATE = "030"
MILITARY_INTENT = "0312"
PROTEST_ROOT = "14"


class Assertion(DescribedChecks):
    """The fifth-pass checks on one found act; `review` returns the act's code, a new code, or
    None when the words are no asserted act."""

    def __init__(self, say_verbs: frozenset[str], cues: AssertionCues | None = None,
                 causes: frozenset[str] = frozenset()):
        self.cues = cues or AssertionCues.load()
        self.say_verbs = say_verbs
        self.causes = causes  # causes.tsv: weather, disease, accidents are no doers

    def review(self, code: str, trigger: Token, clause: Token, mod_kind: str, marker: str | None,
               sources: list[Actor], targets: list[Actor], say: Token | None, speaker: Actor | None,
               reporters: Callable[[], list[Actor]], hostile: Callable[[Token], bool],
               published: dt.date | None = None, entry_code: str = "") -> str | None:
        """`reporters` gives who reports the act (the subject of the verb of saying over it, or
        the quote's speaker), asked only when a check needs it."""
        root = code[:2]
        if self.recalled(clause) or self.subject_act(trigger, clause) or syntax.in_attribution(clause):
            return None
        if self.not_taken(trigger, clause) or self.negated_over(clause, say) or self.natural_doer(clause):
            return None
        if root in INTENT_ROOTS and self.promising_thing(trigger):
            return None  # "the visit promises to be a game-changer": a prospect, no pledge
        if root in VIOLENCE_ROOTS and self.tally(trigger, clause, sources, targets, root):
            return None  # "4,000 people were shot last year", "the war has killed 300,000": a toll
        if code[:3] in MOOD_CODES and say is None and speaker is None and self.writer_mood(trigger):
            return None  # "officials were worried about X": the writer's description, nobody said it
        if root in INTENT_ROOTS and self.promised_thing(trigger, clause):
            return None  # "the New India that Modi promised": a promise recalled, no new pledge
        if root == "07" and self.game_help(trigger):
            return None  # "the coach helped the team win the match": sport, no aid
        if root == PROTEST_ROOT and trigger.lemma_.lower() in self.cues["court_act"] and self.in_court(trigger, sources):
            return None  # "two judges dissented from the ruling": a court opinion, no protest
        if root == YIELD_ROOT and trigger.lemma_.lower() in self.cues["court_act"] and self.in_court(trigger, sources):
            return None  # "the senator's lawyer conceded the point": pleading, no yielding
        if root == REJECT_ROOT and self.withheld(trigger):
            return DECLINE_COMMENT  # "refused to give details": no comment (011), no rejection
        if root == "03" and self.hard_stance(trigger):
            return HOSTILE_VOW  # "vowed a tougher stance against X": hostile, no cooperation
        if root == "05" and self.pledge_reaffirmed(trigger) is not None:
            return self.pledge_reaffirmed(trigger)
        if published is not None and self.dated_past(clause, published, trigger):
            return None
        if code[:3] != ACCUSATION and self.standing_state(clause):
            return None
        if root in INTENT_ROOTS and self.negated_commitment(trigger):
            return None
        if root == "13" and entry_code[:2] == POSTURE_ROOT and not targets:
            return None  # "ready to deploy if needed": a readiness that threatens nobody
        if root in STATEMENT_ROOTS and self.stance_subject(clause):
            return None
        if code == VERBAL_DEFENCE and self.own_record(trigger):
            return None
        if self.predicted(clause, mod_kind, marker, say, speaker) or self.not_done(trigger, clause):
            return None
        if root in INTENT_ROOTS and mod_kind == "intent" and self.opined(clause, say):
            return None
        if root == OPPOSITION_ROOT and self.held(clause):
            return None
        if root == "01" and trigger.i != clause.i and clause.lemma_.lower() in self.cues["concern_cause"] \
                and clause.dep_ == "advcl" and clause.tag_ == "VBG":
            return None  # "arrested journalists, raising concerns": concern caused, not voiced
        if root != "01" and self.generic(clause, mod_kind, root in MATERIAL_ROOTS, root in VIOLENCE_ROOTS):
            return None
        if self.commentators_reading(trigger, clause, say, sources, reporters):
            return None
        if root in STATEMENT_ROOTS and (self._commentator(say) or self._according(clause)):
            return None  # "Russia backs Egypt, said X, a military analyst": the analyst's reading
        if root in CIVIL_TALK_ROOTS and self.among_scholars(clause, sources, targets):
            return None
        if root in PRESS_TRAVEL_ROOTS and sources and all(set(a.sectors or (a.sector,)) & PRESS_SECTORS for a in sources):
            return None  # "the reporter plans to travel to Pyongyang": a journalist's trip, no diplomacy
        if root in STATEMENT_ROOTS and self.polled(clause, say):
            return None  # "most voters want X", "60 percent of Britons want": an opinion poll, no demand
        if root == "13" and self.health_warning(trigger, clause, sources, targets, hostile):
            return PESSIMISM
        if root == YIELD_ROOT and self.own_compliance(trigger, clause, say, sources, reporters):
            return DENIAL
        if root == "13" and not targets and self.risk_warning(trigger, hostile):
            return PESSIMISM  # "warned of tough decisions / legal risks": threatens nobody
        if root in ("18", "19") and code[:3] != BOMBING and self.bombing(clause, sources):
            return BOMBING  # "a car bomb struck soldiers": unconventional violence, no clash
        if code[:3] in JOINT_CODES and self._worked_on(trigger, "joint_work"):
            # "police carried out a joint operation": material (061); armed forces' is military (062)
            return MILITARY_COOPERATION if self._armed(sources) else MATERIAL_COOPERATION
        if code == ENDORSEMENT and trigger.lemma_.lower() in self.cues["approval"] and self._worked_on(trigger, "building"):
            return None  # "approved the building plans": an administrative permit, no endorsement
        if code == ENDORSEMENT and self.armed_support(trigger, sources, targets):
            return MILITARY_AID
        return code

    # -- not asserted -------------------------------------------------------------------------
    def recalled(self, clause: Token) -> bool:
        """'As Churchill once said, Britain will never surrender': the main clause is a quotation
        recalled, not news; so is the recalled saying itself."""
        doc = clause.doc
        tok = clause
        for _ in range(RECALL_DEPTH):
            if self._recall_clause(tok):
                return True
            if any(dep == _ADVCL and self._recall_clause(doc[c]) for c, dep, _ in kids(doc, tok.i)):
                return True
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return False

    def _recall_clause(self, tok: Token) -> bool:
        if tok.dep_ != "advcl" or tok.lemma_.lower() not in self.cues["quote_verb"]:
            return False
        kids = list(tok.children)
        return (any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
                and (tok.lemma_.lower() == "put"
                     or any(c.dep_ == "advmod" and c.lower_ in self.cues["recall"] for c in kids)))

    def not_taken(self, trigger: Token, clause: Token) -> bool:
        """'Instead of detaining them, the police escorted them', 'rather than arresting them':
        the act named as the alternative was not done."""
        for tok in {trigger, clause}:
            head = tok.head
            if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and any(
                    g.lower_ in self.cues["alternative"] for g in c.children) for c in head.children):
                return True  # "were opposed, rather than assisted, by X"
            if tok.dep_ == "pcomp" and head.lower_ in ("of", "than") and (
                    head.head.lower_ in self.cues["alternative"]
                    or any(c.lower_ in self.cues["alternative"] for c in head.children)):
                return True
        return False

    def negated_over(self, clause: Token, say: Token | None) -> bool:
        """'did not comment on the case or on attacking the judges', 'did not say it was
        attacking them': a negation on the verb an act is coordinated with or embedded in covers
        the act too (a negated verb of saying asserts nothing)."""
        if (say is not None and clause.dep_ == "ccomp" and clause.head.i == say.i
                and any(c.dep_ == "neg" for c in say.children)
                and not any(c.tag_ in WH_TAGS for c in clause.children)):  # "never said why they arrested him": done
            return True  # "did not say it was attacking them" (not "will not agree ... and will fight")
        tok = clause
        for _ in range(NEGATION_DEPTH):
            if tok.dep_ not in NEGATION_PATH or tok.head.i == tok.i:
                return False
            if tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS:
                return False  # "not reducing during the ceasefire": the ceasefire is not negated
            if tok.dep_ == "conj" and not any(c.dep_ == "cc" and c.lower_ in NEGATED_CC for c in tok.head.children):
                return False  # "did not arrest them but released them": only "or / nor" share it
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in tok.children):
                return tok.lemma_.lower() not in self.cues["negated_governor"]
        return False

    def natural_doer(self, clause: Token) -> bool:
        """'Snow blocked the roads', 'roads were blocked by snow', 'the storm forced the
        government to cancel flights': weather and other causes are no doers, and an act they
        force is no political act."""
        if not self.causes:
            return False
        tok = clause
        for _ in range(2):
            subj, passive = syntax.subject_of(tok)
            if subj is not None and not passive and subj.lemma_.lower() in self.causes and subj.pos_ != "PROPN":
                return True
            if any(c.dep_ == "agent" and any(o.lemma_.lower() in self.causes for o in c.children)
                   for c in tok.children):
                return True
            if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def promising_thing(self, trigger: Token) -> bool:
        """'The new plan promises to boost trade', 'the visit promises to be a game-changer':
        a thing that promises holds out a prospect; only actors pledge."""
        if trigger.lemma_.lower() not in self.cues["promise_verb"]:
            return False
        subj, passive = syntax.subject_of(trigger)
        return subj is not None and not passive and subj.lemma_.lower() in self.cues["promising_thing"]

    def game_help(self, trigger: Token) -> bool:
        """'helped the team win the match', 'helped them to the title': help in a game."""
        if trigger.lemma_.lower() != "help":
            return False
        return any(t.lemma_.lower() in self.cues["game"] for c in trigger.children
                   if c.dep_ in ("xcomp", "ccomp", "prep", "dobj") for t in c.subtree)

    def in_court(self, trigger: Token, sources: list[Actor]) -> bool:
        """A judge's dissent, a lawyer's concession: what judges and counsel do in a hearing."""
        if any(c.dep_ == "dobj" and c.lemma_.lower() in ("point", "argument") for c in trigger.children):
            return True
        words = self.cues["court_role"]
        subj, _ = syntax.subject_of(trigger)
        if subj is not None and (subj.lemma_.lower() in words or any(
                c.dep_ in ("poss", "compound") and c.lemma_.lower() in words for c in subj.children)):
            return True
        return any(w in words for a in sources for w in a.text.lower().split())

    def withheld(self, trigger: Token) -> bool:
        """'refused to give details of the talks', 'declined to provide information'."""
        if trigger.lemma_.lower() not in self.cues["refusal"]:
            return False
        return any(x.dep_ == "xcomp" and x.lemma_.lower() in self.cues["giving"] and any(o.dep_ == "dobj" and o.lemma_.lower() in self.cues["withheld"]
                                             for o in x.children) for x in trigger.children)

    def hard_stance(self, trigger: Token) -> bool:
        """'vowed a tougher stance against the US': a vow of hardness, not of cooperation."""
        if trigger.lemma_.lower() not in self.cues["commitment"]:
            return False
        return any(o.dep_ == "dobj" and any(m.dep_ == "amod" and m.lemma_.lower() in self.cues["hard_stance"]
                                            for m in o.children) for o in trigger.children)

    def pledge_reaffirmed(self, trigger: Token) -> str | None:
        """'reaffirmed its defence commitment to Japan': a commitment renewed is an intent (03),
        military by its words (0312), not praise."""
        for o in trigger.children:
            if o.dep_ == "dobj" and o.lemma_.lower() in self.cues["pledge_noun"]:
                mods = {m.lemma_.lower() for m in o.children if m.dep_ in ("amod", "compound")}
                return MILITARY_INTENT if mods & self.cues["defence_word"] else INTENT_TO_COOPERATE
        return None

    def predicted(self, clause: Token, mod_kind: str, marker: str | None, say: Token | None,
                  speaker: Actor | None) -> bool:
        """'He'll offer Iraq help', 'the minister will offer new loans': a future act nobody
        announces and no date schedules is the writer's prediction, not an intent; 'X said it
        will ...', a quote's speaker, 'X will visit Y next week' or 'intends to' stay intents."""
        if mod_kind != "future" or marker not in ("will", "'ll", "going", "shall"):
            return False
        if say is not None or speaker is not None:
            return False
        head = clause
        for _ in range(RECALL_DEPTH):  # a statement higher up: "X said in a statement it will ..."
            if head.lemma_.lower() in self.say_verbs and head.i != clause.i:
                return False
            if head.head.i == head.i:
                break
            head = head.head
        if any(c.dep_ == "prep" and c.lower_ in OCCASION_PREPS for c in clause.children):
            return False  # "at the centenary celebrations, X will meet Y": an occasion scheduled
        for tok in clause.subtree:
            if tok.lower_ in self.cues["schedule"] or tok.lemma_.lower() in self.cues["schedule"]:
                return False
            if tok.lower_ == "according" or (tok.like_num and len(tok.text) == 4):
                return False
        return True

    def generic(self, clause: Token, mod_kind: str, material: bool, forceful: bool = False) -> bool:
        """'Governments across the region abuse migrants', 'police torture detainees': a material
        act in the simple present with a bare plural doer is a general claim, not an act; a
        dated one ('police arrest five on Monday') is a headline and stays. 'Many Americans
        support Trump', 'some states oppose the plan': a quantified doer holds a position,
        whatever the act (a comment, 01, is still voiced: "many leaders are uneasy")."""
        if mod_kind != "asserted" or clause.tag_ not in SIMPLE_PRESENT or clause.dep_ == "relcl":
            return False
        root = clause
        while root.head.i != root.i:
            root = root.head
        last = root.right_edge  # the sentence's last word, without building the sentence span
        if not (last.is_punct and last.text in (".", "!", "\"", "'", "\u201d")):
            return False  # a headline ("US, allies launch war games near Iran") states news
        if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            return False
        subj, passive = syntax.subject_of(clause)
        if forceful and subj is not None and not passive and subj.tag_ not in ("NNS", "NNPS", "PRP"):
            # "the regime tortures and kills its opponents": what a doer does, not an act done
            return not any(tok.lower_ in self.cues["schedule"] or tok.like_num for tok in clause.subtree)
        if subj is None or passive or subj.tag_ not in ("NNS", "NNPS"):
            return False
        dets = [c for c in subj.children if c.dep_ in ("det", "predet", "poss", "nummod", "amod")
                and (c.dep_ != "amod" or c.lower_ in self.cues["generic_det"])]
        if dets:
            return all(c.lower_ in self.cues["generic_det"] for c in dets)
        if not material:
            return False
        for tok in clause.subtree:
            if tok.lower_ in self.cues["schedule"] or tok.like_num:
                return False
        return True

    def not_done(self, trigger: Token, clause: Token) -> bool:
        """'China has done little to help', 'an operation to disrupt the election': an act
        nothing was done for, or the purpose of a noun, is not done ('the first country to
        recognise X' is)."""
        head = trigger.head
        if head.lemma_.lower() in self.cues["nothing_done"] and head.head.lemma_.lower() == "do":
            return True
        return (trigger.i == clause.i and trigger.dep_ == "acl" and syntax.is_noun(trigger.head)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
                and trigger.head.lemma_.lower() not in self.cues["attempt_noun"]  # "an attempt to assassinate X": 185
                and not any(c.lower_ in self.cues["rank"] for c in trigger.head.children))

    def opined(self, clause: Token, say: Token | None) -> bool:
        """'Nunes insisted that the US should be prepared to strike': a modal over the word of
        readiness or intent is someone's opinion of what should be done, not an announcement."""
        tok = clause
        for _ in range(3):
            if tok.head.i == tok.i or (say is not None and tok.head.i == say.i):
                return False
            tok = tok.head
            if any(c.dep_ == "aux" and c.lower_ in self.cues["opinion_modal"] for c in tok.children):
                return True
        return False

    def held(self, clause: Token) -> bool:
        """'Merkel had for years opposed the idea': opposition for years is a position held, not
        an act (support for years stays: "Iran has backed the Houthis for years")."""
        return any(p.dep_ == "prep" and p.lower_ == "for" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in self.cues["duration"] for o in p.children) for p in clause.children)

    def stance_subject(self, clause: Token) -> bool:
        """'The Australian position encourages Israel's breaches': a stance or policy as the doer
        of a statement is commentary on it, not an act of the state."""
        subj, passive = syntax.subject_of(clause)
        return subj is not None and not passive and subj.lemma_.lower() in self.cues["stance_subject"]

    def own_record(self, trigger: Token) -> bool:
        """'Trump defended his record': defending one's own record or decision is no verbal
        defence of another actor (052)."""
        objs = [c for c in trigger.children if c.dep_ == "dobj"]
        objs += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "by"  # "stood by his tweet"
                 for o in p.children if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in self.cues["own_record"]
                   and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in o.children) for o in objs)

    def subject_act(self, trigger: Token, clause: Token) -> bool:
        """'Trump releasing his tax returns was a no brainer', 'that Iran attacked would be a
        disaster': an act that is the subject of a judgement is talked about, not done. A gerund
        naming its sides as a noun does ("fighting between X and Y erupted") is the event noun."""
        return trigger.i == clause.i and (
            trigger.dep_ in ("csubj", "csubjpass")
            or (trigger.tag_ == "VBG" and trigger.dep_ in ("nsubj", "nsubjpass")
                and not any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children)))

    def dated_past(self, clause: Token, published: dt.date, trigger: Token | None = None) -> bool:
        """'In 2012, Australia refused to recognise ...', 'was sentenced in 1978', 'his visit
        three years ago': an act dated a year or more before the article is background, not
        news ('since 2014' still goes on)."""
        # the act's clause, its trigger, and the verb an event noun is the object of
        near = (clause,) if trigger is None else (clause, trigger, trigger.head)
        for tok in near if _AGO in doc_word_ids(clause.doc) else ():  # most docs have no "ago"
            if any(c.lower_ == "ago" and any(g.lemma_.lower() in self.cues["ago_unit"] for g in c.children)
                   for c in tok.children):
                return True
        if not _may_name_year(clause.doc):
            return False  # no year in the doc (nor a digit _year_month could read as one)
        doc = clause.doc
        tok = clause
        for _ in range(DATING_DEPTH):
            for prep, dep, lower in kids(doc, tok.i):
                if dep != _PREP or lower not in _DATING_PREP_IDS:
                    continue
                for obj, obj_dep, _ in kids(doc, prep):
                    if obj_dep == _POBJ:
                        when = self._year_month(doc[obj])
                        if when is not None and (published.year * 12 + published.month
                                                 - when[0] * 12 - when[1]) >= PAST_MONTHS:
                            return True
            if tok.head.i == tok.i or tok.dep_ in ("conj", "parataxis"):
                break  # a coordinated clause has a time of its own
            tok = tok.head
        return False

    def _year_month(self, obj: Token) -> tuple[int, int] | None:
        """(year, month) of 'June 2014', '2008', 'March 2016' (month 12 when only a year)."""
        word = obj.lower_.rstrip(".")
        month = self.cues.months.get(word)
        # the year itself, or a month with its year; "a 2011 revolt" names an event, no date
        words = [obj] if month is None else [c for c in obj.children if c.dep_ in ("nummod", "npadvmod", "appos")]
        year = next((int(t.text) for t in words if t.text.isdigit() and len(t.text) == 4
                     and 1800 < int(t.text) < 2100), None)
        return None if year is None else (year, month or 12)

    def standing_state(self, clause: Token) -> bool:
        """'an organisation which is banned in Russia', 'the army, which is supported by X': a
        relative clause in the present passive states how things stand, not an act."""
        if clause.dep_ != "relcl" or clause.tag_ != "VBN":
            return False
        kids = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        return bool(kids) and all(c.dep_ == "auxpass" and c.tag_ in SIMPLE_PRESENT for c in kids)

    def negated_commitment(self, trigger: Token) -> bool:
        """'pledged not to protect anyone guilty', 'vowed never to negotiate': a commitment not to
        act is no intent (nor threat) of that act."""
        if trigger.lemma_.lower() not in self.cues["commitment"]:
            return False
        return any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in trigger.children)

    def commentators_reading(self, trigger: Token, clause: Token, say: Token | None,
                             sources: list[Actor], reporters: Callable[[], list[Actor]]) -> bool:
        """'China wants the US to back off, an analyst said': what a commentator, or another
        actor, says an actor wants is their reading, not the actor's statement."""
        wish = trigger.lemma_.lower() in self.cues["desire"]
        if not wish:
            head = clause.head if clause.dep_ in ("xcomp", "ccomp") else None
            wish = head is not None and head.lemma_.lower() in self.cues["desire"]
        if not wish:
            return False
        said_by = reporters()
        if said_by and sources and not any(own_side(r, s) for r in said_by for s in sources):
            return True
        return self._commentator(say) or self._according(clause)

    def _commentator(self, say: Token | None) -> bool:
        if say is None:
            return False
        subj, passive = syntax.subject_of(say)
        if subj is None or passive:
            return False
        reporters = self.cues["reporter"]  # "analysts say", "said X, a Moscow-based analyst"
        return subj.lemma_.lower() in reporters or any(
            c.dep_ == "appos" and c.lemma_.lower() in reporters for c in subj.children)

    def _according(self, clause: Token) -> bool:
        """'..., according to an analyst' on the clause or the statement over it."""
        doc = clause.doc
        tok = clause
        for _ in range(3):
            for prep, _, lower in kids(doc, tok.i):
                if lower == _ACCORDING:
                    return any(o.lemma_.lower() in self.cues["reporter"]
                               for p in doc[prep].children for o in p.children if o.dep_ == "pobj")
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return False

    def among_scholars(self, clause: Token, sources: list[Actor], targets: list[Actor]) -> bool:
        """'Tsinghua University signed an agreement with a German university', 'the editor asked
        a professor': talk and cooperation among schools, scholars and the press, no diplomacy
        (a school named after its country, "the Indian Institute of ...", is still a school)."""
        sides = [*sources, *targets]
        if not sides:
            return False
        subj, passive = syntax.subject_of(clause)
        school = subj is not None and not passive and subj.lemma_.lower() in self.cues["academic"]
        academic = [(school and a in sources) or self._academic(a) for a in sides]
        return all(academic) and not all(a.sector in PRESS_SECTORS for a in sides)

    def _academic(self, a: Actor) -> bool:
        sectors = a.sectors or (a.sector,)
        if any(s in ACADEMIC_SECTORS or s in PRESS_SECTORS for s in sectors if s):
            return True
        return any(w in self.cues["academic"] for w in a.text.lower().split())

    # -- other roots --------------------------------------------------------------------------
    def health_warning(self, trigger: Token, clause: Token, sources: list[Actor], targets: list[Actor],
                       hostile: Callable[[Token], bool]) -> bool:
        """'Health officials warned of the virus', 'the ministry warned the public against
        eating raw meat', 'France warned French citizens against travel to Niger': a warning of
        a health danger, or advice to one's own public, threatens nobody (012)."""
        if trigger.lemma_.lower() not in self.cues["warning"]:
            return False
        health = any("HLH" in (a.sectors or (a.sector,)) or "health" in a.text.lower() for a in sources)
        public = bool(targets) and all(
            t.sector == "CVL" and t.country is not None and any(t.country == s.country for s in sources)
            for t in targets)
        # the press and scholars threaten nobody: their warning is commentary ("the columnist
        # warned Democrats that they would lose")
        commentary = bool(sources) and all(
            set(a.sectors or (a.sector,)) & (PRESS_SECTORS | ACADEMIC_SECTORS) for a in sources)
        if commentary:
            return True  # also "warned that Russia would attack": a prediction, not a threat
        health = health or public
        for c in trigger.children:
            if c.dep_ not in CONTENT_DEPS:
                continue
            for tok in c.subtree:
                if public and tok.lemma_.lower() in self.cues["dissent"]:
                    return False  # "warned protesters against holding rallies": a threat
                if tok.lemma_.lower() in self.cues["health"]:
                    health = True
                elif hostile(tok) and tok.lemma_.lower() not in self.cues["warning"] and tok.lemma_.lower() != "threat":
                    return False  # "warned of attacks on the clinics": still a threat
        return health

    def armed_support(self, trigger: Token, sources: list[Actor], targets: list[Actor]) -> bool:
        """'the army, supported by the Russian air force, retook the town': armed forces back
        armed forces with force, not words (072)."""
        if trigger.lemma_.lower() not in self.cues["support"]:
            return False
        return (any(ARMED_SECTORS & set(a.sectors or (a.sector,)) for a in sources)
                and any(ARMED_SECTORS & set(a.sectors or (a.sector,)) for a in targets))

    def own_compliance(self, trigger: Token, clause: Token, say: Token | None, sources: list[Actor],
                       reporters: Callable[[], list[Actor]]) -> bool:
        """'The ministry said it had complied with the law': the actor's own word that it
        complied is a denial of wrongdoing, not yielding."""
        if trigger.lemma_.lower() not in self.cues["compliance"] or say is None:
            return False
        if not any(o.lemma_.lower() in self.cues["norm"] for p in trigger.children if p.dep_ in ("prep", "agent")
                   for o in p.children if o.dep_ == "pobj"):
            return False  # "complied with a request": yielding to it
        said_by = reporters()
        return not said_by or any(own_side(r, s) for r in said_by for s in sources)


def _may_name_year(doc: Doc) -> bool:
    """Whether some word of the doc may be a year `_year_month` reads: a year's string, or a
    digit string of another script (`int` reads those too). Memoised per doc; the flag array
    keeps it from making a Token per word."""
    found = doc.user_data.get(_YEARS_KEY)
    if found is None:
        found = doc.user_data[_YEARS_KEY] = not _YEARS.isdisjoint(doc_word_ids(doc)) or any(
            not doc[i].text.isascii() for i in doc.to_array(IS_DIGIT).nonzero()[0].tolist())
    return found
