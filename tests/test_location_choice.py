"""Where an event happened: province vs city vs vicinity, topics and participants that do not
locate the event, speakers' places for statements, lists of destinations. Own sentences."""

from __future__ import annotations

from location_support import where


def test_province_phrases_give_the_admin1(coder):
    loc = where(coder, "Syrian jets bombed a market in the province of Deir ez-Zor.", "bombed")
    assert (loc.country, loc.feature, loc.precision) == ("SYR", "admin1", "exact")
    loc = where(coder, "Government forces shelled villages in the countryside of Hama on Monday.", "shelled")
    assert (loc.feature, loc.country) == ("admin1", "SYR")


def test_near_and_outskirts_mark_lower_precision(coder):
    loc = where(coder, "Three soldiers were killed near Damascus on Friday.", "killed")
    assert (loc.name, loc.precision) == ("Damascus", "near")
    loc = where(coder, "Rebels attacked an army post on the outskirts of Aleppo.", "attacked")
    assert (loc.name, loc.precision) == ("Aleppo", "near")


def test_a_named_area_beats_the_city_it_is_near(coder):
    loc = where(coder, "Ten days earlier, the army had launched an attack in eastern Ghouta, near Damascus.", "attack")
    assert loc.name == "Eastern Ghouta"


def test_place_inside_the_topic_is_not_the_event_place(coder):
    loc = where(coder, "The British foreign minister met his French counterpart in Brussels to discuss punishing "
                       "Moscow for the poisoning in Salisbury.", "met")
    assert loc.name == "Brussels"
    assert where(coder, "The United States provided weapons to militias in Syria.", "provided") is None


def test_hosted_gathering_places_the_event(coder):
    assert where(coder, "Putin hosted talks in Sochi with the leaders of Iran and Turkey.", "hosted").name == "Sochi"
    assert where(coder, "Police arrested five men in Manchester on Tuesday.", "arrested").name == "Manchester"


def test_statement_is_not_placed_at_what_it_is_about(coder):
    assert where(coder, "The minister retorted that the US should stay in Syria.", "stay") is None
    assert where(coder, "Britain condemned the chemical attack in Douma.", "condemned") is None


def test_capital_as_possessor_is_a_government(coder):
    text = "Riyadh's cold war with Tehran escalated as Saudi Arabia accused Iran of arming rebels."
    events = [e for e in coder.code_text(text, date="2018-03-01") if e.trigger.text == "war"]
    assert events and all(e.location is None for e in events)


def test_destination_list_follows_the_target(coder):
    text = "The envoy has travelled widely since 2006, travelling to Afghanistan, Chad, Iraq and Uganda."
    events = [e for e in coder.code_text(text, date="2018-03-01") if e.trigger.text == "travelling"]
    assert {e.target.country: e.location.country for e in events if e.target} == {
        "AFG": "AFG", "TCD": "TCD", "IRQ": "IRQ", "UGA": "UGA"}


def test_generic_quarter_names_are_not_places(coder):
    events = coder.code_text("Kurdish forces have captured the Old City, the rebels said.", date="2018-03-01")
    assert all(e.location is None for e in events)


def test_dateline_names_a_city(coder):
    ctx = coder.places.article_context("The senators met on Monday.", ["WASHINGTON"])
    assert [(p.name, p.feature, p.country) for p in ctx.dateline] == [("Washington", "city", "USA")]
    ctx = coder.places.article_context("Officials met on Monday.", ["KUWAIT"])
    assert ctx.dateline[0].feature == "city" and ctx.dateline[0].country == "KWT"


def test_province_described_after_a_comma(coder):
    loc = where(coder, "Syrian troops launched an assault on Idlib, Syria's last holdout province.", "assault")
    assert (loc.name, loc.feature) == ("Idlib", "admin1")
    loc = where(coder, "Syrian troops attacked Idlib, a city in the north.", "attacked")
    assert loc.feature == "city"


def test_country_qualifying_a_town_is_not_a_place_of_its_own(coder):
    # (support given to someone named: support for a thing alone is not coded, events/data/dyadic.tsv)
    text = ("In return, Moscow gave tacit support to Ankara during its recent military incursion into Afrin, "
            "in north-west Syria, in furtherance of his vendetta.")
    assert where(coder, text, "support") is None


def test_quoted_place_is_what_was_said(coder):
    text = 'Putin demanded that Turkey take "concrete steps to destroy the terrorists in Idlib".'
    assert where(coder, text, "demanded") is None


def test_capitals_listed_with_governments_are_not_places(coder):
    text = ("The decision was interpreted in Moscow, Tehran, Damascus and other Arab capitals as a "
            "sign that America was retreating from the region.")
    events = coder.code_text(text, date="2018-03-01")
    assert events and all(e.location is None for e in events)


def test_possessive_is_not_part_of_a_name(coder):
    loc = where(coder, "Government troops shelled villages in Hama's countryside.", "shelled")
    assert (loc.country, loc.feature) == ("SYR", "admin1")
    loc = where(coder, "Turkey launched a military operation against Kurdish forces in Syria's north-east.", "operation")
    assert loc.country == "SYR"


def test_statement_placed_where_the_speaker_speaks(coder):
    text = "Speaking to reporters in Ankara, Erdogan condemned the attack in Afrin."
    loc = where(coder, text, "condemned")
    assert (loc.name, loc.country) == ("Ankara", "TUR")


def test_place_of_what_is_backed_is_not_the_event_place(coder):
    assert where(coder, "Washington backs Kurdish fighters in Syria.", "backs") is None
    loc = where(coder, "The army killed 29 people in eastern Ghouta.", "killed")
    assert loc.name == "Eastern Ghouta"


def test_rural_damascus_is_its_own_governorate(coder):
    for text in ("Government jets bombed towns in the Damascus countryside on Monday.",
                 "Government jets bombed towns in rural Damascus on Monday."):
        loc = where(coder, text, "bombed")
        assert (loc.name, loc.feature, loc.country) == ("Rif Dimashq", "admin1", "SYR")
