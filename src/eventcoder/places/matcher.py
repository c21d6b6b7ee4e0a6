"""Place names in tokenised text: longest gazetteer keys over token windows.

This does the job of a spaCy PhraseMatcher on the LOWER attribute, with two differences that
matter here: the keys also fold accents, apostrophes and hyphens ("Deir ez-Zor" = "deir ez
zor", "Sana'a" = "Sanaa"), and the index is a plain dict that comes with the cached gazetteer
(a PhraseMatcher over its ~280,000 names takes ~30 s and ~2 GB to build, in every process).

Common-word names ("Nice", "Split", "Police", "March"; spaCy stop words; the model's verbs,
adjectives and adverbs; data/stoplist.tsv) count only when capitalised and not sentence-
initial in mixed-case text, and never in lower-cased text; alternate names that are common
words are ignored. In mixed-case text every name must be capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import IS_ALPHA, IS_PUNCT, ORTH, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .datafiles import DATA_DIR, PEOPLE_FILE, read_name_pairs, read_rows, read_stoplist
from .gazetteer import Gazetteer
from .locative import AREA_NOUNS
from .names import is_separator, name_key, token_key

# Words that may precede a name inside a capitalised phrase without making it another name.
_NAME_FOLLOWERS_OK = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "i",
})
# Type words that may end a name in lower case: "Idlib province".
GENERIC_WORDS = frozenset({"province", "governorate", "region", "district", "state", "city",
                           "county", "oblast", "prefecture", "department", "municipality",
                           "peninsula", "heights", "strip", "bank", "countryside", "capital"})
# Capitalised words that may stand before a place name: "Northern Syria", "Greater Idlib".
_NAME_LEADERS_OK = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "greater", "upper", "lower",
    "in", "at", "near", "from", "to", "of", "and", "the", "rural", "downtown", "occupied",
})
# Side words written in lower case before a name: "east London", "northern Syria".
_SIDES = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                    "central", "northeastern", "northwestern", "southeastern", "southwestern"})
# Nouns of "the Islamic Republic of Iran", "the Old City of Mosul", "the Gulf of Aden": the
# name before "of" is the place itself or a part of it, not an organisation ("State" is not
# here: "Islamic State of Iraq").
_STATE_NOUNS = frozenset({"republic", "kingdom", "emirate", "emirates", "sultanate", "federation",
                          "commonwealth", "principality", "states", "islands"}) | (
    AREA_NOUNS - {"state"}) | frozenset({"gulf", "sea", "bay", "strait", "straits", "valley", "plain",
                                          "plains", "desert", "mountains", "heights", "lake", "river"})
# Arabic articles that join a name's words ("Bab al-Mandeb", "Deir ez-Zor").
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "ez", "an", "at", "ath"})
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "'", "‘", "(", "-", "—", "–", "\n"})
# "Hama" + "'s" is a possessive, not one word ("hamas" is an alias of Hamm, Germany).
_POSSESSIVES = frozenset({"'s", "’s"})
MAX_WINDOW = 10  # tokens, hyphens included
MAX_FORMS = 200_000  # word forms whose text and key are cached
_ATTRS = [ORTH, IS_PUNCT, SPACY]
_CASING_ATTRS = [ORTH, IS_ALPHA]
_COLUMNS_KEY = "eventcoder.place_columns"  # a Doc's _ATTRS columns, in its user_data
BIG_CITY = 1_000_000
# "the North Atlantic", "the South Pacific": a capitalised side word before a town this small
# makes a longer name (an ocean, an alliance), not a part of the town.
SIDE_NAME_MAX_TOWN = 100_000
# A model designation before a name ("an MV-22 Osprey", "F-16 Falcon"): a vehicle, no place.
_MODEL_CODE = re.compile(r"^[A-Z]{1,4}-?\d{1,4}[A-Z]?$")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token offsets in the Doc
    end: int
    key: str
    codes: tuple[int, ...]  # candidate place ids, encoded as in Gazetteer.index


class PlaceMatcher:
    def __init__(self, gazetteer: Gazetteer, nlp: Language | None = None,
                 stoplist: Iterable[str] | None = None, people_file: Path | None = PEOPLE_FILE):
        self.gazetteer = gazetteer
        words = set(STOP_WORDS)
        listed = (read_stoplist(DATA_DIR / "stoplist.tsv") if stoplist is None
                  else dict.fromkeys(stoplist, "capital"))
        self.never = frozenset(name_key(w) for w, mode in listed.items() if mode == "never")
        # former names ("Gorky", "Kalinin") count only as some place's own name
        self.no_alias = frozenset(name_key(w) for w, mode in listed.items() if mode == "alias")
        words.update(w for w, mode in listed.items() if mode != "alias")
        words.update(_lemmatizer_words(nlp, ("verb", "adj", "adv")))
        self.common = frozenset(name_key(w) for w in words)
        # In lower-cased copy a noun ("street", "leader") names a place only when it is a
        # country, a division or a city of a million ("paris", "aleppo"; the noun list holds
        # proper nouns too).
        self.nouns = frozenset(name_key(w) for w in _lemmatizer_words(nlp, ("noun",)))
        self.window = min(MAX_WINDOW, gazetteer.max_tokens * 2 + 1)
        # ORTH hash -> (text, key, is_separator, whether the key is a name or starts one)
        self._forms: dict[int, tuple[str, str, bool, bool]] = {}
        self.sites = frozenset(w.lower() for _, (w,) in read_rows(DATA_DIR / "facility_words.tsv", 1, 1))
        self.titles = frozenset(w.lower() for _, (w,) in read_rows(DATA_DIR / "titles.tsv", 1, 1))
        self.name_pairs = read_name_pairs(people_file) if people_file is not None else frozenset()
        self.first_names = frozenset(first for first, _ in self.name_pairs)

    def find(self, doc: Doc | Span, lower_case: bool) -> list[Mention]:
        """Leftmost-longest place names in doc (a Doc or a sentence Span)."""
        tokens = doc if isinstance(doc, Doc) else doc.doc
        start = 0 if isinstance(doc, Doc) else doc.start
        # The tokens as plain lists read from attribute arrays, each word form's text and key
        # computed once per form: windows then cost only list and dict look-ups (indexing a
        # Doc builds a Token object each time).
        orths, punct, spaced = _columns(doc)
        forms = self._forms
        new = set(orths).difference(forms)
        if new:
            if len(forms) + len(new) > MAX_FORMS:  # bounded memory on endless input
                forms.clear()
                new = set(orths)
            strings = tokens.vocab.strings
            index, prefixes = self.gazetteer.index, self.gazetteer.prefixes
            for o in new:
                text = strings[o]
                key = token_key(text)
                forms[o] = (text, key, is_separator(text), key in index or key in prefixes)
        texts, keys, separators, opens = zip(*[forms[o] for o in orths]) if orths else ((), (), (), ())
        index, prefixes = self.gazetteer.index, self.gazetteer.prefixes
        n = len(texts)
        out: list[Mention] = []
        # Where a name may start, found in one pass: a word whose key is a name or starts one,
        # or an unspaced piece, which may join the next ("Sana" + "'a").
        starts = [i for i, (key, opening, space) in enumerate(zip(keys, opens, spaced))
                  if key and (opening or not space)]
        resume = 0  # the end of the last name found
        for i in starts:
            if i < resume or (punct[i] and not texts[i][:1].isalpha()):
                continue
            key = keys[i]
            ends: list[tuple[int, str]] = [(i + 1, key)] if key in index else []
            j, gap = i + 1, False
            while j < n and j - i < self.window:
                if separators[j]:
                    gap = True
                    j += 1
                    continue
                piece = keys[j]
                if punct[j] or not piece:
                    break
                if gap or spaced[j - 1]:
                    if key not in prefixes:  # no longer name starts with these words
                        break
                    key = f"{key} {piece}"
                elif j - i < 3 and texts[j].lower() not in _POSSESSIVES:  # "Sana" + "'a"
                    key += piece
                else:
                    break
                gap = False
                j += 1
                if key in index:
                    ends.append((j, key))
            for stop, key in reversed(ends):  # longest first; a shorter name if it fails
                codes = self._accept(tokens, start + i, start + stop, key, lower_case, start, texts[i])
                if codes:
                    out.append(Mention(start + i, start + stop, key, codes))
                    resume = stop
                    break
        return out

    def _accept(self, doc: Doc, i: int, stop: int, key: str, lower_case: bool,
                sent_start: int, first: str) -> tuple[int, ...]:
        """The candidate places of doc[i:stop] as the name `key`, or () when it is no place name
        there (`first`: the text of doc[i]). The tests that need no Token come first."""
        codes = self.gazetteer.index[key]
        if key in self.never:
            return ()
        if key in self.no_alias:
            codes = tuple(c for c in codes if not c & 1)
            if not codes:
                return ()
        if " " in key and all(w in self.common for w in key.split()):
            codes = tuple(c for c in codes if not c & 1)  # "the city" is an alias of Oakville
            if not codes:
                return ()
        elif key in self.common:
            if lower_case or not first[:1].isupper():  # most common words found are in lower case
                return ()
            codes = tuple(c for c in codes if not c & 1)  # own names only ("Nice", not aliases)
            if not codes or _sentence_initial(doc, i, sent_start):
                return ()
        if key in self.first_names and stop < len(doc) and (key, doc[stop].lower_) in self.name_pairs:
            return ()  # a known person's first name: "vladimir putin" in lower-cased copy
        if lower_case:
            if key in self.nouns and not any(self._big(c) for c in codes):
                return ()
            return codes
        if " " in key and first[:1].islower() and doc[i].lower_ in _SIDES:
            # "in east London" is London's east, not East London (South Africa); "eastern
            # Ghouta" is the area's own name
            rest = self.gazetteer.index.get(key.split(" ", 1)[1], ())
            if rest and not {c >> 1 for c in rest} & {c >> 1 for c in codes}:
                return ()
        if stop - i == 1 and not (first[:1].isalpha() and first[:1].isupper()):
            return ()  # the test below, for one word
        words = [t for t in doc[i:stop] if t.text[:1].isalpha()]
        while len(words) > 1 and words[0].lower_ in _NAME_LEADERS_OK:
            words.pop(0)  # "eastern Ghouta", "the Gaza Strip"
        while len(words) > 1 and words[-1].lower_ in GENERIC_WORDS:
            words.pop()  # "Idlib province", "Deir ez-Zor governorate"
        if not words or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
            return ()
        if (stop - i == 1 and words[0].is_upper and len(words[0]) <= 4
                and not any(self.gazetteer.places[c >> 1].feature == "country" for c in codes)):
            return ()  # an acronym ("UN", "SDF") that spells a town; country codes stay ("UK")
        prev = doc[i - 1] if i > sent_start else None
        if prev is not None and prev.lower_.rstrip(".") in self.titles:
            return ()  # a person: "Mr Foley", "Sgt Gonzalez"
        if prev is not None and _MODEL_CODE.match(prev.text):
            return ()  # a vehicle's name: "an MV-22 Osprey"
        if (prev is not None and prev.lower_ in _SIDES and prev.text[:1].isupper()
                and all(self._small_town(c) for c in codes)):
            return ()  # "the North Atlantic", not the town of Atlantic
        if (i - 3 >= sent_start and doc[i - 1].lower_ == "of" and doc[i - 2].text[:1].isupper()
                and doc[i - 3].text[:1].isupper() and doc[i - 3].is_alpha
                and not _sentence_initial(doc, i - 3, sent_start)
                and doc[i - 2].lower_ not in _STATE_NOUNS):
            return ()  # inside an organisation's name: "Islamic State of Iraq", "Royal Bank of Scotland"
        if (prev is not None and prev.is_alpha and prev.text[:1].isupper() and not prev.is_upper
                and not _sentence_initial(doc, i - 1, sent_start) and prev.lower_ not in _NAME_LEADERS_OK
                and prev.tag_ not in ("JJ", "NNPS")):
            return ()  # inside a longer name or after a first name: "Washington Post", "John Kerry"
        nxt = doc[stop] if stop < len(doc) else None
        if (prev is not None and prev.text in "([" and nxt is not None and nxt.text in ")]"
                and stop + 1 < len(doc) and doc[stop + 1].text[:1].isupper() and doc[stop + 1].is_alpha):
            return ()  # a first name an editor added: "(Vladimir) Putin", "[Donald] Trump"
        if (nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper
                and nxt.lower_ not in _NAME_FOLLOWERS_OK and doc[stop - 1].whitespace_
                and not self._site_after(doc, stop)):
            return ()  # part of a longer name: "Washington Post", "Paris Agreement"
        if (nxt is not None and nxt.lower_ == "of" and stop + 1 < len(doc)
                and doc[stop + 1].text[:1].isupper() and doc[stop + 1].is_alpha
                and all(self.gazetteer.places[c >> 1].feature == "city" for c in codes)):
            return ()  # a town's name opening a longer one: "Horn of Africa", "Bank of England"
        if (nxt is not None and nxt.lower_ in _ARABIC_ARTICLES and stop + 2 < len(doc)
                and doc[stop + 1].text in "-‐" and doc[stop + 2].text[:1].isupper()):
            return ()  # part of a longer Arabic name: "Bab al-Mandeb", "Ras al-Ain"
        return codes


    def _site_after(self, doc: Doc, stop: int) -> bool:
        """Capitalised words from `stop` end in a site of the town ("Kabul International
        Airport", "Tecumseh State Prison"; data/facility_words.tsv)."""
        for k in range(stop, min(stop + 4, len(doc))):
            tok = doc[k]
            if not (tok.is_alpha and tok.text[:1].isupper()):
                return False
            if tok.lower_ in self.sites:
                return True
        return False

    def _small_town(self, code: int) -> bool:
        place = self.gazetteer.places[code >> 1]
        return place.feature == "city" and place.population < SIDE_NAME_MAX_TOWN

    def _big(self, code: int) -> bool:
        place = self.gazetteer.places[code >> 1]
        return place.feature != "city" or (place.population >= BIG_CITY and not code & 1)


def _columns(doc: Doc | Span) -> list[list[int]]:
    """ORTH, IS_PUNCT and SPACY of the tokens of doc. A sentence's are sliced from its Doc's,
    read once per Doc: spaCy's Span.to_array costs some 100 us however short the span, more
    than a whole paragraph's Doc.to_array."""
    if isinstance(doc, Doc):
        return doc.to_array(_ATTRS).reshape(-1, len(_ATTRS)).T.tolist()
    columns = _doc_columns(doc.doc)
    start, end = doc.start, doc.end
    return [column[start:end] for column in columns]


def _doc_columns(doc: Doc) -> list[list[int]]:
    columns = doc.user_data.get(_COLUMNS_KEY)
    if columns is None:
        columns = doc.user_data[_COLUMNS_KEY] = _columns(doc)
    return columns


def doc_orths(doc: Doc) -> list[int]:
    """The ORTH hashes of doc's tokens (read once per Doc, with the matcher's columns)."""
    return _doc_columns(doc)[0]


def is_lower_cased(doc: Doc) -> bool:
    """True for copy whose words are lower-cased (perhaps truecased at sentence starts and for
    a few known names): fewer than 4% of the words inside sentences are capitalised, against
    10-20% in edited news. A text too short to tell (under 30 such words) counts as lower-
    cased only when it has no capital at all."""
    inner = capital = 0
    prev = ""
    strings = doc.vocab.strings
    orths, alphas = doc.to_array(_CASING_ATTRS).reshape(-1, len(_CASING_ATTRS)).T.tolist()
    for o, alpha in zip(orths, alphas):  # read from arrays: no Token objects
        text = strings[o]
        if alpha and prev and prev not in _SENTENCE_OPENERS and not prev.isspace():
            inner += 1
            capital += text[0].isupper()
            if inner >= 2000:
                break
        prev = text  # a token's own whitespace is one space at most: newlines are tokens
    if inner < 30:
        return not any(ch.isupper() for ch in doc.text)
    return capital * 25 < inner


def _sentence_initial(doc: Doc, i: int, sent_start: int) -> bool:
    if i <= sent_start:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in _SENTENCE_OPENERS or "\n" in prev.whitespace_


def _lemmatizer_words(nlp: Language | None, parts: tuple[str, ...]) -> set[str]:
    """Words of the given parts of speech the model's lemmatizer knows: verbs, adjectives and
    adverbs such as "march", "split", "nice"; nouns (which include "paris" and "aleppo")."""
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return set()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return set()
    table = lookups.get_table("lemma_index")
    out: set[str] = set()
    for pos in parts:
        if pos in table:
            out.update(w for w in table[pos] if "_" not in w)
    return out
