"""Per-word-form facts the resolver asks of every token, computed once per form.

A paragraph's tokens are read as arrays of spaCy hashes (`DocArrays`) rather than as Token
objects, and what depends only on the word form (its folded key, whether it could be part of a
name, whether it counts for casing) is cached by ORTH hash in a `WordCache`, which lives as
long as its `ActorResolver`. Both give exactly what the Token attributes would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.attrs import DEP, IDX, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Token

from .entries import fold

_ATTRS = [ORTH, POS, TAG, DEP, IDX, SPACY, SENT_START]

# name_flags bits
NAME_WORD = 1  # could be a word of a name (ignoring case)
CAPITALISED = 2  # first character upper case
# cased_flags: counts as a word for casing; of those, counts as a capital
CASING_WORD = 1
CASING_CAPITAL = 2


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
    """One doc's token attributes as Python ints and strings (POS/TAG/DEP as labels)."""

    __slots__ = ("orth", "pos", "tag", "dep", "idx", "space", "sent_start")

    def __init__(self, doc: Doc, label: Callable[[int], str]):
        cols = list(zip(*doc.to_array(_ATTRS).tolist())) if len(doc) else [()] * len(_ATTRS)
        self.orth: Sequence[int] = cols[0]
        self.pos: list[str] = list(map(label, cols[1]))
        self.tag: list[str] = list(map(label, cols[2]))
        self.dep: list[str] = list(map(label, cols[3]))
        self.idx: Sequence[int] = cols[4]
        self.space: Sequence[int] = cols[5]
        self.sent_start: Sequence[int] = cols[6]  # 1 = starts a sentence (as Token.is_sent_start)


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
        self._text: dict[int, str] = {}
        self._fold: dict[int, str] = {}
        self._name: dict[int, int] = {}
        self._casing: dict[int, int] = {}
        self._labels = _Labels()

    def arrays(self, doc: Doc) -> DocArrays:
        self._labels.strings = doc.vocab.strings
        arrays = DocArrays(doc, self._labels.__getitem__)
        text = self._text
        for h in arrays.orth:
            if h not in text:
                self._learn(doc, h)
        return arrays

    def _learn(self, doc: Doc, h: int) -> None:
        lex = doc.vocab[h]
        text = lex.orth_
        self._text[h] = text
        self._fold[h] = fold(text)
        lower = lex.lower_
        name = 0
        if not lex.is_stop and lower not in self._not_names and self._name_pattern.match(text):
            name = NAME_WORD | (CAPITALISED if text[0].isupper() else 0)
        self._name[h] = name
        casing = 0
        if lex.is_alpha and len(text) > 1:
            casing = CASING_WORD | (CASING_CAPITAL if text[0].isupper() and lower not in self._calendar else 0)
        self._casing[h] = casing

    # lookups for forms seen by `arrays()`
    def text(self, h: int) -> str:
        return self._text[h]

    def folded(self, h: int) -> str:
        return self._fold[h]

    def name_flags(self, h: int) -> int:
        return self._name[h]

    def casing(self, h: int) -> int:
        return self._casing[h]

    def span_text(self, a: DocArrays, start: int, end: int) -> str:
        """doc[start:end].text from the arrays."""
        text = self._text
        parts = []
        for k in range(start, end - 1):
            parts.append(text[a.orth[k]])
            if a.space[k]:
                parts.append(" ")
        parts.append(text[a.orth[end - 1]])
        return "".join(parts)
