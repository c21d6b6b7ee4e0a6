"""People's surnames that are also town names: "Luis Gonzalez ... Gonzalez was captured" names
a person, not the town of Gonzalez, Florida.

`Surnames(gazetteer, matcher).find(doc)` -> the keys of small towns (under 100,000 people) that
the text writes after a capitalised first name, less those it also writes as places ("in X",
"of X"). A word before the name is no first name when it is a country or ethnic adjective
("Kurdish Afrin"), a common word or noun ("Army Jarablus"), a larger place ("Turkey Afrin") or
one of data/not_first_names.tsv ("Fort Worth", "Sunday Raqqa").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import IS_ALPHA, IS_TITLE, LOWER, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..events.triggers import doc_word_ids
from .datafiles import COUNTRIES_FILE, DATA_DIR, read_rows
from .gazetteer import Gazetteer
from .matcher import PlaceMatcher
from .names import name_key

SMALL_TOWN = 100_000  # larger places are not taken for surnames
MAX_KEYS = 100_000  # keys whose `Surnames.may_be` answer is kept
_NAME_ATTRS = [IS_TITLE, IS_ALPHA, SPACY, LOWER]
_PLACE_PREPS = ("in", "at", "near", "into", "of", "from", "outside", "around")


class Surnames:
    def __init__(self, gazetteer: Gazetteer, matcher: PlaceMatcher,
                 not_first_file=DATA_DIR / "not_first_names.tsv", countries_file=COUNTRIES_FILE):
        self.gazetteer = gazetteer
        self.matcher = matcher
        self.not_first = read_not_first_names(not_first_file, countries_file)
        self._may_be: dict[str, bool] = {}

    def may_be(self, key: str) -> bool:
        """Whether `find` could return the key: it names only small towns (kept per key: a
        name may have hundreds of places, and every one-word place name is asked)."""
        answer = self._may_be.get(key)
        if answer is None:
            index, places = self.gazetteer.index, self.gazetteer.places
            codes = index.get(key)
            answer = bool(codes) and all(places[c >> 1].feature == "city" and places[c >> 1].population < SMALL_TOWN
                                         for c in codes)
            if len(self._may_be) >= MAX_KEYS:  # bounded memory on endless input
                self._may_be.clear()
            self._may_be[key] = answer
        return answer

    def find(self, doc: Doc) -> frozenset[str]:
        """Keys of small towns written after a capitalised first name ("Luis Gonzalez",
        "Bernie Sanders"): the article's people, not places."""
        index, places = self.gazetteer.index, self.gazetteer.places
        out: set[str] = set()
        # title-case word pairs from attribute arrays: Token objects only for the few pairs
        title, alpha, spaced, lower = doc.to_array(_NAME_ATTRS).reshape(-1, len(_NAME_ATTRS)).T.tolist()
        for i in range(1, len(title)):
            if not (title[i] and title[i - 1] and alpha[i] and alpha[i - 1] and spaced[i - 1]):
                continue
            tok, prev = doc[i], doc[i - 1]
            key = tok.lower_
            codes = index.get(key)
            if (not codes or prev.lower_ in self.not_first or not tok.text[1:].islower()
                    or prev.pos_ not in ("PROPN", "") or prev.tag_ == "NNPS"
                    or prev.lower_ in self.matcher.common or prev.lower_ in self.matcher.nouns
                    or any(places[c >> 1].feature != "city" or places[c >> 1].population >= SMALL_TOWN
                           for c in index.get(name_key(prev.text), ()))):
                continue  # ("Kurdish Afrin", "Army Jarablus", "Turkey Afrin" are no names)
            if self.may_be(key):
                out.add(key)
        if out:
            # a name the article also writes as a place ("commander Rojhat Afrin ... in Afrin")
            # stays a place
            strings = doc.vocab.strings
            preps = {strings[w] for w in _PLACE_PREPS}
            placed = {strings[lower[i]] for i in range(1, len(lower)) if lower[i - 1] in preps}
            out -= placed
        return frozenset(out)


class ArticleSurnames:
    """`key in ArticleSurnames(surnames, docs)` as `key in frozenset().union(*map(surnames.find,
    docs))`, a doc read only when the key could be one of its surnames: the key is a small
    town's and one of the doc's words (most articles never ask about such a key, and most of
    an article's paragraphs do not hold it)."""

    __slots__ = ("_docs", "_found", "_keys", "_surnames")

    def __init__(self, surnames: Surnames, docs: Sequence[Doc]):
        self._surnames = surnames
        self._docs = docs
        self._found: dict[int, frozenset[str]] = {}  # doc's position -> surnames.find(doc)
        self._keys: dict[str, bool] = {}

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or not self._surnames.may_be(key):
            return False  # never one of `Surnames.find`'s keys
        answer = self._keys.get(key)
        if answer is None:
            word = get_string_id(key)  # `find`'s keys are tokens' lower-case forms
            answer = self._keys[key] = any(key in self._find(n) for n, doc in enumerate(self._docs)
                                           if word in doc_word_ids(doc))
        return answer

    def _find(self, n: int) -> frozenset[str]:
        found = self._found.get(n)
        if found is None:
            found = self._found[n] = self._surnames.find(self._docs[n])
        return found


def read_not_first_names(path, countries_file) -> frozenset[str]:
    """The words of data/not_first_names.tsv and the country adjectives of the actor knowledge
    base ("Syrian", "Iraqi"), lower-cased."""
    words = {w.lower() for _, (w,) in read_rows(path, 1, 1)}
    for _, cells in read_rows(countries_file, 4, 7):
        words.update(a.strip().lower().lstrip("=") for a in cells[3].split("|") if a.strip())
    return frozenset(words)
