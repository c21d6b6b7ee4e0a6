"""Where an act happened, seventh round: acts left at the country or province although the
sentence or its neighbour names the town. A site misparsed onto the verb ("killed 20 in the
offensive on X", "bombed east X on Monday"); a field act placed only in a province takes the
one town inside it the next sentence names; talks placed only in a country take the town
where the neighbour sentence holds talks. Own sentences."""

from __future__ import annotations

import pytest
from location_support import where

# --- 1. the site of the act noun, hung on the verb by the parser ---------------------------


@pytest.mark.parametrize("text, trigger, name", [
    ("Russian jets killed 20 civilians in the offensive on Homs on Monday.", "killed", "Homs"),
    ("Russian jets bombed east Aleppo on Monday.", "bombed", "Aleppo"),
    ("Russian jets bombed eastern Aleppo on Monday.", "bombed", "Aleppo"),
])
def test_site_of_the_act_in_the_sentence(coder, text, trigger, name):
    loc = where(coder, text, trigger)
    assert loc is not None and loc.name == name and loc.feature == "city", loc


def test_topic_noun_on_a_town_does_not_place_the_act(coder):
    # "a report on X" is about X: no site of a killing
    text = "Police killed two men in Pakistan, according to a report on Karachi published on Monday."
    loc = where(coder, text, "killed")
    assert loc is None or loc.name != "Karachi", loc


# --- 2. a province refined by the one town inside it the neighbour sentence names ----------


def test_province_act_takes_the_town_of_the_next_sentence(coder):
    text = ("A suicide bomber killed 80 people in Sindh province on Thursday. "
            "The blast hit a crowded shrine in Sehwan.")
    loc = where(coder, text, "killed")
    assert loc is not None and loc.name == "Sehwan" and loc.country == "PAK", loc


def test_province_act_ignores_a_town_of_another_province(coder):
    text = ("A suicide bomber killed 80 people in Sindh province on Thursday. "
            "Mourners later gathered in Lahore.")
    loc = where(coder, text, "killed")
    assert loc is not None and loc.name == "Sindh" and loc.feature == "admin1", loc


def test_province_act_with_a_side_word_keeps_the_province(coder):
    text = ("Gunmen killed 12 police officers across Sindh province on Thursday. "
            "Officers were later deployed in Sehwan.")
    loc = where(coder, text, "killed")
    assert loc is None or loc.name != "Sehwan", loc


# --- 3. talks in a country, held in the town the neighbour sentence names --------------------


@pytest.mark.parametrize("second", [
    "The talks in Astana were the fifth round this year.",
    "The Astana talks were the fifth round this year.",
])
def test_talks_take_the_town_where_talks_are_held(coder, second):
    text = f"Russia and Iran held talks in Kazakhstan on Monday. {second}"
    loc = where(coder, text, "talks")
    assert loc is not None and loc.name == "Astana" and loc.country == "KAZ", loc


def test_talks_ignore_a_town_named_for_something_else(coder):
    text = ("Russia and Iran held talks in Kazakhstan on Monday. "
            "Hundreds of people protested in Almaty against rising prices.")
    loc = where(coder, text, "talks")
    assert loc is not None and loc.feature == "country" and loc.country == "KAZ", loc


# --- 4. "across the border" is a crossing, not an act spread over the country ---------------


def test_across_the_border_does_not_block_the_neighbour_town(coder):
    text = ("Iranian artillery shelled a Kurdish district inside Iraq, firing across the border "
            "on Friday. The shells fell on villages around Penjwen.")
    loc = where(coder, text, "shelled")
    assert loc is not None and loc.feature == "city" and loc.country == "IRQ", loc


def test_across_the_country_still_blocks_the_neighbour_town(coder):
    text = ("Iranian artillery shelled Kurdish villages across Iraq on Friday. "
            "The shells fell on villages around Penjwen.")
    loc = where(coder, text, "shelled")
    assert loc is None or loc.feature != "city", loc
