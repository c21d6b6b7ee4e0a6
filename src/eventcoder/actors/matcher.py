"""The knowledge base compiled into spaCy phrase matchers, built once per ActorKB and vocab.

Every name is tokenised with the pipeline's own tokenizer, as written, lower-cased and, when
abbreviated, capitalised (spaCy splits "u.s." and "sen." but not "U.S." and "Sen.") and without
accents, and matched on LOWER; `=` aliases go into a
second matcher on ORTH. Overlapping matches resolve to the longest, leftmost first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from spacy.attrs import ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .entries import CAPITAL, COUNTRY, Sense
from .grammar import NAME_PARTICLES
from .kb import ActorKB

# A one-word lower-case match on a function word is a false friend ("us", "may", "it").
_FUNCTION_POS = frozenset(("PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "INTJ"))


class Match(NamedTuple):
    """A KB phrase found in a doc (a named tuple: made for every match of every paragraph, it
    is built several times faster than a frozen dataclass, and is as immutable)."""

    start: int  # token indices in the doc, end exclusive
    end: int
    key: str  # the folded phrase (or "=Exact" for a case-sensitive alias)
    senses: tuple[Sense, ...]


def _capitalised(form: str) -> str:
    """An abbreviation as news writes it: the tokenizer keeps "Sen." and "Lt. Gen." whole but
    splits the KB's lower-case "sen." into "sen" + ".", so the lower-case form alone never
    matches "Sen. John Smith". Other forms are returned as they are."""
    if "." not in form:
        return form
    return " ".join(w[:1].upper() + w[1:] for w in form.split(" "))


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class ActorMatcher:
    def __init__(self, kb: ActorKB, nlp: Language):
        self.kb = kb
        self.vocab = nlp.vocab
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._senses: dict[int, tuple[Sense, ...]] = {}
        self._keys: dict[int, str] = {}  # label hash -> label (as vocab.strings gives it)
        variants: list[tuple[str, str]] = []
        for key, forms in kb.forms.items():
            seen = set()
            # news writes the possessive with a curly apostrophe ("People’s Protection Units")
            for form in dict.fromkeys(f for g in forms for f in (g, g.replace("'", "’"), g.replace("’", "'"))):
                for v in (form, form.lower(), _strip_accents(form), _strip_accents(form).lower(), _capitalised(form)):
                    if v not in seen:
                        seen.add(v)
                        variants.append((key, v))
        by_key: dict[str, dict[tuple[str, ...], Doc]] = {}
        for (key, _), doc in zip(variants, nlp.tokenizer.pipe(v for _, v in variants)):
            by_key.setdefault(key, {}).setdefault(tuple(t.lower_ for t in doc), doc)
        for key, docs in by_key.items():
            self._lower.add(key, list(docs.values()))
            self._senses[self.vocab.strings[key]] = tuple(kb.phrases[key])
            self._keys[self.vocab.strings[key]] = key
        self._exact_firsts: set[int] = set()  # ORTH of the first words of the exact aliases
        for surface, senses in kb.exact.items():
            label = "=" + surface
            pattern = nlp.tokenizer(surface)
            self._exact.add(label, [pattern])
            if len(pattern):
                self._exact_firsts.add(pattern[0].orth)
            self._senses[self.vocab.strings[label]] = tuple(senses)
            self._keys[self.vocab.strings[label]] = label
        # labels whose every sense is a capital (country): the checks `__call__` makes on them
        self._capital_only = frozenset(k for k, ss in self._senses.items() if all(x.kind == CAPITAL for x in ss))
        self._country_only = frozenset(k for k, ss in self._senses.items() if all(x.kind == COUNTRY for x in ss))
        self._stop: dict[int, bool] = {}  # Lexeme.is_stop by ORTH hash, on first sight

    def uncased_us(self, doc: Doc, found: list[Match], orth: Sequence[int] | None = None) -> list[Match]:
        """In text with no capitals, "us" where the pronoun cannot stand is the United States:
        after "the", as a subject, or modifying a noun ("the us", "us said", "us troops").
        `orth`: the doc's ORTH hashes, when the caller has them (only "us" tokens are read)."""
        strings = self.vocab.strings  # a StringStore, not a dict: no .get()
        label = strings["=US"] if "=US" in strings else None  # noqa: SIM401
        senses = self._senses.get(label) if label is not None else None
        if not senses:
            return found
        if orth is None:
            orth = doc.to_array(ORTH).tolist()
        us = self.vocab.strings["us"]
        at = [i for i, h in enumerate(orth) if h == us]
        if not at:
            return found
        taken = {i for m in found for i in range(m.start, m.end)}
        extra = [Match(i, i + 1, "=US", senses) for i in at if i not in taken and _us_is_country(doc[i])]
        return sorted(found + extra, key=lambda m: m.start) if extra else found

    def __call__(self, doc: Doc, arrays=None) -> list[Match]:
        """The KB's names in `doc`. `arrays`: the doc's `DocArrays` (actors/words.py), when the
        caller has them: the checks on single words read their ORTH and POS columns there
        instead of making a Token object per match (most matches are single words)."""
        if arrays is None:
            orth_col, pos_col = doc.to_array([ORTH, POS]).T.tolist()
            strings = self.vocab.strings
            orth, pos = orth_col, [strings[h] if h else "" for h in pos_col]
        else:
            orth, pos = arrays.orth, arrays.pos
        # exact-case aliases first: on the same words they win the (stable) sort below, so
        # "Labour government" is the party's, not the "labour" modifier's
        # (only where a word could start one: most paragraphs have none)
        found: list[tuple[int, int, int]] = [] if self._exact_firsts.isdisjoint(orth) else [
            m for m in self._exact(doc) if not _month_here(doc, m[1], m[2]) and not _cut_word(doc, m[2])]
        stop = self._stop
        for m in self._lower(doc):
            start = m[1]
            if m[2] - start == 1:
                if pos[start] in _FUNCTION_POS:
                    continue
                h = orth[start]
                is_stop = stop.get(h)
                if is_stop is None:
                    is_stop = stop[h] = self.vocab[h].is_stop
                if is_stop:
                    continue
            found.append(m)
        n = len(doc) + 1
        # longest first, then leftmost: (start - end, start) as one int (start < n)
        found.sort(key=lambda m: (m[1] - m[2]) * n + m[1])
        taken = bytearray(len(doc))
        kept: list[tuple[int, int, int]] = []
        capital_only, country_only = self._capital_only, self._country_only
        for match_id, start, end in found:
            if taken.find(1, start, end) >= 0:
                continue
            if start > 0 and match_id in capital_only and doc[start - 1].lower_ in NAME_PARTICLES:
                continue  # "Leila de Lima", "De Lima said": a surname, not the capital's government
            if end - start == 1 and match_id in country_only and _given_name(doc, start, orth, pos):
                continue  # "Chad Oulson ... Oulson said": a man's given name, not Chad
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, match_id))
        kept.sort()  # by start: the kept matches do not overlap
        keys, senses, make = self._keys, self._senses, Match._make
        return [make((start, end, keys[match_id], senses[match_id])) for start, end, match_id in kept]


def _given_name(doc: Doc, start: int, orth: Sequence[int], pos: Sequence[str]) -> bool:
    """A country's name used as a given name ("Chad Oulson", "Jordan Peele"): a capitalised
    surname follows that the text also uses on its own (`orth`, `pos`: the doc's ORTH hashes
    and POS labels, read before any Token is made)."""
    if start + 1 >= len(doc) or pos[start + 1] != "PROPN":
        return False
    first, nxt = doc[start], doc[start + 1]
    if not (first.text[:1].isupper() and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper()):
        return False
    # the same word elsewhere, not after this given name (compared as ORTH hashes: the texts)
    word, given = orth[start + 1], orth[start]
    return any(h == word and j != start + 1 and (j == 0 or orth[j - 1] != given) for j, h in enumerate(orth))


def _cut_word(doc: Doc, end: int) -> bool:
    """An exact-case name glued to a "?" that stands for a letter lost in encoding ("RT?'s News",
    "RT? News" for the Irish RTÉ): the word goes on, it is not the abbreviation "RT"."""
    last = doc[end - 1]
    return (end < len(doc) and not last.whitespace_ and doc[end].text in ("?", "\ufffd")
            and last.text.isupper() and len(last.text) <= 4)


# "=May" the person, but not the month: "in May", "a May summit", "May 5", "early May".
_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"))
_BEFORE_MONTH = frozenset(("in", "a", "an", "of", "since", "until", "till", "by", "early", "mid", "late", "last",
                           "next", "this", "from", "through", "during", "on", "before", "after", "-"))


def _month_here(doc: Doc, start: int, end: int) -> bool:
    if end - start != 1 or doc[start].lower_ not in _MONTHS:
        return False
    prev = doc[start - 1].lower_ if start else ""
    nxt = doc[end] if end < len(doc) else None
    return prev in _BEFORE_MONTH or (nxt is not None and (nxt.like_num or nxt.lower_ in _MONTHS))


_US_COUNTRY_DEPS = frozenset(("nsubj", "nsubjpass", "compound", "nmod", "amod", "poss"))


def _us_is_country(tok) -> bool:
    prev = tok.doc[tok.i - 1].lower_ if tok.i else ""
    return prev == "the" or tok.dep_ in _US_COUNTRY_DEPS or tok.tag_ in ("NNP", "NNPS")
