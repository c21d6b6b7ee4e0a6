"""Combining what the words of a noun phrase say into country + sectors.

A phrase contributes a head (its sector, if any) and modifiers ("Venezuela's", "opposition-led",
"of Venezuela", "from Chile, Mexico and Bolivia"). Coordinated modifiers are alternatives and
yield one actor each ("Hungarian and Romanian officials" -> HUNGOV, ROUGOV).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from ..record import Actor

# A government head ("officials", "leader", "negotiator") yields to a more specific modifier:
# "opposition officials" are OPP, "the opposition's negotiator" is OPP, "military leaders" MIL.
WEAK_HEAD_SECTOR = "GOV"
# Sectors that take no country from the article's context ("aid groups" are just NGO).
CONTEXT_FREE = frozenset(("IGO", "NGO"))
MAX_COMBINATIONS = 12


@dataclass(frozen=True, slots=True)
class Part:
    """What one modifier says: a country, sectors, and/or a named actor that fixes the code."""

    country: str | None = None
    sectors: tuple[str, ...] = ()
    actor: Actor | None = None
    rule: str = ""
    # An owner ("Maduro's", "its", "of the opposition") lends its sectors only to a head
    # without a specific sector of its own: "the opposition's negotiator" is OPP, but "its
    # foes" are OPP alone, not OPP and GOV.
    owner: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    country: str | None
    sectors: tuple[str, ...]
    actor: Actor | None
    rules: tuple[str, ...]


def merge_sectors(head: tuple[str, ...], modifiers: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    if head and head[0] == WEAK_HEAD_SECTOR and any(s != WEAK_HEAD_SECTOR for s in modifiers):
        head = ()
    for s in (*head, *modifiers):
        if s not in out:
            out.append(s)
    return tuple(out)


def combine(head: tuple[str, ...], slots: list[list[Part]]) -> list[Reading]:
    """Every reading of the phrase: one per choice among coordinated alternatives."""
    readings: list[Reading] = []
    for choice in product(*slots) if slots else [()]:
        # a nationality written in the phrase beats its owner's: "his [Turkish] counterpart",
        # "Russia's [Syrian] allies"
        country = next((p.country for p in choice if p.country and not p.owner), None) or next(
            (p.country for p in choice if p.country), None)
        actor = next((p.actor for p in choice if p.actor is not None), None)
        weak = not head or head[0] == WEAK_HEAD_SECTOR
        mods = tuple(s for p in choice if weak or not p.owner for s in p.sectors)
        reading = Reading(country, merge_sectors(head, mods), actor, tuple(p.rule for p in choice if p.rule))
        if reading not in readings:
            readings.append(reading)
        if len(readings) >= MAX_COMBINATIONS:
            break
    return readings
