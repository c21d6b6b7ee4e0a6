"""Ranking the places a name may refer to.

score = prior(feature, population) - alias + context + sentence + qualifier, where
- prior: a country 7.0; a region 6.0; an admin1 3.5 + 0.3 log10(population); a city
  log10(population). A country outranks its namesakes ("Mexico" the country, not the state),
  a city of 2M (6.3) one of 25k (4.4), Washington DC (5.8) the state (5.5).
- alias: -0.5 when the name is one of the place's alternate names, not its own; -2.0 when it
  is another candidate's own name ("Mexico" is an alternate name of Mexico City, "Whitehall"
  one of Atlanta).
- context: +1.5 x the share of the article's country mentions held by the place's country
  (+2.5 x for an admin1: divisions are named mostly in their own country's news, so Georgia
  the state passes Georgia the country when the United States hold 60% of the article):
  "Tripoli" in an article about Lebanon goes to Lebanon (Tripoli, Libya leads Tripoli, Lebanon
  by 0.75 on population); Paris, Texas needs an article about nothing but the United States
  to pass Paris (1.9 behind).
- sentence: +0.5 when the sentence also names the place's country ("Tripoli, Lebanon's second
  city").
- qualifier: +5.0 when the name is followed by ", <its admin1 or country>" ("Paris, Texas").
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from .gazetteer import Gazetteer, Place

COUNTRY_PRIOR = 7.0
REGION_PRIOR = 6.0
ALIAS_PENALTY = 0.5
OWN_NAME_PENALTY = 1.5
CONTEXT_WEIGHT = 1.5
SENTENCE_BONUS = 0.5
QUALIFIER_BONUS = 5.0
ADMIN1_CONTEXT_WEIGHT = 2.5


@dataclass(frozen=True, slots=True)
class Scored:
    place: Place
    score: float
    alias: bool
    why: str  # the parts of the score, for `eventcoder place`


def prior(place: Place) -> float:
    if place.feature == "country":
        return COUNTRY_PRIOR
    if place.feature == "region":
        return REGION_PRIOR
    if place.feature == "admin1":
        return 3.5 + 0.3 * math.log10(place.population + 1)
    return math.log10(max(place.population, 1000))


def rank(gazetteer: Gazetteer, codes: Collection[int], shares: Mapping[str, float] | None = None,
         sentence_countries: Collection[str] = (), within: Collection[Place] = ()) -> list[Scored]:
    """Candidates best first. `within`: places a ", X" qualifier may mean."""
    out = []
    # An alternate name that is some other place's own name means that place: "Mexico" is an
    # alternate name of Mexico City, "Whitehall" one of Atlanta.
    own_named = any(not c & 1 for c in codes)
    for code in codes:
        place = gazetteer.places[code >> 1]
        alias = bool(code & 1)
        parts = [f"{place.feature} {prior(place):.2f}"]
        score = prior(place)
        if alias:
            penalty = ALIAS_PENALTY + (OWN_NAME_PENALTY if own_named else 0.0)
            score -= penalty
            parts.append(f"alias -{penalty}")
        share = shares.get(place.country, 0.0) if shares else 0.0
        if share:
            score += (ADMIN1_CONTEXT_WEIGHT if place.feature == "admin1" else CONTEXT_WEIGHT) * share
            parts.append(f"context {place.country} {share:.2f}")
        if place.country in sentence_countries and place.feature != "country":
            score += SENTENCE_BONUS
            parts.append("country in sentence")
        if within and any(_inside(place, q) for q in within):
            score += QUALIFIER_BONUS
            parts.append("qualified")
        out.append(Scored(place, score, alias, ", ".join(parts)))
    out.sort(key=lambda s: (-s.score, -s.place.population, s.place.id))
    return out


def _inside(place: Place, area: Place) -> bool:
    if place.id == area.id or place.feature == "country":
        return False
    if area.feature == "country":
        return place.country == area.country
    if area.feature == "admin1":
        return place.admin1_id == area.id
    return False


def is_inside(place: Place, area: Place) -> bool:
    """place lies in area (a country, or the admin1 of a city); regions count by country."""
    if area.feature == "region":
        return place.country == area.country and place.feature == "city"
    return _inside(place, area)
