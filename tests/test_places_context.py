"""Where an act happened, read from its context: a statement's venue ("speaking at a conference
in X", "at the summit in X", "told reporters in X"), how much of a dateline an act may take,
places of other clauses, lists of places, local spellings missing from the gazetteer, and
people's surnames that are also town names. Own sentences."""

from __future__ import annotations

import pytest
from location_support import SYRIA, locate, where

# --- 1. a statement is placed at the venue it was made at, not at the dateline ---------------

VENUES = [
    (("MOSCOW (Reuters) - Speaking at a conference in Vienna on Tuesday, Russia's foreign minister "
     "criticised the United States."), "criticised", "Vienna"),
    (("MOSCOW (Reuters) - French President Emmanuel Macron, at the summit in Brussels, accused Russia "
     "of meddling."), "accused", "Brussels"),
    (("BEIRUT (Reuters) - Erdogan told reporters in Ankara on Monday that the United States had "
     "betrayed Turkey."), "told", "Ankara"),
    (("MOSCOW (Reuters) - Lavrov, who was in Ankara for talks, accused the United States of arming "
     "militias."), "accused", "Ankara"),
    (("WASHINGTON (Reuters) - During a visit to Tokyo on Monday, Trump signed a trade agreement with "
     "Japan."), "signed", "Tokyo"),
    ("MOSCOW (Reuters) - Putin met Trump on the sidelines of the G20 summit in Osaka on Friday.", "met", "Osaka"),
]


@pytest.mark.parametrize("text, trigger, place", VENUES)
def test_statement_is_placed_at_its_venue(coder, text, trigger, place):
    loc = where(coder, text, trigger)
    assert loc is not None and loc.name == place, loc


def test_what_a_statement_condemns_is_still_not_its_venue(coder):
    assert where(coder, "Britain condemned the deadly attack in Douma on Sunday.", "condemned") is None
    # an attack is no venue: what is done days after it is not done where it happened
    assert where(coder, "Days after the attack in Paris, Britain praised the French police.", "praised") is None
    text = "A week after the bombing in Kabul, the United States imposed sanctions on Pakistan."
    assert where(coder, text, "imposed") is None


# --- 2. how much of the dateline an act may take ------------------------------------------------

def test_a_body_of_another_country_did_not_act_at_the_dateline(coder):
    text = ("MOSCOW (Reuters) - The US Justice Department said on Wednesday that two Russian hackers "
            "had been charged.")
    assert where(coder, text, "charged") is None
    # the same act with nothing but the dateline's country is placed there
    text = "MOSCOW (Reuters) - Russian police said on Wednesday that two hackers had been charged."
    assert where(coder, text, "charged").name == "Moscow"


def test_an_act_elsewhere_in_the_datelines_country_gets_the_country(coder):
    text = "KABUL (Reuters) - Afghan police arrested ten men on Monday after the bombing in Kunduz."
    loc = where(coder, text, "arrested")
    assert (loc.name, loc.feature, loc.method) == ("Afghanistan", "country", "dateline")


def test_a_national_body_under_a_provincial_dateline_gets_the_country(coder):
    loc = where(coder, "ERBIL, Iraq (Reuters) - The Iraqi government sent troops to the border on Monday.", "sent")
    assert (loc.country, loc.feature) == ("IRQ", "country")
    loc = where(coder, "BAGHDAD (Reuters) - The Iraqi government sent troops to the border on Monday.", "sent")
    assert (loc.name, loc.feature) == ("Baghdad", "city")


def test_a_visit_to_the_datelines_country_is_at_the_dateline_city(coder):
    text = "TOKYO (Reuters) - The US foreign minister began a visit to Japan on Thursday."
    loc = where(coder, text, "visit")
    assert (loc.name, loc.country) == ("Tokyo", "JPN"), loc


# --- 3. a place of another clause does not place the act ----------------------------------------

def test_place_of_a_relative_clause_on_a_participant(coder):
    loc = locate(coder, "Rebels ambushed an army convoy on Monday that had shelled villages in Idlib.",
                 "ambushed", ("SYR", "SYR"))
    assert loc is None


def test_place_of_what_someone_else_says(coder):
    loc = locate(coder, "Police charged two men on Monday, and a spokesman noted that they had lived in "
                 "Aleppo for years.", "charged", ("SYR", "SYR"))
    assert loc is None


def test_relative_clause_holding_the_act_still_places_it(coder):
    loc = locate(coder, "The priest, who was living in Raqqa when he was kidnapped, is still missing.",
                 "kidnapped", (None, "SYR"))
    assert loc is not None and loc.country == "SYR"


# --- 4. lists of places --------------------------------------------------------------------------

def test_list_of_cities_in_several_provinces_gives_the_country(coder):
    loc = locate(coder, "Government forces shelled rebel positions in Aleppo, Homs and Hama on Monday.",
                 "shelled", ("SYR", "SYR"))
    assert (loc.name, loc.feature) == ("Syria", "country"), loc
    loc = locate(coder, "Russian jets bombed towns in Idlib and Hama provinces on Monday.", "bombed", ("RUS", None))
    assert (loc.country, loc.feature) == ("SYR", "country"), loc


def test_list_of_towns_in_one_province_gives_the_province(coder):
    loc = locate(coder, "Turkish jets bombed villages near Afrin and Azaz on Monday.", "bombed", ("TUR", None))
    assert (loc.country, loc.feature) == ("SYR", "admin1"), loc


def test_list_across_countries_gives_no_place_unless_one_is_the_target(coder):
    context = "Israel, Syria and Lebanon."
    assert locate(coder, "Israeli jets struck targets in Syria and Lebanon on Monday.", "struck",
                  ("ISR", None), context) is None
    loc = locate(coder, "Israeli jets struck targets in Syria and Lebanon on Monday.", "struck",
                 ("ISR", "LBN"), context)
    assert loc.country == "LBN"


# --- 5. local spellings, surnames, names inside longer names -------------------------------------

@pytest.mark.parametrize("text, trigger, country, context", [
    ("Iraqi forces recaptured Shawqat on Monday.", "recaptured", "IRQ", "Iraq and the Iraqi army."),
    ("Government troops shelled Jisr al-Shughur on Monday.", "shelled", "SYR", SYRIA),
    ("Kurdish fighters attacked Turkish troops in Kobani on Monday.", "attacked", "SYR", SYRIA),
    ("Militants fired rockets at Incirlik on Monday.", "fired", "TUR", "Turkey and the Turkish army."),
    ("Taliban fighters attacked Bagram on Monday.", "attacked", "AFG", "Afghanistan and the Afghan army."),
])
def test_local_spellings_give_the_town(coder, text, trigger, country, context):
    loc = locate(coder, text, trigger, (None, None), context)
    assert loc is not None and (loc.country, loc.feature) == (country, "city"), loc


def test_surname_that_is_a_town_is_the_person(coder):
    text = "Police said Luis Gonzalez stole an ambulance. Gonzalez was captured by officers on Monday."
    loc = locate(coder, text, "captured", ("USA", None), "The United States and American police.")
    assert loc is None or loc.name != "Gonzalez", loc


def test_town_opening_a_longer_name_is_no_place(coder):
    loc = locate(coder, "Germany pledged 15 million euros to fight hunger in the Horn of Africa.",
                 "pledged", ("DEU", None), "Germany and the German government.")
    assert loc is None or loc.name != "Horn", loc


def test_capital_flag_is_on_the_capital_only(coder):
    capitals = [p for p in coder.places.gazetteer.candidates("Washington")
                if p.feature == "city" and p.iso2 == "capital"]
    assert [(p.country, p.admin1) for p in capitals] == [("USA", "District of Columbia")]


def test_capital_as_possessor_is_its_government(coder):
    loc = locate(coder, "Washington's sanctions against Russian banks anger Moscow, the Kremlin said.",
                 "sanctions", ("USA", "RUS"), "Russia and the United States.")
    assert loc is None, loc


def test_surname_also_written_as_a_place_stays_a_place(coder):
    text = ("Commander Rojhat Afrin said the fighting in Afrin went on. Turkish jets bombed Afrin on "
            "Monday.")
    loc = locate(coder, text, "bombed", ("TUR", None))
    assert loc is not None and loc.country == "SYR" and loc.feature == "city", loc


def test_surnames_of_the_article_are_read_from_first_names(coder):
    doc = coder.places.nlp("Police said Luis Gonzalez stole a car. The Kurdish Afrin enclave was shelled.")
    people = coder.places.surnames.find(doc)
    assert "gonzalez" in people and "afrin" not in people


def test_foreign_country_a_stance_is_about_is_not_its_venue(coder):
    assert where(coder, "In Yemen, Iran has backed the Houthi rebels for years.", "backed") is None
    assert where(coder, "In Geneva, Lavrov criticised the United States.", "criticised").name == "Geneva"


def test_deaths_nobody_is_named_for_take_only_the_datelines_country(coder):
    loc = where(coder, "MOSCOW (Reuters) - All 150 people on board the airliner were killed.", "killed")
    assert (loc.country, loc.feature, loc.method) == ("RUS", "country", "dateline"), loc


def test_annexed_land_is_the_place_of_the_annexation(coder):
    loc = locate(coder, "Russia annexed the Crimean peninsula in 2014.", "annexed", ("RUS", "UKR"),
                 "Russia and Ukraine.")
    assert loc is not None and loc.name == "Crimea", loc


def test_parts_of_a_province_named_like_its_city_are_the_province(coder):
    loc = locate(coder, "Rebels shelled government-held parts of Hama on Monday.", "shelled", ("SYR", "SYR"))
    assert (loc.country, loc.feature) == ("SYR", "admin1"), loc


# --- 3. second round: acts abroad, past acts, bodies' names, the previous sentence ------------

def test_act_at_a_world_body_is_not_at_the_dateline(coder):
    text = "BEIJING, May 4 (Xinhua) -- China vetoed a draft resolution at the UN Security Council on Thursday."
    assert where(coder, text, "vetoed", date="2017-05-04") is None
    text = "BEIJING, May 4 (Xinhua) -- Chinese police detained two smugglers on Thursday."
    loc = where(coder, text, "detained", date="2017-05-04")
    assert loc is not None and loc.name == "Beijing", loc


def test_next_sentence_tells_the_country_of_a_strike_filed_at_home(coder):
    text = ("MOSCOW, May 4. /TASS/. The Russian air force struck 30 militant targets on Thursday, the "
            "ministry said. The strikes hit positions near the Syrian city of Homs.")
    loc = where(coder, text, "struck", date="2017-05-04")
    assert loc is not None and loc.country == "SYR", loc


def test_named_district_of_the_dateline_country_replaces_the_dateline(coder):
    text = "ISLAMABAD, May 4 (Reuters) - Pakistani police arrested four suspects in the Kurram district on Thursday."
    loc = where(coder, text, "arrested", date="2017-05-04")
    assert loc is not None and loc.country == "PAK" and loc.name != "Islamabad", loc


def test_act_dated_long_before_the_story_is_not_at_the_desk(coder):
    text = "MOSCOW, May 4. /TASS/. On March 3, 2017 Russia and Vietnam signed a trade agreement."
    assert where(coder, text, "signed", date="2017-05-04") is None
    # an act of the dateline's own country keeps the country only
    text = "MOSCOW, May 4. /TASS/. Russian police arrested the banker last December."
    loc = where(coder, text, "arrested", date="2017-05-04")
    assert loc is not None and loc.name == "Russia", loc


def test_place_naming_a_body_is_no_place_of_the_act(coder):
    text = "Gunmen killed six farmers on Sunday, a Medellin newspaper reported."
    loc = where(coder, text, "killed", date="2017-05-04")
    assert loc is None or loc.name != "Medellín", loc


def test_act_referring_back_takes_the_place_of_the_previous_sentence(coder):
    text = ("ISLAMABAD, May 4 (Reuters) - A suicide bomber struck a market in Quetta on Thursday. "
            "The blast killed 12 people, police said.")
    loc = where(coder, text, "killed", date="2017-05-04")
    assert loc is not None and loc.name == "Quetta", loc
    text = ("MOSCOW, May 4. /TASS/. The airliner crashed over the Sinai Peninsula on Thursday. All 200 "
            "people on board were killed.")
    loc = where(coder, text, "killed", date="2017-05-04")
    assert loc is not None and loc.country == "EGY", loc


def test_participle_hung_on_a_copula_continues_the_clause_before_it(coder):
    text = ("ISLAMABAD, May 4 (Reuters) - The attack was the deadliest in Pakistan since March 2016, when "
            "militants stormed a park in Lahore, killing 70 people.")
    loc = where(coder, text, "killing", date="2017-05-04")
    assert loc is not None and loc.name == "Lahore", loc
