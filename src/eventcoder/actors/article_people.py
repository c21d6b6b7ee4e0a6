"""The people of one article: names the KB knows, people introduced by a title, later
surnames, names learned by the registry; and each person's code on the article's date.

A mixin of `ArticleActors` (context.py), split out to keep each module to one job.
"""

from __future__ import annotations

import datetime as dt

from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ..record import Actor
from .compose import CONTEXT_FREE, combine
from .entries import (
    ENTRY,
    MODIFIER,
    NOUN,
    PERSON,
    SECTOR,
    TITLE,
    Entry,
    Role,
    compose_code,
    fold,
    origin_file,
)
from .grammar import GENERATION_SUFFIXES, HONORIFIC_WORDS, NAME_POS, in_prose, title_key
from .matcher import Match
from .people import ArticlePerson, Intro, IntroFinder, TitleNP
from .senses import COUNTRY_KINDS, head_sense, person_sense
from .state import ArticleState
from .words import CAPITALISED, NAME_WORD, ORTH_COLUMN, label_id

# "R-Mich.", "D-Calif.", "I-Vt.": party and state after a US legislator's name.
_PARTY_LETTERS = frozenset(("R", "D", "I"))
_PARTY_HASHES = frozenset(hash_string(x) for x in _PARTY_LETTERS)  # their ORTH hashes
_COMPOUND = label_id("compound")  # as the DEP column holds it
_SUFFIX_HASHES = frozenset(hash_string(x) for x in GENERATION_SUFFIXES)  # their ORTH hashes
_COMMA = hash_string(",")
_POLITICAL = frozenset(("LEG", "GOV", "PTY", "OPP", "ELI"))


def _seeks(sectors: tuple[str, ...], org: Actor) -> bool:
    """Is a party title named with a body the office sought, not the body served ("U.S. Senate
    candidate X" runs for the Senate: a party's man, not a legislator)? A body of no country
    ("the UN's nominee") names whom the nominee is to serve."""
    return (bool(sectors) and sectors[0] == "PTY" and org.country is not None
            and not {"PTY", "OPP"} & set(org.sectors or (org.sector,)))


def other_first_name(entry: Entry, doc: Doc, start: int, end: int) -> bool:
    """Is a one-word KB name preceded by a first name that is not this person's? ("Sarah
    Sanders" is not Bernie Sanders, "Rick Gates" not Robert Gates.)"""
    if start == 0 or " " in doc[start:end].text:  # one word, "al-Maliki" included
        return False
    prev = doc[start - 1]
    if prev.dep_ != "compound" or prev.head.i != start or not prev.text[:1].isupper() or prev.pos_ != "PROPN":
        return False
    own_words = {w for n in (entry.name, *entry.aliases) for w in fold(n.lstrip("=")).split()}
    return fold(prev.text) not in own_words


def _same_initial(entry: Entry, first: str) -> bool:
    """Does a first name begin like the KB person's own (a spelling of it, "Aleksey" / "Alexei")?"""
    return fold(first)[:1] == fold(entry.name.lstrip("="))[:1]


def name_follows(entry: Entry, doc: Doc, start: int, end: int) -> bool:
    """Is a one-word KB name the first word of another name, in prose? ("Abe Foxman" is not
    Shinzo Abe, "Trump Tower" not Donald Trump; "Trump administration" still is.)"""
    if end >= len(doc) or " " in doc[start:end].text:
        return False
    word, after = doc[end - 1], doc[end]
    if (word.dep_ != "compound" or word.head.i != end or after.pos_ != "PROPN" or not after.text[:1].isupper()
            or after.is_upper):
        return False
    own_words = {w for n in (entry.name, *entry.aliases) for w in fold(n.lstrip("=")).split()}
    if fold(after.text) in own_words:
        return False
    # a title-case headline capitalises every word: no evidence of another name there
    return in_prose(word)


class PeopleMixin(ArticleState):
    def person_actor(self, person: ArticlePerson, d: int, a: int, b: int) -> Actor | None:
        """The person as an actor; None for someone the text names but nothing codes (such a
        person still blocks pronouns from reaching past them). A title written "then-" before the
        name says the office held at the time told: "then-President Barack Obama" acts as the
        government, whatever the KB gives him on the story's date."""
        if not person.code:
            return None
        text, start, end = self.span(d, a, b)
        code, sectors = person.code, person.sectors
        then = self._then_title(d, a)
        if then and person.country:
            code, sectors = compose_code(person.country, then) or code, then
        return Actor(code=code, country=person.country, sector=sectors[0] if sectors else None,
                     text=text, name=person.name, sectors=sectors, rule=person.rule, start=start, end=end)

    def _then_title(self, d: int, a: int) -> tuple[str, ...]:
        """The sectors of a title written after "then" at the start of the mention at token a, or
        just before it ("then-President", "then Secretary of State"); empty when there is none."""
        doc = self.docs[d]
        for k in range(max(a - 2, 0), min(a + 2, len(doc))):
            if doc[k].lower_ != "then" and not doc[k].lower_.startswith("then-"):
                continue
            for t in range(k + 1, min(k + 6, len(doc))):
                if doc[t].lower_ in ("former", "ex", "late"):
                    return ()  # "and then former President Obama said": no office held
                m = self._match_at[d].get(t)
                sense = head_sense(self.kb, m) if m is not None else None
                if sense is not None and sense.kind == SECTOR and self.kb.sector_terms[sense.ref].role == TITLE:
                    return self.kb.sector_terms[sense.ref].sectors
        return ()

    def _person_for(self, name: str, entry_index: int | None) -> ArticlePerson:
        entry = self.kb.entries[entry_index] if entry_index is not None else None
        display = entry.name if entry else (name.title() if name.islower() else name)
        key = fold(display)
        person = self._people_by_key.get(key)
        if person is None and entry is None:
            # "Mr Foley" after "US journalist James Foley", "President Higgins" after "Michael D.
            # Higgins" (a KB person the title alone does not name): the same person again
            words = key.split()
            while len(words) > 1 and words[0].rstrip(".") in HONORIFIC_WORDS:
                words = words[1:]
            if len(words) == 1:
                gender = self.kb.gender(display)
                person = next((p for p in self.people if " " in p.key and p.surname == words[0]
                               and not (gender and self.kb.gender(p.name) not in (None, gender))), None)
        if person is None:
            person = ArticlePerson(display, key, entry=entry)
            self._people_by_key[key] = person
            self.people.append(person)
        return person

    # Both tests need a proper noun compounded to the name, which most names lack: screened on
    # the arrays first, so that no Token or Span is made for a name standing alone.
    def _other_first_name(self, d: int, entry: Entry, start: int, end: int) -> bool:
        """`other_first_name` for the KB name at tokens start..end of doc d."""
        a = self.arrays[d]
        return (start > 0 and a.pos[start - 1] == "PROPN" and a.dep_id[start - 1] == _COMPOUND
                and other_first_name(entry, self.docs[d], start, end))

    def _first_name_at(self, d: int, k: int) -> bool:
        """Is token k a first name: not an honorific, an abbreviation or a word the KB matches?"""
        text = self.docs[d][k].text
        return (fold(text).rstrip(".") not in HONORIFIC_WORDS and not text.endswith(".")
                and k not in self._match_at[d])

    def _name_follows(self, d: int, entry: Entry, start: int, end: int) -> bool:
        """`name_follows` for the KB name at tokens start..end of doc d, or the name of a
        relative: a generational suffix the KB's own names lack ("Donald Trump Jr.")."""
        a = self.arrays[d]
        if self._relative_named(d, entry, end):
            return True
        return (end < len(a.pos) and a.pos[end] == "PROPN" and a.dep_id[end - 1] == _COMPOUND
                and name_follows(entry, self.docs[d], start, end))

    def _relative_named(self, d: int, entry: Entry, end: int) -> bool:
        orth = self.arrays[d].orth
        at = end + 1 if end + 1 < len(orth) and orth[end] == _COMMA else end  # "Michael Flynn, Jr."
        if at >= len(orth) or orth[at] not in _SUFFIX_HASHES:
            return False
        suffix = fold(self.docs[d][at].text).rstrip(".")
        return all(suffix not in fold(n.lstrip("=")).replace(".", "").split() for n in (entry.name, *entry.aliases))

    def _find_people(self) -> None:
        kb = self.kb
        # the docs with a party letter ("R-Mich."), found on the article's ORTH column at once
        party_docs = {self.stacked.locate(g)[0] for g in self.stacked.where(ORTH_COLUMN, list(_PARTY_HASHES))}
        # KB people whose surname someone else named in full took ("Marion Brown" is not Gordon
        # Brown, and neither is "Brown" after her), unless the article names them in full too
        # ("Francois Fillon" and "Penelope Fillon": "Fillon" is still the candidate)
        shadowed: set[int] = set()
        in_full: set = set()
        # the KB people named in full, by surname: "Brown" after "Jerry Brown" is him, not Gordon Brown
        full_by_surname: dict[str, int] = {}
        for d, ms in enumerate(self._matches):
            for m in (m for m in ms if m.end - m.start > 1):
                sense = head_sense(kb, m)
                in_full.add(sense.ref)
                if sense.kind == ENTRY and kb.entries[sense.ref].kind == PERSON:
                    full_by_surname[fold(self.docs[d][m.end - 1].text)] = sense.ref
        for d, doc in enumerate(self.docs):
            for m in self._matches[d]:
                sense = head_sense(kb, m)
                if sense.kind != ENTRY or kb.entries[sense.ref].kind != PERSON:
                    continue
                if self._other_first_name(d, kb.entries[sense.ref], m.start, m.end):
                    # "Michael Brown" names someone else; not "Mr Kelly", nor "Pyotr Poroshenko",
                    # a spelling of Petro
                    if self._first_name_at(d, m.start - 1) and not _same_initial(kb.entries[sense.ref],
                                                                                 doc[m.start - 1].text):
                        self._other_named.append((d, m.start - 1, m.end))
                        self._not_people.add((d, m.start))
                        if sense.ref not in in_full:
                            shadowed.add(sense.ref)
                    continue
                if m.end - m.start == 1 and sense.ref in shadowed:
                    self._not_people.add((d, m.start))
                    continue
                ref = sense.ref
                if m.end - m.start == 1 and ref not in in_full:
                    ref = full_by_surname.get(fold(doc[m.start].text), ref)
                if not self._name_follows(d, kb.entries[ref], m.start, m.end):
                    person = self._person_for(kb.entries[ref].name, ref)
                    if not person.sectors:  # an alias with a title: "President Obama"
                        person.sectors = self._alias_title(d, m)
                    for i in range(m.start, m.end):
                        self._person_at[(d, i)] = person
                        self._mention_left[(d, i)] = m.start
            for intro in IntroFinder(kb, doc, self._matches[d], self._match_at[d], self.cased).find():
                self._introduce(d, intro)
            if d in party_docs:
                self._find_party_labels(d)
        self._find_surnames()

    def _find_party_labels(self, d: int) -> None:
        """US legislators written "Justin Amash, R-Mich.": a member of Congress (USA, LEG), also
        when named without a title; a title written before ("Sen.") keeps its sector."""
        doc = self.docs[d]
        orth = self.arrays[d].orth
        if _PARTY_HASHES.isdisjoint(orth):  # screened on the arrays: no Token made
            return
        for k in (k for k in range(2, len(doc) - 2) if orth[k] in _PARTY_HASHES):
            if not (doc[k + 1].text == "-" and doc[k - 1].text == ","
                    and doc[k + 2].text[:1].isupper() and doc[k - 2].pos_ == "PROPN" and doc[k - 2].text[:1].isupper()):
                continue
            person = self._person_at.get((d, k - 2))
            if person is None:
                start = k - 2
                while (start > 0 and k - 2 - start < 2 and doc[start - 1].pos_ == "PROPN"
                       and doc[start - 1].text[:1].isupper() and not doc[start - 1].text.endswith(".")
                       and (start - 1) not in self._match_at[d]):  # not an abbreviated title
                    start -= 1
                if start == k - 2 or any(j in self._match_at[d] for j in range(start, k - 1)):
                    continue  # one word, or a name the KB reads otherwise
                person = self._person_for(doc[start:k - 1].text, None)
                for j in range(start, k - 1):
                    self._person_at[(d, j)] = person
                    self._mention_left[(d, j)] = start
                person.sentence_at = (d, start)
                person.introduced_at = (d, k - 2)
            if person.entry is None and not person.country:
                person.country, person.explicit = "USA", True
                if not person.sectors or person.sectors[0] not in _POLITICAL:  # "Chairman X, R-Texas"
                    person.sectors = ("LEG",)
                person.rule = "+".join(x for x in (person.rule, f"party-state:{doc[k:k + 3].text}") if x)

    def _alias_title(self, d: int, m: Match) -> tuple[str, ...]:
        """Sectors of a title that opens a matched name ("President Obama", "former
        President Obama"), read from the KB's title terms (the words' text from the arrays)."""
        for n in range(min(3, m.end - m.start - 1), 0, -1):
            for s in self.kb.senses(fold(self.words.span_text(self.arrays[d], m.start, m.start + n))):
                if s.kind == SECTOR and self.kb.sector_terms[s.ref].role == TITLE:
                    return self.kb.sector_terms[s.ref].sectors
        return ()

    def _introduce(self, d: int, intro: Intro) -> None:
        doc = self.docs[d]
        person = self._person_for(doc[intro.name_start:intro.name_end].text, intro.entry)
        first = intro.titles[0].left if intro.titles and intro.titles[0].start < intro.name_start else None
        for i in range(intro.name_start, intro.name_end):
            self._person_at[(d, i)] = person
            self._mention_left[(d, i)] = intro.name_start if first is None else first
        offset = self.offsets[d] + doc[intro.name_start].idx
        for t in intro.titles:
            self._person_at[(d, t.end - 1)] = person
            self._title_tokens.add((d, t.end - 1))
            phrase = fold(t.term.phrase)
            if phrase not in person.titles:
                person.titles.append(phrase)
            self._titled.setdefault(title_key(phrase), []).append((offset, person))
        if not person.sectors:
            country, sectors, rules, person.org = self._title_reading(d, intro.titles)
            person.opaque = intro.entry is None and any(
                self.unknown_name_before(d, t.left, t.start, t.end - 1, t.term.sector == "GOV")
                or (t.term.sector == "GOV" and self._unknown_name_after(d, self.tokens[d][t.end - 1], None))
                for t in intro.titles)  # "Honeywell President X", "X, vice-president of Lego China"
            if country is None:  # "King Hassan of Morocco"
                country = self._of_country(d, self.tokens[d][intro.name_end - 1])
            body = self._of_body(d, intro.titles)
            if body is not None:  # "a vice president of [the party]": the body's sector
                sectors, rules = body[0], rules + [body[1]]
            person.sectors = sectors
            person.rule = "+".join(rules)
            if country:
                person.country, person.explicit = country, True
            person.sentence_at = (d, intro.name_start)
            person.introduced_at = (d, intro.name_end - 1)

    def _of_body(self, d: int, titles: tuple[TitleNP, ...]) -> tuple[tuple[str, ...], str] | None:
        """Sectors of the body a title is held in, named by a group noun after it: "a vice
        president [of] Le Pen's party" (PTY, not the GOV of a bare "vice president"), "general
        secretary of the union" (LAB), "a spokeswoman [for] the company" (BUS)."""
        for t in titles:
            tok = self.tokens[d][t.end - 1]
            preps = ("of", "for") if "spokes" in t.term.phrase else ("of",)
            for prep in tok.rights:
                if prep.dep_ != "prep" or prep.lower_ not in preps:
                    continue
                for pobj in prep.children:
                    m = self._match_at[d].get(pobj.i)
                    if pobj.dep_ != "pobj":
                        continue
                    if m is None:  # "chairman of the Hanbit Group": a body the KB lacks (org_heads.tsv)
                        heads = self.kb.org_heads.get(pobj.lower_)
                        if (heads and self.cased and pobj.pos_ == "PROPN" and pobj.text[:1].isupper()
                                and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in pobj.children)):
                            return heads, f"of-body:{pobj.lower_}"
                        continue
                    sense = head_sense(self.kb, m)
                    if sense.kind == SECTOR:
                        term = self.kb.sector_terms[sense.ref]
                        if term.role in (NOUN, MODIFIER) and term.sectors:  # "of the union"
                            return term.sectors, f"of-body:{term.phrase}"
        return None

    def _of_country(self, d: int, tok: Token) -> str | None:
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    m = self._match_at[d].get(pobj.i)
                    if pobj.dep_ == "pobj" and m is not None and not self._firm_branch(d, m.start):
                        sense = head_sense(self.kb, m)
                        if sense.kind in COUNTRY_KINDS:
                            return str(sense.ref)
        return None

    def _sentence_country(self, d: int, i: int) -> str | None:
        """The country named most in token i's sentence; ties go to the one named nearest."""
        sent = self.sent(d, i)
        found: dict[str, tuple[int, int]] = {}
        for m in self._matches[d]:
            if sent.start <= m.start < sent.end:
                sense = head_sense(self.kb, m)
                if sense.kind in COUNTRY_KINDS:
                    n, dist = found.get(str(sense.ref), (0, 10**6))
                    found[str(sense.ref)] = (n + 1, min(dist, abs(m.start - i)))
        if not found:
            return None
        return max(found, key=lambda c: (found[c][0], -found[c][1]))

    def _title_reading(self, d: int, titles: tuple[TitleNP, ...]
                       ) -> tuple[str | None, tuple[str, ...], list[str], Actor | None]:
        """Country, sectors and organisation a chain of titles gives: "venezuelan foreign
        minister" -> VEN, GOV; "U.N. envoy" -> the United Nations."""
        country: str | None = None
        sectors: tuple[str, ...] = ()
        rules: list[str] = []
        org: Actor | None = None
        for t in reversed(titles):  # the title next to the name decides first
            slots = self._left_parts(d, t.left, t.start)
            readings = combine(t.term.sectors, slots)
            if readings:
                r = readings[0]
                country = country or r.country or (r.actor.country if r.actor else None)
                sectors = sectors or r.sectors
                org = org or r.actor
            rules.insert(0, f"title:{t.term.phrase}")
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
        # Without the registry only words that are a known name matter; with it, every word
        # that could be a name (checked from the word-form cache before anything else).
        folded, flags = self.words.fold, self.words.name
        need = NAME_WORD | CAPITALISED if self.cased else NAME_WORD
        person_at = self._person_at
        orth = self.stacked.orth
        # decided once per word form, then looked up per token
        if use_registry:
            wanted = {o for o in self.stacked.forms if flags[o] & need == need}
        else:
            wanted = self.stacked.forms_folded_to(by_name)
        candidates = self.stacked.where(ORTH_COLUMN, list(wanted)) if wanted else []
        for g in candidates:  # in article order
            d, i = self.stacked.locate(g)
            if (d, i) in person_at or i in self._match_at[d] or not self._name_like_at(d, i):
                continue
            person = by_name.get(folded[orth[g]])
            if person is not None and self._other_given_name(d, i, person):
                continue  # "Alan Kelly" after "Sean Kelly": someone else of that surname
            if person is None:
                person = self._from_registry(d, i, by_name)
            if person is not None:
                person_at[(d, i)] = person

    def _other_given_name(self, d: int, i: int, person: ArticlePerson) -> bool:
        """Is the surname at token i written after a given name that is not the person's own?"""
        if i == 0 or " " not in person.key:
            return False
        prev = self.tokens[d][i - 1]
        if prev.dep_ != "compound" or prev.head.i != i or prev.pos_ != "PROPN" or not prev.text[:1].isupper():
            return False
        word = fold(prev.text).rstrip(".")
        # a known given name, not a title the KB lacks ("Commissioner Walsh")
        return (word in self.kb.given_names and word not in person.key.split() and word not in HONORIFIC_WORDS
                and (d, i - 1) not in self._person_at and i - 1 not in self._match_at[d])

    def _name_like_at(self, d: int, i: int) -> bool:
        """`name_like` for token i of doc d, read from the attribute arrays."""
        a = self.arrays[d]
        need = NAME_WORD | CAPITALISED if self.cased else NAME_WORD
        if self.words.name[a.orth[i]] & need != need or a.pos[i] not in NAME_POS or a.tag[i] == "NNS":
            return False
        m = self._match_at[d].get(i)
        return m is None or person_sense(self.kb, m) is not None

    def _from_registry(self, d: int, i: int, by_name: dict[str, ArticlePerson]) -> ArticlePerson | None:
        """A person the registry knows, by the full name ending at token i or a distinctive
        surname tagged as a proper noun."""
        assert self.registry is not None
        a = self.arrays[d]
        found = None
        for n in (3, 2):
            if found is None and i - n + 1 >= 0:
                found = self.registry.lookup(fold(self.words.span_text(a, i - n + 1, i + 1)))
        if found is None and a.pos[i] == "PROPN":
            found = self.registry.by_surname(self.words.fold[a.orth[i]])
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

    def _settle_people(self) -> None:
        """Each person's code on the article's date: the KB role in force, else the title with
        the country written next to it, the registry's, or the article's."""
        for p in self.people:
            role = self._titled_role(p) if p.entry else None
            if role is not None and role.code:
                p.code, p.country, p.sectors = role.code, role.country, role.sectors
                p.rule = f"{origin_file(role.origin)}:{p.entry.name}"  # type: ignore[union-attr]
                continue
            if p.learned:
                continue
            if p.opaque and p.entry is None and not p.country:
                p.code, p.rule = None, p.rule + "+unknown organisation"
                continue
            seeks = p.org is not None and _seeks(p.sectors, p.org)  # "Senate candidate X": the office sought
            if p.org is not None and p.org.code and not seeks:  # "Arab League Secretary General X"
                p.code, p.country, p.sectors = p.org.code, p.org.country, p.org.sectors
                p.rule = f"{p.rule}+{p.org.rule}"
                continue
            if seeks and p.country is None:  # only the office's country
                p.country, p.explicit = p.org.country, True  # type: ignore[union-attr]
                p.rule = f"{p.rule}+{p.org.rule}"  # type: ignore[union-attr]
            if p.entry is not None:  # a KB name with no office on this date
                last = max(p.entry.roles, key=lambda r: r.end or dt.date.max)
                if not p.sectors:  # and no title here: its country only
                    p.country, p.code = last.country, last.country
                    p.rule = f"{origin_file(last.origin)}:{p.entry.name} (no role on date)"
                    continue
                if p.country is None and last.country:
                    p.country, p.explicit = last.country, True
                    p.rule += f"+{origin_file(last.origin)}:{p.entry.name}"
            if not p.explicit and self.registry is not None:
                found = self.registry.lookup(p.key)
                if found is not None:
                    p.country, p.sectors, p.code = found.country, found.sectors, found.code
                    p.rule = f"registry:{found.name}"
                    continue
            if p.country is None and not (p.sectors and p.sectors[0] in CONTEXT_FREE):
                if self.dominant_country:
                    p.country, p.rule = self.dominant_country, p.rule + "+context"
                elif p.introduced_at is not None:  # no article country: the one named nearby
                    p.country = self._sentence_country(*p.introduced_at)
                    p.rule += "+sentence" if p.country else ""
                    p.guessed = p.country is not None
                if p.country is None and self.leading_country:
                    p.country, p.rule, p.guessed = self.leading_country, p.rule + "+context-weak", True
            p.code = compose_code(p.country, p.sectors)

    def _titled_role(self, p: ArticlePerson) -> Role | None:
        """The KB role in force on the article's date; undated, the latest role that agrees
        with the title written here ("President Obama" is his presidency, not his retirement)."""
        assert p.entry is not None
        if self.date is None and p.sectors:
            fitting = [r for r in p.entry.roles if r.code and r.sectors[:1] == p.sectors[:1]]
            if fitting:
                return max(fitting, key=lambda r: (r.start or dt.date.min, r.end or dt.date.max))
        return p.entry.role_on(self.date)

    def _learn(self) -> None:
        if self.registry is None:
            return
        for p in self.people:
            if p.entry is None and not p.learned and not p.guessed and p.titles and p.country and p.code:
                sentence = self.sent(*p.sentence_at).text if p.sentence_at else ""
                self.registry.observe(p.name, p.code, p.country, p.sectors, p.titles[0], self.date, sentence)
