"""Who did an act and to whom: the source and target actors of a matched trigger, read off its
clause (subject, passive agent, object slots of the lexicon entry), its noun phrase ("U.S.
sanctions", "attacks by rebels") or a document's author ("a letter threatening ...")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Protocol

from spacy.tokens import Span, Token

from ..record import Actor
from . import syntax
from .lexicon import DEFAULT_TARGET, Lexicon
from .lexicon import _rows as read_rows
from .pairs import TOWN_TARGET_ROOTS, distinct, political, town
from .paths import slot_tokens
from .triggers import Match, effort_head, object_nouns, subject_complements

# Prepositions on a hostile noun that name whom it is aimed at ("action [against] X").
VICTIM_PREPS = ("against", "on")
REFLEXIVES = frozenset(("himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"))
# Roots of violence, whose doer may be named by the attack it happened in.
VIOLENT_ROOTS = frozenset(("18", "19", "20"))
# Appeals and demands, whose object's "from" phrase names whom they ask ("asked for help from X").
ASKING_ROOTS = frozenset(("02", "10"))
# Worries and complaints whose "about" object is whom they are about ("concerns [about] Russia's
# conduct", "complaints about China"), a topic for other acts ("talks about Syria").
ABOUT_CODES = ("012", "11")
# Seizures whose "from" phrase names whom the thing is taken from ("seized the town [from] ISIL",
# "took control of the base from the rebels"), on the verb or on its object.
FROM_SEIZED = ("171", "192")
# Acts whose object's "from" phrase names whom they answer or ask: "rejected an offer from X",
# "accepted demands from X", "welcomed a proposal from X", "asked for help from X" (not
# "discussed the evacuation of Russians from the Middle East").
FROM_ROOTS = ASKING_ROOTS | frozenset(("03", "05", "08", "12"))
# Slots of a governed verb that name the partner of the act governing it ("agreed to meet [with]
# X", "agreed to testify [before] X", "refused to extradite X"); a preposition first: the object
# is often the doer's own ("agreed to send troops to X").
COMPLEMENT_SLOTS = ("prep:with", "prep:before", "prep:to", "prep:against", "prep:toward", "prep:towards", "dobj")
# The rule of an actor read off a bare group noun ("troops", "police"; actors/phrases.py).
BARE_NOUN_RULE = "noun:"
# Participles on an event noun whose agent (or "on" object) is the event's doer: "an attack
# claimed by X", "strikes carried out by X", "a bombing blamed on X".
DOER_PARTICIPLES = {"claim": "by", "carry": "by", "conduct": "by", "launch": "by", "stage": "by",
                    "mount": "by", "perpetrate": "by", "execute": "by", "impose": "by", "order": "by",
                    "blame": "on"}
# Nouns for inhabited places, named by the place they are in ("villages near Aleppo").
PLACE_NOUNS = frozenset(("town", "village", "city", "area", "region", "district", "province", "camp",
                         "neighbourhood", "neighborhood", "suburb", "settlement"))
# "each other", "one another": the doers act on each other (object word -> its determiner).
MUTUAL_WORDS = {"other": frozenset(("each",)), "another": frozenset(("one",))}
# Conjunctions that tie harm to the attack it happened in ("killed [when] militants stormed ...").
ATTACK_MARKS = frozenset(("when", "as", "after", "while"))
# Verbs whose active use always has an object (a bare one with a subject is a headline passive).
OBJECT_VERBS = Path(__file__).parent / "data" / "object_verbs.tsv"
# Nouns for a private person named by kinship ("the mother of X"): a civilian of X's country.
KIN_NOUNS = Path(__file__).parent / "data" / "kin_nouns.tsv"
CIVILIANS = "CVL"
# Sectors whose crews are their own members, not civilians ("the crew of a Russian warship").
ARMED_CREWS = frozenset(("MIL", "COP"))
# Nouns for what befalls someone ("the treatment of migrants"): their "of" object is no owner.
UNDERGONE_NOUNS = Path(__file__).parent / "data" / "undergone_nouns.tsv"
# Dependents that show a verb is not a headline passive: an object, an auxiliary, a complement.
ACTIVE_DEPS = frozenset(("dobj", "obj", "dative", "attr", "oprd", "ccomp", "xcomp", "aux", "auxpass",
                         "nsubjpass", "expl"))


def against_modifier(tok: Token) -> bool:
    """The X of "anti-X" ("anti-Russian sanctions"): whom the act is against, never its doer."""
    doc = tok.doc
    return (tok.lower_.startswith("anti-")
            or (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"))


class ActorLookup(Protocol):
    def resolve(self, token: Token, speaker: Actor | None = None) -> list[Actor]: ...


class Arguments:
    """Finds the actors of a match; built once per coder with the lexicon and partitive nouns."""

    def __init__(self, lexicon: Lexicon, partitives: frozenset[str]):
        self.lex = lexicon
        self.partitives = partitives
        self.object_verbs = frozenset(r[0].lower() for r in read_rows(OBJECT_VERBS, 1))
        self.kin_nouns = frozenset(r[0].lower() for r in read_rows(KIN_NOUNS, 1))
        self.undergone = frozenset(r[0].lower() for r in read_rows(UNDERGONE_NOUNS, 1))

    def arguments(self, m: Match, actors: ActorLookup, speaker: Actor | None):
        clause, trig = m.clause, m.trigger
        sources: list[Actor] = []
        targets: list[Actor] = []
        if m.light or m.entry.pos in ("V", "A"):
            subj, passive = syntax.subject_of(clause)
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
                    sources = self.resolve(agent, actors, speaker) or self._author(agent, actors, speaker)
                    if sources:
                        break
                obj = syntax.passive_target(clause)
                if obj is not None and "dobj" in m.entry.target:
                    targets = self.resolve(obj, actors, speaker)
            elif subj is not None and not m.light and (self.headline_passive(clause, subj)
                                                       or self.participle_predicate(clause, subj)):
                # "Duterte accused of paying police", "five soldiers killed in ambush": the
                # subject is acted on and the doer is not named
                if "dobj" in m.entry.target:
                    targets = self.resolve(subj, actors, speaker)
            elif subj is not None:
                sources = self.resolve(subj, actors, speaker) or self._indirect_source(
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
        if m.entry.pos == "N":
            if not sources:
                sources = self._nominal_source(trig, actors, speaker)
        elif not sources and m.entry.cameo[:2] in VIOLENT_ROOTS:
            sources = self._attack_source(clause, actors, speaker)
        if not targets:
            targets = self.target(m, actors, speaker)
        if not targets and m.entry.pos == "V" and m.entry.cameo[:2] == "11":
            # "alleged that Y shelled ...", "complained that Y ...": the complement's subject
            comps = subject_complements(clause)
            if not comps and syntax.postposed_report(clause, self.lex.say_verbs) is not None:
                comps = [clause.sent.root]  # "[X] is failing refugees, a group protested"
            for comp in comps:
                subj, passive = syntax.subject_of(comp)
                if subj is not None and not passive:
                    targets = self.resolve(subj, actors, speaker)
                    break
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

    def mutual_object(self, m: Match) -> bool:
        """Whether the act is aimed at "each other" / "one another" ("accused each other",
        "fired at one another"): its doers are each other's targets."""
        for c in m.trigger.children:
            objs = [c] if c.dep_ in syntax.OBJECT_DEPS else [g for g in c.children if g.dep_ == "pobj"] \
                if c.dep_ == "prep" else []
            for o in objs:
                if o.lower_ in MUTUAL_WORDS and any(d.lower_ in MUTUAL_WORDS[o.lower_] for d in o.children):
                    return True
        return False

    def headline_passive(self, verb: Token, subj: Token) -> bool:
        """A verb that always takes an object, used with its own subject but no object and no
        auxiliary: the reduced passive of headlines and captions ("X accused of ...")."""
        if verb.lemma_.lower() not in self.object_verbs or verb.tag_ not in ("VBD", "VBN"):
            return False
        after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
        # what follows is a preposition or the end ("accused [of]", "killed [in]"), not a word the
        # parser failed to take as the object ("arrested [17] Wednesday")
        return (subj.head.i == verb.i and subj.dep_ == "nsubj"
                and (after is None or after.pos_ in ("ADP", "PUNCT") or after.is_sent_start)
                and not any(c.dep_ in ACTIVE_DEPS for c in verb.children))

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
        # a modifier before the owner: "his [media] critics" are the media, not "his" people
        mods = sorted((c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                       and c.i < tok.i and not against_modifier(c)), key=lambda c: c.dep_ == "poss")
        # ... but a named owner before a bare group word: "[China's] military buildup" is China's
        owner = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in mods)
        generic: list[Actor] = []
        for c in mods:
            found = actors.resolve(c, speaker)
            if found and owner and c.dep_ != "poss" and all(
                    (a.rule or "").startswith(BARE_NOUN_RULE) and not a.country for a in found):
                generic = generic or found
            elif found:
                return found
        return generic

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

    def _threatened(self, clause: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Whom a threat's content is aimed at: "warned that military action [against North
        Korea] might be necessary", "vowed to retaliate [against] the Netherlands"."""
        for comp in clause.children:
            if comp.dep_ not in ("ccomp", "xcomp"):
                continue
            for word in comp.subtree:
                # "action [against] X", "strikes [on] X"; a verb only "against": "vowed to
                # retaliate [against] the Netherlands" (not "vowed to focus on X")
                preps = VICTIM_PREPS if word.pos_ == "NOUN" else ("against",) if syntax.is_verb(word) else ()
                for prep in preps:
                    for tok in syntax.prep_objects(word, prep):
                        found = self.resolve(tok, actors, speaker)
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
        for adv in clause.children:  # "were killed when [militants] attacked their base"
            if adv.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in ATTACK_MARKS
                                               for c in adv.children):
                continue  # not "when they intervened" read as "if they intervene"
            entries = self.lex.lookup("V", adv.lemma_.lower())
            if entries and any(e.cameo[:2] in VIOLENT_ROOTS for e in entries):
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
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i and not against_modifier(c):
                found = actors.resolve(c, speaker)
                if found and c.dep_ == "amod" and all((a.rule or "").startswith(BARE_NOUN_RULE) for a in found):
                    generic = generic or found  # a bare "military" intervention: a "by" phrase names whose
                elif found:
                    return found
        for agent in syntax.prep_objects(noun, "by"):
            found = actors.resolve(agent, speaker)
            if found:
                return found
        if generic:
            return generic
        for part in noun.children:
            # "an attack [claimed by] the Taliban", "strikes [carried out by] the coalition", "a
            # bombing [blamed on] Boko Haram" (not "an attack condemned by the UN")
            prep = DOER_PARTICIPLES.get(part.lemma_.lower()) if part.dep_ == "acl" and part.tag_ == "VBN" else None
            for agent in syntax.agent_objects(part) if prep == "by" else syntax.prep_objects(part, prep) if prep else []:
                found = actors.resolve(agent, speaker)
                if found:
                    return found
        return []

    def target(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        holders = [m.trigger] if m.trigger.i == m.clause.i else [m.trigger, m.clause]
        head = effort_head(m.trigger, self.lex) if m.entry.pos == "N" else None
        if head is not None:
            holders.insert(1, head)  # "a mediation effort [between X and Y]"
        objects = object_nouns(m.trigger, m.entry)
        holders += objects  # "opened fire on X"
        for slot in m.entry.target:
            if slot == "none":
                return []
            for h in holders:
                if slot == "dobj" and h.dep_ in ("dobj", "obj") and h.i != m.trigger.i and h.i != m.clause.i:
                    continue
                for tok in slot_tokens(h, slot, m.entry.pos == "N" and h.i == m.trigger.i):
                    if tok.lower_ in REFLEXIVES:
                        return []  # "Iraq had attacked themselves": the doer, no other actor
                    found = self.resolve(tok, actors, speaker)
                    if found:
                        return found
            if slot == "dobj":
                # the object noun's owner: "demanded [the minister's] resignation", "the release
                # [of the prisoners]" (its own actor, "lifted [its] sanctions", is dropped later)
                for obj in objects:
                    for tok in [c for c in obj.children if c.dep_ == "poss"] + syntax.prep_objects(obj, "of"):
                        found = self.resolve(tok, actors, speaker)
                        if found:
                            return found
        if m.entry.pos == "N" and m.entry.cameo.startswith(ABOUT_CODES):
            for tok in syntax.prep_objects(m.trigger, "about"):
                found = self.resolve(tok, actors, speaker)
                if found:
                    return found
        # "pledged $1 billion [in aid] for Yemen": the event noun an amount is counted in names
        # the recipient in its own slots, on itself or on the verb
        counted = [n for h in objects[:1] + [m.trigger] * bool(objects) for n in syntax.prep_objects(h, "in")]
        for noun in counted:
            entries = (self.lex.lookup("N", noun.lemma_.lower()) or ()) if noun.pos_ == "NOUN" else ()
            slots = dict.fromkeys(slot for e in entries if e.cameo != "-" for slot in e.target)
            for slot in slots:
                for tok in [t for h in (noun, m.trigger) for t in slot_tokens(h, slot, False)
                            if slot.startswith("prep:")]:
                    found = self.resolve(tok, actors, speaker)
                    if found:
                        return found
        for noun in ([m.trigger] if m.entry.pos == "N" else []) + objects:
            # "anti-Russian sanctions", "anti-government protests": whom the act is against (the
            # country, not its people: "anti-American rallies")
            for c in noun.children:
                if c.i < noun.i and against_modifier(c):
                    found = actors.resolve(c, speaker)
                    if found:
                        return [replace(a, code=a.country, sector=None, sectors=())
                                if a.sector == "CVL" and a.country else a for a in found]
        if m.entry.pos == "V" and m.trigger.i == m.clause.i:
            found = (self._shared_object(m, actors, speaker) or self._object_owner(m, actors, speaker)
                     or self._complement_target(m, actors, speaker))
            if found:
                return found
            if m.entry.cameo.startswith(FROM_SEIZED):
                objs = [c for c in m.clause.children if c.dep_ in syntax.OBJECT_DEPS]
                for tok in [t for h in [m.trigger, *objs] for t in syntax.prep_objects(h, "from")]:
                    found = [a for a in self.resolve(tok, actors, speaker) if not town(a)]
                    if found:
                        return found
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
        if (m.entry.pos == "N" and "prep:of" in m.entry.target and m.trigger.i != m.clause.i
                and m.trigger.lemma_.lower() not in self.lex.doer_nouns):
            # a noun whose "of" object is acted on ("the release of X") carried by a clause
            # whose subject did it: its owner is the one acted on ("ordered [his] release",
            # "approved [the activist's] extradition"); an owner that is the doer is dropped later
            for c in m.trigger.children:
                if c.dep_ == "poss" and not against_modifier(c):
                    found = actors.resolve(c, speaker)
                    if found:
                        return found
        return []

    def _shared_object(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """The object a verb shares with the verb coordinated after it ("police shot and killed
        [X]", "jets harassed and fired flares at [X]")."""
        verb = m.trigger
        if not {"dobj", "prep:at", "prep:on", "prep:against"} & set(m.entry.target):
            return []
        if verb.tag_ == "VB" or syntax.is_passive(verb) or any(c.dep_ in syntax.OBJECT_DEPS or c.dep_ in ("dative", "ccomp", "xcomp")
                                          for c in verb.children):
            return []  # an infinitive ("vowed to demolish and destroy X": the vow is the act), a
            # verb with an object or a content of its own, or one that was undergone
        nxt = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and syntax.is_verb(c)
                    and not any(g.dep_ in syntax.SUBJECT_DEPS or g.dep_ in syntax.PASSIVE_SUBJECT_DEPS
                                for g in c.children)), None)
        if nxt is None or not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in verb.children):
            return []
        cands = [c for c in nxt.children if c.dep_ in syntax.OBJECT_DEPS]
        for prep in ("at", "on", "against"):
            cands += syntax.prep_objects(nxt, prep)
        for tok in cands:
            if tok.lower_ in REFLEXIVES:
                return []
            found = [a for a in self.resolve(tok, actors, speaker) if not town(a)]  # not "at Orly airport"
            if found:
                return found
        return []

    def _complement_target(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """The partner of the act an entry names by its complement ("agreed [to meet with] X",
        "agreed to testify [before] X", "refused to hand over X"); for an appeal or demand, the
        complement's own subject ("asked that [the agency] investigate")."""
        comps = next((v for k, v in m.entry.conditions if k == "comp"), None)
        if comps is None:
            return []
        for comp in m.trigger.children:
            if comp.dep_ not in ("xcomp", "ccomp") or not syntax.is_verb(comp) or (
                    "*" not in comps and comp.lemma_.lower() not in comps):
                continue
            subj = next((c for c in comp.children if c.dep_ in syntax.SUBJECT_DEPS), None)
            if subj is not None:
                # "asked that the agency investigate": whom the appeal is made to
                return self.resolve(subj, actors, speaker) if m.entry.cameo[:2] in ASKING_ROOTS else []
            if comp.dep_ != "xcomp":
                continue
            # an object only of an act the lexicon knows ("refused to extradite X"), not of
            # any verb ("promised to improve American schools")
            acts = bool(self.lex.lookup("V", comp.lemma_.lower()))
            for slot in COMPLEMENT_SLOTS if acts else COMPLEMENT_SLOTS[:-1]:
                for tok in slot_tokens(comp, slot, False):
                    if tok.lower_ in REFLEXIVES:
                        return []
                    # an object by the phrase itself, not a modifier ("hold joint [military]
                    # exercises"), nor a bare group noun, often the doer's own ("agreed to send
                    # troops"); a prepositional partner also by its modifier ("the Senate panel")
                    found = self.resolve(tok, actors, speaker) if slot != "dobj" else [
                        a for a in actors.resolve(tok, speaker)
                        if not (a.rule or "").startswith(BARE_NOUN_RULE) and political(a)]
                    found = [a for a in found if not town(a)]
                    if found:
                        return found
        return []

    def _object_owner(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Whose thing a verb acts on: "praised [Putin's] leadership", "sought [China's] help",
        "condemned the decision [by] the court", "asked for help [from] the UN", "rejected an
        offer [from] X" (the doer's own thing is dropped as no other actor)."""
        asks = m.entry.cameo[:2] in ASKING_ROOTS  # whom help is asked from
        objs = [c for c in m.trigger.children if c.dep_ in syntax.OBJECT_DEPS]
        if asks:
            objs += [g for c in m.trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if g.dep_ == "pobj"]
        for obj in objs:
            if obj.pos_ != "NOUN":
                continue
            cands = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            cands += syntax.prep_objects(obj, "by")  # "criticised the ruling [by] a judge"
            if not syntax.is_passive(m.trigger):  # the same, with "by" hung on the verb
                cands += [g for c in m.trigger.children if c.dep_ == "prep" and c.lower_ == "by"
                          and c.i == obj.right_edge.i + 1 for g in c.children if g.dep_ == "pobj"]
            if m.entry.cameo[:2] in FROM_ROOTS:
                cands += syntax.prep_objects(obj, "from")
            for tok in cands:
                found = self.resolve(tok, actors, speaker)
                if found:
                    return found
            low = obj.lemma_.lower()
            if not self.lex.lookup("N", low) and low not in self.undergone:
                # "praised the leadership [of] X", "backed the initiative [of] President X": a
                # named or singular owner only (not an act's patients: "bribery of health
                # inspectors", "the entry of people"), never an event noun's victims ("the
                # killing of protesters") nor what befalls someone ("the treatment of migrants")
                for tok in syntax.prep_objects(obj, "of"):
                    found = [a for a in actors.resolve(tok, speaker)
                             if a.name or a.code == a.country or tok.tag_ in ("NN", "NNP")]
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
