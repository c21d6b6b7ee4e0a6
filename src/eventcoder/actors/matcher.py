"""The knowledge base compiled into spaCy phrase matchers, built once per ActorKB and vocab.

Every name is tokenised with the pipeline's own tokenizer, as written and lower-cased (spaCy
splits "u.s." but not "U.S.") and without accents, and matched on LOWER; `=` aliases go into a
second matcher on ORTH. Overlapping matches resolve to the longest, leftmost first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .entries import CAPITAL, COUNTRY, Sense
from .grammar import NAME_PARTICLES
from .kb import ActorKB

# A one-word lower-case match on a function word is a false friend ("us", "may", "it").
_FUNCTION_POS = frozenset(("PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "INTJ"))


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token indices in the doc, end exclusive
    end: int
    key: str  # the folded phrase (or "=Exact" for a case-sensitive alias)
    senses: tuple[Sense, ...]


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
            for form in forms:
                for v in (form, form.lower(), _strip_accents(form), _strip_accents(form).lower()):
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
        for surface, senses in kb.exact.items():
            label = "=" + surface
            self._exact.add(label, [nlp.tokenizer(surface)])
            self._senses[self.vocab.strings[label]] = tuple(senses)
            self._keys[self.vocab.strings[label]] = label

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

    def __call__(self, doc: Doc) -> list[Match]:
        # exact-case aliases first: on the same words they win the (stable) sort below, so
        # "Labour government" is the party's, not the "labour" modifier's
        found: list[tuple[int, int, int]] = [
            m for m in self._exact(doc) if not _month_here(doc, m[1], m[2]) and not _cut_word(doc, m[2])]
        for match_id, start, end in self._lower(doc):
            if end - start == 1:
                tok = doc[start]
                if tok.pos_ in _FUNCTION_POS or tok.is_stop:
                    continue
            found.append((match_id, start, end))
        found.sort(key=lambda m: (m[1] - m[2], m[1]))  # longest first, then leftmost
        taken = bytearray(len(doc))
        kept: list[tuple[int, int, int]] = []
        for match_id, start, end in found:
            if taken.find(1, start, end) >= 0:
                continue
            if start > 0 and all(s.kind == CAPITAL for s in self._senses[match_id]) and (
                    doc[start - 1].lower_ in NAME_PARTICLES):
                continue  # "Leila de Lima", "De Lima said": a surname, not the capital's government
            if end - start == 1 and self._given_name(doc, start, match_id):
                continue  # "Chad Oulson ... Oulson said": a man's given name, not Chad
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, match_id))
        kept.sort()  # by start: the kept matches do not overlap
        keys, senses = self._keys, self._senses
        return [Match(start, end, keys[match_id], senses[match_id]) for start, end, match_id in kept]

    def _given_name(self, doc: Doc, start: int, match_id: int) -> bool:
        """A country's name used as a given name ("Chad Oulson", "Jordan Peele"): a capitalised
        surname follows that the text also uses on its own."""
        if start + 1 >= len(doc) or not all(s.kind == COUNTRY for s in self._senses[match_id]):
            return False
        first, nxt = doc[start], doc[start + 1]
        if not (first.text[:1].isupper() and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper()):
            return False
        return any(t.text == nxt.text and t.i != nxt.i and (t.i == 0 or doc[t.i - 1].text != first.text)
                   for t in doc)


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
