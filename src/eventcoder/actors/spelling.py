"""Misspelt country names: "Ethopia", "Afganistan", "Britian" as the head of a phrase.

A capitalised word the knowledge base does not know is read as a country when it is one edit
away from exactly one single-word country name of at least `MIN_LENGTH` letters: one letter
missing or one extra, or two neighbouring letters swapped. Substitutions are not accepted
("Franco" is not France, "Columbia" is a university as often as a misspelt Colombia).
The index is built once from the KB's countries; a look-up costs a few dict probes.
"""

from __future__ import annotations

from collections.abc import Iterable

from .entries import Country, fold

MIN_LENGTH = 6


def _deletions(word: str) -> Iterable[str]:
    return (word[:k] + word[k + 1:] for k in range(len(word)))


def _swaps(word: str) -> Iterable[str]:
    return (word[:k] + word[k + 1] + word[k] + word[k + 2:] for k in range(len(word) - 1)
            if word[k] != word[k + 1])


class CountrySpelling:
    """`country_of(word) -> ISO3 | None` for a word that misspells one country name."""

    def __init__(self, countries: Iterable[Country], known: Iterable[str] = ()):
        """`known`: folded words that are something else (other KB phrases, given names) and
        are never read as a misspelling."""
        self.names: dict[str, str] = {}
        self.shortened: dict[str, set[str]] = {}  # a name with one letter dropped -> countries
        for c in countries:
            for name in (c.name, *c.aliases):
                key = fold(name.lstrip("="))
                if len(key) >= MIN_LENGTH and key.isalpha():
                    self.names[key] = c.iso3
        for key, iso in self.names.items():
            for short in _deletions(key):
                self.shortened.setdefault(short, set()).add(iso)
        self.known = frozenset(known) | frozenset(self.names)

    def country_of(self, word: str) -> str | None:
        key = fold(word)
        if len(key) < MIN_LENGTH or key in self.known or not key.isalpha():
            return None
        found = set(self.shortened.get(key, ()))  # a letter missing
        for variant in (*_deletions(key), *_swaps(key)):  # a letter too many, two swapped
            iso = self.names.get(variant)
            if iso is not None:
                found.add(iso)
        return found.pop() if len(found) == 1 else None
