"""Per-article actor state: who is mentioned where, and what each noun phrase denotes.

`ArticleActors` is built once per article by `ActorResolver.for_article`: it matches the KB
over every paragraph, finds people introduced by titles, counts countries to find the
article's dominant one, and indexes person mentions and subjects by position. `resolve()` then
answers per noun-phrase head from that state (results are memoised per token).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..record import Actor
from . import coref
from .compose import CONTEXT_FREE, Part, combine
from .entries import (
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    ENTRY,
    MODIFIER,
    PEOPLE,
    PERSON,
    SECTOR,
    TITLE,
    Entry,
    compose_code,
    fold,
)
from .grammar import (
    AGENT_HEADS,
    FIRST_PERSON,
    GROUP_HEADS,
    GROUP_PRONOUNS,
    LOCATIVE_PREPS,
    PARTITIVES,
    PERSONAL,
    QUALIFYING_PREPS,
    RELATIVE,
    SUBJECT_DEPS,
    np_left,
)
from .matcher import Match
from .people import ArticlePerson, Intro, IntroFinder, TitleNP, name_like
from .senses import COUNTRY_KINDS, head_sense, modifier_sense

if TYPE_CHECKING:
    from .resolver import ActorResolver

CVL = "CVL"
GOV = "GOV"
DATELINE_WEIGHT = 2
# The dominant country must lead the runner-up by this factor to be used for "the government".
DOMINANCE = 1.5
# Share of non-initial words that are capitalised above which text counts as cased.
CASED_SHARE = 0.03
_CALENDAR = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"
])
_NOT_MENTION_DEPS = frozenset(("compound", "amod", "nmod", "det", "case", "punct", "npadvmod", "cc"))


def _file(origin: str) -> str:
    return origin.rsplit(":", 1)[0]


class ArticleActors:
    def __init__(self, resolver: ActorResolver, docs: Sequence[Doc], offsets: Sequence[int],
                 pub_date: dt.date | None, dateline_places: Sequence[str] = (), learn: bool = True):
        if len(docs) != len(offsets):
            raise ValueError("docs and offsets differ in length")
        self.kb = resolver.kb
        self.registry = resolver.registry
        self.docs = list(docs)
        self.offsets = list(offsets)
        self.date = pub_date
        self._doc_index = {id(doc): d for d, doc in enumerate(self.docs)}
        self._matches: list[list[Match]] = [resolver.matcher(doc) for doc in self.docs]
        self._match_at: list[dict[int, Match]] = [
            {i: m for m in ms for i in range(m.start, m.end)} for ms in self._matches]
        self._cache: dict[tuple[int, int], tuple[Actor, ...]] = {}
        self._busy: set[tuple[int, int]] = set()  # cycle guard for mutual references
        self.people: list[ArticlePerson] = []
        self._people_by_key: dict[str, ArticlePerson] = {}
        self._person_at: dict[tuple[int, int], ArticlePerson] = {}
        self._title_tokens: set[tuple[int, int]] = set()
        self._titled: dict[str, list[tuple[int, ArticlePerson]]] = {}  # title word -> (offset, person)
        self._sentence: list[list[int]] = []
        self._mentions: list[Actor] | None = None
        self.cased = is_cased(self.docs)
        self._find_people()
        self._text_countries = self._count_countries()
        self.dominant_country = self._dominant(dateline_places)
        self._settle_people()
        self._index_positions()
        if learn:
            self._learn()

    # -- construction -----------------------------------------------------------------------
    def _person_for(self, name: str, entry_index: int | None) -> ArticlePerson:
        entry = self.kb.entries[entry_index] if entry_index is not None else None
        display = entry.name if entry else (name.title() if name.islower() else name)
        key = fold(display)
        person = self._people_by_key.get(key)
        if person is None:
            person = ArticlePerson(display, key, entry=entry)
            self._people_by_key[key] = person
            self.people.append(person)
        return person

    def _find_people(self) -> None:
        kb = self.kb
        for d, doc in enumerate(self.docs):
            for m in self._matches[d]:
                sense = head_sense(kb, m)
                if sense.kind == ENTRY and kb.entries[sense.ref].kind == PERSON:
                    person = self._person_for(kb.entries[sense.ref].name, sense.ref)
                    for i in range(m.start, m.end):
                        self._person_at[(d, i)] = person
            for intro in IntroFinder(kb, doc, self._matches[d], self._match_at[d], self.cased).find():
                self._introduce(d, intro)
        self._find_surnames()

    def _introduce(self, d: int, intro: Intro) -> None:
        doc = self.docs[d]
        person = self._person_for(doc[intro.name_start:intro.name_end].text, intro.entry)
        for i in range(intro.name_start, intro.name_end):
            self._person_at[(d, i)] = person
        offset = self.offsets[d] + doc[intro.name_start].idx
        for t in intro.titles:
            self._person_at[(d, t.end - 1)] = person
            self._title_tokens.add((d, t.end - 1))
            phrase = fold(t.term.phrase)
            if phrase not in person.titles:
                person.titles.append(phrase)
            self._titled.setdefault(phrase.rsplit(" ", 1)[-1], []).append((offset, person))
        if not person.sectors:
            country, sectors, rules, person.org = self._title_reading(d, intro.titles)
            person.sectors = sectors
            person.rule = "+".join(rules)
            if country:
                person.country, person.explicit = country, True
            person.sentence = doc[intro.name_start].sent.text

    def _title_reading(self, d: int, titles: tuple[TitleNP, ...]
                       ) -> tuple[str | None, tuple[str, ...], list[str], Actor | None]:
        """Country, sectors and organisation a chain of titles gives: "venezuelan foreign
        minister" -> VEN, GOV; "U.N. envoy" -> the United Nations."""
        country: str | None = None
        sectors: tuple[str, ...] = ()
        rules: list[str] = []
        org: Actor | None = None
        for t in titles:
            slots = self._left_parts(d, t.left, t.start)
            readings = combine(t.term.sectors, slots)
            if readings:
                r = readings[0]
                country = country or r.country or (r.actor.country if r.actor else None)
                sectors = sectors or r.sectors
                org = org or r.actor
            rules.append(f"title:{t.term.phrase}")
        return country, sectors, rules, org

    def _find_surnames(self) -> None:
        """Later mentions by surname (or full name) of people known in this article, and people
        the registry learned from earlier articles."""
        by_name: dict[str, ArticlePerson] = {}
        for p in self.people:
            by_name.setdefault(p.key, p)
            if " " in p.key:
                by_name.setdefault(p.surname, p)
        use_registry = self.registry is not None and len(self.registry) > 0
        for d, doc in enumerate(self.docs):
            for tok in doc:
                if (d, tok.i) in self._person_at or tok.i in self._match_at[d]:
                    continue
                person = by_name.get(fold(tok.text))
                if person is None and not use_registry:
                    continue
                if not name_like(tok, self.cased, self.kb, self._match_at[d]):
                    continue
                if person is None:
                    person = self._from_registry(doc, tok, by_name)
                if person is not None:
                    self._person_at[(d, tok.i)] = person

    def _from_registry(self, doc: Doc, tok: Token, by_name: dict[str, ArticlePerson]) -> ArticlePerson | None:
        """A person the registry knows, by the full name ending at `tok` or a distinctive
        surname tagged as a proper noun."""
        assert self.registry is not None
        found = None
        for n in (3, 2):
            if found is None and tok.i - n + 1 >= 0:
                found = self.registry.lookup(fold(doc[tok.i - n + 1:tok.i + 1].text))
        if found is None and tok.pos_ == "PROPN":
            found = self.registry.by_surname(fold(tok.text))
        if found is None:
            return None
        person = self._person_for(found.name, None)
        if not person.sectors:
            person.country, person.sectors, person.explicit = found.country, found.sectors, bool(found.country)
            person.code, person.learned = found.code, True
            person.rule = f"registry:{found.name}"
        by_name.setdefault(person.key, person)
        by_name.setdefault(person.surname, person)
        return person

    def _count_countries(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        kb = self.kb
        for d, matches in enumerate(self._matches):
            for m in matches:
                sense = head_sense(kb, m)
                if sense.kind in COUNTRY_KINDS:
                    counts[str(sense.ref)] += 1
                elif sense.kind == ENTRY:
                    role = kb.entries[sense.ref].role_on(self.date)
                    if role is not None and role.country in kb.countries:
                        counts[role.country] += 1
        # people the KB does not know count once per mention (at the name's last token)
        for (d, i), person in self._person_at.items():
            if (person.entry is None and person.explicit and person.country and (d, i) not in self._title_tokens
                    and self._person_at.get((d, i + 1)) is not person):
                counts[person.country] += 1
        return counts

    def _dominant(self, dateline_places: Sequence[str]) -> str | None:
        counts = Counter(self._text_countries)
        for place in dateline_places:
            iso = self.kb.place_country(place)
            if iso:
                counts[iso] += DATELINE_WEIGHT
        ranked = counts.most_common(2)
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
            return ranked[0][0]
        return None

    def _settle_people(self) -> None:
        """Each person's code on the article's date: the KB role in force, else the title with
        the country written next to it, the registry's, or the article's."""
        for p in self.people:
            role = p.entry.role_on(self.date) if p.entry else None
            if role is not None and role.code:
                p.code, p.country, p.sectors = role.code, role.country, role.sectors
                p.rule = f"{_file(role.origin)}:{p.entry.name}"  # type: ignore[union-attr]
                continue
            if p.learned:
                continue
            if p.org is not None and p.org.code:  # "Arab League Secretary General X"
                p.code, p.country, p.sectors = p.org.code, p.org.country, p.org.sectors
                p.rule = f"{p.rule}+{p.org.rule}"
                continue
            if p.entry is not None:  # a KB name with no office on this date
                last = max(p.entry.roles, key=lambda r: r.end or dt.date.max)
                if not p.sectors:  # and no title here: its country only
                    p.country, p.code = last.country, last.country
                    p.rule = f"{_file(last.origin)}:{p.entry.name} (no role on date)"
                    continue
                if p.country is None and last.country:
                    p.country, p.explicit = last.country, True
                    p.rule += f"+{_file(last.origin)}:{p.entry.name}"
            if not p.explicit and self.registry is not None:
                found = self.registry.lookup(p.key)
                if found is not None:
                    p.country, p.sectors, p.code = found.country, found.sectors, found.code
                    p.rule = f"registry:{found.name}"
                    continue
            if p.country is None and self.dominant_country and not (p.sectors and p.sectors[0] in CONTEXT_FREE):
                p.country = self.dominant_country
                p.rule += "+context"
            p.code = compose_code(p.country, p.sectors)

    def _index_positions(self) -> None:
        mentions: list[tuple[int, int, int, ArticlePerson]] = []
        subjects: list[tuple[int, int, int]] = []
        sentence = 0
        for d, doc in enumerate(self.docs):
            numbers = [0] * len(doc)
            for sent in doc.sents:
                for i in range(sent.start, sent.end):
                    numbers[i] = sentence
                sentence += 1
            self._sentence.append(numbers)
            for tok in doc:
                offset = self.offsets[d] + tok.idx
                if tok.dep_ in SUBJECT_DEPS:
                    subjects.append((offset, d, tok.i))
                person = self._person_at.get((d, tok.i))
                if (person is not None and person.code and (d, tok.i) not in self._title_tokens
                        and tok.dep_ != "amod" and self._person_at.get((d, tok.i + 1)) is not person):
                    mentions.append((offset, d, tok.i, person))
        mentions.sort(key=lambda m: m[:3])
        self.person_mentions = mentions
        self.subjects = sorted(subjects)

    def _learn(self) -> None:
        if self.registry is None:
            return
        for p in self.people:
            if p.entry is None and not p.learned and p.titles and p.country and p.code:
                self.registry.observe(p.name, p.code, p.country, p.sectors, p.titles[0], self.date, p.sentence)

    # -- helpers used by coref --------------------------------------------------------------
    def span(self, d: int, a: int, b: int) -> tuple[str, int, int]:
        doc = self.docs[d]
        return doc[a:b + 1].text, self.offsets[d] + doc[a].idx, self.offsets[d] + doc[b].idx + len(doc[b].text)

    def sentence_of(self, d: int, i: int) -> int:
        return self._sentence[d][i]

    def is_person_name(self, name: str) -> bool:
        return fold(name) in self._people_by_key

    def person_actor(self, person: ArticlePerson, d: int, a: int, b: int) -> Actor:
        text, start, end = self.span(d, a, b)
        sectors = person.sectors
        return Actor(code=person.code, country=person.country, sector=sectors[0] if sectors else None,
                     text=text, name=person.name, sectors=sectors, rule=person.rule, start=start, end=end)

    # -- resolution -------------------------------------------------------------------------
    def resolve(self, token: Token, speaker: Actor | None = None) -> list[Actor]:
        """The actor(s) the noun phrase headed by `token` denotes; [] when none.

        Coordinated heads ("Chile, Mexico and Bolivia") give one actor per conjunct.
        First-person pronouns are the `speaker` when given.
        """
        d = self._doc_index.get(id(token.doc))
        if d is None:
            raise ValueError(f"token {token.text!r} is not from this article's docs")
        out: list[Actor] = []
        seen: set[tuple[str | None, str | None]] = set()
        for tok in self._with_conjuncts(token):
            if self.is_first_person(d, tok):
                found: tuple[Actor, ...] = ()
                if speaker is not None:
                    text, start, end = self.span(d, tok.i, tok.i)
                    found = (replace(speaker, text=text, start=start, end=end,
                                     rule=f"speaker->{speaker.name or speaker.code}"),)
            else:
                found = self.own(d, tok.i)
            for a in found:
                if (a.code, a.name) not in seen:
                    seen.add((a.code, a.name))
                    out.append(a)
        return out

    @staticmethod
    def _with_conjuncts(token: Token) -> list[Token]:
        out, todo = [], [token]
        while todo:
            tok = todo.pop(0)
            out.append(tok)
            todo.extend(c for c in tok.children if c.dep_ == "conj")
        return out

    def own(self, d: int, i: int) -> tuple[Actor, ...]:
        """The actors of the phrase headed by token i, without its conjuncts (memoised)."""
        key = (d, i)
        found = self._cache.get(key)
        if found is not None:
            return found
        if key in self._busy:
            return ()
        self._busy.add(key)
        try:
            found = self._own(d, i)
        finally:
            self._busy.discard(key)
        self._cache[key] = found
        return found

    def is_first_person(self, d: int, tok: Token) -> bool:
        """ "we", "us", "our" -- but not "US" matched as the United States."""
        return tok.lower_ in FIRST_PERSON and tok.i not in self._match_at[d]

    def _own(self, d: int, i: int) -> tuple[Actor, ...]:
        tok = self.docs[d][i]
        low = tok.lower_
        if i in self._match_at[d]:
            return self._noun_phrase(d, i) if (d, i) not in self._person_at else self._named(d, i)
        if low in PERSONAL:
            return coref.personal(self, d, i)
        if low in GROUP_PRONOUNS:
            return coref.group(self, d, i)
        if low in RELATIVE and (tok.tag_ in ("WP", "WDT", "WP$") or tok.pos_ == "PRON"):
            return coref.relative(self, d, i)
        if low in FIRST_PERSON or tok.pos_ == "PRON":
            return ()
        return self._named(d, i)

    def _named(self, d: int, i: int) -> tuple[Actor, ...]:
        person = self._person_at.get((d, i))
        if person is not None and person.code:
            return (self.person_actor(person, d, np_left(self.docs[d][i]), i),)
        return self._noun_phrase(d, i)

    def _entry_actor(self, entry: Entry, d: int, a: int, b: int) -> Actor | None:
        role = entry.role_on(self.date)
        if role is None or role.code is None:
            return None
        text, start, end = self.span(d, a, b)
        return Actor(code=role.code, country=role.country, sector=role.sectors[0] if role.sectors else None,
                     text=text, name=entry.name, sectors=role.sectors, rule=f"{_file(role.origin)}:{entry.name}",
                     start=start, end=end)

    def _noun_phrase(self, d: int, i: int) -> tuple[Actor, ...]:
        kb, doc, tok = self.kb, self.docs[d], self.docs[d][i]
        m = self._match_at[d].get(i)
        head_start, head_end = (m.start, m.end - 1) if m else (i, i)
        left, right = min(np_left(tok), head_start), max(head_end, i)
        if m is not None:
            sense = head_sense(kb, m)
            if sense.kind == ENTRY:
                actor = self._entry_actor(kb.entries[sense.ref], d, left, right)
                return (actor,) if actor else ()
            if sense.kind == COUNTRY:
                iso = str(sense.ref)
                name = kb.countries[iso].name if iso in kb.countries else doc[m.start:m.end].text
                return (self._make(d, left, right, iso, (), f"country:{name}"),)
            if sense.kind == CAPITAL:
                if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
                    return ()  # "talks in Washington": a place, not the government
                return (self._make(d, left, right, str(sense.ref), (GOV,), f"capital:{doc[m.start:m.end].text}"),)
            if sense.kind in (PEOPLE, ADJECTIVE):
                return (self._make(d, left, right, str(sense.ref), (CVL,), f"people:{doc[m.start:m.end].text}"),)
            term = kb.sector_terms[sense.ref]
            if term.role == MODIFIER:  # "opposition-led", "asylum": not a head on its own
                return ()
            head_sectors, prefix, head_rule = term.sectors, term.prefix, f"{term.role}:{term.phrase}"
            if term.role == TITLE and tok.tag_ not in ("NNS", "NNPS"):
                person = self._last_titled(d, i, term.phrase, left, head_start)
                if person is not None:
                    actor = self.person_actor(person, d, left, right)
                    return (replace(actor, rule=f"title->{person.name}"),)
        elif low_in(tok, PARTITIVES):
            return self._partitive(d, i, left)
        elif low_in(tok, GROUP_HEADS):
            head_sectors, prefix, head_rule = (), False, f"group:{tok.lower_}"
        elif low_in(tok, AGENT_HEADS):
            head_sectors, prefix, head_rule = (GOV,), False, f"agent:{tok.lower_}"
        else:
            return ()
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
            if r.actor is not None:  # "U.N. peacekeepers", "NATO troops": the organisation
                text, start, end = self.span(d, left, right)
                out.append(replace(r.actor, text=text, start=start, end=end, rule=f"{r.actor.rule}+{head_rule}"))
                continue
            if not r.sectors:
                continue
            country, rules = r.country, [*r.rules, head_rule]
            if country is None and r.sectors[0] not in CONTEXT_FREE and self.dominant_country:
                country = self.dominant_country
                rules.append("context")
            out.append(self._make(d, left, right, country, r.sectors, "+".join(rules), prefix))
        return tuple(out)

    def _make(self, d: int, a: int, b: int, country: str | None, sectors: tuple[str, ...], rule: str,
              prefix: bool = False) -> Actor:
        text, start, end = self.span(d, a, b)
        return Actor(code=compose_code(country, sectors, prefix), country=country,
                     sector=sectors[0] if sectors else None, text=text, sectors=sectors, rule=rule,
                     start=start, end=end)

    def _last_titled(self, d: int, i: int, phrase: str, left: int, head_start: int) -> ArticlePerson | None:
        """ "the minister": the last person introduced with a title ending in "minister", when the
        phrase has nothing but a determiner before the title."""
        if any(self.docs[d][k].dep_ != "det" for k in range(left, head_start)):
            return None
        offset = self.offsets[d] + self.docs[d][i].idx
        best = None
        for off, person in self._titled.get(fold(phrase).rsplit(" ", 1)[-1], ()):
            if off < offset:
                best = person
        return best

    def _partitive(self, d: int, i: int, left: int) -> tuple[Actor, ...]:
        """ "members of the opposition" denotes the opposition."""
        tok = self.docs[d][i]
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
                parts.append((end, Part(person.country, person.sectors, None, f"person:{person.name}", owner=True)))
                k = end + 1
                continue
            if m is not None:
                sense = modifier_sense(kb, m)
                last = min(m.end, head_start) - 1
                if sense.kind in COUNTRY_KINDS:
                    name = doc[m.start:m.end].text
                    parts.append((last, Part(country=str(sense.ref), rule=f"{sense.kind}:{name}")))
                elif sense.kind == SECTOR:
                    term = kb.sector_terms[sense.ref]
                    parts.append((last, Part(sectors=term.sectors, rule=f"{term.role}:{term.phrase}")))
                elif sense.kind == ENTRY:
                    actor = self._entry_actor(kb.entries[sense.ref], d, m.start, m.end - 1)
                    if actor is not None:
                        parts.append((last, self._part_of(actor)))
                k = max(m.end, k + 1)
                continue
            if tok.dep_ == "poss" and tok.pos_ == "PRON" and not self.is_first_person(d, tok):
                for a in self.own(d, k):
                    parts.append((k, Part(a.country, a.sectors, None, a.rule or "", owner=True)))
            k += 1
        return parts

    def _part_of(self, actor: Actor) -> Part:
        """What an actor says as a modifier: an organisation fixes the code ("U.N. envoy"), a
        person or a country gives country and sectors ("Maduro's government")."""
        if actor.name and not self.is_person_name(actor.name):
            country = actor.country if actor.country in self.kb.countries else None
            return Part(country, actor.sectors, actor, actor.rule or "", owner=True)
        return Part(actor.country, actor.sectors, None, actor.rule or "", owner=True)

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
        heads = [tok] if m is None else [self.docs[d][k] for k in range(m.start, m.end)]
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
    def mentions(self) -> list[Actor]:
        """Every actor mention in article order (title words of an introduced person and the
        name's inner tokens are not counted again; first-person pronouns need a speaker)."""
        if self._mentions is None:
            out: list[Actor] = []
            for d, doc in enumerate(self.docs):
                for tok in doc:
                    if (tok.dep_ in _NOT_MENTION_DEPS or (d, tok.i) in self._title_tokens
                            or self.is_first_person(d, tok)):
                        continue
                    person = self._person_at.get((d, tok.i))
                    if person is not None and self._person_at.get((d, tok.i + 1)) is person:
                        continue
                    if tok.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "X", "NUM"):
                        out.extend(self.own(d, tok.i))
            self._mentions = out
        return list(self._mentions)

    def countries_in(self, d: int, start: int, end: int) -> set[str]:
        """Countries named by country words between tokens start and end of doc d."""
        kb = self.kb
        return {str(head_sense(kb, m).ref) for m in self._matches[d]
                if start <= m.start < end and head_sense(kb, m).kind in COUNTRY_KINDS}

    def countries(self) -> Counter[str]:
        """How often each country is named in the text (names, adjectives, demonyms, capitals,
        and people/organisations of that country); datelines not included."""
        return Counter(self._text_countries)


def is_cased(docs: Sequence[Doc]) -> bool:
    """Is the article in ordinary casing? Lower-cased wire copy that was truecased keeps only
    sentence starts, "I", "U.S." and dates capitalised, so count capitals elsewhere."""
    words = capitals = 0
    for doc in docs:
        for tok in doc:
            if tok.is_alpha and not tok.is_sent_start and len(tok.text) > 1:
                words += 1
                capitals += tok.text[0].isupper() and tok.lower_ not in _CALENDAR
    return words > 0 and capitals >= max(1, CASED_SHARE * words)


def low_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words
