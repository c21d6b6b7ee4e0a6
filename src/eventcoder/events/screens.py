"""Bit-mask screens over a lemma's lexicon entries, so that the entries a trigger's
complements cannot satisfy are skipped without a call each (most entries tested fail there).

Each prep:, obj: and child-word screen of an entry (Entry.screens) gets one bit; a word index
per kind of complement maps a word to the bits of the screens that allow it. An entry passes
when all its bits are among those the trigger's words set: the same test as triggers._may_hold.
A first, coarser pass asks the same of all the words of the trigger's doc (as string hashes:
lower-case forms and lower-cased lemmas), so that a trigger whose entries all fail there costs
no walk of its complements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id, hash_string

if TYPE_CHECKING:
    from .lexicon import Entry

PREP, OBJ, CHILD = 1, 2, 4  # the kinds of complement word a screen looks at


class ScreenTable:
    """The entries of one (pos, lemma), in lexicon order, with their screen bits."""

    __slots__ = ("by_hash", "entries", "hashes", "indexes", "rows")

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        indexes: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
        rows = []
        bit = 1
        for e in entries:
            bits = kinds = 0
            for key, allowed in e.screens:
                kind = PREP if key == "prep" else OBJ if key == "obj" else CHILD
                index = indexes[kind >> 1]
                for w in allowed:
                    index[w] = index.get(w, 0) | bit
                bits |= bit
                kinds |= kind
                bit <<= 1
            rows.append((e, bits, kinds))
        self.rows = tuple(rows)
        self.indexes = indexes
        by_hash: dict[int, int] = {}  # any kind
        for index in indexes:
            for w, bits in index.items():
                # the doc's arrays give a spaCy symbol's id ("agent", "number"), not its hash
                for h in {hash_string(w), get_string_id(w)}:
                    by_hash[h] = by_hash.get(h, 0) | bits
        self.by_hash = by_hash
        self.hashes = frozenset(by_hash)

    def doc_hits(self, words: set[int]) -> int:
        """The screen bits some word of the doc (`words`: hashes) sets."""
        hit = 0
        by_hash = self.by_hash
        for h in self.hashes.intersection(words):
            hit |= by_hash[h]
        return hit


def screen_hits(frame, kinds: int, indexes: tuple[dict[str, int], ...]) -> int:
    """The screen bits the frame's complement words of these kinds set."""
    hit = 0
    if kinds & PREP:
        index = indexes[0]
        for w in frame.prep_words:
            hit |= index.get(w, 0)
    if kinds & OBJ:
        index = indexes[1]
        for w in frame.obj_words:
            hit |= index.get(w, 0)
    if kinds & CHILD:
        index = indexes[2]
        for w in frame.child_words:
            hit |= index.get(w, 0)
    return hit
