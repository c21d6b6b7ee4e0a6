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
- unsupported: -1.5 for a town of under 100,000 in a country the article never names when
  another candidate lies in one it does ("Madaya" is also a town in Myanmar, "Hajin" one in
  Turkey): an article about Syria means the Syrian town even when the gazetteer lacks its size.
- fame: +1.0 for a city known worldwide (a capital, a city of 1M+, a seat of international
  bodies or talks: data/world_cities.tsv) over namesakes of under 100,000 elsewhere: "Geneva"
  in an article about Americans is Geneva, Switzerland (a Geneva of 22,000 in the United
  States would lead it by 0.4 on context), "Moscow" Russia; cities in their own right (Tripoli,
  Lebanon; Birmingham, Alabama; Athens, Georgia) still win on context.
- division: +1.0 for a first-level division over a small town (under 100,000) of its own name
  in the same country that lies outside it ("Espirito Santo" is the Brazilian state, not the
  town of 10,000 elsewhere; "Tabasco" the Mexican state, not a village in Zacatecas); a town
  inside its namesake division (its capital), or a large namesake city in the country
  (Washington DC), is unaffected.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from .gazetteer import Gazetteer, Place
from .names import name_key

COUNTRY_PRIOR = 7.0
REGION_PRIOR = 6.0
ALIAS_PENALTY = 0.5
OWN_NAME_PENALTY = 1.5
CONTEXT_WEIGHT = 1.5
SENTENCE_BONUS = 0.5
QUALIFIER_BONUS = 5.0
FAME_BONUS = 1.0
FAMOUS_POPULATION = 1_000_000
RIVAL_MAX = 100_000  # fame beats namesakes smaller than this only (small towns)
ADMIN1_CONTEXT_WEIGHT = 2.5
UNSUPPORTED_PENALTY = 1.5
DIVISION_BONUS = 1.0


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
         sentence_countries: Collection[str] = (), within: Collection[Place] = (),
         seats: Collection[int] = ()) -> list[Scored]:
    """Candidates best first. `within`: places a ", X" qualifier may mean; `seats`: ids of
    the cities of data/world_cities.tsv."""
    out = []
    famed = _famed(gazetteer, codes, seats) if len(codes) > 1 else None
    divisions = _divisions_over_towns(gazetteer, codes) if len(codes) > 1 else ()
    # An alternate name that is some other place's own name means that place: "Mexico" is an
    # alternate name of Mexico City, "Whitehall" one of Atlanta.
    own_named = any(not c & 1 for c in codes)
    supported = bool(shares) and len(codes) > 1 and any(
        shares.get(gazetteer.places[c >> 1].country, 0.0) > 0.0 for c in codes)
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
        elif supported and place.feature == "city" and place.population < RIVAL_MAX:
            score -= UNSUPPORTED_PENALTY
            parts.append(f"unsupported -{UNSUPPORTED_PENALTY}")
        if place.country in sentence_countries and place.feature != "country":
            score += SENTENCE_BONUS
            parts.append("country in sentence")
        if famed is not None and place.id == famed.id:
            score += FAME_BONUS
            parts.append("known worldwide")
        if place.id in divisions:
            score += DIVISION_BONUS
            parts.append("division over a namesake town")
        if within and any(_inside(place, q) for q in within):
            score += QUALIFIER_BONUS
            parts.append("qualified")
        out.append(Scored(place, score, alias, ", ".join(parts)))
    out.sort(key=lambda s: (-s.score, -s.place.population, s.place.id))
    return out


def _famed(gazetteer: Gazetteer, codes: Collection[int], seats: Collection[int]) -> Place | None:
    """The one candidate known worldwide, when its namesakes in other countries are small."""
    places = [gazetteer.places[c >> 1] for c in codes]
    famous = [p for p in places if p.feature == "city" and (
        p.iso2 == "capital" or p.population >= FAMOUS_POPULATION or p.id in seats)]
    if len(famous) != 1:
        return None
    best = famous[0]
    if any(p.country != best.country and (p.feature != "city" or p.population >= RIVAL_MAX)
           for p in places):
        return None
    return best


def _divisions_over_towns(gazetteer: Gazetteer, codes: Collection[int]) -> set[int]:
    """Ids of the admin1 candidates (by own name) that share that name with a small town of
    their country lying outside them."""
    own = [gazetteer.places[c >> 1] for c in codes if not c & 1]
    out = set()
    for a in own:
        if a.feature != "admin1":
            continue
        towns = [p for p in own if p.feature == "city" and p.country == a.country
                 and name_key(p.name) == name_key(a.name)]
        # a large namesake city ("Washington") or one inside the division keeps its claim
        if towns and all(t.population < RIVAL_MAX and t.admin1_id != a.id for t in towns):
            out.add(a.id)
    return out


def _inside(place: Place, area: Place) -> bool:
    if place.id == area.id or place.feature == "country":
        return False
    if area.feature == "country":
        return place.country == area.country
    if area.feature == "admin1":
        if place.admin1_id == area.id:
            return True
        # a division from data/extra_names.tsv has no member cities: near its centre will do
        return (area.population == 0 and place.admin1_id is None and place.country == area.country
                and None not in (place.lat, place.lon, area.lat, area.lon)
                and abs(place.lat - area.lat) + abs(place.lon - area.lon) < NEAR_CENTRE)
    return False


NEAR_CENTRE = 4.0  # degrees (lat + lon): the size of a large province


def is_inside(place: Place, area: Place) -> bool:
    """place lies in area (a country, or the admin1 of a city); regions count by country."""
    if area.feature == "region":
        return place.country == area.country and place.feature == "city"
    return _inside(place, area)
