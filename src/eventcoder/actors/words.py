"""Per-word-form facts the resolver asks of every token, computed once per form.

A paragraph's tokens are read as arrays of spaCy hashes (`DocArrays`) rather than as Token
objects, and what depends only on the word form (its folded key, whether it could be part of a
name, whether it counts for casing) is cached by ORTH hash in a `WordCache`, which lives as
long as its `ActorResolver`. Both give exactly what the Token attributes would.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

import numpy
from spacy.attrs import DEP, IDX, ORTH, POS, SENT_START, SPACY, TAG
from spacy.strings import hash_string
from spacy.symbols import IDS as SYMBOL_IDS
from spacy.tokens import Doc, Token

from .entries import fold

_ATTRS = [ORTH, POS, TAG, DEP, IDX, SPACY, SENT_START]
# their columns in DocArrays
ORTH_COLUMN, POS_COLUMN, TAG_COLUMN, DEP_COLUMN, IDX_COLUMN, SPACY_COLUMN, SENT_START_COLUMN = range(len(_ATTRS))

# name_flags bits
NAME_WORD = 1  # could be a word of a name (ignoring case)
CAPITALISED = 2  # first character upper case
# cased_flags: counts as a word for casing; of those, counts as a capital
CASING_WORD = 1
CASING_CAPITAL = 2


def label_id(label: str) -> int:
    """The id the arrays hold for a POS/TAG/DEP label, as `vocab.strings[label]` gives it: the
    symbol's id for spaCy's own labels ("nsubj"), else the string's hash ("compound")."""
    return SYMBOL_IDS.get(label) or hash_string(label)


class LazyTokens:
    """The Token objects of one doc, each made on first use and then reused."""

    __slots__ = ("_doc", "_tokens")

    def __init__(self, doc: Doc):
        self._doc = doc
        self._tokens: list[Token | None] = [None] * len(doc)

    def __len__(self) -> int:
        return len(self._tokens)

    def __getitem__(self, i: int) -> Token:
        tok = self._tokens[i]
        if tok is None:
            tok = self._tokens[i] = self._doc[i]
        return tok

    def __iter__(self):
        for i in range(len(self._tokens)):
            yield self[i]


class DocArrays:
    """One doc's token attributes as Python ints (POS/TAG/DEP as their labels, "" when unset,
    as Token gives them; `dep_id` as hashes), each column converted on first use."""

    def __init__(self, article: ArticleArrays, start: int, end: int):
        self._article = article
        self._start = start
        self._end = end

    def __getattr__(self, name: str) -> list:
        # only called for columns not converted yet
        if name.startswith("_") or name not in _COLUMNS:
            raise AttributeError(name)
        k, labelled, dense = _COLUMNS[name]
        if dense:  # read in (nearly) every doc: converted once for the article, sliced here
            value = self._article.column(name)[self._start:self._end]
        else:  # read in a few docs only: converted for those
            value = self._article.stack[self._start:self._end, k].tolist()
            if labelled:
                value = list(map(self._article.label, value))
        setattr(self, name, value)  # later reads find the attribute, not this method
        return value


# DocArrays attribute -> (column, read as a label, converted for the whole article at once)
_COLUMNS = {"orth": (ORTH_COLUMN, False, True), "pos": (POS_COLUMN, True, True),
            "tag": (TAG_COLUMN, True, False), "dep": (DEP_COLUMN, True, False),
            "dep_id": (DEP_COLUMN, False, False), "idx": (IDX_COLUMN, False, False),
            "space": (SPACY_COLUMN, False, False)}


class ArticleArrays:
    """The arrays of an article's docs, and the same stacked end to end so that scans over
    every token run once per article (stacked token g is token g - starts[d] of doc d).
    The columns every paragraph reads (ORTH, POS) are converted to Python lists once for the
    whole article and sliced per doc: one conversion per article, not one per paragraph."""

    def __init__(self, cache: WordCache, docs: Sequence[Doc]):
        self.starts: list[int] = []
        n = 0
        for doc in docs:
            self.starts.append(n)
            n += len(doc)
        self.stack = (numpy.concatenate([doc.to_array(_ATTRS) for doc in docs]) if docs
                      else numpy.zeros((0, len(_ATTRS)), dtype=numpy.uint64))
        self.orth: list[int] = self.stack[:, ORTH_COLUMN].tolist()
        self._columns: dict[str, list] = {"orth": self.orth}
        self.docs = [DocArrays(self, start, start + len(doc)) for start, doc in zip(self.starts, docs)]
        self.forms = set(self.orth)  # the article's word forms
        if docs:
            cache.learn(docs[0], self.forms)
        self._cache = cache
        self.label = cache.label

    def column(self, name: str) -> list:
        """Column `name` (a `DocArrays` attribute) of every token of the article."""
        values = self._columns.get(name)
        if values is None:
            k, labelled, _ = _COLUMNS[name]
            values = self.stack[:, k].tolist()
            if labelled:
                values = list(map(self.label, values))
            self._columns[name] = values
        return values

    def forms_folded_to(self, keys) -> set[int]:
        """The article's word forms whose folded key is one of `keys` (a few names: looked up
        key by key rather than form by form)."""
        by_fold = self._cache.by_fold
        found: set[int] = set()
        for key in keys:
            forms = by_fold.get(key)
            if forms:
                found.update(forms)
        return found & self.forms if found else found

    def locate(self, g: int) -> tuple[int, int]:
        """(doc, token) of stacked token g."""
        d = bisect_right(self.starts, g) - 1
        return d, g - self.starts[d]

    def where(self, k: int, values: Sequence[int]) -> list[int]:
        """Stacked indices of the tokens whose attribute column k holds one of `values`."""
        return self._where(k, values).tolist()

    def positions(self, k: int, values: Sequence[int], offsets: Sequence[int]) -> list[tuple[int, int, int]]:
        """(offsets[d] + character offset, d, i) of each token i of doc d whose attribute
        column k holds one of `values`, in stacked order (computed on whole columns)."""
        g = self._where(k, values)
        d = numpy.searchsorted(self.starts, g, side="right") - 1
        i = g - numpy.asarray(self.starts, dtype=numpy.intp)[d]
        at = numpy.asarray(offsets, dtype=numpy.int64)[d] + self.stack[g, IDX_COLUMN].astype(numpy.int64)
        return list(zip(at.tolist(), d.tolist(), i.tolist()))

    def where_by_doc(self, k: int, values: Sequence[int]) -> list[list[int]]:
        """Per doc, the indices of its tokens whose attribute column k holds one of `values`."""
        starts = self.starts
        out: list[list[int]] = [[] for _ in starts]
        d, last = 0, len(starts) - 1
        for g in self._where(k, values).tolist():  # few tokens: split in Python, not per doc in numpy
            while d < last and g >= starts[d + 1]:
                d += 1
            out[d].append(g - starts[d])
        return out

    def _where(self, k: int, values: Sequence[int]) -> numpy.ndarray:
        col = self.stack[:, k]
        if not values:
            return numpy.zeros(0, dtype=numpy.intp)
        if len(values) > 8:  # one pass over the column, not one a value
            return numpy.flatnonzero(numpy.isin(col, numpy.fromiter(values, dtype=numpy.uint64, count=len(values))))
        mask = col == values[0]
        for v in values[1:]:
            mask |= col == v
        return numpy.flatnonzero(mask)


class _Labels(dict):
    """POS/TAG/DEP label by hash (0 = no label, as Token gives "")."""

    strings = None

    def __missing__(self, h: int) -> str:
        label = self[h] = self.strings[h] if h else ""  # type: ignore[index]
        return label


class WordCache:
    """Facts about word forms by ORTH hash (`name_pattern` and `not_names` as in people.py)."""

    def __init__(self, name_pattern: re.Pattern[str], not_names: frozenset[str], calendar: frozenset[str]):
        self._name_pattern = name_pattern
        self._not_names = not_names
        self._calendar = calendar
        # by ORTH hash, for every form `arrays()` has seen
        self.text: dict[int, str] = {}
        self.fold: dict[int, str] = {}
        self.by_fold: dict[str, list[int]] = {}  # the forms of each folded key
        self.name: dict[int, int] = {}  # NAME_WORD | CAPITALISED
        self.casing: dict[int, int] = {}  # CASING_WORD | CASING_CAPITAL
        self._labels = _Labels()
        # the POS/TAG/DEP label of a hash ("" for 0), from the vocabulary `learn` last saw
        self.label: Callable[[int], str] = self._labels.__getitem__

    def learn(self, doc: Doc, orth: Iterable[int]) -> None:
        """Cache the forms among `orth` not seen before (all from `doc`'s vocabulary)."""
        self._labels.strings = doc.vocab.strings
        forms = orth if isinstance(orth, (set, frozenset)) else set(orth)  # a set: not copied
        for h in forms.difference(self.text):
            self._learn(doc, h)

    def _learn(self, doc: Doc, h: int) -> None:
        lex = doc.vocab[h]
        text = lex.orth_
        self.text[h] = text
        key = self.fold[h] = fold(text)
        self.by_fold.setdefault(key, []).append(h)
        lower = lex.lower_
        name = 0
        if not lex.is_stop and lower not in self._not_names and self._name_pattern.match(text):
            name = NAME_WORD | (CAPITALISED if text[0].isupper() else 0)
        self.name[h] = name
        casing = 0
        if lex.is_alpha and len(text) > 1:
            casing = CASING_WORD | (CASING_CAPITAL if text[0].isupper() and lower not in self._calendar else 0)
        self.casing[h] = casing

    def span_text(self, a: DocArrays, start: int, end: int) -> str:
        """doc[start:end].text from the arrays (forms learned by `learn`)."""
        text = self.text
        parts = []
        for k in range(start, end - 1):
            parts.append(text[a.orth[k]])
            if a.space[k]:
                parts.append(" ")
        parts.append(text[a.orth[end - 1]])
        return "".join(parts)
