"""From one parsed sentence to coded acts: triggers, modality, source and target.

One act per asserted trigger (a trigger inside the complement of another trigger -- "urged X to
release", "accused X of attacking" -- is part of the outer act, not an act of its own), one
record per source-target pair.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..record import Actor
from . import doers, syntax
from .arguments import ActorLookup, Arguments
from .assertion import Assertion
from .dedupe import dedupe
from .framing import (
    BARE_WARNING,
    HOSTILE_WARNING_ROOTS,
    PESSIMISM,
    UNSPECIFIED,
    VIOLENT_ROOTS,
    Figures,
    addressed,
    crime_code,
    foreign_warning,
    habitual,
    historic,
    hoped_doer,
    partnerless,
    political_content,
    predicted,
    priced_warning,
    rehearsed,
    unexplained_injury,
    unforced_resignation,
)
from .lexicon import Entry, Lexicon, hash_set
from .modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    INTENT,
    REFUSAL,
    THREAT,
    Modality,
    classify,
    condition_clause,
    nominal_modality,
)
from .pairs import (
    SPORT_KEPT_ROOTS,
    VERBAL_ATTACK_CODE,
    distinct,
    inside_sport,
    nation_as_state,
    pair_code_for,
    same,
)
from .paths import adjunct_clause, argument_noun, content_path, governors
from .speech import (
    CUE_WORDS_KEY,
    MODAL_OBLIGATION,
    OBLIGATION,
    OBLIGATION_WORDS_KEY,
    SpeechActs,
)
from .triggers import (
    Match,
    find_matches,
    holding_entry,
    indices_with,
    occurs,
)

# Roots that need no source to be worth a record: material conflict is often reported in the
# passive without its agent ("five activists were arrested").
SOURCELESS_ROOTS = frozenset(("17", "18", "19", "20"))
# Acts whose announcement is a threat (see reframe.tsv, frame "threat").
HOSTILE_ROOTS = frozenset(("15", "16", "17", "18", "19", "20"))
# Unspecified codes of the families whose subcode is the object class of what they govern
# (README: object classes), and the reframe.tsv frame that maps that act to the subcode.
GENERIC_FRAMES = {"020": "appeal", "030": "intent", "100": "demand", "120": "refuse"}
# what a generic appeal, intent, demand or refusal needs to be about something
BARE_VERB_ARGS = frozenset(("dobj", "xcomp", "ccomp", "prep", "dative", "nsubjpass", "advcl", "oprd"))
COOPERATIVE_ROOTS = frozenset(("04", "05", "06", "07", "08"))
# Demands, criticism and rejections: a bare intent (030) to do one of them is no event.
VERBAL_CONFLICT_ROOTS = frozenset(("10", "11", "12"))
GENERIC_INTENT = "030"
# People whose fate a comment may be about, not an act of theirs it hopes for or fears.
PUBLIC_SECTORS = frozenset(("CVL", "REF", "LAB", "HLH", "EDU", "AGR"))
# Intents, refusals and threats: with no partner of their own, aimed where the act they name is.
CONTENT_TARGET_ROOTS = frozenset(("03", "12", "13"))
# A protest names whom it is aimed at by the claim it is made with: "protested, [demanding] the
# government's resignation", "gathered to [denounce] X". Claims only: "protested the killing of
# X" is not aimed at X.
PROTEST_ROOT = "14"
CLAIM_ROOTS = frozenset(("02", "10", "11", "12"))
# Mutual acts that happen when named as a bare noun between sides: talks and fighting ("clashes
# between X and Y"); cooperation or relations between them may be a standing state.
MUTUAL_NOMINAL_ROOTS = frozenset(("04", "19"))
# A gerund in a noun's place ("[fighting] between X and Y erupted").
NOUN_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj"))
# The forces a crowd clashes with: the target of its violent protest, not protesters themselves.
GUARD_SECTORS = frozenset(("COP", "MIL"))
# An attempt at force is the act ("tried to hack X", "attempted to storm the base": PLOVER
# counts attempted assaults) when a named actor made it, not where the code names an outcome
# ("tried to ban / arrest / expel / quell" banned, arrested, expelled, quelled nobody: 171-175).
# Other attempts are not done.
ATTEMPTED_CODES = ("170", "18", "19", "20")
EMBEDDING_DEPS = frozenset(("xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "advcl", "oprd"))


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


class SentenceCoder(SpeechActs):
    def __init__(self, lexicon: Lexicon, partitives: frozenset[str]):
        self.lex = lexicon
        self.partitives = partitives
        self.args = Arguments(lexicon, partitives)
        self.figures = Figures.load()  # non-literal readings of triggers (figurative.tsv)
        self.assertion = Assertion(lexicon.say_verbs, causes=lexicon.natural_causes)  # asserted news acts (assertion.tsv)
        self._obligation_hashes = hash_set(MODAL_OBLIGATION)
        self._cue_hashes = hash_set(lexicon.accusation_cues)

    def code(self, sent: Span, actors: ActorLookup) -> list[Act]:
        matches = find_matches(sent, self.lex, self.partitives)
        cut = self.lex.boilerplate_at(sent.text) if matches else None
        if cut is not None:
            # "READ MORE: <another story's headline>", a share bar: what follows is not this
            # story's news (the teaser often swallows the next sentence as well)
            matches = [m for m in matches if m.trigger.idx - sent.start_char < cut]
        clauses = {m.clause.i for m in matches} | {m.trigger.i for m in matches}
        acts: list[Act] = []
        # "vowed to destroy X", "promised to retaliate": an intention to do a hostile act is a
        # threat of that act, not an intent to cooperate
        threats: dict[int, Match] = {}
        # "pledged to pressure X", "vowed to oppose": a bare intention to demand, criticise or reject
        # is no intent to cooperate (and CAMEO has no threat of words)
        pressed: set[int] = set()
        # "agreed to re-open its borders to peacekeepers", "urged X to allow access": a generic
        # appeal, intent, demand or refusal takes its subcode from the cooperative act it governs
        governed: dict[int, Match] = {}
        # the first act each outer act has as its content, whatever its root: where an intent,
        # refusal or threat that names no partner is aimed ("agreed to lift sanctions [on] X")
        contents: dict[int, Match] = {}
        embeddings = []  # each match's `_embedding`, asked again below
        claims: dict[int, Match] = {}  # the claim a participle or infinitive of purpose makes
        for m in matches:
            if (m.entry.cameo[:2] in CLAIM_ROOTS and m.entry.pos == "V" and m.clause.dep_ in ("advcl", "xcomp")
                    and m.clause.head.i in clauses):
                claims.setdefault(m.clause.head.i, m)
            outer = self._embedding(m, clauses)
            embeddings.append(outer)
            if outer is not None and not content_path(m.clause, outer):
                outer = None  # an adjunct ("called X confused after [meeting] Y") is not the content
            if outer is not None and (m.entry.pos == "V" or argument_noun(m.trigger, outer)):
                contents.setdefault(outer, m)
            if (outer is not None and m.entry.cameo[:2] in HOSTILE_ROOTS and m.entry.pos == "V"
                    and self.figures.reading(m.trigger, m.clause, m.entry.cameo, [], []) is not None):
                # a hostile verb it governs ("vowed to [destroy]"), not a noun in an adjunct
                # ("offered to negotiate following the [invasions]")
                threats.setdefault(outer, m)
            elif outer is not None and m.entry.cameo[:2] in VERBAL_CONFLICT_ROOTS and m.entry.pos == "V":
                pressed.add(outer)
            elif (outer is not None and m.entry.cameo[:2] in COOPERATIVE_ROOTS
                  and (m.entry.pos == "V" or argument_noun(m.trigger, outer))):
                # a verb it governs, or a noun it takes ("agreed to an extension of the mandate"),
                # not a noun in an adjunct ("demanded ... in response to the evacuation")
                governed.setdefault(outer, m)
        matched = {m.trigger.i for m in matches}
        for m, embedding in zip(matches, embeddings):
            if embedding is not None and doers.adjunct_prep(m, self.partitives) is None and not doers.protesting(m):
                # an adjunct consultation ("during talks with Y, X urged ...") and a participle of
                # protest ("dispersed students protesting ...") are acts of their own
                continue
            if m.entry.cameo == GENERIC_INTENT and m.clause.i in pressed and m.clause.i not in threats \
                    and m.clause.i not in governed:
                continue
            inner = threats.get(m.clause.i)
            code = None
            if inner is not None and m.entry.cameo[:2] == "03":
                code = self.lex.reframed("threat", inner.entry.cameo)
            elif m.entry.cameo in GENERIC_FRAMES and m.clause.i in governed:
                inner = governed[m.clause.i]
                code = self.lex.reframed(GENERIC_FRAMES[m.entry.cameo], inner.entry.cameo)
            asked = m.entry.cameo in ("020", "100")  # asking someone to act: the doer is the target
            if code is not None:
                m = Match(replace(m.entry, cameo=code), m.trigger, m.clause, m.light)
            # when the outer act names no target: the inner act's target ("vowed to keep fighting
            # [the government]"), or for an appeal or demand its doer ("demanded that [the US]
            # cancel the sale")
            content = contents.get(m.clause.i) if m.entry.cameo[:2] in CONTENT_TARGET_ROOTS else None
            if m.entry.cameo[:2] == PROTEST_ROOT:
                content = claims.get(m.clause.i)
            if content is not None and m.entry.cameo[:2] == "12" and not _infinitive_of(content, m.clause):
                content = None  # "rejected [the inquiries] into Russia" is aimed at who made them
            acts.extend(self._code_match(m, sent, actors, inner if code is not None else None, asked,
                                         matched, content))
        # The sets below are read only in a sentence with an accusation cue or a modal of
        # obligation (screened on arrays): most have neither, and skip building them.
        if indices_with(sent, self._cue_hashes, CUE_WORDS_KEY):
            coded = {a.trigger.i for a in acts} | {a.clause.i for a in acts}
            # a wish or a figure of speech ("he wanted X to ...") is no act, nor an accusation
            coded |= {m.clause.i for m in matches
                      if self.figures.reading(m.trigger, m.clause, m.entry.cameo, [], []) is None}
            acts.extend(self._speech_accusations(sent, actors, coded))
        if indices_with(sent, self._obligation_hashes, OBLIGATION_WORDS_KEY):
            covered = clauses | {a.trigger.i for a in acts} | {a.clause.i for a in acts}
            # the statements an inner act was coded in (a matched act that codes nothing -- "must
            # ensure security to allow [supplies] ..." -- leaves the obligation to be coded)
            covered |= {g.i for a in acts for g in governors(a.trigger)}
            acts.extend(self._bare_obligations(sent, actors, covered))
        if cut is None and acts and not matches:  # with matches, the teaser was looked for above
            cut = self.lex.boilerplate_at(sent.text)
        if cut is not None:  # acts read from the speech around a teaser, too
            acts = [a for a in acts if a.trigger.idx - sent.start_char < cut]
        return dedupe(acts)

    # -- one trigger -----------------------------------------------------------------------
    def _code_match(self, m: Match, sent: Span, actors: ActorLookup, inner: Match | None = None,
                    asked: bool = False, matched: set[int] | None = None,
                    content: Match | None = None) -> list[Act]:
        entry = m.entry
        allow = next((vals for key, vals in entry.conditions if key == "aux"), frozenset())
        mod = classify(m.clause, sent, self.lex, allow_aux=allow)
        attempted = (mod.kind == INTENT and mod.marker in self.lex.marker("attempt")
                     and entry.cameo.startswith(ATTEMPTED_CODES))
        if attempted:
            mod = Modality(ASSERTED, mod.marker)  # "tried to storm the base": the attack was made
        if entry.pos == "N" and mod.kind == ASSERTED:
            mod = nominal_modality(m.trigger, self.lex) or mod  # "a planned visit", "calls for talks"
        if mod.kind == HYPOTHETICAL and mod.marker in OBLIGATION:
            return self._exhortation(m, mod, sent, actors)
        code = self._recode(entry.cameo, mod)
        if code is None or unforced_resignation(entry.cameo, m.trigger, sent, self.lex.marker("resignation"),
                                                self.lex.marker("pressure"), self.lex.marker("leader")):
            return []  # not asserted; a routine resignation or hand-over of office
        if code[:2] in VIOLENT_ROOTS and rehearsed(m.trigger, m.clause, self.lex.marker("rehearsal")):
            return []  # "a simulated attack", "jets notionally bombed the fleet": an exercise
        if habitual(m.trigger, m.clause, code, self.lex.document_nouns, self.lex.marker("stance")):
            return []  # "a group that helps survivors", "a history of jailing journalists": no act
        if historic(m.clause, self.lex.marker("era")):
            return []  # "during World War II, Japanese planes bombed ...": history, not news
        speaker = self.args.speaker(m.clause, sent, actors)
        if mod.kind == THREAT and speaker is None and self.say_head(m.clause) is None:
            return []  # "if the allegations are true, he would violate ...": a condition nobody states
        sources, targets = self.args.arguments(m, actors, speaker)
        if not sources and not targets and self.lex.is_reciprocal(entry.cameo, m.trigger.lemma_.lower()):
            sources = self._between_sides(m, actors, speaker)  # "fighting between X and Y erupted"
        if code[:2] in doers.CUSTODY_ROOTS and not (sources and targets):
            doer, victim = doers.private_sides(m, actors, bool(targets))  # "[Khalid Masood] stabbed an officer"
            sources, targets = sources or doer, targets or victim
        if foreign_warning(code, m.clause, sources, lambda tok: actors.resolve(tok, speaker), self._hostile):
            code = PESSIMISM  # "warned that the PVV could still win": a pessimistic comment
        elif (payer := priced_warning(code, m.clause)) is not None:
            code = BARE_WARNING  # "warned that the US would face consequences": a threat to the US
            targets = targets or [t for t in actors.resolve(payer, speaker)
                                  if all(distinct(s_, t) for s_ in sources)]
        elif not targets and (hoped := hoped_doer(code, m.trigger)) is not None:
            # "expressed hope that [Saudi Arabia] would promote ...", "warned that [Turkey's]
            # approach is problematic": a state's or an organisation's act or thing, not the fate
            # of people ("warned that children are suffering")
            owners = [c for c in hoped.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            found = actors.resolve(hoped, speaker) or [a for c in owners for a in actors.resolve(c, speaker)]
            targets = [t for t in found if t.country and t.sector not in PUBLIC_SECTORS
                       and all(distinct(s_, t) for s_ in sources)]
        # doers the argument finder does not look for (doers.py): "the withdrawal [of X troops]",
        # "[demonstrators] protesting", "[X] said during talks with Y", "came under fire [from Y]"
        adjunct = False  # the doer is the subject of the clause the event noun is an adjunct of
        if not sources:
            sources = doers.of_doers(m, self.lex, self.args, actors, speaker)
        if not sources and doers.protesting(m):
            sources = self.args.resolve(m.clause.head, actors, speaker)
        if not sources and not m.light and entry.pos == "N":
            sources = doers.adjunct_doers(m, self.partitives, self.args, actors, speaker)
            # a fight needs its other side named ("after fighting with Y"): forces that "suffered
            # casualties in years of fighting" did not fight each other
            adjunct = bool(sources) and (entry.cameo[:2] != "19" or bool(targets))
        custody = False  # the doer holds the victim: "tortured in X custody"
        if not sources and code[:2] in doers.CUSTODY_ROOTS and "converse" not in entry.flags:
            sources, victims = doers.custody_doers(m, self.args, actors, speaker)
            targets = targets or victims
            custody = bool(sources) and bool(targets)
        if not self.args.mutual_object(m):  # "X and Y accused each other": each the other's target
            targets = [t for t in targets if all(distinct(s_, t) for s_ in sources)]
        if "converse" in entry.flags:
            # "X came under criticism from Y": Y did it to X; no Y, no event
            sources, targets = doers.converse_doers(m.trigger, self.args, actors, speaker), sources
            if not sources:
                return []
        if attempted and not sources:
            return []  # "an attempt to push back X": an attempt nobody is named making
        if doers.occurred(m, self.lex) and (not sources or (mod.kind != ASSERTED and occurs(m.clause, self.lex))):
            # "fighting continued": an event noun that took place, but nobody named; "the visit
            # will take place": a schedule, not an act or an announced intent
            return []
        if (partnerless(code, sources, targets) or partnerless(entry.cameo, sources, targets)) and inner is None:
            return []  # "Trump discussed the leaks": a consultation names whom
        if mod.kind == FUTURE and predicted(sources, self._reporters(m.clause, speaker, actors)):
            return []  # "analysts say the EU will grant ...": a prediction, not the actor's intent
        if not targets and (inner is not None or content is not None):
            # "agreed to lift sanctions [on Iran]", "threatened to break off relations [with
            # Congo]": an act that names no partner is aimed where the act it names is
            if inner is not None and asked and inner.entry.pos == "V":
                top = inner.clause  # the clause right under the appeal: "demanded that [the US cancel] ..."
                for _ in range(6):
                    if top.head.i == top.i or top.head.i == m.clause.i:
                        break
                    top = top.head
                doer, passive = syntax.subject_of(top)
                found = self.args.resolve(doer, actors, speaker) if doer is not None and not passive else []
            else:
                found = self.args.target(inner if inner is not None else content, actors, speaker)
            targets = [t for t in found if all(distinct(s_, t) for s_ in sources)]
        if (entry.cameo in GENERIC_FRAMES and not entry.conditions and inner is None and not targets
                and entry.pos == "V" and not any(c.dep_ in BARE_VERB_ARGS for c in m.trigger.children)):
            return []  # "he refused.": nothing asked, offered or refused is named
        if (code in UNSPECIFIED and not addressed(targets) and not political_content(
                m.trigger, matched or set(), self.lex.political_content,
                lambda tok: actors.resolve(tok, speaker))):
            return []  # "urged supporters to worry", "pushing for technical standards": nothing political
        if mod.kind == THREAT and not targets:
            cond = condition_clause(m.clause, self.lex) or _condition_upwards(m.clause, self.lex)
            if cond is not None:
                subj, _ = syntax.subject_of(cond)
                if subj is not None:
                    targets = actors.resolve(subj, speaker)
        # sources and targets are final here: a bare nominal event that cannot name both sides
        # (the last check below) is dropped before the checks of its code, unless it may be an
        # allegation (`_allegation` looks only at a clause that is a complement or conjunct)
        if self._unpaired_nominal(m, sources, targets, adjunct or custody, code) and (
                m.clause.head.i == m.clause.i or m.clause.dep_ not in ("ccomp", "conj")):
            return []
        if not sources and code[:2] in SOURCELESS_ROOTS and self._natural_cause(m.clause):
            return []  # "tornadoes injured locals", "killed in a crash": no act, no event
        if (code[:2] in ("18", "19") and m.clause.dep_ == "acl"
                and m.clause.head.lemma_.lower() in self.lex.document_nouns):
            code = VERBAL_ATTACK_CODE  # "comments attacking Islam", "a statement attacking the court"
        figured = self.figures.reading(m.trigger, m.clause, code, sources, targets)
        if figured is None:
            return []  # "a diplomatic battle", "killed the bill", "wants a deal": not the act
        if figured[:2] == "11" != code[:2] and not targets and entry.pos == "V":
            # read as an accusation ("he charged that [the ministry] had hidden ..."): aimed at
            # its content's subject, as a criticism verb is
            targets = self.args.content_subject(m.clause, actors, speaker)
        code = figured
        code = self.assertion.review(code, m.trigger, m.clause, mod.kind, mod.marker, sources, targets,
                                     self.say_head(m.clause), speaker,
                                     lambda: self._reporters(m.clause, speaker, actors), self._hostile,
                                     getattr(actors, "date", None), entry.cameo)
        if code is None:
            return []  # a recalled quotation, a prediction, a commentator's reading (assertion.py)
        if code[:2] == "13" and any((r := self.figures.reading(c, c, "190", [], [])) is None or r[:2] not in FORCE_READINGS
                                    for c in m.trigger.children if c.dep_ == "xcomp"):
            return []  # "vowed to fight corruption / the order in court": no force threatened
        if code[:2] in SOURCELESS_ROOTS and unexplained_injury(m.trigger, sources, sent, self.lex.marker("injury"),
                                                               self.lex.marker("violence") | self.lex.marker("war_context")):
            return []  # "a passenger was seriously injured": no doer, no violence named
        code = crime_code(code, m.trigger.lemma_.lower(), sources, targets, sent,
                          self.lex.marker("war_context"))  # "a man was shot": 180; police raids: 170
        alleged = self._allegation(m, code, sources, targets, mod, actors)
        if alleged is not None:
            return alleged
        if self._unpaired_nominal(m, sources, targets, adjunct or custody, code):
            return []
        sources = [nation_as_state(a, code[:2]) for a in sources]  # "the Dutch barred ..." is the state
        targets = [nation_as_state(a, code[:2], target=True) for a in targets]
        return self._pairs(code, entry, m, sources, targets, mod)

    def _unpaired_nominal(self, m: Match, sources: list[Actor], targets: list[Actor], placed: bool,
                          code: str) -> bool:
        """A bare nominal event must name both sides inside its own phrase, and be an act, not a
        standing relationship ("the alliance between X and Y": state_noun); `placed`: its doer
        was found around it (an adjunct, a custody). Fighting or talks between several sides
        ("clashes between X and Y killed ...") name both: each side is the other's target."""
        lemma = m.trigger.lemma_.lower()
        mutual = (not targets and len(sources) > 1 and code[:2] in MUTUAL_NOMINAL_ROOTS
                  and self.lex.is_reciprocal(code, lemma) and _went_on(m.trigger, self.lex))
        return not m.light and not placed and m.entry.pos == "N" and (
            not sources or (not targets and not mutual) or lemma in self.lex.marker("state_noun"))

    def _between_sides(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """The sides of a mutual act named by "between" where the argument finder does not look:
        on a gerund used as a noun ("fighting between X and Y erupted") or on the verb saying the
        event took place ("clashes broke out between X and Y")."""
        trig = m.trigger
        holders = []
        if trig.tag_ == "VBG" and trig.dep_ in NOUN_DEPS:
            holders.append(trig)
        if trig.dep_ == "nsubj" and (occurs(trig.head, self.lex) or (
                trig.head.lemma_.lower() in self.lex.marker("outbreak") and any(c.dep_ == "prt" for c in trig.head.children))):
            holders.append(trig.head)
        for holder in holders:
            between = syntax.prep_objects(holder, "between")
            if between:
                both = self.args.resolve(between[0], actors, speaker)
                if len(both) > 1:
                    return both
        return []

    def _hostile(self, tok: Token) -> bool:
        """Whether a word is a trigger of a hostile act (13, 15-20) in the lexicon."""
        pos = "V" if syntax.is_verb(tok) else "N" if tok.pos_ == "NOUN" else None
        entries = self.lex.lookup(pos, tok.lemma_.lower()) if pos else None
        if not entries:
            return False
        if pos == "V":  # a verb as used here: "would take [the town]", not "could take a while"
            entry = holding_entry(tok, pos, self.lex)
            return entry is not None and entry.cameo[:2] in HOSTILE_WARNING_ROOTS
        # a noun counts bare, not through a phrase it needs ("state" only in "state of emergency")
        return any(e.cameo[:2] in HOSTILE_WARNING_ROOTS and not e.conditions for e in entries)

    def _reporters(self, clause: Token, speaker: Actor | None, actors: ActorLookup) -> list[Actor]:
        """Who reports the act: the subject of the verb of saying over it, else the quote's
        speaker; [] when the reporter states it or the speaker names no actor."""
        tok = clause
        for _ in range(4):
            if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "conj", "xcomp", "parataxis"):
                break
            dep, tok = tok.dep_, tok.head
            # a verb coordinated with a statement ("observed ... and will hold") is not its content
            if dep != "conj" and tok.lemma_.lower() in self.lex.say_verbs and syntax.is_verb(tok):
                subj, passive = syntax.subject_of(tok)
                return actors.resolve(subj) if subj is not None and not passive else []
        return [speaker] if speaker is not None else []

    def _natural_cause(self, clause: Token) -> bool:
        """Whether the harm is done by weather, disease or an accident (causes.tsv): the
        subject, the passive agent or an "in"/"by" phrase names such a cause."""
        causes = self.lex.natural_causes
        subj, passive = syntax.subject_of(clause)
        if subj is not None and not passive and subj.lemma_.lower() in causes:
            return True
        for anc in list(clause.ancestors)[:3]:  # "tornadoes touched down, causing damage and injuring"
            if (any(c.dep_ == "nsubj" and c.lemma_.lower() in causes for c in anc.children)
                    or (syntax.is_noun(anc) and anc.lemma_.lower() in causes)):  # "a storm [that] swept ..., killing"
                return True
        for adv in clause.children:  # "killed when a bus [overturned]", "after heavy [rains] struck"
            if adv.dep_ == "advcl" and (adv.lemma_.lower() in causes or any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in causes for c in adv.children)):
                return True
        return any(tok.lemma_.lower() in causes or any(  # "as a bus [overturned]"
                       c.dep_ == "acl" and c.lemma_.lower() in causes for c in tok.children)
                   for prep in ("by", "in", "from", "during", "after", "as")
                   for verb in (clause, *(c for c in clause.children if c.dep_ == "conj"))
                   for tok in syntax.prep_objects(verb, prep))

    def _about_dissent(self, m: Match) -> bool:
        """'Teachers will not end the strike', 'the tribe agreed to call off its protest': acts
        about a group's own protest or strike are political whoever the group is."""
        for tok in m.clause.subtree:
            entries = self.lex.lookup("N", tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
            if entries and any(e.cameo.startswith("14") for e in entries):
                return True
        return False

    def _recode(self, code: str, mod: Modality) -> str | None:
        if mod.kind == ASSERTED:
            return code
        root = code[:2]
        conflictual = root >= "09" and root not in ("09",)
        announced = mod.kind == INTENT and mod.marker in self.lex.marker("announce")
        if mod.kind == INTENT and mod.marker in self.lex.marker("refusal"):
            return self.lex.reframed("refuse", code) if "03" <= root <= "08" else None
        if root == "12" and mod.kind == FUTURE:
            return code  # "said they would refuse visas": a rejection announced is a rejection
        if mod.kind == THREAT or ((mod.kind == FUTURE or announced) and conflictual):
            return code if root == "13" else self.lex.reframed("threat", code)
        if mod.kind == REFUSAL:
            return self.lex.reframed("refuse", code) if "03" <= root <= "08" else None
        if mod.kind == FUTURE and root == "01":
            return None  # "they will grow anxious": a comment foretold is no comment made
        if mod.kind == INTENT and mod.marker in self.lex.marker("attempt"):
            return None  # "attempted to rally support": an attempt at a cooperative act is not the act
        if root == "02":
            return None  # "will seek China's help": an appeal foretold or planned is not made
        if mod.kind in (FUTURE, INTENT) and not conflictual:
            if root in ("01", "03"):
                return code
            return self.lex.reframed("intent", code)
        return None  # negated, hypothetical, belief, condition, question

    def _embedded(self, m: Match, clauses: set[int]) -> bool:
        """True when the act is the content of another trigger ('urged X to [release] ...')."""
        return self._embedding(m, clauses) is not None

    @staticmethod
    def _embedding(m: Match, clauses: set[int]) -> int | None:
        """The index of the trigger whose content the act is, if any."""
        tok = m.clause
        for _ in range(6):
            if tok.head.i == tok.i:
                return None
            if tok.dep_ == "conj":
                # a coordinated verb shares the embedding of its first conjunct ("urged X to
                # disavow ... and [forge] ..."), but is no content of that conjunct ("met and
                # agreed"); coordinated participles are acts of their own ("..., killing 17
                # soldiers and [taking] the base")
                tok = tok.head
                if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj"):
                    return None
                continue
            if tok.dep_ not in EMBEDDING_DEPS or (tok.dep_ == "advcl" and tok.tag_ == "VBG") or adjunct_clause(tok):
                return None  # a participle adjunct or a clause of time is an act of its own ("attacked X, [killing] ten")
            tok = tok.head
            if tok.i in clauses:
                return tok.i
        return None

    def _pairs(self, code: str, entry: Entry | None, m: Match, sources: list[Actor], targets: list[Actor],
               mod: Modality) -> list[Act]:
        if not targets and len({s.country or s.code for s in sources}) > 1:
            code = self.lex.reframed("joint", code) or code  # "X and Y held war games": 062
        root = code[:2]
        pairs: list[tuple[Actor | None, Actor | None]] = []
        if targets:
            pairs = [(s, t) for s in (sources or [None]) for t in targets]
        elif len(sources) > 1 and self.lex.is_reciprocal(code, m.trigger.lemma_.lower()):
            pairs = [(s, t) for s in sources for t in sources if s is not t and not same(s, t)]
        elif root == "14" and len(sources) > 1 and _crowd_and_guards(sources):
            # "clashes between riot police and youths": the crowd rioted against the police
            guards = [s for s in sources if s.sector in GUARD_SECTORS]
            pairs = [(s, t) for s in sources if s not in guards for t in guards]
        elif not self.lex.is_dyadic(code):
            pairs = [(s, None) for s in sources]  # an act done to no one named (dyadic.tsv: not one always done to someone)
        out = []
        for s, t in pairs:
            if s is None and root not in SOURCELESS_ROOTS:
                continue
            if s is not None and t is not None and not distinct(s, t):
                continue  # an actor acting on itself is not an event between actors
            if root not in SPORT_KEPT_ROOTS and inside_sport(s, t, self.lex.marker("sport")):
                continue  # "the sports court cut the athlete's ban": sport, not politics
            pair_code = pair_code_for(code, m.trigger.lemma_.lower(), s, t, lambda: self._about_dissent(m))
            if pair_code is None:
                continue
            out.append(Act(pair_code, entry, m.trigger, m.clause, s, t, mod))
        return out


def _crowd_and_guards(sources: list[Actor]) -> bool:
    """Several doers of a protest that are police or troops and others ("riot police and youths")."""
    guards = sum(s.sector in GUARD_SECTORS for s in sources)
    return 0 < guards < len(sources)


def _went_on(noun: Token, lex: Lexicon) -> bool:
    """An event noun that is the subject of what it did or how it went ("clashes between X and Y
    killed 20", "talks between X and Y focused on Syria"), not one talked about ("an opportunity
    for talks between X and Y", "reviving talks", "a battle between good and evil"), nor talks
    that stopped ("negotiations between X and Y broke down": no negotiation is the news)."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i == noun.i or not noun.head.tag_.startswith("VB"):
        return False  # "made reviving talks between X and Y a priority": a small clause, no verb
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in lex.marker("halt") or (lemma == "break" and any(c.lower_ == "down" for c in verb.children)):
        return False  # how talks stop (modality.tsv): "collapsed", "broke down"
    halts = lex.marker("halt_object")
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in halts for c in verb.children)



# Readings of a vowed fight that are force: anything else ("fight the order in court", 110) is no threat.
FORCE_READINGS = frozenset(("18", "19", "20"))


def _condition_upwards(tok: Token, lex: Lexicon) -> Token | None:
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        cond = condition_clause(tok, lex)
        if cond is not None:
            return cond
    return None


def _infinitive_of(m: Match, outer: Token) -> bool:
    """Is the act the infinitive its outer verb takes ("refused [to lift] sanctions on X")?"""
    return m.entry.pos == "V" and m.clause.dep_ == "xcomp" and m.clause.head.i == outer.i


__all__ = ["HYPOTHETICAL", "INTENT", "Act", "SentenceCoder"]
