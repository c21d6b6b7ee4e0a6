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
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from ..record import Actor
from . import coref, reciprocal
from .article_people import PeopleMixin
from .entries import ENTRY, fold
from .grammar import (
    FIRST_PERSON,
    GROUP_PRONOUNS,
    LOCATIVE_PREPS,
    PERSON_NOUNS,
    PERSONAL,
    RELATIVE,
    SUBJECT_DEPS,
    list_member,
    np_left,
    stated_age,
)
from .implicit import CVL
from .matcher import Match
from .people import ArticlePerson
from .phrases import PhraseMixin
from .private import PrivatePersonMixin
from .senses import COUNTRY_KINDS, head_sense
from .state_names import read_as_states
from .succession import SUCCESSION_NOUNS, office_holder
from .words import (
    CAPITALISED,
    CASING_CAPITAL,
    CASING_WORD,
    DEP_COLUMN,
    ORTH_COLUMN,
    POS_COLUMN,
    SENT_START_COLUMN,
    ArticleArrays,
    LazyTokens,
    WordCache,
    label_id,
)

if TYPE_CHECKING:
    from .resolver import ActorResolver

DATELINE_WEIGHT = 2
# The dominant country must lead the runner-up by this factor to be used for "the government".
DOMINANCE = 1.5
# Share of non-initial words that are capitalised above which text counts as cased.
CASED_SHARE = 0.03
CASING_CHUNK = 256  # tokens counted before checking whether the rest can change the answer
CALENDAR = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                      "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december"])
NOUN_GENDER = {"man": "M", "boy": "M", "father": "M", "son": "M", "husband": "M", "woman": "F", "girl": "F",
               "mother": "F", "daughter": "F", "wife": "F"}
HONORIFICS = {"Mr": "M", "Mr.": "M", "Mrs": "F", "Mrs.": "F", "Ms": "F", "Ms.": "F", "Miss": "F"}
# Heads of an apposition that say what one person is ("X, leader of ...", "X, spokesman for ...").
DESCRIBING_HEADS = frozenset(("leader", "head", "chief", "chairman", "chairwoman", "founder", "commander", "member",
                              "secretary", "president", "director", "representative", "envoy", "negotiator"))
# Where a name stands for its person ("Wilders exploits", "criticised Wilders", "Wilders' rhetoric").
_PERSON_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss", "conj", "attr"))
_PERSON_DEP_IDS = frozenset(label_id(dep) for dep in _PERSON_DEPS)  # as the DEP column holds them
PROPN = IDS["PROPN"]
_NOT_MENTION_DEPS = frozenset(("compound", "amod", "nmod", "det", "case", "punct", "npadvmod", "cc"))


class ArticleActors(PeopleMixin, PrivatePersonMixin, PhraseMixin):
    """Actors of one article (build with `ActorResolver.for_article`).

    `resolve(token, speaker)` -> actors of the noun phrase headed by `token`; `mentions()` ->
    every actor mention in order; `countries()` -> country mention counts;
    `dominant_country` -> the article's country when one leads clearly; `people` -> the
    people known in the article (KB, introduced by title, learned by the registry).
    """

    def __init__(self, resolver: ActorResolver, docs: Sequence[Doc], offsets: Sequence[int],
                 pub_date: dt.date | None, dateline_places: Sequence[str] = (), learn: bool = True):
        if len(docs) != len(offsets):
            raise ValueError("docs and offsets differ in length")
        self.kb = resolver.kb
        self.registry = resolver.registry
        self.place_country = resolver.place_country
        self.spelling = resolver.spelling
        self.docs = list(docs)
        self.offsets = list(offsets)
        self.date = pub_date
        self._doc_index = {id(doc): d for d, doc in enumerate(self.docs)}
        self.words = resolver.words
        # per-token work reads attribute arrays; Token objects are made only where needed
        self.stacked = ArticleArrays(self.words, self.docs)
        self.arrays = self.stacked.docs
        self.tokens = [LazyTokens(doc) for doc in self.docs]  # Token objects made once, reused
        self.cased = is_cased(self.words, self.stacked)
        matcher = resolver.matcher
        self._matches: list[list[Match]] = [
            matcher(doc, a) if self.cased else matcher.uncased_us(doc, matcher(doc, a), a.orth)
            for doc, a in zip(self.docs, self.arrays)]
        self._matches = read_as_states(self.kb, self._matches, self.docs, pub_date)
        self._match_at: list[dict[int, Match]] = [
            {i: m for m in ms for i in range(m.start, m.end)} for ms in self._matches]
        self._cache: dict[tuple[int, int], tuple[Actor, ...]] = {}
        self._busy: set[tuple[int, int]] = set()  # cycle guard for mutual references
        self.people: list[ArticlePerson] = []
        self._people_by_key: dict[str, ArticlePerson] = {}
        self._person_at: dict[tuple[int, int], ArticlePerson] = {}
        self._title_tokens: set[tuple[int, int]] = set()
        self._titled: dict[str, list[tuple[int, ArticlePerson]]] = {}  # title word -> (offset, person)
        self._sentence: list[list[int]] = []  # doc -> token -> sentence number in the article
        self._sents: list[list[Span]] = []  # doc -> its sentences
        self._first_sentence: list[int] = []  # doc -> number of its first sentence
        self._number_sentences()
        self._mention_left: dict[tuple[int, int], int] = {}  # name token -> first token of its mention
        self._ready = False  # no phrase is resolved (or memoised) before the state is complete
        self._speaker: Actor | None = None  # set while resolving "our ..." for a speaker
        self._mentions: list[Actor] | None = None
        self._sector_memory: dict[str, list[tuple[int, int, str]]] | None = None  # built on first use
        self._text_countries: Counter[str] = Counter()  # counted once the people are known
        self.name_words: frozenset[str] = frozenset()  # complete once the people are found
        self._name_runs: list[tuple[int, int, int]] = []  # (doc, start, end) of unknown names
        self._other_named: list[tuple[int, int, int]] = []  # the same, sharing a KB surname
        self._not_people: set[tuple[int, int]] = set()  # (doc, start) of KB names naming others
        self.dominant_country = self.leading_country = None  # known once the countries are counted
        self._find_people()
        self.name_words = self._person_name_words()
        self._text_countries = self._count_countries()
        self.dominant_country = self._dominant(dateline_places)
        self.leading_country = self._leading(dateline_places) if self.dominant_country is None else None
        self._settle_people()
        if learn:
            self._learn()
        self._ready = True

    def _count_countries(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        kb = self.kb
        for d, matches in enumerate(self._matches):
            for m in matches:
                sense = head_sense(kb, m)
                if sense.kind in COUNTRY_KINDS:
                    counts[str(sense.ref)] += 1
                elif sense.kind == ENTRY and (d, m.start) not in self._not_people:
                    role = kb.entries[sense.ref].role_on(self.date)
                    # (a firm names its home country, not where the story is: "GM" in London)
                    if role is not None and role.country in kb.countries and role.sectors[:1] != ("BUS",):
                        counts[role.country] += 1
        # (a KB person's name that names someone else here, "Michael Brown", counts for nobody);
        # people the KB does not know count once per mention (at the name's last token)
        for (d, i), person in self._person_at.items():
            if (person.entry is None and person.explicit and person.country and (d, i) not in self._title_tokens
                    and self._person_at.get((d, i + 1)) is not person):
                counts[person.country] += 1
        return counts

    def _person_name_words(self) -> frozenset[str]:
        """Folded surnames of the article's people, known or not: the last word of the people
        found, and of each run of two or three capitalised proper nouns the KB and the
        gazetteer do not know as a whole ("Peter Navarro", "Yang Wei"), or of a single one
        after a given name or an honorific. Such a word later on its own ("Navarro said") is
        that person, never a town of the same name; so is the first word of a known name."""
        words = {person.key.rsplit(" ", 1)[-1] for person in self.people if " " in person.key}
        # and their first words: "Kim" of "Kim Jong Un" (family name first), "George" of a
        # George named in full, on its own later, are that person, not a village of India
        words |= {person.key.split(" ", 1)[0] for person in self.people if " " in person.key}
        if not self.cased:
            return frozenset(words)
        given = self.kb.given_names
        self._name_runs.clear()
        fold_of, name = self.words.fold, self.words.name
        proper = self.stacked.where_by_doc(POS_COLUMN, [PROPN])  # proper nouns found on arrays
        for d, doc in enumerate(self.docs):
            if not proper[d]:
                continue
            a, match_at = self.arrays[d], self._match_at[d]
            orth, pos = a.orth, a.pos
            n = len(doc)
            # capitalised proper nouns, in order; a run of them is read from its first
            capitals = [k for k in proper[d] if name[orth[k]] & CAPITALISED]
            end = 0
            for k in capitals:
                if k < end:
                    continue
                end = k + 1
                while end < n and end - k < 3 and name[orth[end]] & CAPITALISED and pos[end] == "PROPN":
                    end += 1
                first = fold_of[orth[k]].rstrip(".")
                if (end - k >= 2 and not any(j in match_at for j in range(k, end))
                        and (first in given or self.place_country is None
                             or not self.place_country(self.words.span_text(a, k, end)))):
                    self._name_runs.append((d, k, end))
                    words.update(fold_of[orth[j]] for j in range(k, end))  # "Lee Jae-yong": either order
                elif end - k == 1 and k > 0 and fold_of[orth[k - 1]].rstrip(".") in given:
                    words.add(fold_of[orth[k]])
        return frozenset(words)

    def _ranked(self, dateline_places: Sequence[str]) -> list[tuple[str, int]]:
        """The two most named countries (dateline places count double)."""
        counts: Counter[str] = Counter(self._text_countries)
        for place in dateline_places:
            iso = self.kb.place_country(place) or (self.place_country(place) if self.place_country else None)
            if iso:
                counts[iso] += DATELINE_WEIGHT
        return counts.most_common(2)

    def _dominant(self, dateline_places: Sequence[str]) -> str | None:
        """The country the article is about, when one leads clearly."""
        ranked = self._ranked(dateline_places)
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
            return ranked[0][0]
        return None

    def _leading(self, dateline_places: Sequence[str]) -> str | None:
        """Without a dominant country, the most named one when it is named more often than
        any other: a better guess for an unplaced "opposition lawmakers" than none."""
        ranked = self._ranked(dateline_places)
        if not ranked:  # no country named: the places of the story ("in Riverside, California")
            ranked = self._place_countries().most_common(2)
            if len(ranked) == 1:
                return ranked[0][0]
        if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    def _place_countries(self) -> Counter[str]:
        """Countries of the capitalised places after "in"/"at"/"near" the gazetteer knows."""
        counts: Counter[str] = Counter()
        if self.place_country is None:
            return counts
        for d, doc in enumerate(self.docs):
            for tok in doc:
                if (tok.dep_ in ("pobj", "appos", "conj") and tok.pos_ == "PROPN" and tok.text[:1].isupper()
                        and tok.lower_ not in CALENDAR and (tok.head.lower_ in LOCATIVE_PREPS if tok.dep_ == "pobj"
                                                            else self._place_head(tok))):
                    iso = self.place_country(tok.text)
                    if iso:
                        counts[iso] += 1
        return counts

    def _place_head(self, tok: Token) -> bool:
        """An apposition or conjunct counts as a place only beside another place ("in Riverside,
        [California]"), not beside any name ("Bus Eireann ... [Troy]")."""
        head = tok.head
        return (head.i != tok.i and head.pos_ == "PROPN" and self.place_country is not None
                and bool(self.place_country(head.text)))

    def _number_sentences(self) -> None:
        sentence = 0
        for doc in self.docs:
            numbers = [0] * len(doc)
            sents = list(doc.sents)
            self._first_sentence.append(sentence)
            for sent in sents:
                numbers[sent.start:sent.end] = [sentence] * (sent.end - sent.start)
                sentence += 1
            self._sentence.append(numbers)
            self._sents.append(sents)

    def doc_sents(self, d: int) -> list[Span]:
        """The sentences of doc d, made once per article (`doc.sents` makes new ones each time)."""
        return self._sents[d]

    def sent(self, d: int, i: int) -> Span:
        """The sentence of token i of doc d (as `Token.sent`)."""
        return self._sents[d][self._sentence[d][i] - self._first_sentence[d]]

    # -- positions coref reads, indexed on first use (many articles never ask) --------------
    @cached_property
    def person_mentions(self) -> list[tuple[int, int, int, ArticlePerson]]:
        """(offset, doc, token, person) of the mentions of coded people, in text order."""
        mentions: list[tuple[int, int, int, ArticlePerson]] = []
        person_at = self._person_at
        for (d, i), person in person_at.items():
            if (person.code and (d, i) not in self._title_tokens and self.tokens[d][i].dep_ != "amod"
                    and person_at.get((d, i + 1)) is not person and not is_acronym(person.name)
                    and not _hyphen_modifier(self.docs[d], i)):
                mentions.append((self.offsets[d] + self.arrays[d].idx[i], d, i, person))
        mentions.sort(key=lambda m: m[:3])
        return mentions

    @cached_property
    def subjects(self) -> list[tuple[int, int, int]]:
        """(offset, doc, token) of the subjects, in text order."""
        if not self.docs:
            return []
        strings = self.docs[0].vocab.strings
        return sorted(self.stacked.positions(DEP_COLUMN, [strings[dep] for dep in SUBJECT_DEPS], self.offsets))

    @cached_property
    def unknown_people(self) -> list[tuple[int, str]]:
        return self._honorific_mentions()

    def _honorific_mentions(self) -> list[tuple[int, str]]:
        """(offset, gender) of people the article names only with an honorific ("Mr Zahab"):
        nobody the KB knows, but a nearer antecedent for "he" than a person named before."""
        found: list[tuple[int, str]] = []
        if not self.docs or not self.cased:
            return found
        strings = self.docs[0].vocab.strings
        for g in self.stacked.where(ORTH_COLUMN, [strings[h] for h in HONORIFICS]):
            d, i = self.stacked.locate(g)
            doc = self.docs[d]
            k = i + 1
            while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper():
                k += 1
            if (k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
                    and (d, k) not in self._person_at):
                found.append((self.offsets[d] + doc[k].idx, HONORIFICS[doc[i].text]))
        # "Yang Wei said", "Geert Wilders ... Wilders exploits": someone nobody knows, named
        # with a given name, or as a subject or object; and that surname on its own later
        given = self.kb.given_names
        surnames: dict[str, str] = {}
        fold_of = self.words.fold  # fold(token.text) by ORTH
        for (d, k, end) in self._name_runs:
            if any((d, j) in self._person_at for j in range(k, end)):
                continue
            orth = self.arrays[d].orth
            first = fold_of[orth[k]].rstrip(".")
            last = self.tokens[d][end - 1]
            if first in given or last.dep_ in _PERSON_DEPS:
                found.append((self.offsets[d] + last.idx, given.get(first, "")))
                surnames.setdefault(fold_of[orth[end - 1]], given.get(first, ""))
        if surnames:
            orths = self.stacked.orth
            wanted = self.stacked.forms_folded_to(surnames)  # decided per word form
            for g in self.stacked.where(ORTH_COLUMN, list(wanted)):
                key = fold_of[orths[g]]
                d, i = self.stacked.locate(g)
                a = self.arrays[d]
                if (a.pos[i] == "PROPN" and a.dep_id[i] in _PERSON_DEP_IDS
                        and (d, i) not in self._person_at and i not in self._match_at[d]):
                    found.append((self.offsets[d] + a.idx[i], surnames[key]))
        # "her husband, Vladimir X," / "X, a critic of the president,": a person by apposition
        for g in self.stacked.where(DEP_COLUMN, [strings["appos"]]):
            d, i = self.stacked.locate(g)
            tok = self.tokens[d][i]
            name, noun = (tok, tok.head) if tok.pos_ == "PROPN" else (tok.head, tok)
            if (name.pos_ == "PROPN" and name.text[:1].isupper() and noun.tag_ == "NN"
                    and noun.lemma_.lower() in PERSON_NOUNS and (d, name.i) not in self._person_at):
                found.append((self.offsets[d] + name.idx, NOUN_GENDER.get(noun.lemma_.lower(), "")))
        return sorted(found)

    # -- helpers shared with coref and the mixins -------------------------------------------
    def span(self, d: int, a: int, b: int) -> tuple[str, int, int]:
        """Text and article offsets of tokens a..b of doc d (read from the arrays)."""
        if not 0 <= a <= b:
            doc = self.docs[d]
            return doc[a:b + 1].text, self.offsets[d] + doc[a].idx, self.offsets[d] + doc[b].idx + len(doc[b].text)
        arr, words = self.arrays[d], self.words
        idx = arr.idx
        return (words.span_text(arr, a, b + 1), self.offsets[d] + idx[a],
                self.offsets[d] + idx[b] + len(words.text[arr.orth[b]]))

    def sentence_of(self, d: int, i: int) -> int:
        return self._sentence[d][i]

    def is_person_name(self, name: str) -> bool:
        return fold(name) in self._people_by_key

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
            elif speaker is not None and any(c.dep_ == "poss" and self.is_first_person(d, c) for c in tok.children):
                # "our army" in the speaker's quote: the speaker's country (not memoised)
                self._speaker = speaker
                try:
                    found = self._noun_phrase(d, tok.i)
                finally:
                    self._speaker = None
            else:
                found = self.own(d, tok.i)
            for a in found:
                if (a.code, a.name) not in seen:
                    seen.add((a.code, a.name))
                    out.append(a)
        return out

    def resolve_span(self, token: Token, start: int) -> list[Actor]:
        """The actors of the tokens from `start` to `token` read as a phrase headed by `token`,
        even when the parse hangs them on a head further right ("Israeli army" in "Israeli
        army bulldozers"). Not memoised: the same head may be read with another left edge."""
        d = self._doc_index.get(id(token.doc))
        if d is None:
            raise ValueError(f"token {token.text!r} is not from this article's docs")
        if not self._ready or (d, token.i) in self._person_at:
            return list(self.own(d, token.i)) if self._ready else []
        return list(self._noun_phrase(d, token.i, left_bound=start))

    @staticmethod
    def _with_conjuncts(token: Token) -> list[Token]:
        out, todo = [], [token]
        while todo:
            tok = todo.pop(0)
            out.append(tok)
            todo.extend(c for c in tok.children if c.dep_ == "conj" or list_member(tok, c))
        return out

    def own(self, d: int, i: int) -> tuple[Actor, ...]:
        """The actors of the phrase headed by token i, without its conjuncts (memoised)."""
        if not self._ready:
            return ()
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
        tok = self.tokens[d][i]
        low = tok.lower_
        if low in reciprocal.RECIPROCAL_HEADS and reciprocal.is_reciprocal(tok):
            return reciprocal.pair(self, d, i)
        if i in self._match_at[d]:
            if (d, i) in self._person_at:
                return self._named(d, i)
            as_modifier = self._modifier_reading(d, i) if tok.dep_ == "amod" else None
            return self._noun_phrase(d, i) if as_modifier is None else as_modifier
        if low in PERSONAL:
            return coref.personal(self, d, i)
        if low in GROUP_PRONOUNS:
            return coref.group(self, d, i)
        if low in RELATIVE and (tok.tag_ in ("WP", "WDT", "WP$") or tok.pos_ == "PRON"):
            return coref.relative(self, d, i)
        if low in FIRST_PERSON or tok.pos_ == "PRON":
            return ()
        found = self._named(d, i)
        if not found and tok.pos_ == "PROPN":
            return self._described_name(d, i) or self._unknown_body(d, i) or self._misspelt_country(d, i)
        if not found and low in coref.DEFINITE_HEADS:
            return coref.definite(self, d, i)
        if not found and low in SUCCESSION_NOUNS:
            return office_holder(self, d, i)
        return found

    def _described_name(self, d: int, i: int) -> tuple[Actor, ...]:
        """A name the KB does not know, described by an apposition that names one person's
        role: "X, leader of the opposition Freedom Party," is that leader (OPP)."""
        tok = self.tokens[d][i]
        if not tok.text[:1].isupper():
            return ()
        for c in tok.children:
            if c.dep_ == "appos" and c.tag_ == "NN" and c.i > i and c.lemma_.lower() in DESCRIBING_HEADS:
                found = self.own(d, c.i)
                if len(found) == 1 and found[0].sectors:
                    text, start, end = self.span(d, np_left(tok), i)
                    return (replace(found[0], text=text, start=start, end=end,
                                    rule=f"apposition:{c.text}+{found[0].rule}"),)
        age = stated_age(tok) if tok.dep_ != "nsubj" else None
        if age is not None:
            # "police arrested John Smith, 29," / "Smith, 29, was killed": a private person, of
            # the country the phrase or article gives (a doer so described is left alone: what a
            # private person says or does is seldom a political act)
            left = i
            while left > 0 and self.tokens[d][left - 1].pos_ == "PROPN":
                left -= 1
            country, how = self._implicit_country(d, tok, CVL, left, person=True)
            if not how or how.startswith("context"):  # where it happened, before the article's country
                here = self._located(d, tok.head, clause=True)
                if here:
                    country, how = here, f"located:{here}"
            return (self._make(d, left, i, country, (CVL,), f"aged:{age.text}+{how}".rstrip("+")),)
        return ()

    def _misspelt_country(self, d: int, i: int) -> tuple[Actor, ...]:
        """A capitalised head one letter off a country name ("Ethopia has agreed"), standing
        alone: not a person's name, not part of a longer name, not a place the gazetteer knows."""
        tok = self.tokens[d][i]
        if (not tok.text[:1].isupper() or (d, i) in self._person_at or tok.lower_ in self.name_words
                or any(c.dep_ == "compound" for c in tok.children) or tok.dep_ == "compound"):
            return ()
        iso = self.spelling.country_of(tok.text)
        if iso is None or (self.place_country is not None and self.place_country(tok.text)):
            return ()
        return (self._make(d, i, i, iso, (), f"spelling:{tok.text}->{iso}"),)

    def _named(self, d: int, i: int) -> tuple[Actor, ...]:
        person = self._person_at.get((d, i))
        if person is not None and person.code:
            left = self._mention_left.get((d, i))
            return (self.person_actor(person, d, np_left(self.tokens[d][i]) if left is None else left, i),)
        return self._noun_phrase(d, i)

    # -- article-level views ----------------------------------------------------------------
    def mentions(self) -> list[Actor]:
        """Every actor mention in article order (title words of an introduced person and the
        name's inner tokens are not counted again; first-person pronouns need a speaker)."""
        if self._mentions is None:
            out: list[Actor] = []
            for d, tokens in enumerate(self.tokens):
                for tok in tokens:
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



def _hyphen_modifier(doc: Doc, i: int) -> bool:
    """ "Obama" in "Obama-era rules": part of a modifier, not someone "he" can refer to."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].is_lower


def is_acronym(name: str) -> bool:
    """ "NDR" after "public broadcaster": an organisation read as a name, never "he" or "she"."""
    return 2 <= len(name) <= 6 and name.isupper() and " " not in name


def is_cased(cache: WordCache, article: ArticleArrays) -> bool:
    """Is the article in ordinary casing? Lower-cased wire copy that was truecased keeps only
    sentence starts, "I", "U.S." and dates capitalised, so count capitals elsewhere (alphabetic
    words of two letters or more, not sentence starts or month and day names)."""
    word, capital = CASING_WORD, CASING_WORD | CASING_CAPITAL  # the only flag values besides 0
    casing, orth = cache.casing, article.orth
    starts = article.where(SENT_START_COLUMN, (1,))  # sentence starts do not count
    words = capitals = k = 0
    for lo in range(0, len(orth), CASING_CHUNK):
        flags = list(map(casing.__getitem__, orth[lo:lo + CASING_CHUNK]))
        n = flags.count(capital)
        capitals += n
        words += flags.count(word) + n
        while k < len(starts) and starts[k] < lo + CASING_CHUNK:
            words -= flags[starts[k] - lo] != 0
            capitals -= flags[starts[k] - lo] == capital
            k += 1
        # a later word adds at most one word, never a capital less: the answer is known
        if capitals >= max(1, CASED_SHARE * (words + len(orth) - lo - len(flags))):
            return True
    return words > 0 and capitals >= max(1, CASED_SHARE * words)
