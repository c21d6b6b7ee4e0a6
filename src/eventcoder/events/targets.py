"""Whom an act is aimed at: the target of a matched trigger, read off the slots its lexicon
entry names (object, prepositions), the object's owner ("praised [Putin's] leadership"), a
coordinated verb's object, a governed verb's partner ("agreed to meet [with] X"), a threat's
content, "each other". Mixed into Arguments (arguments.py), which supplies `lex`, `undergone`
and `resolve`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Token

from ..record import Actor
from . import syntax
from .lexicon import DEFAULT_TARGET, Lexicon
from .pairs import political, town
from .paths import against_modifier, slot_tokens, zero_relative
from .target_paths import (
    TargetPaths,
    act_doers,
    act_owners,
    aimed_at,
    appositions,
    condition_subjects,
    coordinated_nouns,
    datives,
    holders,
    object_partners,
    origins,
    owned_object,
    owners,
    parts_of,
    purpose_acts,
    purpose_partners,
    thing_owners,
)
from .target_roots import (
    ABOUT_CODES,
    AID_CODES,
    AID_PLACE_PREPS,
    AIMED_DEPS,
    AIMED_PREPS,
    ASKED_AGAINST_ROOTS,
    ASKING_ROOTS,
    BARE_NOUN_RULE,
    COMPLEMENT_SLOTS,
    CONFLICT_FROM,
    CONSEQUENCE_PREPS,
    CRITICISED_PREPS,
    CRITICISM_ROOT,
    FROM_ROOTS,
    FROM_SEIZED,
    GENERIC_COMPLEMENT_CODES,
    HOSTILE_OBJECT_FROM,
    HOSTILE_ROOTS,
    MUTUAL_WORDS,
    REACTION_ROOTS,
    REFLEXIVES,
    THREAT_ROOT,
    THREATENED_SLOTS,
    TOPIC_OWNER_ROOTS,
    TOPIC_PREPS,
    VICTIM_PREPS,
    WARNED_PREPS,
    YIELDING_ROOTS,
)
from .triggers import Match, effort_head, noun_act, object_nouns


class ActorLookup(Protocol):
    def resolve(self, token: Token, speaker: Actor | None = None) -> list[Actor]: ...


class TargetFinder:
    """Target finding; the host class provides the data and `resolve`, `participle_doers`."""

    lex: Lexicon
    undergone: frozenset[str]
    consequences: frozenset[str]
    paths: TargetPaths

    def resolve(self, tok: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        raise NotImplementedError

    def participle_doers(self, noun: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        raise NotImplementedError

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

    def _threatened(self, clause: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Whom a threat's content is aimed at: "warned that military action [against North
        Korea] might be necessary", "vowed to retaliate [against] the Netherlands", "threatened
        to sanction [X]", "warned of consequences [for] X"."""
        for prep in clause.children:  # "warned [of] serious consequences [for] X"
            if prep.dep_ == "prep" and prep.lower_ in WARNED_PREPS:
                for noun in prep.children:
                    found = self._befalls(noun, actors, speaker) if noun.dep_ == "pobj" else []
                    if found:
                        return found
        for comp in clause.children:
            if comp.dep_ == "advcl":  # a content clause parsed as an adjunct: its consequences only
                found = next((f for word in comp.subtree if (f := self._befalls(word, actors, speaker))), [])
                if found:
                    return found
            if comp.dep_ not in ("ccomp", "xcomp"):
                continue
            found = self._threatened_act(comp, actors, speaker)
            if found:
                return found
            for word in comp.subtree:
                found = self._befalls(word, actors, speaker)
                if found:
                    return found
                # "action [against] X", "strikes [on] X"; a verb only "against": "vowed to
                # retaliate [against] the Netherlands" (not "vowed to focus on X")
                preps = VICTIM_PREPS if word.pos_ == "NOUN" else ("against",) if syntax.is_verb(word) else ()
                found = self._first_named((t for prep in preps for t in syntax.prep_objects(word, prep)),
                                          actors, speaker)
                if found:
                    return found
        # "threatened to close the border [unless Mexico] does more": whoever must avert it
        conds = self.paths.words("13", "condition")
        return self._first_named(condition_subjects(clause, conds), actors, speaker) if conds else []

    def _slot_actors(self, tok: Token, cameo: str, actors: ActorLookup, speaker: Actor | None,
                     obj: bool = False) -> list[Actor]:
        """The actors a slot's word names, by the paths target_paths.tsv gives the act's root:
        the holder of a place acted on before the place ("stormed an airport [held by] X"), the
        partner an object act names before its owner ("reaffirmed its commitment [to] X"), else
        a name in apposition to the word ("thanked my friend, [X]"), else the word, else the
        origin of the goods a measure falls on ("tariffs on products [from] X")."""
        held = self.paths.words(cameo, "held")
        found = self._first_named(holders(tok, held), actors, speaker) if held else []
        inner = self.paths.words(cameo, "object_act") if obj and not found else None
        if inner:  # "reaffirmed its commitment [to] X": the partner, before the owner
            found = self._first_named(object_partners(tok, inner, self.lex), actors, speaker)
        named = self.paths.words(cameo, "named") if not found and tok.pos_ == "NOUN" else None
        if named:  # the name is the more exact of the two: "[my] friend, Donald Trump"
            found = self._first_named(appositions(tok, named), actors, speaker)
        if not found:
            found = self.resolve(tok, actors, speaker)
        owned = self.paths.words(cameo, "owned") if not found and tok.lemma_.lower() in self.lex.marker("struck") else None
        if owned:  # "shelled positions [of] X", "raided [rebel] camps"; not "the area [of] Waziristan"
            found = [a for a in self._first_named(owners(tok, owned), actors, speaker) if a.sector or a.name]
        origin = self.paths.words(cameo, "origin") if not found else None
        if origin:  # "[Chinese] goods" are the country's, not its people's
            found = [replace(a, code=a.country, sector=None, sectors=()) if a.sector == "CVL" and a.country else a
                     for a in self._first_named(origins(tok, origin), actors, speaker)]
        return found

    def _phrase_target(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """A target the trigger's slots miss but its phrase names (target_paths.tsv): the victim
        phrase of a coordinated event noun ("killings and rapes [of] X"), the partner of the verb
        the act is the purpose of ("joined hands [with] X to exchange intelligence"), the
        receiver of what it gives ("gave [lawmakers] an ultimatum")."""
        cameo = m.entry.cameo
        shared = self.paths.words(cameo, "shared") if m.entry.pos == "N" else None
        if shared:
            preps = [p for p in dict.fromkeys("of" if s == "dobj" else s[5:] for s in m.entry.target
                                              if s == "dobj" or s.startswith("prep:")) if p in shared]
            for noun in coordinated_nouns(m.trigger) if preps else ():
                if noun.pos_ == "NOUN" and any(e.cameo != "-" for e in self.lex.lookup("N", noun.lemma_.lower()) or ()):
                    found = self._first_named((t for p in preps for t in syntax.prep_objects(noun, p)),
                                              actors, speaker)
                    if found:
                        return found
        topic = self.paths.words(cameo, "topic") if m.entry.pos == "N" else None
        if topic:  # "talks on trade [with] X"
            found = self._first_named((t for p in topic for inner in syntax.prep_objects(m.trigger, p)
                                       for t in syntax.prep_objects(inner, "with")), actors, speaker)
            if found:
                return found
        part = self.paths.words(cameo, "part")
        if part:  # "blamed a lack of will [on the part of] X"
            found = self._first_named(parts_of(m.trigger, part), actors, speaker)
            if found:
                return found
        purpose = self.paths.words(cameo, "purpose") if m.entry.pos == "V" else None
        if purpose:  # "gathered [to protest] police violence"
            for act in purpose_acts(m.trigger):
                entries = [e for e in self.lex.lookup("V", act.lemma_.lower()) or () if e.cameo[:2] in purpose]
                found = self._first_named((t for slot in dict.fromkeys(s for e in entries for s in e.target)
                                           if slot in THREATENED_SLOTS for t in slot_tokens(act, slot, False)),
                                          actors, speaker)
                if found:
                    return found
        dative = self.paths.words(cameo, "dative")
        if dative:
            verb = m.trigger if m.entry.pos == "V" else m.clause if m.clause.i != m.trigger.i else None
            found = self._first_named(datives(verb, dative), actors, speaker) if verb is not None else []
            if found:
                return found
        partner = self.paths.words(cameo, "partner") if m.entry.pos == "V" else None
        if partner:
            found = next((f for t in purpose_partners(m.trigger, partner)
                          if (f := [a for a in self._slot_actors(t, cameo, actors, speaker) if not town(a)])), [])
            if found:
                return found
        return []

    def _befalls(self, noun: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Whom a consequence noun (consequence_nouns.tsv) befalls: "consequences [for] X"."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.consequences:
            return []
        return self._first_named((t for prep in CONSEQUENCE_PREPS for t in syntax.prep_objects(noun, prep)),
                                 actors, speaker)

    def _first_named(self, tokens: Iterable[Token], actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """The actors of the first of `tokens` that names any (the rest are not resolved)."""
        for tok in tokens:
            found = self.resolve(tok, actors, speaker)
            if found:
                return found
        return []

    def _threatened_act(self, comp: Token, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """The target of the act a threat names, by that act's own lexicon slots: "threatened to
        sanction [Chinese firms]", "warned it would punish [X]", "vowed to expel [X's diplomats]".
        A bare group object of a non-hostile act is often the doer's own ("threatened to send
        troops"): only hostile acts take it."""
        entries = [e for e in self.lex.lookup("V", comp.lemma_.lower()) or () if e.cameo != "-"]
        if not entries or not syntax.is_verb(comp):
            return []
        hostile = next((e.cameo for e in entries if e.cameo[:2] in HOSTILE_ROOTS), None)
        slots = [s for s in dict.fromkeys(s for e in entries for s in e.target) if s in THREATENED_SLOTS]
        for slot in slots:
            for tok in slot_tokens(comp, slot, False):
                if tok.lower_ in REFLEXIVES:
                    return []
                # a hostile act by its own paths: "would impose tariffs on goods [from] X"
                found = self._slot_actors(tok, hostile, actors, speaker) if hostile else [
                    a for a in self.resolve(tok, actors, speaker) if not (a.rule or "").startswith(BARE_NOUN_RULE)]
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
        if "dobj" in m.entry.target and m.entry.pos == "V" and m.trigger.i == m.clause.i:
            antecedent = zero_relative(m.clause)  # "the party [Ankara blames] for the attack"
            found = self.resolve(antecedent, actors, speaker) if antecedent is not None else []
            if found:
                return found
        for slot in m.entry.target:
            if slot == "none":
                return []
            for h in holders:
                if slot == "dobj" and h.dep_ in ("dobj", "obj") and h.i != m.trigger.i and h.i != m.clause.i:
                    continue
                for tok in slot_tokens(h, slot, m.entry.pos == "N" and h.i == m.trigger.i):
                    if tok.lower_ in REFLEXIVES:
                        return []  # "Iraq had attacked themselves": the doer, no other actor
                    if slot == "dobj" and m.entry.cameo[:2] == THREAT_ROOT and noun_act(tok, self.lex):
                        continue  # "threatened [military] action against X": the act threatened names X
                    found = self._slot_actors(tok, m.entry.cameo, actors, speaker,
                                              slot == "dobj" and m.entry.pos == "V" and h.i == m.trigger.i)
                    if found:
                        return found
            if slot == "dobj":
                # the object noun's owner: "demanded [the minister's] resignation", "the release
                # [of the prisoners]" (its own actor, "lifted [its] sanctions", is dropped later)
                found = self._first_named((t for obj in objects for t in [c for c in obj.children if c.dep_ == "poss"]
                                           + syntax.prep_objects(obj, "of")), actors, speaker)
                if found:
                    return found
        if not objects and m.entry.pos == "V" and m.entry.cameo[:2] >= HOSTILE_OBJECT_FROM:
            # an object noun of a hostile act that is no act itself holds its target:
            # "threatened action [against] X" (not "condemned the attack against X")
            found = self._first_named((t for c in m.trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                                       and not noun_act(c, self.lex)
                                       for p in AIMED_PREPS for t in syntax.prep_objects(c, p)), actors, speaker)
            if found:
                return found
        if m.entry.pos == "N" and m.entry.cameo.startswith(ABOUT_CODES):
            found = self._first_named(syntax.prep_objects(m.trigger, "about"), actors, speaker)
            if found:
                return found
        # "pledged $1 billion [in aid] for Yemen": the event noun an amount is counted in names
        # the recipient in its own slots, on itself or on the verb
        counted = [n for h in objects[:1] + [m.trigger] * bool(objects) for n in syntax.prep_objects(h, "in")]
        for noun in counted:
            entries = (self.lex.lookup("N", noun.lemma_.lower()) or ()) if noun.pos_ == "NOUN" else ()
            slots = dict.fromkeys(slot for e in entries if e.cameo != "-" for slot in e.target)
            for slot in slots:
                found = self._first_named([t for h in (noun, m.trigger) for t in slot_tokens(h, slot, False)
                                           if slot.startswith("prep:")], actors, speaker)
                if found:
                    return found
        for noun in (([m.trigger] if m.entry.pos == "N" else []) + objects) * (m.entry.cameo[:2] >= CONFLICT_FROM):
            # "anti-Russian sanctions", "anti-government protests": whom the act is against (the
            # country, not its people: "anti-American rallies"); not in a cooperative act ("met
            # anti-American demands" yields to nobody American)
            for c in noun.children:
                if c.i < noun.i and against_modifier(c):
                    found = actors.resolve(c, speaker)
                    if found:
                        return [replace(a, code=a.country, sector=None, sectors=())
                                if a.sector == "CVL" and a.country else a for a in found]
        if m.entry.pos == "V" and m.entry.cameo.startswith(AID_CODES):
            found = self._aided(m, actors, speaker)
            if found:
                return found
        if m.entry.pos == "V" and m.entry.cameo[:2] in ASKING_ROOTS:
            found = self._asked_act_target(m, actors, speaker)
            if found:
                return found
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
            # and through the topic, where the parser hangs the partner: "struck a deal on its
            # nuclear programme [with] the West" (target_paths.tsv `topic`)
            topic = self.paths.words(m.entry.cameo, "topic")
            objs += [inner for o in objs[:1] for p in topic for inner in syntax.prep_objects(o, p)]
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
        if m.entry.cameo.startswith(ABOUT_CODES) or m.entry.cameo[:2] in TOPIC_OWNER_ROOTS:
            # "concern about the direction of [US] trade policy": a state that owns the thing
            things = objects or [c for c in m.trigger.children if c.dep_ == "dobj"] + [
                t for p in ("about", "of", "to", "over") for t in syntax.prep_objects(m.trigger, p)]
            found = [a for t in thing_owners(things, lambda n: bool(actors.resolve(n, speaker)))
                     for a in actors.resolve(t, speaker) if a.country and a.sector in (None, "GOV")][:1]
            if found:
                return found
        aimed = self.paths.words(m.entry.cameo, "aimed")
        if aimed:  # "imposed sanctions [aimed at] Russia", "a campaign [targeting] Hamas"
            nouns = [m.trigger] if m.entry.pos == "N" else [c for c in m.trigger.children if c.dep_ in AIMED_DEPS]
            found = self._first_named(aimed_at(nouns, aimed), actors, speaker)
            if found:
                return found
        return self._phrase_target(m, actors, speaker)

    def _asked_act_target(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Whom an appeal or demand that names no addressee is aimed at: the one asked to act or
        to be acted on ("called for [X] to resign", "called for [X] to be expelled"), else whom
        the act it asks for is aimed at: "called for sanctions [against] X", "called for a boycott [of X's] courts", "demanded an inquiry
        [into] X" (the asked-for noun's own lexicon slots), or by the act its infinitive names
        ("demanded a vote [to punish] X")."""
        # "called for [the government] to resign", parsed as a clause with "for" as its mark or
        # as "for" + object + infinitive: the one asked to act
        addressees = [g for c in m.trigger.children
                      if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
                      for g in c.children if g.dep_ == "nsubj"]
        # "called for [X] to be expelled": the one to be acted on, when the phrase itself names it
        # (not "for the company's licence to be revoked")
        passive = [g for c in m.trigger.children
                   if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
                   for g in c.children if g.dep_ == "nsubjpass"]
        for tok in passive:
            found = [a for a in actors.resolve(tok, speaker) if not town(a)]
            if found:
                return found
        if any(c.dep_ == "xcomp" and c.tag_ == "VB" and not any(g.dep_ in syntax.SUBJECT_DEPS for g in c.children)
               for c in m.trigger.children):
            addressees += syntax.prep_objects(m.trigger, "for")
        for tok in addressees:
            found = [a for a in self.resolve(tok, actors, speaker) if not town(a)]
            if found:
                return found
        asked = [c for c in m.trigger.children if c.dep_ in syntax.OBJECT_DEPS]
        asked += syntax.prep_objects(m.trigger, "for")
        for noun in asked:
            entries = [e for e in self.lex.lookup("N", noun.lemma_.lower()) or () if e.cameo != "-"] \
                if noun.pos_ == "NOUN" else []
            for slot in dict.fromkeys(s for e in entries for s in e.target):
                for tok in slot_tokens(noun, slot, True):
                    found = [a for a in self.resolve(tok, actors, speaker) if not town(a)]
                    if found:
                        return found
        # "called for [US] support", "a [UN]-led investigation": whoever is asked to do the act
        found = self._first_named((t for n in asked if noun_act(n, self.lex) for t in act_doers(n)), actors, speaker)
        if found:
            return [a for a in found if not town(a)]
        # "demanded a vote [to punish] X", "a resolution to condemn X": the hostile act asked for
        # (on the verb only after its object: "called for [X] to exit Y" asks X)
        objects = any(c.dep_ in syntax.OBJECT_DEPS for c in m.trigger.children)
        for holder, deps in [(m.trigger, ("advcl",) if objects else ())] + [(noun, ("acl", "relcl")) for noun in asked]:
            for act in holder.children:
                if act.dep_ in deps and act.tag_ == "VB" and any(c.tag_ == "TO" for c in act.children) \
                        and not any(c.dep_ in syntax.SUBJECT_DEPS for c in act.children) and any(e.cameo[:2] in ASKED_AGAINST_ROOTS for e in self.lex.lookup("V", act.lemma_.lower()) or ()):
                    found = [a for a in self._threatened_act(act, actors, speaker) if not town(a)]
                    if found:
                        return found
        return []

    def _aided(self, m: Match, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
        """Aid that names no recipient goes to whom or where its purpose infinitive names:
        "pledged 15 million euros [to fight famine in Somalia]", "sent supplies [to help
        refugees in Jordan]" (the people helped when their country is known, else the place)."""
        purposes = [c for c in m.trigger.children if c.dep_ in ("advcl", "xcomp")]
        purposes += [c for o in m.trigger.children if o.dep_ in syntax.OBJECT_DEPS
                     for c in o.children if c.dep_ in ("relcl", "acl")]
        bare: list[Actor] = []
        for verb in purposes:
            if verb.tag_ != "VB" or not any(c.tag_ == "TO" for c in verb.children):
                continue  # only "to" + infinitive: "[to help] refugees", not "aid arriving in X"
            # not an act of its own ("to continue [military aid] to X": the aid's own slots)
            objs = [c for c in verb.children if c.dep_ in syntax.OBJECT_DEPS
                    and not any(e.cameo != "-" for e in self.lex.lookup("N", c.lemma_.lower()) or ())]
            for obj in objs:
                found = self.resolve(obj, actors, speaker)
                if any(a.country for a in found):
                    return found
                bare = bare or found
            for holder in [*objs, verb]:
                found = self._first_named((t for prep in AID_PLACE_PREPS for t in syntax.prep_objects(holder, prep)),
                                          actors, speaker)
                if found:
                    return found
        return bare

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
        if comps is None and not m.entry.conditions and m.entry.cameo in GENERIC_COMPLEMENT_CODES:
            comps = ("*",)  # "refused [to be interviewed by] X": a bare intent or refusal
        if comps is None:
            return []
        owner = self.paths.words(m.entry.cameo, "owner")  # "refused to meet [U.S.] demands"
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
            if syntax.is_passive(comp):  # "refused to be interviewed [by] the committee"
                found = self._first_named(syntax.agent_objects(comp), actors, speaker)
                if found:
                    return found
            # an object only of an act the lexicon knows ("refused to extradite X"), not of
            # any verb ("promised to improve American schools")
            acts = bool(self.lex.lookup("V", comp.lemma_.lower()))
            for slot in COMPLEMENT_SLOTS if acts else COMPLEMENT_SLOTS[:-1]:
                for tok in slot_tokens(comp, slot, False):
                    if tok.lower_ in REFLEXIVES:
                        return []
                    # an object by the phrase itself, not a modifier ("hold joint [military]
                    # exercises"), nor a bare group noun, often the doer's own ("agreed to send
                    # troops") or one it owns ("pledged to withdraw [its] troops"); a prepositional
                    # partner also by its modifier ("the Senate panel")
                    found = self.resolve(tok, actors, speaker) if slot != "dobj" else [] if owned_object(tok) else [
                        a for a in actors.resolve(tok, speaker)
                        if not (a.rule or "").startswith(BARE_NOUN_RULE) and political(a)]
                    if not found and owner and (slot == "dobj" or slot.startswith("prep:")):  # "go along with a request [from] X"
                        found = self._first_named([t for t in act_owners(tok, owner, self.lex) if not against_modifier(t)],
                                                  actors, speaker)
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
        if m.entry.cameo[:2] in YIELDING_ROOTS:  # "conceded / bowed [to] demands from X"
            objs += syntax.prep_objects(m.trigger, "to")
        criticism = m.entry.cameo[:2] == CRITICISM_ROOT
        if criticism:  # "lashed out [against] a ruling from X"
            objs += [t for p in CRITICISED_PREPS for t in syntax.prep_objects(m.trigger, p) if t.i > m.trigger.i]
        for obj in objs:
            if obj.pos_ != "NOUN":
                continue
            cands = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            cands += syntax.prep_objects(obj, "by")  # "criticised the ruling [by] a judge"
            if m.entry.cameo[:2] in ("11", "12"):  # "criticized the bill [passed by] Congress" (not
                # "eased sanctions imposed by X": what is eased or discussed is aimed at someone else)
                cands += [a for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in syntax.agent_objects(c)]
            if not syntax.is_passive(m.trigger):  # the same, with "by" hung on the verb
                cands += [g for c in m.trigger.children if c.dep_ == "prep" and c.lower_ == "by"
                          and c.i == obj.right_edge.i + 1 for g in c.children if g.dep_ == "pobj"]
            if m.entry.cameo[:2] in FROM_ROOTS or (criticism and not self.lex.lookup("N", obj.lemma_.lower())):
                # "rejected an offer [from] X", "criticised a ruling [from] X" (not "condemned the
                # withdrawal from Syria": an act's "from" is where it leaves)
                cands += syntax.prep_objects(obj, "from")
            if m.entry.cameo[:2] in TOPIC_OWNER_ROOTS:
                # "demanded explanations [for the Pentagon's] position", "criticised the
                # secrecy [over Israel's] nuclear programme": the owner of what it is about
                cands += [g for prep in TOPIC_PREPS for topic in syntax.prep_objects(obj, prep)
                          if topic.pos_ == "NOUN" for g in topic.children if g.dep_ == "poss" and g.pos_ != "PRON"]
            found = self._first_named(cands, actors, speaker)
            if found:
                return found
            low = obj.lemma_.lower()
            if m.entry.cameo[:2] in REACTION_ROOTS and self.lex.lookup("N", low):
                # "condemned the attack, [which was carried out by] X" (not "eased sanctions
                # imposed by X": what is eased is aimed at someone else)
                found = self.participle_doers(obj, actors, speaker)
                if found:
                    return found
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
