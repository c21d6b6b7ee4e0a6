"""A token's place in the dependency parse as plain ints, read once per token and doc.

Walking `Token.children` makes a spaCy Token object per child and reading `dep_` or `lower_`
looks a string up each time; the event layer walks the children of the same few clause tokens
many times (modality, dating, recalled quotes, passives, preposition objects), to keep few of
them. `kids` reads a token's children once per doc; the walks compare ints and make a Token
only for what they return.

Labels and words are compared as spaCy string ids (`ids`): what `Token.dep` and `Token.lower`
give. Memoised in `doc.user_data` as ints only: a Token there would make a reference cycle with
its doc.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc

_KEY = "eventcoder.kids"

Kid = tuple[int, int, int]  # (index, dependency label id, lower-case form id) of a child


def ids(*words: str) -> frozenset[int]:
    """The string ids of labels or words, to compare with what `kids` gives."""
    return frozenset(get_string_id(w) for w in words)


def kids(doc: Doc, i: int) -> tuple[Kid, ...]:
    """The children of token i, in `Token.children` order, read once per doc."""
    memo = doc.user_data.get(_KEY)
    if memo is None:
        memo = doc.user_data[_KEY] = {}
    found = memo.get(i)
    if found is None:
        found = memo[i] = tuple((c.i, c.dep, c.lower) for c in doc[i].children)
    return found
