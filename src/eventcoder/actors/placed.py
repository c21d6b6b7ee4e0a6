"""Unnamed victims are people of the place where they were hit.

A generic noun ("civilians", "people", "a man") gets its country from the article when nothing in
its phrase names one ("+context"). For the victims of violence (CAMEO 18-20) the place the
sentence names for the act says more: "people were killed in Russian air strikes on Idlib" in a
story about Russia are Syrians, "civilians killed in a coalition strike near Mosul" Iraqis. Not
for arrests and charges: "a man charged ... appeared at the High Court in Dublin" is not of the
court's country.
"""

from __future__ import annotations

from dataclasses import replace

from ..record import Actor, Location
from .entries import compose_code

VICTIM_ROOTS = frozenset(("18", "19", "20"))
# Where the place was read: in the act's own phrase or its sentence, not the dateline or article.
SENTENCE_METHODS = frozenset(("sentence", "trigger_phrase"))
GUESSED_MARK = "+context"  # also "+context-weak": a country taken from the article (actors.article_people)
GENERIC_RULE = "noun:"


def placed_victim(target: Actor | None, where: Location | None, root: str) -> Actor | None:
    """The target, of the act's place's country when it is unnamed victims whose country was
    only guessed from the article."""
    if (target is None or where is None or root not in VICTIM_ROOTS or where.method not in SENTENCE_METHODS
            or not where.country or where.country == target.country):
        return target
    rule = target.rule or ""
    if not rule.startswith(GENERIC_RULE) or GUESSED_MARK not in rule:
        return target
    return replace(target, country=where.country, code=compose_code(where.country, target.sectors) or where.country,
                   rule=f"{rule}+placed:{where.country}")
