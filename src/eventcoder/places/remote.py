"""Acts done at a distance ("discussed Syria in a phone call with Erdogan", "wrote a letter to
X"): they happen where the doer is, not where the partner or the topic is.

`RemoteCues.load().remote(trigger, clause)` reads a few arcs around the trigger and its
clause against data/remote_words.tsv; it runs once per event, never per token.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from .datafiles import DATA_DIR, read_rows

_JOINED = ("compound", "amod", "nmod")


@dataclass(frozen=True)
class RemoteCues:
    words: frozenset[str]

    @classmethod
    def load(cls, path: Path = DATA_DIR / "remote_words.tsv") -> RemoteCues:
        return cls(frozenset(w.lower() for _, (w,) in read_rows(path, 1, 1)))

    def remote(self, trigger: Token, clause: Token) -> bool:
        """The act is a phone call, a letter, a video link: the trigger is such a word ("phoned"),
        has one joined to it ("a phone call"), or a phrase on the trigger or its clause names one
        ("by telephone", "in a telephone conversation", "via video link")."""
        words = self.words
        for head in {trigger.i: trigger, clause.i: clause}.values():
            if self._is(head):
                return True
            for child in head.children:
                if child.dep_ in _JOINED and self._is(child):
                    return True
                if child.dep_ == "prep":
                    for obj in child.children:
                        if obj.dep_ == "pobj" and (self._is(obj) or any(
                                c.dep_ in _JOINED and c.lower_ in words for c in obj.children)):
                            return True
        return False

    def _is(self, tok: Token) -> bool:
        return tok.lower_ in self.words or tok.lemma_.lower() in self.words
