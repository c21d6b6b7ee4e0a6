"""Who did an act and to whom: the source and target actors of a matched trigger, read off its
clause (subject, passive agent, object slots of the lexicon entry), its noun phrase ("U.S.
sanctions", "attacks by rebels") or a document's author ("a letter threatening ...")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.tokens import Span, Token

from ..record import Actor
from . import syntax
from .lexicon import Lexicon
from .lexicon import _rows as read_rows
from .pairs import TOWN_TARGET_ROOTS, distinct, town
from .paths import against_modifier, zero_relative
from .target_paths import TargetPaths
from .targets import BARE_NOUN_RULE, ActorLookup, TargetFinder
from .triggers import Match, effort_head, subject_complements

# Roots of violence, whose doer may be named by the attack it happened in.
VIOLENT_ROOTS = frozenset(("18", "19", "20"))
# Warfare, whose participle on an armed group describes what it is doing ("forces battling
# ISIL"); not assault ("envisage a man beating his wife" describes no act).
WARFARE_ROOTS = frozenset(("19", "20"))
# Participles on a noun whose "by" agent is its doer are modality.tsv `authored` ("an attack
# claimed by X", "the remarks made by X"); these name the doer with another preposition.
DOER_PARTICIPLES = {"blame": "on"}  # "a bombing blamed on X"
# Acts done by states, whose nationality adjective names the state, not its people ("Saudi
# airstrikes", "Russian sanctions"; "Palestinian protests" are the people's).
STATE_ACT_ROOTS = frozenset(("15", "16", "19", "20"))
# Nouns for inhabited places, named by the place they are in ("villages near Aleppo").
PLACE_NOUNS = frozenset(("town", "village", "city", "area", "region", "district", "province", "camp",
                         "neighbourhood", "neighborhood", "suburb", "settlement"))
# Conjunctions that tie harm to the attack it happened in ("killed [when] militants stormed ...").
ATTACK_MARKS = frozenset(("when", "as", "after", "while"))
REPRESSION = "175"  # force against protesters: its doer did the harm ("killed when police crushed ...")
# Verbs whose active use always has an object (a bare one with a subject is a headline passive).
OBJECT_VERBS = Path(__file__).parent / "data" / "object_verbs.tsv"
# Nouns for a private person named by kinship ("the mother of X"): a civilian of X's country.
KIN_NOUNS = Path(__file__).parent / "data" / "kin_nouns.tsv"
CIVILIANS = "CVL"
# Sectors whose crews are their own members, not civilians ("the crew of a Russian warship").
ARMED_CREWS = frozenset(("MIL", "COP"))
# Nouns for what befalls someone ("the treatment of migrants"): their "of" object is no owner.
UNDERGONE_NOUNS = Path(__file__).parent / "data" / "undergone_nouns.tsv"
# Nouns for what a threat says will befall someone ("consequences for X"; targets.py).
CONSEQUENCE_NOUNS = Path(__file__).parent / "data" / "consequence_nouns.tsv"
# Nouns for a state's institutions or property ("the Turkish state", "Russian bases") -> sector.
STATE_NOUNS = Path(__file__).parents[1] / "actors" / "data" / "state_nouns.tsv"
# The rule of a nationality word read as the nation's people ("Turkish" -> TURCVL).
PEOPLE_RULE = "people:"
# The rule mark of an actor whose country was guessed from the article (actors/article_people.py).
CONTEXT_MARK = "+context"
# Verbs of getting in touch whose object is addressed by the infinitive after it, not its doer.
CONTACT_VERBS = Path(__file__).parent / "data" / "contact_verbs.tsv"
# Roots of acts addressed to someone: statements, appeals, praise, demands, criticism, threats.
ADDRESSED_ROOTS = frozenset(("01", "02", "05", "10", "11", "13"))
INVESTIGATE_ROOT = "09"
# Arrests, charges and searches (not thefts or seizures) reported with no agent named: made by
# the police or prosecutors who report them.
REPORTED_ARRESTS = frozenset(("170", "173"))
ARRESTING_SECTORS = frozenset(("COP", "JUD"))
# The question an inquiry asks: "investigating [whether] X colluded", "looking into [if] ...".
QUESTION_MARKS = frozenset(("whether", "if"))
# Dependents that show a verb is not a headline passive: an object, an auxiliary, a complement.
ACTIVE_DEPS = frozenset(("dobj", "obj", "dative", "attr", "oprd", "ccomp", "xcomp", "aux", "auxpass",
                         "nsubjpass", "expl"))


def owned(a: Actor, country: str) -> Actor:
    """A bare group actor moved to the country that owns it ("Israel's [court]")."""
    rest = a.code[len(a.country):] if a.country and a.code.startswith(a.country) else a.code
    return replace(a, code=country + rest, country=country)


def _own_clause_follows(verb: Token) -> bool:
    """"[X killed] and Y wounded": a coordinated verb with a subject of its own follows, so the
    "and" does not join a second verb to share this one's object ("killed and wounded Y")."""
    return any(c.dep_ == "conj" and c.i > verb.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in verb.children)


class Arguments(TargetFinder):
    """Finds the actors of a match; built once per coder with the lexicon and partitive nouns."""

    def __init__(self, lexicon: Lexicon, partitives: frozenset[str]):
        self.lex = lexicon
        self.partitives = partitives
        self.object_verbs = frozenset(r[0].lower() for r in read_rows(OBJECT_VERBS, 1))
        self.kin_nouns = frozenset(r[0].lower() for r in read_rows(KIN_NOUNS, 1))
        self.undergone = frozenset(r[0].lower() for r in read_rows(UNDERGONE_NOUNS, 1))
        self.contact_verbs = frozenset(r[0].lower() for r in read_rows(CONTACT_VERBS, 1))
        self.consequences = frozenset(r[0].lower() for r in read_rows(CONSEQUENCE_NOUNS, 1))
        self.state_nouns = {r[0].lower(): (r[1] if len(r) > 1 else "") for r in read_rows(STATE_NOUNS, 1)}
        self.paths = TargetPaths()

    def arguments(self, m: Match, actors: ActorLookup, speaker: Actor | None):
        clause, trig = m.clause, m.trigger
        sources: list[Actor] = []
        targets: list[Actor] = []
        addressee = None  # "[X] called Y to offer condolences": Y is addressed, X offers
        if m.light or m.entry.pos in ("V", "A"):
            subj, passive = syntax.subject_of(clause)
            if clause.dep_ in ("xcomp", "advcl") and m.entry.cameo[:2] in ADDRESSED_ROOTS \
                    and clause.head.lemma_.lower() in self.contact_verbs:
                addressee = next((c for c in clause.head.children if c.dep_ in syntax.OBJECT_DEPS), None)
                if addressee is not None and subj is not None and subj.i == addressee.i:
                    subj, passive = syntax.subject_of(clause.head)
            speaker_noun = syntax.postposed_report(clause, self.lex.say_verbs)
            if speaker_noun is not None:
                subj, passive = speaker_noun, False  # "..., a rights group protested"
            if passive and "stative" in m.entry.flags:
                # "Poland is opposed to X": the passive subject holds the position
                holder = syntax.passive_target(clause) or next(
                    (g for a in clause.children if a.dep_ in ("aux", "auxpass")
                     for g in a.children if g.dep_ in ("nsubj", "nsubjpass")), None)  # [Poland] is<-opposed
                sources = self.resolve(holder, actors, speaker) if holder is not None else []
            elif passive:
                for agent in syntax.agent_objects(clause) or syntax.shared_agents(clause):
                    # "killed by [Saudi airstrikes]": the doer of the event noun that did it
                    sources = self.doer(agent, actors, speaker) or self._author(agent, actors, speaker)
                    if sources:
                        break
                obj = syntax.passive_target(clause)
                if obj is not None and "dobj" in m.entry.target:
                    targets = self.resolve(obj, actors, speaker)
                if (not sources and targets and m.entry.cameo in REPORTED_ARRESTS and speaker is not None
                        and speaker.sector in ARRESTING_SECTORS and all(distinct(speaker, t) for t in targets)):
                    # "a man was arrested ..., [police] said": who reports it made it (not "[the
                    # ex-police chief] said he was detained")
                    sources = [speaker]
            elif subj is not None and not m.light and (
                    self.headline_passive(clause, subj) or self.participle_predicate(clause, subj)
                    # "[shot] and killed in ...": the second verb shares the first's reading
                    or (clause.dep_ == "conj" and subj.head.i == clause.head.i
                        and self.headline_passive(clause.head, subj))):
                # "Duterte accused of paying police", "five soldiers killed in ambush": the
                # subject is acted on and the doer is not named
                if "dobj" in m.entry.target:
                    targets = self.resolve(subj, actors, speaker)
            elif subj is not None:
                sources = self.doer(subj, actors, speaker) or self._indirect_source(
                    clause, subj, actors, speaker)
            elif clause.dep_ == "acl" and clause.tag_ == "VBN":
                # a participle on the noun it was done to: "civilians [killed] by air strikes",
                # "a journalist [arrested] in Cairo", headlines "Five soldiers [killed] in ambush"
                sources = next((found for agent in syntax.agent_objects(clause)
                                if (found := self.resolve(agent, actors, speaker))), [])
                if "dobj" in m.entry.target:
                    targets = self.resolve(clause.head, actors, speaker)
            elif (clause.dep_ == "acl" and clause.tag_ == "VBG"
                  and clause.head.lemma_.lower() in self.lex.document_nouns):
                # "sent a letter threatening to ...": the letter's author (a participle on any
                # other noun describes it: "a group defending rights" is no act)
                sources = self._indirect_source(clause, clause.head, actors, speaker)
            elif clause.dep_ == "acl" and clause.tag_ == "VBG" and m.entry.cameo[:2] in WARFARE_ROOTS:
                # "the coalition [fighting] Islamic State", "rebels [shelling] the city": the
                # noun the participle describes is doing it
                sources = self.doer(clause.head, actors, speaker)
        if m.entry.pos == "N":
            if not sources:
                sources = self._nominal_source(trig, actors, speaker)
        elif not sources and m.entry.cameo[:2] in VIOLENT_ROOTS:
            sources = self._attack_source(clause, actors, speaker)
        if not targets:
            targets = self.target(m, actors, speaker)
        if not targets and addressee is not None:
            targets = self.resolve(addressee, actors, speaker)
        if not targets and m.entry.pos == "V" and m.entry.cameo[:2] == INVESTIGATE_ROOT:
            # "investigating whether [Y] colluded", "looking into whether [Y] ...": who is suspected
            targets = self._complement_subject(_questioned(clause), actors, speaker)
        if not targets and m.entry.pos == "V" and m.entry.cameo[:2] == "11":
            # "alleged that Y shelled ...", "complained that Y ...": the complement's subject
            comps = subject_complements(clause)
            if not comps and syntax.postposed_report(clause, self.lex.say_verbs) is not None:
                comps = [clause.sent.root]  # "[X] is failing refugees, a group protested"
            targets = self._complement_subject(comps, actors, speaker)
        if not targets and m.entry.pos == "V" and m.entry.cameo[:2] == "13":
            targets = self._threatened(clause, actors, speaker)
        if not sources and m.entry.pos == "N":
            between = [t for t in syntax.prep_objects(trig, "between")]
            if between:
                both = actors.resolve(between[0], speaker)
                if len(both) >= 2:
                    sources, targets = both, []
        # a town acts through its people or rulers ("the Bowling Green attack", "the Killarney
        # protest"); it is only fought over or visited
        sources = [s for s in sources if not town(s)]
        if m.entry.cameo[:2] not in TOWN_TARGET_ROOTS:
            targets = [t for t in targets if not town(t)]
        if len(sources) > 1 and self.mutual_object(m):
            return sources, sources  # "X and Y accused each other": each pair both ways
        # an actor acting on itself is not an event between actors: drop such targets
        targets = [t for t in targets if all(distinct(s, t) for s in sources)]
        return sources, targets

    def content_subject(self, clause: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Whom a claim's content names as its subject: "charged that [the ministry] had ..."."""
        return self._complement_subject(subject_complements(clause), actors, speaker)

    def _complement_subject(self, comps: list[Token], actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        for comp in comps:
            subj, passive = syntax.subject_of(comp)
            if subj is not None and not passive:
                return self.resolve(subj, actors, speaker)
        return []

    def headline_passive(self, verb: Token, subj: Token) -> bool:
        """A verb that always takes an object, used with its own subject but no object and no
        auxiliary: the reduced passive of headlines and captions ("X accused of ...")."""
        if verb.tag_ not in ("VBD", "VBN"):
            return False
        after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
        # "shot and killed in ...": a verb that may go without an object ("shot at") is passive
        # when the object verb joined to it has none either
        joined = after is not None and after.pos_ == "CCONJ" and self._bare_conjunct(verb)
        if verb.lemma_.lower() not in self.object_verbs and not joined:
            return False
        if zero_relative(verb) is not None:
            return False  # "the man [the army accused] of the attack": its object is the man
        # what follows is a preposition or the end ("accused [of]", "killed [in]"), not a word the
        # parser failed to take as the object ("arrested [17] Wednesday")
        return (subj.head.i == verb.i and subj.dep_ == "nsubj"
                and (after is None or after.pos_ in ("ADP", "PUNCT") or after.is_sent_start
                     or (after.pos_ == "CCONJ" and (_own_clause_follows(verb) or joined)))
                and not any(c.dep_ in ACTIVE_DEPS for c in verb.children))

    def _bare_conjunct(self, verb: Token) -> bool:
        """ "Seven people [shot] and killed in ...": the verb joined after it also always takes an
        object and has none, so there is no object for the two to share."""
        return any(c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in self.object_verbs
                   and c.tag_ in ("VBD", "VBN") and not any(g.dep_ in ACTIVE_DEPS for g in c.children)
                   for c in verb.children)

    def participle_predicate(self, verb: Token, subj: Token) -> bool:
        """The participle of a verb that always takes an object, predicated of another verb's
        subject ("he stands charged with ...", "two journalists remain jailed"): the subject
        underwent it."""
        return (verb.lemma_.lower() in self.object_verbs and verb.tag_ == "VBN"
                and verb.dep_ in ("acomp", "oprd", "advcl", "xcomp") and subj.head.i != verb.i
                and not any(c.dep_ in ACTIVE_DEPS for c in verb.children))

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
        if tok.lemma_.lower() in self.kin_nouns:
            return self._kin(tok, actors, speaker)  # "the mother of an activist"
        if tok.lemma_.lower() in PLACE_NOUNS:
            # "delivered aid to besieged [towns] in Syria", "shelled [villages] near Aleppo": the
            # places named (a country, or a town for the acts a town can suffer)
            for prep in ("in", "near", "across", "outside"):
                for inner in syntax.prep_objects(tok, prep):
                    found = actors.resolve(inner, speaker) if inner.pos_ == "PROPN" else []
                    if found:
                        return found
        if tok.pos_ == "PROPN" and tok.dep_ not in syntax.SUBJECT_DEPS and tok.i + 1 < len(tok.doc) \
                and tok.nbor().text == ",":
            # a name the KB does not know, acted on and described right after it: "killed [Keith
            # Smith], a 43-year-old man", "Ali, [the mother] of an activist" (a doer so described
            # is often a private person with no political act: "X, a writer, called for ...")
            for c in tok.children:
                if c.dep_ == "appos" and c.i > tok.i:
                    found = actors.resolve(c, speaker) or (
                        self._kin(c, actors, speaker) if c.lemma_.lower() in self.kin_nouns else [])
                    if found:
                        return found
        if tok.pos_ == "NOUN":
            # a common noun the KB does not know, named in apposition: "his chief rival, Sen. [Ted
            # Cruz], refused" is Cruz, not the owner "his" (a named person or group only)
            for c in tok.rights:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    found = [a for a in actors.resolve(c, speaker) if a.name]
                    if found:
                        return found
        # a modifier before the owner: "his [media] critics" are the media, not "his" people
        mods = sorted((c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                       and c.i < tok.i and not against_modifier(c)), key=lambda c: c.dep_ == "poss")
        # ... but a named owner before a bare group word: "[China's] military buildup" is China's
        owner = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in mods)
        generic: list[Actor] = []
        for c in mods:
            found = actors.resolve(c, speaker)
            if found and owner and c.dep_ != "poss" and all(
                    (a.rule or "").startswith(BARE_NOUN_RULE) and (not a.country or CONTEXT_MARK in a.rule)
                    for a in found):
                generic = generic or found  # a country only guessed from the article
            elif found and generic and c.dep_ == "poss" and all(a.code == a.country for a in found):
                # "[Israel's] military court system": the court of the named country
                return [owned(g, found[0].country) for g in generic]
            elif found and c.dep_ == "amod" and tok.lemma_.lower() in self.state_nouns:
                # "the [Turkish] state", "[Russian] bases": the state's, not its civilians'
                sector = self.state_nouns[tok.lemma_.lower()]
                return [replace(a, code=a.country + sector, sector=sector or None, sectors=(sector,) if sector else ())
                        if a.country and a.sector == CIVILIANS and (a.rule or "").startswith(PEOPLE_RULE) else a
                        for a in found]
            elif found:
                return found
        if not generic and tok.pos_ == "NOUN":
            # what someone said or did, named by its doer: "condemned the analogies [made by] X",
            # "a coalition led by X" (not "networks abetted by X")
            return self.participle_doers(tok, actors, speaker)
        return generic

    def doer(self, tok: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """The actors a subject or agent names; a state's act named by its nationality adjective
        is the state's, not its people's ("[Saudi airstrikes] killed", "killed by [Israeli
        strikes]")."""
        found = self.resolve(tok, actors, speaker)
        if (found and tok.pos_ == "NOUN" and any(a.sector == CIVILIANS and a.country for a in found)
                and any(c.dep_ == "amod" for c in tok.children)
                and any(e.cameo[:2] in STATE_ACT_ROOTS for e in self.lex.lookup("N", tok.lemma_.lower()) or ())):
            return [replace(a, code=a.country, sector=None, sectors=()) if a.sector == CIVILIANS and a.country
                    else a for a in found]
        return found

    def _kin(self, tok: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """A private person named by kinship ("the brother of the Afghan president", "the
        activist's mother", "relatives of the victims"): a civilian of the relative's country,
        not the relative's office or group."""
        doc = tok.doc
        for rel in [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"] + syntax.prep_objects(tok, "of"):
            found = self.resolve(rel, actors, speaker)  # also by a modifier: "a [Turkish] ship"
            if not found:
                continue
            a = found[0]
            if tok.lemma_.lower() == "crew" and a.sector in ARMED_CREWS:
                return found  # "the crew of a coast guard helicopter" serve in it
            # the kin noun's own words and offsets, from where the relative's words sit
            first = tok.left_edge.i
            base = next((a.start - t.idx for t in rel.subtree if a.start is not None
                         and doc.text.startswith(a.text, t.idx)), None)
            code = f"{a.country}{CIVILIANS}" if a.country else CIVILIANS
            return [Actor(code=code, country=a.country, sector=CIVILIANS, sectors=(CIVILIANS,),
                          text=doc.text[doc[first].idx:tok.idx + len(tok.text)],
                          rule=f"kin:{tok.lemma_.lower()}->{a.code}",
                          start=None if base is None else base + doc[first].idx,
                          end=None if base is None else base + tok.idx + len(tok.text))]
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
        if tok.lemma_.lower() in self.lex.document_nouns or (tok.i == subj.i and tok.dep_ in syntax.OBJECT_DEPS):
            candidates.extend(syntax.prep_objects(tok, "by"))
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

    def _author(self, doc_noun: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Who wrote a document named as the doer: "imposed by executive [decrees] of Obama",
        "banned by [his] order"."""
        if doc_noun.lemma_.lower() not in self.lex.document_nouns:
            return []
        for tok in [c for c in doc_noun.children if c.dep_ == "poss"] + syntax.prep_objects(doc_noun, "of"):
            found = self.resolve(tok, actors, speaker)
            if found:
                return found
        return []

    def _attack_source(self, clause: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Harm done in an attack names its doer in the attack's phrase or clause: "killed in a
        Taliban ambush", "wounded in an attack by rebels", "killed when militants stormed ..."
        (the attack noun or verb is a violent trigger)."""
        reported = any(a.lemma_.lower() in self.lex.say_verbs for a in clause.ancestors)
        for verb in (*(c for c in clause.children if c.dep_ == "conj"), clause.head):
            if verb.i != clause.i and verb.pos_ in ("VERB", "AUX") and not reported and syntax.is_passive(clause):
                # "was shot and killed by X": conjoined passives share their agent
                for agent in syntax.agent_objects(verb):
                    found = self.resolve(agent, actors, speaker)
                    if found:
                        return found
        subj, passive = syntax.subject_of(clause)
        if subj is not None and not passive and subj.pos_ == "NOUN":
            entries = self.lex.lookup("N", subj.lemma_.lower())
            if entries and any(e.cameo[:2] in VIOLENT_ROOTS for e in entries):
                found = self._nominal_source(subj, actors, speaker)  # "coalition air strikes killed"
                if found:
                    return found
        for prep in ("in", "during"):
            for noun in syntax.prep_objects(clause, prep):
                entries = self.lex.lookup("N", noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
                if entries and any(e.cameo[:2] in VIOLENT_ROOTS for e in entries):
                    found = self._nominal_source(noun, actors, speaker)
                    if found:
                        return found
        # "were killed when [militants] attacked their base", also after a passive conjunct
        # ("were killed and 100 were injured when [forces] crushed the protests")
        holders = [clause, *(c for c in clause.children if c.dep_ == "conj" and syntax.is_passive(c))]
        for adv in (a for h in holders for a in h.children):
            if adv.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in ATTACK_MARKS
                                               for c in adv.children):
                continue  # not "when they intervened" read as "if they intervene"
            entries = self.lex.lookup("V", adv.lemma_.lower())
            if entries and any(e.cameo[:2] in VIOLENT_ROOTS or e.cameo == REPRESSION for e in entries):
                subj, passive = syntax.subject_of(adv)
                if subj is not None and not passive and subj.head.i == adv.i:
                    found = self.resolve(subj, actors, speaker)
                    if found:
                        return found
        return []

    def _nominal_source(self, noun: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """'U.S. sanctions', 'Israel's strikes', 'an opposition boycott', 'attacks by rebels'."""
        noun = effort_head(noun, self.lex) or noun  # "Egypt's mediation effort"
        generic: list[Actor] = []
        state_act: bool | None = None
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i and not against_modifier(c):
                found = actors.resolve(c, speaker)
                if found and c.dep_ == "amod" and all((a.rule or "").startswith(BARE_NOUN_RULE) for a in found):
                    generic = generic or found  # a bare "military" intervention: a "by" phrase names whose
                elif found:
                    if c.dep_ == "amod" and any(a.sector == CIVILIANS and a.country for a in found):
                        if state_act is None:
                            state_act = any(e.cameo[:2] in STATE_ACT_ROOTS
                                            for e in self.lex.lookup("N", noun.lemma_.lower()) or ())
                        if state_act:  # "[Saudi] airstrikes", "[Russian] sanctions": the state's
                            return [replace(a, code=a.country, sector=None, sectors=())
                                    if a.sector == CIVILIANS and a.country else a for a in found]
                    return found
        for agent in syntax.prep_objects(noun, "by"):
            found = actors.resolve(agent, speaker)
            if found:
                return found
        if generic:
            return generic
        return self.participle_doers(noun, actors, speaker)

    def participle_doers(self, noun: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """The doer an event noun's participle or passive relative clause names: "an attack
        [claimed by] the Taliban", "strikes [carried out by] the coalition", "a bombing [blamed
        on] Boko Haram", "the attack, [which was carried out by] Hamas" (not "an attack
        condemned by the UN")."""
        authored = self.lex.marker("authored")
        for part in noun.children:
            lemma = part.lemma_.lower()
            prep = ("by" if lemma in authored else DOER_PARTICIPLES.get(lemma)) if (
                (part.dep_ == "acl" and part.tag_ == "VBN")
                or (part.dep_ == "relcl" and part.tag_ == "VBN" and syntax.is_passive(part))) else None
            for agent in syntax.agent_objects(part) if prep == "by" else syntax.prep_objects(part, prep) if prep else []:
                found = actors.resolve(agent, speaker)
                if found:
                    return found
        return []

    def speaker(self, clause: Token, sent: Span, actors: ActorLookup) -> Actor | None:
        """The speaker of the quote the act sits in: '"We came to demand ...", said X'."""
        tok = clause
        for _ in range(8):
            if tok.head.i == tok.i:
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


def _questioned(verb: Token) -> list[Token]:
    """The clauses an inquiry asks about, with a subject of their own: "investigating [whether]
    X colluded", "looking [into] whether X ..." (the clause hangs on the particle's preposition)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "prep")]
    return [c for h in heads for c in h.children if c.dep_ in ("ccomp", "pcomp", "advcl")
            and any(g.dep_ == "mark" and g.lower_ in QUESTION_MARKS for g in c.children)]
