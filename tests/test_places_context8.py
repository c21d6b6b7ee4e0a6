"""Where an act happened, eighth round. Too coarse: a visit told by country while the article
meets in one of its towns; a site named after its town ("X International Airport", "the X
State Prison"); an arrest whose court or prosecutor sits in a named town; "X, where officials
said ..." places what was said to happen there. Not a place of the act: a side word opening a
longer name ("the North Atlantic"), a vehicle's name ("an MV-22 Osprey"), a capital standing
for its government ("the administration in X"), what lies outside a town ("areas outside of
X"). Own sentences."""

from __future__ import annotations

import pytest
from location_support import mentions, where


def names(coder, text: str) -> list[str]:
    return [m.text for m in mentions(coder, text)]


# --- 1. names that are not places ------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("The North Atlantic alliance sent more ships to the Baltic Sea on Monday.", "Atlantic"),
    ("Fishermen in the South Pacific reported a storm on Monday.", "Pacific"),
    ("Two marines were hurt when their MV-22 Osprey made a hard landing in Yemen.", "Osprey"),
])
def test_longer_names_and_vehicles_are_no_towns(coder, text, word):
    assert word not in names(coder, text)


def test_capitalised_side_word_before_a_big_city_still_names_it(coder):
    assert "Aleppo" in " ".join(names(coder, "Rebels shelled East Aleppo and Central Damascus on Monday."))


@pytest.mark.parametrize("text, trigger, name", [
    ("A gunman opened fire at Kabul International Airport on Monday.", "opened", "Kabul"),
    ("Guards attacked inmates at the Mosul Central Prison on Monday.", "attacked", "Mosul"),
])
def test_site_named_after_its_town_is_the_town(coder, text, trigger, name):
    loc = where(coder, text, trigger)
    assert loc is not None and loc.name == name and loc.feature == "city", loc


def test_longer_names_without_a_site_word_stay_unmatched(coder):
    found = names(coder, "The Washington Post and the Paris Agreement were discussed in Geneva.")
    assert "Washington" not in found and "Paris" not in found and "Geneva" in found


# --- 2. a capital standing for its government; outside a town --------------------------------


def test_capital_of_a_government_noun_is_no_place(coder):
    text = "The administration in Kabul arrested five Taliban commanders on Monday."
    loc = where(coder, text, "arrested")
    assert loc is None or loc.name != "Kabul", loc


def test_local_body_in_the_capital_still_places_the_act(coder):
    text = "Police in Kabul arrested five Taliban commanders on Monday."
    loc = where(coder, text, "arrested")
    assert loc is not None and loc.name == "Kabul", loc


@pytest.mark.parametrize("text", [
    "Taliban fighters attacked police posts in areas outside of Kabul on Monday.",
    "Taliban fighters attacked police posts in villages outside Kabul on Monday.",
])
def test_outside_a_town_is_not_the_town(coder, text):
    loc = where(coder, text, "attacked")
    assert loc is not None and loc.country == "AFG" and loc.name != "Kabul", loc


def test_a_spot_just_outside_a_town_stays_near_it(coder):
    loc = where(coder, "Taliban fighters attacked a checkpoint outside Kabul on Monday.", "attacked")
    assert loc is not None and loc.name == "Kabul", loc


# --- 3. too coarse: the town the article or the sentence names -------------------------------


def test_visit_to_a_country_takes_the_town_the_article_meets_in(coder):
    text = ("German Chancellor Angela Merkel visited Japan on Monday.\n\n"
            "She arrived in Tokyo late on Sunday and held talks with officials there.")
    loc = where(coder, text, "visited")
    assert loc is not None and loc.name == "Tokyo" and loc.country == "JPN", loc


def test_visit_stays_in_the_country_when_the_article_meets_in_two_towns(coder):
    text = ("German Chancellor Angela Merkel visited Japan on Monday.\n\n"
            "She held talks in Tokyo on Monday and a meeting in Osaka on Tuesday.")
    loc = where(coder, text, "visited")
    assert loc is not None and loc.name == "Japan", loc


def test_arrest_at_the_town_of_the_prosecutor(coder):
    text = ("Turkish police detained a Turkish journalist last week. The Turkish journalist was "
            "questioned by a prosecutor in Izmir for three hours before a judge ordered him arrested.")
    loc = where(coder, text, "arrested")
    assert loc is not None and loc.country == "TUR" and loc.feature == "city", loc


def test_where_clause_with_a_report_places_the_act(coder):
    text = ("Thousands of people rallied across Belarus on Sunday. The biggest rallies were in "
            "Minsk, where police said 5,000 people had marched through the streets.")
    loc = where(coder, text, "marched")
    assert loc is not None and loc.name == "Minsk", loc


# --- 4. divisions the packages miss; a march through a town's streets ------------------------


def test_australian_state_and_its_town(coder):
    text = "An Australian man was arrested in the small rural New South Wales town of Young by police."
    loc = where(coder, text, "arrested")
    assert loc is not None and loc.country == "AUS" and loc.name == "Young", loc
    found = names(coder, "Officials in Queensland and New South Wales met on Monday.")
    assert found == ["Queensland", "New South Wales"], found


def test_march_through_the_streets_of_a_town(coder):
    text = "More than 20,000 Kurds marched through the streets of Cologne on Saturday calling for democracy in Turkey."
    loc = where(coder, text, "marched")
    assert loc is not None and loc.country == "DEU" and loc.feature == "city", loc


# --- 5. talks held where the doer went ---------------------------------------------------------


@pytest.mark.parametrize("text, trigger, name", [
    (("German Chancellor Angela Merkel arrived in Tokyo on Sunday and held talks with Japanese "
     "Prime Minister Shinzo Abe."), "talks", "Tokyo"),
    (("Japanese Prime Minister Shinzo Abe flew to Moscow on Monday and met Russian President "
     "Vladimir Putin."), "met", "Moscow"),
    (("Japanese Prime Minister Shinzo Abe was in Moscow on Monday, where he met Russian President "
     "Vladimir Putin."), "met", "Moscow"),
])
def test_talks_where_the_doer_arrived(coder, text, trigger, name):
    loc = where(coder, text, trigger)
    assert loc is not None and loc.name == name, loc


def test_talks_not_placed_where_the_doer_left(coder):
    text = "Japanese Prime Minister Shinzo Abe left Tokyo on Monday and met Russian President Vladimir Putin."
    loc = where(coder, text, "met")
    assert loc is None or loc.name != "Tokyo", loc
