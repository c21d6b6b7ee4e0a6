"""Choosing among the senses of a matched phrase by where it stands in the noun phrase."""

from __future__ import annotations

from .entries import (
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    ENTRY,
    MODIFIER,
    NOUN,
    PEOPLE,
    PERSON,
    SECTOR,
    TITLE,
    Sense,
)
from .kb import ActorKB
from .matcher import Match

# As the head of a phrase a name beats a place, a place beats a demonym, a demonym a sector
# word; among sector terms a noun ("the government") beats a title and a modifier.
_HEAD_RANK = {ENTRY: 0, CAPITAL: 1, COUNTRY: 2, PEOPLE: 3, ADJECTIVE: 4, SECTOR: 5}
_HEAD_ROLE_RANK = {NOUN: 0, TITLE: 1, MODIFIER: 2}
# As a modifier a country word beats a name, which beats a sector word; a modifier-role term
# beats a noun used attributively ("government troops").
_MOD_RANK = {COUNTRY: 0, ADJECTIVE: 0, PEOPLE: 0, CAPITAL: 0, ENTRY: 1, SECTOR: 2}
_MOD_ROLE_RANK = {MODIFIER: 0, NOUN: 1, TITLE: 2}
COUNTRY_KINDS = frozenset((COUNTRY, ADJECTIVE, PEOPLE, CAPITAL))


def head_sense(kb: ActorKB, m: Match) -> Sense:
    if len(m.senses) == 1:  # most phrases: what min() gives, without ranking
        return m.senses[0]

    def rank(s: Sense) -> tuple[int, int]:
        role = _HEAD_ROLE_RANK[kb.sector_terms[s.ref].role] if s.kind == SECTOR else 0
        return _HEAD_RANK[s.kind], role
    return min(m.senses, key=rank)


def modifier_sense(kb: ActorKB, m: Match) -> Sense:
    if len(m.senses) == 1:
        return m.senses[0]

    def rank(s: Sense) -> tuple[int, int]:
        role = _MOD_ROLE_RANK[kb.sector_terms[s.ref].role] if s.kind == SECTOR else 0
        return _MOD_RANK[s.kind], role
    return min(m.senses, key=rank)


def title_sense(kb: ActorKB, m: Match) -> Sense | None:
    """The title sense of a match that is nothing more specific (no country, no name)."""
    if len(m.senses) == 1:  # most phrases
        s = m.senses[0]
        return s if s.kind == SECTOR and kb.sector_terms[s.ref].role == TITLE else None
    if any(s.kind != SECTOR for s in m.senses):
        return None
    return next((s for s in m.senses if kb.sector_terms[s.ref].role == TITLE), None)


def person_sense(kb: ActorKB, m: Match) -> Sense | None:
    return next((s for s in m.senses if s.kind == ENTRY and kb.entries[s.ref].kind == PERSON), None)


def is_sector_only(m: Match) -> bool:
    return all(s.kind == SECTOR for s in m.senses)
