"""What one noun phrase denotes: its head word, the modifiers before it ("Venezuela's
opposition-led"), "of"/"from" phrases, coordinated alternatives, and where the country comes
from when the phrase names none.

A mixin of `ArticleActors` (context.py), split out to keep each module to one job.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..record import Actor
from .article_people import other_first_name
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
    AGENT_HEADS,
    COMPASS,
    GROUP_HEADS,
    LOCATIVE_PREPS,
    MILITARY_ACTS,
    MILITARY_NAMES,
    ONE_PER_COUNTRY,
    PARTITIVES,
    PERSON_NOUNS,
    PERSON_SUFFIXES,
    PLACE_NOUNS,
    QUALIFYING_PREPS,
    TITLE_QUALIFIERS,
    backed_by,
    for_or_against,
    is_honorific,
    low_in,
    np_left,
)
from .matcher import Match
from .orgnames import OrganisationMixin
from .people import NOT_NAMES, ArticlePerson
from .senses import COUNTRY_KINDS, head_sense, modifier_sense

CVL = "CVL"
REF = "REF"
# A party's government is the state's executive ("the Likud government"), not the party.
PARTY_GOVERNMENTS = frozenset(("noun:government", "noun:cabinet", "noun:administration"))
# An owner's sectors that do not make the government it led anything but a government.
OWNED_GOVERNMENT_SECTORS = frozenset(("ELI", "PTY"))
# Heads of "the court" that refer back to the last court named.
BACK_REFERRING_COURTS = frozenset(("court", "tribunal"))
GOV = "GOV"
# How many sentences back "the rebels" looks for "Syrian rebels" to take its country from.
SECTOR_MEMORY = 6


class PhraseMixin(OrganisationMixin):
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
                if (entry.kind == PERSON and other_first_name(entry, doc, m.start, m.end)
                        and m.start - 1 not in self._match_at[d] and not is_honorific(doc[m.start - 1].text)):
                    return ()  # "Sophie Gregoire Trudeau": someone else of that surname
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
                return ()
            head_sectors, prefix, head_rule = term.sectors, term.prefix, f"{term.role}:{term.phrase}"
            term_role = term.role
            if term.role == TITLE and tok.tag_ not in ("NNS", "NNPS"):
                person = self._last_titled(d, i, term.phrase, left, head_start)
                if person is not None:
                    actor = self.person_actor(person, d, left, right)
                    return () if actor is None else (replace(actor, rule=f"title->{person.name}"),)
            if term.role == TITLE and self.unknown_name_before(d, left, head_start, head_end, term.sector == GOV):
                return ()  # "a LinkedIn spokesperson", "Apple's chief": of an organisation unknown to the KB
            if term.role == TITLE and term.sector == GOV and self._unknown_name_after(d, tok, m):
                return ()  # "vice-president of Lego China": of a firm unknown to the KB, no government
            if term.role == NOUN and tok.lower_ in BACK_REFERRING_COURTS and left == head_start - 1 == i - 1 \
                    and doc[left].lower_ == "the":
                court = self._recent_court(d, i)
                if court is not None:  # "the court" after "the International Criminal Court"
                    text, start, end = self.span(d, left, right)
                    return (replace(court, text=text, start=start, end=end, rule=f"definite->{court.rule}"),)
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
                    and not (term_role == NOUN and head_rule.startswith("noun:="))):  # "the Evening Times": none
                country, how = self._implicit_country(d, tok, sectors[0], left,
                                                      person=term_role == TITLE and tok.tag_ in ("NN", "NNP"))
                if country:
                    rules.append(how)
            out.append(self._make(d, left, right, country, sectors, "+".join(rules), prefix))
        return tuple(out)

    def _recent_court(self, d: int, i: int) -> Actor | None:
        """The court an article named last before token i, when it is one the KB knows by name
        (an international court, a country's supreme court) and was named within
        `SECTOR_MEMORY` sentences; None when a court of no known name came between."""
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
                    if entry.kind != PERSON and role is not None and role.sectors[:1] == ("JUD",):
                        return self._entry_actor(entry, dd, m.start, m.end - 1)
                elif sense.kind == SECTOR and self.tokens[dd][m.end - 1].lower_ in BACK_REFERRING_COURTS:
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
        if (sense.kind in (ADJECTIVE, PEOPLE) and head.tag_ == "NN" and lemma not in PERSON_NOUNS
                and not lemma.endswith(PERSON_SUFFIXES) and not self._sector_left(d, i, head.i)):
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

    def _recall_sector(self, d: int, i: int) -> str | None:
        """The country of the last phrase with the same head or modifier word written with a
        country ("Syrian troops", "the Syrian armed opposition") within `SECTOR_MEMORY`
        sentences before token i."""
        if self._sector_memory is None:
            self._sector_memory = self._index_sector_countries()
        sentence = self.sentence_of(d, i)
        offset = self.offsets[d] + self.arrays[d].idx[i]
        best: tuple[int, int, str] | None = None
        tok = self.tokens[d][i]
        words = [tok, *(c for c in tok.lefts if c.dep_ in ("compound", "amod"))]
        for key in {w.lemma_.lower() for w in words}:
            for entry in reversed(self._sector_memory.get(key, ())):
                if entry[0] < offset:
                    best = max(best, entry) if best else entry
                    break
        if best is not None and sentence - best[1] <= SECTOR_MEMORY:
            return best[2]
        return None

    def _index_sector_countries(self) -> dict[str, list[tuple[int, int, str]]]:
        """Head lemma of a group noun -> (offset, sentence, country) of each mention written
        with a country modifier ("Syrian troops"), in article order."""
        kb = self.kb
        memory: dict[str, list[tuple[int, int, str]]] = {}
        for d, matches in enumerate(self._matches):
            match_at = self._match_at[d]
            for m in matches:
                sense = head_sense(kb, m)
                if sense.kind != SECTOR or kb.sector_terms[sense.ref].role != NOUN:  # groups, not titles
                    continue
                head = self.tokens[d][m.end - 1]
                for c in head.lefts:
                    cm = match_at.get(c.i)
                    if cm is not None and c.dep_ in ("amod", "compound", "poss", "nmod"):
                        cs = modifier_sense(kb, cm)
                        if cs.kind in COUNTRY_KINDS:
                            entry = (self.offsets[d] + self.arrays[d].idx[m.start], self.sentence_of(d, m.start),
                                     str(cs.ref))
                            memory.setdefault(head.lemma_.lower(), []).append(entry)
                            break
        return memory

    def place_country_here(self, name: str) -> str | None:
        """The country of a town named as a modifier ("Darfur rebels"), when the article names
        that country too (or none at all): a surname that is also some village ("Lee family
        aides") is not a place of this story."""
        assert self.place_country is not None
        if fold(name) in self.name_words:
            return None
        iso = self.place_country(name)
        if iso and self._text_countries and iso not in self._text_countries:
            return None
        return iso

    def _sector_modified(self, d: int, tok: Token, left: int) -> bool:
        """Is a plural common noun the KB does not know modified by a sector noun written
        before it ("army bulldozers", "government buildings"; not "Maduro's speeches")?"""
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
            return False
        doc = self.docs[d]
        # a group noun used as a compound; not topical modifiers ("human rights concerns",
        # "military assistance") nor adjectives ("official talks")
        return any(p.sectors and not p.owner and p.rule.startswith("noun:") and doc[k].pos_ in ("NOUN", "PROPN")
                   for k, p in self._left_raw(d, left, tok.i))

    def _implicit_country(self, d: int, tok: Token, sector: str | None = None, left: int | None = None,
                          person: bool = False) -> tuple[str | None, str]:
        """The country of a phrase that names none: shared with the conjunct it is coordinated
        with ("Israeli helicopters and tanks"), where it is ("security forces in Guinea"), the
        country of the last actor of the same sector named with one a few sentences before
        ("the Syrian armed opposition ... opposition representatives"), or the article's
        dominant one."""
        own = self._match_at[d].get(tok.i)  # "foreign" of "the Foreign Ministry" is its own word
        if left is not None and any(self.docs[d][k].lower_ == "foreign" or self._sponsor_at(d, k)
                                    for k in range(left, tok.i if own is None else own.start)):
            return None, ""  # "foreign leaders", "Armenia-backed fighters": of no country named here
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.i != tok.i:
            for _, part in self._left_raw(d, np_left(first), first.i):
                if part.country and not part.owner:
                    return part.country, f"shared:{part.rule}"
        if sector is not None and sector != CVL:
            sender = self._sender(d, tok)
            if sender:  # "Russia sent envoys to Kabul": Russia's envoys
                return sender, f"sent-by:{sender}"
        located = self._located(d, tok)
        if located and sector != REF:  # refugees are of the country they fled, not the host
            return located, f"located:{located}"
        if not located and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
            # "In Nairobi, police fired tear gas": the clause's place
            located = self._located(d, tok.head, clause=True)
            if located and sector != REF:
                return located, f"located:{located}"
        if sector is not None and sector != CVL:
            # the same word recalls its country, over the article's ("the Syrian armed
            # opposition" ... "opposition representatives")
            recalled = self._recall_sector(d, tok.i)
            if recalled:
                return recalled, f"same-word:{recalled}"
        if person and self._named_only_beside(d, tok):
            return None, ""
        if sector == REF and located and located == (self.dominant_country or self.leading_country):
            return None, ""  # "refugees in Germany" in a German story: of no country named
        if self.dominant_country:
            return self.dominant_country, "context"
        leading = self.leading_country
        if leading:
            return leading, "context-weak"
        return None, ""

    def _of_many(self, d: int, tok: Token, m: Match | None, of_slot: list[Part]) -> bool:
        """Does a phrase stand for several countries' actors, so that no single country may be
        implied: an institution each country has one of, in the plural ("governments"), or
        a group of people "of" something that names no country ("leaders of the 27 member
        states")?"""
        if tok.tag_ in ("NNS", "NNPS"):
            key = fold(self.docs[d][m.start:m.end].text) if m is not None else tok.lemma_.lower()
            if key in ONE_PER_COUNTRY or key.rstrip("s") in ONE_PER_COUNTRY or tok.lemma_.lower() in ONE_PER_COUNTRY:
                return True
        if of_slot or not (low_in(tok, AGENT_HEADS) or low_in(tok, GROUP_HEADS)):
            return False
        return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(c.dep_ == "pobj" for c in prep.children)
                   for prep in tok.rights)

    def _sponsor_at(self, d: int, k: int) -> bool:
        """Is token k a country word in "X-backed"?"""
        m = self._match_at[d].get(k)
        return (m is not None and m.end - 1 == k and modifier_sense(self.kb, m).kind in COUNTRY_KINDS
                and backed_by(self.docs[d], m.end))

    def _named_only_beside(self, d: int, tok: Token) -> bool:
        """Is every country the article names named in this sentence only, in other noun
        phrases? "The president met the Egyptian foreign minister": the only country written
        belongs to the minister, and the president is someone else."""
        sent = self.sent(d, tok.i)
        here = [m for m in self._matches[d] if sent.start <= m.start < sent.end
                and head_sense(self.kb, m).kind in COUNTRY_KINDS]
        if not here:
            return False
        named = {str(head_sense(self.kb, m).ref) for m in here}
        if any(self._text_countries[c] > sum(1 for m in here if str(head_sense(self.kb, m).ref) == c)
               for c in named) or set(self._text_countries) - named:
            return False  # the article names them elsewhere too: its context
        phrase = range(np_left(tok), tok.right_edge.i + 1)
        return all(m.start not in phrase for m in here)

    def _located(self, d: int, tok: Token, clause: bool = False) -> str | None:
        """Country of an "in X" / "at X" place attached to the phrase, if X is known; with
        `clause`, attached to the verb on either side ("In Kenya, police fired ...")."""
        for prep in tok.children if clause else tok.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "inside"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                m = self._match_at[d].get(pobj.i)
                if m is not None:
                    sense = head_sense(self.kb, m)
                    if sense.kind in COUNTRY_KINDS:
                        return str(sense.ref)
                elif self.place_country is not None and pobj.pos_ == "PROPN" and pobj.lower_ not in NOT_NAMES:
                    iso = self._place_name_country(d, pobj)  # not "in August" (a town somewhere)
                    if iso:
                        return iso
        return None

    def _place_name_country(self, d: int, pobj: Token) -> str | None:
        """Country of a place name ending at `pobj`: the whole name, else its front part
        ("Kuala Lumpur" in "Kuala Lumpur International Airport"; "Airport" alone is some
        village), else a one-word name itself."""
        assert self.place_country is not None
        doc = self.docs[d]
        left = np_left(pobj)
        while left < pobj.i and not doc[left].text[:1].isupper():
            left += 1  # "the", "southern"
        for end in range(pobj.i + 1, left, -1):
            iso = self.place_country(doc[left:end].text)
            if iso:
                return iso
        return None

    def _residence(self, d: int, tok: Token, left: int, head_start: int, iso: str,
                   by_modifier: bool = True) -> tuple[str, str]:
        """Ethnic groups are coded by the country they live in: "Bosnian Serbs" are BIH;
        "ethnic Albanians" are of the place named ("in south Serbia") or the article's
        country. Returns (country, rule suffix; empty when unchanged)."""
        doc = self.docs[d]
        for _, part in self._left_raw(d, left, head_start) if by_modifier else ():
            if part.country and part.country != iso and not part.owner:
                return part.country, f"+{part.rule}"
        if any(doc[k].lower_ == "ethnic" for k in range(left, head_start)):
            where = self._located(d, tok)
            if not where:
                for prep in tok.rights:  # "Albanians of southern Serbia"
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        where = next((a.country for p in prep.children if p.dep_ == "pobj"
                                      for a in self.own(d, p.i) if a.country), None)
            where = where or self.dominant_country
            if where and where != iso:
                return where, f"+ethnic:{where}"
        return iso, ""

    def _make(self, d: int, a: int, b: int, country: str | None, sectors: tuple[str, ...], rule: str,
              prefix: bool = False) -> Actor:
        text, start, end = self.span(d, a, b)
        return Actor(code=compose_code(country, sectors, prefix), country=country,
                     sector=sectors[0] if sectors else None, text=text, sectors=sectors, rule=rule,
                     start=start, end=end)

    def _last_titled(self, d: int, i: int, phrase: str, left: int, head_start: int) -> ArticlePerson | None:
        """ "the minister": the last person introduced with a title ending in "minister", when the
        phrase has nothing but a determiner before the title; "the German chancellor": the last
        one of that country."""
        country = None
        for k in range(left, head_start):
            m = self._match_at[d].get(k)
            if m is not None and modifier_sense(self.kb, m).kind in COUNTRY_KINDS and country is None:
                country = str(modifier_sense(self.kb, m).ref)
            elif self.tokens[d][k].dep_ != "det":
                return None
        offset = self.offsets[d] + self.tokens[d][i].idx
        best = None
        for off, person in self._titled.get(fold(phrase).rsplit(" ", 1)[-1], ()):
            if off < offset and (country is None or person.country == country):
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
                    if fold(term.phrase) not in TITLE_QUALIFIERS:  # "deputy governor" is a governor
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
                if prep.dep_ != "prep" or prep.lower_ not in QUALIFYING_PREPS or prep.i <= right:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = self.resolve(pobj)
                        if found:
                            parts = [self._part_of(a) for a in found]
                            return parts, max(right, pobj.right_edge.i)
        return [], right

    # -- article-level views ----------------------------------------------------------------


def _stateless(actor: Actor) -> Actor | None:
    """A person of an international body (a UN envoy: IGOUNO, no country) fixes the code of
    what they own ("his envoy", "Guterres's spokesman"), as the body would; None for anyone
    of a country, whose country and sectors compose with the head instead."""
    return actor if actor.country is None and actor.code and actor.code.startswith("IGO") else None
