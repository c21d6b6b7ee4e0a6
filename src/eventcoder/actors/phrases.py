"""What one noun phrase denotes: its head word, the modifiers before it ("Venezuela's
opposition-led"), "of"/"from" phrases, coordinated alternatives, and where the country comes
from when the phrase names none.

A mixin of `ArticleActors` (context.py), split out to keep each module to one job.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..record import Actor
from .compose import CONTEXT_FREE, Part, combine
from .entries import (
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    ENTRY,
    MODIFIER,
    NOUN,
    PEOPLE,
    PERSON,
    SECTOR,
    TITLE,
    Entry,
    compose_code,
    fold,
    origin_file,
)
from .grammar import (
    ADMIN_UNITS,
    AFFILIATION_NOUNS,
    AFFILIATION_WORDS,
    AGENT_HEADS,
    ARMED_GROUP_SECTORS,
    COMPASS,
    GROUP_HEADS,
    LOCATIVE_PREPS,
    MILITARY_ACTS,
    MILITARY_NAMES,
    PARTITIVES,
    PERSON_NOUNS,
    PERSON_SUFFIXES,
    PLACE_NOUNS,
    QUALIFYING_PREPS,
    SPEAKING_HEADS,
    STATE_ACTS,
    TITLE_QUALIFIERS,
    backed_by,
    for_or_against,
    is_honorific,
    low_in,
    np_left,
    title_key,
)
from .implicit import CVL, SECTOR_MEMORY, ImplicitCountryMixin
from .matcher import Match
from .orgnames import OrganisationMixin
from .people import NOT_NAMES, ArticlePerson
from .senses import COUNTRY_KINDS, head_sense, modifier_sense

# A party's government is the state's executive ("the Likud government"), not the party.
PARTY_GOVERNMENTS = frozenset(("noun:government", "noun:cabinet", "noun:administration"))
# An owner's sectors that do not make the government it led anything but a government.
OWNED_GOVERNMENT_SECTORS = frozenset(("ELI", "PTY"))
# Heads of "the court" that refer back to the last court named.
# Definite nouns that recall the body of their sector named last: "the court" after "the
# International Criminal Court", "the company" after "Samsung".
BACK_REFERRING = {"court": "JUD", "tribunal": "JUD", "company": "BUS", "firm": "BUS"}
GOV = "GOV"
ELI = "ELI"  # elites: former office-holders among them
# Sectors of the cased words that end a firm's or paper's name ("the Evening Times", "Acme
# Corp"): no country is implied; a cased institution ("the House") has the article's.
NAME_TAIL_SECTORS = frozenset(("MED", "BUS"))
# "rebel-held", "ISIL-controlled": the word before the hyphen holds the place the phrase names.
HOLDING_PARTICIPLES = frozenset(("held", "controlled", "occupied"))
HELD_PLACE_PREPS = frozenset(("of", "in", "around", "near"))


class PhraseMixin(ImplicitCountryMixin, OrganisationMixin):
    def _entry_actor(self, entry: Entry, d: int, a: int, b: int) -> Actor | None:
        role = entry.role_on(self.date)
        if role is None or role.code is None:
            return None
        text, start, end = self.span(d, a, b)
        return Actor(code=role.code, country=role.country, sector=role.sectors[0] if role.sectors else None,
                     text=text, name=entry.name, sectors=role.sectors, rule=f"{origin_file(role.origin)}:{entry.name}",
                     start=start, end=end)

    def _noun_phrase(self, d: int, i: int, left_bound: int | None = None) -> tuple[Actor, ...]:
        """`left_bound` reads the phrase from that token on, whatever the parse says (a span
        the parse hangs on a head outside it: "Israeli army" in "Israeli army bulldozers")."""
        kb, doc, tok = self.kb, self.docs[d], self.tokens[d][i]
        m = self._match_at[d].get(i)
        term_role = None
        head_start, head_end = (m.start, m.end - 1) if m else (i, i)
        left = min(np_left(tok) if left_bound is None else left_bound, head_start)
        right = max(head_end, i)
        if m is not None:
            sense = head_sense(kb, m)
            if sense.kind == ENTRY:
                entry = kb.entries[sense.ref]
                if (entry.kind == PERSON and self._other_first_name(d, entry, m.start, m.end)
                        and m.start - 1 not in self._match_at[d] and not is_honorific(doc[m.start - 1].text)):
                    return ()  # "Sophie Gregoire Trudeau": someone else of that surname
                if entry.kind == PERSON and self._name_follows(d, entry, m.start, m.end):
                    return ()  # "Abe Foxman", "Trump Tower": another name that begins with it
                actor = self._entry_actor(entry, d, left, right)
                return (actor,) if actor else ()
            if sense.kind == COUNTRY:
                if self.cased and tok.dep_ == "compound" and self._name_word(d, tok.head.i):
                    return self._noun_phrase(d, tok.head.i)  # "China Daily": the newspaper
                if self._firm_branch(d, m.start):
                    return ()  # "Lego China", "Air India": a firm's branch, not the country
                iso = str(sense.ref)
                name = kb.countries[iso].name if iso in kb.countries else doc[m.start:m.end].text
                return (self._make(d, left, right, iso, (), f"country:{name}"),)
            if sense.kind == CAPITAL:
                if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
                    return ()  # "talks in Washington": a place, not the government
                outer = tok.head
                if (tok.dep_ == "compound" and outer.i > m.end - 1 and outer.i not in self._match_at[d]
                        and not self.own(d, outer.i)):
                    return ()  # "the Rome Statute", "Kremlin critics": part of another phrase
                return (self._make(d, left, right, str(sense.ref), (GOV,), f"capital:{doc[m.start:m.end].text}"),)
            if sense.kind in (PEOPLE, ADJECTIVE):
                outer = tok.head
                if backed_by(doc, m.end):  # "Saudi-backed": the sponsor state, not its people
                    rule = f"sponsor:{doc[m.start:m.end].text}"
                    return (self._make(d, m.start, m.end - 1, str(sense.ref), (), rule),)
                if self.cased and tok.dep_ in ("amod", "compound") and self._name_word(d, outer.i):
                    return self._noun_phrase(d, outer.i)  # "British Telecom": the firm
                if (self.cased and tok.dep_ in ("amod", "compound") and outer.i > m.end - 1 and outer.pos_ == "PROPN"
                        and outer.text[:1].isupper() and outer.i not in self._match_at[d]):
                    # "British Telecom", "Russian Railways": a body of that country, not its people
                    # ("Russian Aerospace Forces": its military)
                    armed = ("MIL",) if outer.lower_ in MILITARY_NAMES else ()
                    return (self._make(d, left, right, str(sense.ref), armed, f"named:{doc[m.start:outer.i + 1].text}"),)
                iso, rule = self._residence(d, tok, left, head_start, str(sense.ref))
                return (self._make(d, left, right, iso, (CVL,), f"people:{doc[m.start:m.end].text}{rule}"),)
            term = kb.sector_terms[sense.ref]
            if term.role == MODIFIER:  # "opposition-led", "asylum": not a head on its own
                return self._holder(d, tok, m, term.sectors, term.phrase)
            head_sectors, prefix, head_rule = term.sectors, term.prefix, f"{term.role}:{term.phrase}"
            term_role = term.role
            if term.role == TITLE and tok.tag_ not in ("NNS", "NNPS"):
                person = self._last_titled(d, i, term.phrase, left, head_start, term.sector)
                if person is not None:
                    actor = self.person_actor(person, d, left, right)
                    return () if actor is None else (replace(actor, rule=f"title->{person.name}"),)
            if term.role == TITLE and self.unknown_name_before(d, left, head_start, head_end, term.sector == GOV):
                return ()  # "a LinkedIn spokesperson", "Apple's chief": of an organisation unknown to the KB
            if term.role == TITLE and term.sector == GOV and self._unknown_name_after(d, tok, m):
                return ()  # "vice-president of Lego China": of a firm unknown to the KB, no government
            if term.role == NOUN and tok.lower_ in BACK_REFERRING and left == head_start - 1 == i - 1 \
                    and doc[left].lower_ == "the":
                body = self._recent_body(d, i, BACK_REFERRING[tok.lower_])
                if body is not None:  # "the court" after "the International Criminal Court"
                    text, start, end = self.span(d, left, right)
                    return (replace(body, text=text, start=start, end=end, rule=f"definite->{body.rule}"),)
        elif low_in(tok, PARTITIVES):
            return self._partitive(d, i, left)
        elif low_in(tok, GROUP_HEADS):
            head_sectors, prefix, head_rule = (), False, f"group:{tok.lower_}"
        elif low_in(tok, AGENT_HEADS):
            head_sectors, prefix, head_rule = (GOV,), False, f"agent:{tok.lower_}"
        else:
            place = self._place(d, tok, left, right)
            if place or not self._sector_modified(d, tok, left):
                return place
            # "army bulldozers", "police vehicles": things of a sector stand for it
            head_sectors, prefix, head_rule = (), False, f"of-sector:{tok.lower_}"
        if head_sectors and self._abstract_use(tok, left, head_start):
            return ()
        raw = self._left_raw(d, left, head_start)
        # A modifier coordinated with the head's own sector word is its alternative:
        # "the government and opposition coalition" -> GOV or OPP.
        head_tokens = range(head_start, head_end + 1)
        rivals = [p for k, p in raw if any(c.i in head_tokens for c in doc[k].conjuncts)]
        if rivals and head_sectors:
            raw = [(k, p) for k, p in raw if p not in rivals]
            slots = self._group_conjuncts(doc, raw) + [[*rivals, Part(sectors=head_sectors, rule=head_rule)]]
            head_sectors, head_rule = (), f"group:{tok.lower_}"
        else:
            slots = self._group_conjuncts(doc, raw)
        of_slot, right = self._of_parts(d, tok, m, right)
        if of_slot:
            slots.append(of_slot)
        if not head_sectors and not any(p.sectors or p.actor for slot in slots for p in slot):
            return ()
        out = []
        for r in combine(head_sectors, slots):
            if r.actor is not None and r.actor.country and r.actor.sectors[:1] == ("PTY",) \
                    and head_rule in PARTY_GOVERNMENTS:  # "the Labour government" governs: GBRGOV
                out.append(self._make(d, left, right, r.actor.country, (GOV, "PTY"), f"{r.actor.rule}+{head_rule}"))
                continue
            if r.actor is not None:  # "U.N. peacekeepers", "NATO troops": the organisation
                text, start, end = self.span(d, left, right)
                out.append(replace(r.actor, text=text, start=start, end=end, rule=f"{r.actor.rule}+{head_rule}"))
                continue
            if not r.sectors:
                continue
            sectors = r.sectors
            if head_rule in PARTY_GOVERNMENTS and sectors[0] in OWNED_GOVERNMENT_SECTORS and any(
                    p.owner and p.sectors[:1] == sectors[:1] for slot in slots for p in slot):
                sectors = (GOV, *(s for s in sectors if s != GOV))  # "Obama's administration": his government
            country, rules = r.country, [*r.rules, head_rule]
            if country is not None and r.rules and r.rules[0].startswith(("adjective:", "people:")):
                resident, how = self._residence(d, tok, left, head_start, country, by_modifier=False)
                if how:  # "ethnic Albanian guerrillas" in Macedonia
                    country, rules = resident, [*rules, how.lstrip("+")]
            if (country is None and sectors[0] not in CONTEXT_FREE and not self._of_many(d, tok, m, of_slot)
                    and not (term_role == NOUN and head_rule.startswith("noun:=")
                             and sectors[0] in NAME_TAIL_SECTORS)):  # "the Evening Times": none
                country, how = self._implicit_country(d, tok, sectors[0], left,
                                                      person=term_role == TITLE and tok.tag_ in ("NN", "NNP"))
                if country:
                    rules.append(how)
            out.append(self._make(d, left, right, country, sectors, "+".join(rules), prefix))
        return tuple(out)

    def _holder(self, d: int, tok: Token, m: Match, sectors: tuple[str, ...], phrase: str) -> tuple[Actor, ...]:
        """The word before the hyphen of a holding modifier, asked for on its own (the holder
        the target walk finds in "shelled [rebel]-held areas"): that sector, of the country the
        place held is in ("of Aleppo", "in Idlib", "rebel-held Aleppo", the act's "in X"), else
        of the phrase's or article's. Other modifiers ("opposition-led protests") are no actor."""
        doc = self.docs[d]
        last = doc[m.end - 1]
        if (m.end - m.start != 3 or tok.i != m.start or doc[m.start + 1].text != "-"
                or last.lower_ not in HOLDING_PARTICIPLES or not sectors):
            return ()
        held = last.head
        country = self._held_place(d, held)
        how = f"held-in:{country}" if country else ""
        if country is None and held.head.i != held.i:  # "bombed rebel-held towns [in Idlib]"
            country = self._located(d, held.head, clause=True)
            how = f"located:{country}" if country else ""
        if country is None and sectors[0] not in CONTEXT_FREE:
            country, how = self._implicit_country(d, tok, sectors[0], tok.i)
        rule = f"holder:{phrase}+{how}" if how else f"holder:{phrase}"
        return (self._make(d, tok.i, last.i, country, sectors, rule),)

    def _held_place(self, d: int, held: Token) -> str | None:
        """The country of a place held: the noun itself ("rebel-held Aleppo") or its "of" /
        "in" place ("areas of Aleppo", "towns in Idlib")."""
        places = [held] if held.pos_ == "PROPN" else []
        places += [p for prep in held.rights if prep.dep_ == "prep" and prep.lower_ in HELD_PLACE_PREPS
                   for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        for p in places:
            pm = self._match_at[d].get(p.i)
            if pm is not None:
                sense = head_sense(self.kb, pm)
                if sense.kind in COUNTRY_KINDS:
                    return str(sense.ref)
            elif self.place_country is not None and p.lower_ not in NOT_NAMES:
                iso = self._place_name_country(d, p)
                if iso:
                    return iso
        return None

    def _recent_body(self, d: int, i: int, sector: str) -> Actor | None:
        """The body of `sector` (a court, a firm) an article named last before token i, when it
        is one the KB knows by name (an international court, a country's supreme court, a
        company) and was named within `SECTOR_MEMORY` sentences; None when one of no known
        name came between."""
        kb, sentence = self.kb, self.sentence_of(d, i)
        for dd in range(d, -1, -1):
            for m in reversed(self._matches[dd]):
                if dd == d and m.start >= i:
                    continue
                if sentence - self.sentence_of(dd, m.start) > SECTOR_MEMORY:
                    return None
                sense = head_sense(kb, m)
                if sense.kind == ENTRY:
                    entry = kb.entries[sense.ref]
                    role = entry.role_on(self.date)
                    if entry.kind != PERSON and role is not None and role.sectors[:1] == (sector,):
                        return self._entry_actor(entry, dd, m.start, m.end - 1)
                elif sense.kind == SECTOR and BACK_REFERRING.get(self.tokens[dd][m.end - 1].lower_) == sector:
                    return None
        return None

    def _modifier_reading(self, d: int, i: int) -> tuple[Actor, ...] | None:
        """An adjective before a noun, asked for on its own (an event argument the parse
        left on the modifier): the actor of the phrase it modifies ("Iraqi" in "an Iraqi army
        officer" is IRQMIL); else the modifiers read up to the last one ("Russian military" in
        "Russian military operations"); nothing for a sector noun used as a plain adjective
        ("an official visit"). None when the ordinary reading applies."""
        tok = self.tokens[d][i]
        head = tok.head
        m = self._match_at[d][i]
        if head.pos_ != "NOUN" or head.i <= m.end - 1 or head.i in self._match_at[d]:
            return None
        found = self.own(d, head.i)
        if found:
            return found
        kb = self.kb
        sense = head_sense(kb, m)
        lemma = head.lemma_.lower().rstrip(".-")
        if (sense.kind in (ADJECTIVE, PEOPLE) and (lemma in STATE_ACTS or (
                head.tag_ == "NN" and lemma not in PERSON_NOUNS and not lemma.endswith(PERSON_SUFFIXES)))
                and not self._sector_left(d, i, head.i)):
            # "German mediation", "a Turkish incursion": the act of that state, not its people
            if lemma in PLACE_NOUNS:
                return ()  # "Palestinian land", "the Syrian border"
            military = low_in(head, MILITARY_ACTS)
            return (self._make(d, i, i, str(sense.ref), ("MIL",) if military else (GOV,),
                               f"{sense.kind}:{tok.text}+{'act' if military else 'state'}:{head.lower_}"),)
        if sense.kind == SECTOR and tok.pos_ == "ADJ" and not any(
                s.kind == SECTOR and kb.sector_terms[s.ref].role == MODIFIER for s in m.senses):
            return ()
        last = max(k for k in range(i, head.i) if k in self._match_at[d])
        if last == i:
            return None
        return self._noun_phrase(d, last, left_bound=min(i, np_left(head)))

    def _sector_left(self, d: int, i: int, head: int) -> bool:
        """Is a KB word between token i and the head ("Iraqi government forces" is read by
        the ordinary reading)?"""
        return any(k in self._match_at[d] for k in range(i + 1, head))

    def _place(self, d: int, tok: Token, left: int, right: int) -> tuple[Actor, ...]:
        """A town or region the KB does not know, named as an actor ("Tel Aviv", "Darfur"):
        its country, when the place hook knows it. Not for places of events ("in Darfur")."""
        if (self.place_country is None or tok.pos_ != "PROPN" or (self.cased and not tok.text[0].isupper())
                or (tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS) or tok.lower_ in NOT_NAMES
                or tok.lower_ in COMPASS or fold(tok.text) in self.name_words):
            return ()  # nor "on 10 March" (a village in England), nor "the North", nor "Navarro said"
        doc = self.docs[d]
        start = tok.i
        while start > left and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        outer = tok.head
        if (tok.dep_ == "compound" and outer.pos_ == "PROPN" and outer.i > tok.i
                and (outer.i not in self._match_at[d] or doc[tok.i + 1].lower_ in ADMIN_UNITS)
                and not self.place_country(doc[start:outer.i + 1].text)):
            return ()  # part of a longer name: "Desmond" in "Desmond Tutu" (not "Dubai Ruler")
        iso = self.place_country(doc[start:tok.i + 1].text)
        if not iso:
            return ()
        return (self._make(d, left, right, iso, (), f"place:{doc[start:tok.i + 1].text}"),)

    def _make(self, d: int, a: int, b: int, country: str | None, sectors: tuple[str, ...], rule: str,
              prefix: bool = False) -> Actor:
        text, start, end = self.span(d, a, b)
        return Actor(code=compose_code(country, sectors, prefix), country=country,
                     sector=sectors[0] if sectors else None, text=text, sectors=sectors, rule=rule,
                     start=start, end=end)

    def _last_titled(self, d: int, i: int, phrase: str, left: int, head_start: int,
                     sector: str | None = None) -> ArticlePerson | None:
        """ "the minister": the last person introduced with a title ending in "minister", when the
        phrase has nothing but a determiner before the title; "the German chancellor": the last
        one of that country. Not someone who no longer holds it: "the president" after "former
        President George W. Bush" is the incumbent, not Bush."""
        country = None
        for k in range(left, head_start):
            m = self._match_at[d].get(k)
            if m is not None and modifier_sense(self.kb, m).kind in COUNTRY_KINDS and country is None:
                country = str(modifier_sense(self.kb, m).ref)
            elif self.tokens[d][k].dep_ != "det":
                return None
        offset = self.offsets[d] + self.tokens[d][i].idx
        best = None
        for off, person in self._titled.get(title_key(fold(phrase)), ()):
            if off < offset and (country is None or person.country == country) and not (
                    person.sectors[:1] == (ELI,) and sector != ELI):
                best = person
        return best

    def _partitive(self, d: int, i: int, left: int) -> tuple[Actor, ...]:
        """ "members of the opposition" denotes the opposition."""
        tok = self.tokens[d][i]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = self.resolve(pobj)
                        text, start, end = self.span(d, left, pobj.right_edge.i)
                        return tuple(replace(a, text=text, start=start, end=end) for a in found)
        return ()

    @staticmethod
    def _abstract_use(tok: Token, left: int, head_start: int) -> bool:
        """A bare singular sector word governing "to" is the abstract noun: "focus on
        opposition to sanctions", "resistance to reform"."""
        return (left == head_start and tok.tag_ == "NN"
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.rights))

    def _left_parts(self, d: int, left: int, head_start: int) -> list[list[Part]]:
        """Modifiers before the head, grouped: coordinated ones are alternatives."""
        return self._group_conjuncts(self.docs[d], self._left_raw(d, left, head_start))

    def _left_raw(self, d: int, left: int, head_start: int) -> list[tuple[int, Part]]:
        """(token, what it says) for each modifier before the head."""
        kb, doc = self.kb, self.docs[d]
        parts: list[tuple[int, Part]] = []
        k = left
        while k < head_start:
            m = self._match_at[d].get(k)
            person = self._person_at.get((d, k))
            tok = doc[k]
            if person is not None and person.code and (d, k) not in self._title_tokens:
                end = k
                while end + 1 < head_start and self._person_at.get((d, end + 1)) is person:
                    end += 1
                body = (self.person_actor(person, d, k, end) if person.country is None and person.code.startswith("IGO")
                        else None)  # "Guterres's spokesman": the UN's
                parts.append((end, Part(person.country, person.sectors, body, f"person:{person.name}", owner=True)))
                k = end + 1
                continue
            if m is not None:
                sense = modifier_sense(kb, m)
                last = min(m.end, head_start) - 1
                if sense.kind in COUNTRY_KINDS:
                    # "anti-Syria journalist" is not Syrian, nor "Saudi-backed" forces Saudi
                    if not for_or_against(doc, m.start) and not backed_by(doc, m.end):
                        name = doc[m.start:m.end].text
                        parts.append((last, Part(country=str(sense.ref), rule=f"{sense.kind}:{name}")))
                elif sense.kind == SECTOR:
                    term = kb.sector_terms[sense.ref]
                    # "deputy governor" is a governor; "anti-terror prosecutors" fight terror, are not it
                    if (fold(term.phrase) not in TITLE_QUALIFIERS and not for_or_against(doc, m.start)
                            and not term.head_only):  # "a [national] alliance" is no group of nationals
                        parts.append((last, Part(sectors=term.sectors, rule=f"{term.role}:{term.phrase}")))
                elif sense.kind == ENTRY:
                    actor = self._entry_actor(kb.entries[sense.ref], d, m.start, m.end - 1)
                    if actor is not None:
                        parts.append((last, self._part_of(actor)))
                k = max(m.end, k + 1)
                continue
            if tok.dep_ == "poss" and tok.pos_ == "PRON" and not self.is_first_person(d, tok):
                for a in self.own(d, k):
                    parts.append((k, Part(a.country, a.sectors, _stateless(a), a.rule or "", owner=True)))
            elif tok.dep_ == "poss" and self._speaker is not None and self.is_first_person(d, tok):
                s = self._speaker
                parts.append((k, Part(s.country, s.sectors, None, f"speaker->{s.name or s.code}", owner=True)))
            elif (self.place_country is not None and tok.dep_ == "compound" and tok.pos_ == "PROPN"
                  and (not self.cased or tok.text[0].isupper())):  # "Darfur rebels"
                end = k  # a name of several words ("New York", "Broome County") is read whole
                while (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper()
                       and (end + 1 not in self._match_at[d] or doc[end + 1].lower_ in ADMIN_UNITS)):
                    end += 1
                name = doc[k:end + 1].text
                iso = self.place_country_here(name) if end < head_start else None
                if iso:
                    parts.append((end, Part(country=iso, rule=f"place:{name}")))
                if iso:
                    k = min(end + 1, head_start)
                    continue
                if end > k:  # not a place as a whole: no word of it alone ("Desmond" of "Desmond Tutu"),
                    # but a KB word in it still speaks ("State" of "Michigan State University")
                    k = next((j for j in range(k + 1, min(end + 1, head_start)) if j in self._match_at[d]),
                             min(end + 1, head_start))
                    continue
            k += 1
        return parts

    def _part_of(self, actor: Actor) -> Part:
        """What an actor says as a modifier: an organisation fixes the code ("U.N. envoy"), a
        person or a country gives country and sectors ("Maduro's government")."""
        if actor.name and not self.is_person_name(actor.name):
            country = actor.country if actor.country in self.kb.countries else None
            return Part(country, actor.sectors, actor, actor.rule or "", owner=True)
        return Part(actor.country, actor.sectors, _stateless(actor), actor.rule or "", owner=True)

    @staticmethod
    def _group_conjuncts(doc: Doc, parts: list[tuple[int, Part]]) -> list[list[Part]]:
        slots: list[list[Part]] = []
        slot_of: dict[int, int] = {}
        for tok_i, part in parts:
            linked = next((slot_of[c.i] for c in doc[tok_i].conjuncts if c.i in slot_of), None)
            if linked is None:
                slot_of[tok_i] = len(slots)
                slots.append([part])
            else:
                slot_of[tok_i] = linked
                slots[linked].append(part)
        return slots

    def _of_parts(self, d: int, tok: Token, m: Match | None, right: int) -> tuple[list[Part], int]:
        """ "the government of Venezuela", "ministers from Chile, Mexico and Bolivia"."""
        heads = [tok] if m is None else [self.tokens[d][k] for k in range(m.start, m.end)]
        for h in heads:
            for prep in h.rights:
                if prep.dep_ != "prep" or prep.i <= right or (
                        prep.lower_ not in QUALIFYING_PREPS and not (prep.lower_ == "for" and h.lower_ in SPEAKING_HEADS)):
                    continue
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = self.resolve(pobj)
                        if found:
                            parts = [self._part_of(a) for a in found]
                            return parts, max(right, pobj.right_edge.i)
        for group in self._affiliations(heads, right):
            found = [a for a in self.resolve(group) if a.code and (a.code.startswith("IMG") or a.sector in ARMED_GROUP_SECTORS)]
            if found:  # "militants linked to IS": the group's fighters
                return [self._part_of(a) for a in found], max(right, group.right_edge.i)
        return [], right

    @staticmethod
    def _affiliations(heads: list[Token], right: int) -> list[Token]:
        """The group fighters are tied to: "militants [linked / loyal] to X", "a bomber with [X]
        links" (armed groups only, checked by the caller)."""
        out: list[Token] = []
        for h in heads:
            for c in h.rights:
                if c.i <= right:
                    continue
                if c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in AFFILIATION_WORDS:
                    out += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                            for g in p.children if g.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ == "with":
                    out += [g for n in c.children if n.dep_ == "pobj" and n.lower_ in AFFILIATION_NOUNS
                            for g in n.children if g.dep_ in ("compound", "amod", "nmod")]
        return out

    # -- article-level views ----------------------------------------------------------------


def _stateless(actor: Actor) -> Actor | None:
    """A person of an international body (a UN envoy: IGOUNO, no country) fixes the code of
    what they own ("his envoy", "Guterres's spokesman"), as the body would; None for anyone
    of a country, whose country and sectors compose with the head instead."""
    return actor if actor.country is None and actor.code and actor.code.startswith("IGO") else None
