"""Where an act happened, sixth round: named areas around a city ("the Damascus suburbs of
eastern Ghouta", "Eastern Ghouta, a Damascus suburb"), a province described after its name
with participles ("Syria's last rebel-held province"), first-level divisions that share their
name with a small town elsewhere (Brazilian and Mexican states), and adjectives of government
that small towns happen to be named. Own sentences."""

from __future__ import annotations

import pytest
from location_support import where

# --- 1. the named area around a city is the place, not the city --------------------------


@pytest.mark.parametrize("text, trigger", [
    ("Government forces shelled the Damascus suburbs of eastern Ghouta on Monday.", "shelled"),
    ("Government jets bombed Eastern Ghouta, a Damascus suburb, on Monday.", "bombed"),
    ("Government jets bombed eastern Ghouta, the besieged suburb of Damascus, on Monday.", "bombed"),
])
def test_named_suburb_area_is_not_the_city(coder, text, trigger):
    loc = where(coder, text, trigger)
    assert loc is not None and loc.name == "Eastern Ghouta", loc


def test_named_town_suburb_still_the_town(coder):
    text = "Government jets bombed the Damascus suburb of Douma on Monday."
    loc = where(coder, text, "bombed")
    assert loc is not None and loc.name in ("Douma", "Dūmā"), loc


# --- 2. a province described after its name -------------------------------------------------


def test_province_with_participle_description_is_the_province(coder):
    text = "Government forces bombed Idlib, Syria's last rebel-held province, on Monday."
    loc = where(coder, text, "bombed")
    assert loc is not None and loc.feature == "admin1" and loc.country == "SYR", loc


def test_city_with_a_town_description_stays_the_city(coder):
    text = "Government forces bombed Idlib, the largest rebel-held city in Syria, on Monday."
    loc = where(coder, text, "bombed")
    assert loc is not None and loc.country == "SYR", loc


# --- 3. states that share a name with a small town elsewhere -------------------------------


@pytest.mark.parametrize("text, name, country", [
    ("Police arrested 12 protesters in Espirito Santo, Brazil, on Monday.", "Espírito Santo", "BRA"),
    ("Mexican police arrested the mayor in Tabasco on Monday.", "Tabasco", "MEX"),
])
def test_state_is_not_a_namesake_town(coder, text, name, country):
    loc = where(coder, text, "arrested")
    assert loc is not None and (loc.name, loc.feature, loc.country) == (name, "admin1", country), loc


def test_state_capital_of_the_same_name_is_still_the_city(coder):
    text = "Police arrested 12 protesters in Puebla, Mexico, on Monday."
    loc = where(coder, text, "arrested")
    assert loc is not None and loc.name == "Puebla" and loc.feature == "city", loc


# --- 4. words of government are no towns -----------------------------------------------------


@pytest.mark.parametrize("text, trigger", [
    ("Federal prosecutors charged the former governor with fraud on Tuesday.", "charged"),
    ("The Liberal party accused the government of corruption on Tuesday.", "accused"),
])
def test_government_adjective_is_not_a_town(coder, text, trigger):
    loc = where(coder, text, trigger)
    assert loc is None or loc.country not in ("ARG", "USA") or loc.feature == "country", loc


# --- 5. a side of a country named in the sentence is not refined to a neighbour's town -----


def test_side_of_country_keeps_the_country(coder):
    text = ("Fighting raged around Manbij on Sunday. Turkish jets bombed Kurdish positions in northern "
            "Syria on Monday.")
    loc = where(coder, text, "bombed")
    assert loc is not None and (loc.name, loc.feature) == ("Syria", "country"), loc


def test_bare_country_still_takes_the_neighbours_town(coder):
    text = "Fighting raged around Manbij on Sunday. Turkish jets bombed Kurdish positions inside Syria on Monday."
    loc = where(coder, text, "bombed")
    assert loc is not None and loc.feature == "city" and loc.country == "SYR", loc
