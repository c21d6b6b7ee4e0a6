"""Where an event happened when the place is in another clause, in a time phrase, after a
statement's object, or a world-famous city with small namesakes. Own sentences."""

from __future__ import annotations

import pytest
from location_support import where


def locate(coder, text, trigger, actors, context=None):
    resolver = coder.places
    ctx = resolver.article_context(context or text, (), None)
    doc = resolver.nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return resolver.event_location(tok.sent, tok, ctx, actors)


def test_relative_clause_on_the_place_locates_the_event(coder):
    loc = where(coder, "Rebels shelled eastern Ghouta, where 300 people died after the regime deployed chlorine.",
                "deployed")
    assert loc is not None and loc.name == "Eastern Ghouta"


def test_place_of_another_clause_gives_only_the_country(coder):
    # the offensive is not at the place the speaker stood: the country, not the city
    text = "Speaking in Ankara, Erdogan said the army would launch an offensive soon."
    loc = locate(coder, text, "launch", ("TUR", None))
    assert loc is not None and (loc.name, loc.feature, loc.method) == ("Turkey", "country", "sentence")
    # a conjoined clause shares the first one's place
    loc = locate(coder, "In Kabul, the minister resigned and the police arrested two officials.",
                 "arrested", ("AFG", "AFG"))
    assert loc is not None and loc.name == "Kabul"


def test_place_in_a_time_phrase_is_another_events(coder):
    text = "Thousands of fighters had fled before the final battle at Raqqa."
    assert locate(coder, text, "fled", ("SYR", None)) is None
    # a time word with a place after it still places the event
    loc = where(coder, "Government jets bombed four hospitals since Monday morning in Idlib.", "bombed")
    assert loc is not None and loc.name == "Idlib"


def test_place_after_a_statements_object_is_its_topic(coder):
    assert where(coder, "The US envoy criticised Iran's role in Syria on Tuesday.", "criticised") is None
    loc = where(coder, "Erdogan criticised the US role in Ankara on Tuesday.", "criticised")
    assert loc is not None and loc.name == "Ankara"  # the speaker at home: kept


def test_unknown_town_gives_its_qualifier(coder):
    # Postville is only an old name of a Lincoln in Illinois
    loc = where(coder, "Police raided a factory in Postville, Iowa, on Tuesday.", "raided")
    assert loc is not None and (loc.name, loc.feature) == ("Iowa", "admin1")
    loc = where(coder, "The envoy travelled to Baghdad, Iran and Turkey last week.", "travelled")
    assert loc is not None and loc.name == "Baghdad"


@pytest.mark.parametrize("name, iso3", [("Geneva", "CHE"), ("Vienna", "AUT"), ("Dublin", "IRL"),
                                        ("Strasbourg", "FRA"), ("Moscow", "RUS")])
def test_world_famous_cities_beat_small_namesakes(coder, name, iso3):
    assert coder.places.lookup(name, {"USA": 1.0}).country == iso3


def test_qualifier_and_context_still_win_over_fame(coder):
    loc = where(coder, "Police arrested two men in Geneva, Illinois on Friday.", "arrested")
    assert loc is not None and (loc.name, loc.country) == ("Geneva", "USA")
    # Tripoli, Lebanon and Birmingham, Alabama are no small towns: the article's country decides
    assert coder.places.lookup("Tripoli", {"LBN": 0.8}).country == "LBN"
    assert coder.places.lookup("Birmingham", {"USA": 0.8}).country == "USA"


def test_dateline_is_not_where_a_body_of_no_country_acted(coder):
    text = "MOSCOW (Reuters) - The European Court of Human Rights fined Russia on Tuesday."
    events = coder.code_text(text, date="2018-03-01")
    fined = [e for e in events if e.trigger.text == "fined"]
    assert fined and fined[0].source is not None and not fined[0].source.country
    assert fined[0].location is None
    text = "MOSCOW (Reuters) - Russia's government fined three newspapers on Tuesday."
    fined = [e for e in coder.code_text(text, date="2018-03-01") if e.trigger.text == "fined"]
    assert fined and fined[0].location is not None and fined[0].location.name == "Moscow"


def test_a_visit_is_not_at_the_dateline(coder):
    text = "WASHINGTON (Reuters) - President Donald Trump toured Asia this week."
    toured = [e for e in coder.code_text(text, date="2018-03-01") if e.cameo.startswith("042")]
    assert toured and toured[0].location is None
    loc = where(coder, "WASHINGTON (Reuters) - President Donald Trump visited Bavaria on Friday.", "visited")
    assert loc is not None and loc.name in ("Bavaria", "Bayern")


def test_what_a_protest_is_about_is_not_where_it_was(coder):
    loc = where(coder, "The activists were protesting the war in Yemen outside the embassy in London.", "protesting")
    assert loc is not None and loc.name == "London"


def test_a_named_persons_words_are_no_place(coder):
    # "Merkel" is also an alternate name of a small Alabama town
    text = ("Trump met the governor of Alabama in Washington. Angela Merkel's visit to Warsaw "
            "on Tuesday was brief.")
    visit = [e for e in coder.code_text(text, date="2018-03-01") if e.trigger.text == "visit"]
    assert visit and visit[0].location is not None and visit[0].location.name == "Warsaw"


def test_object_misparsed_as_adverbial_still_places_the_attack(coder):
    loc = where(coder, "Syrian troops shelled Aleppo on Monday.", "shelled")
    assert loc is not None and loc.name == "Aleppo"


def test_a_tour_abroad_is_not_at_the_dateline(coder):
    text = "WASHINGTON (Reuters) - President Trump toured Europe and met Macron."
    toured = [e for e in coder.code_text(text, date="2018-03-01") if e.trigger.text == "toured"]
    assert toured and toured[0].location is None


def test_provinces_without_a_namesake_city(coder):
    loc = where(coder, "Taliban fighters in the southern Afghan province of Helmand attacked a checkpoint.",
                "attacked")
    assert loc is not None and (loc.name, loc.feature, loc.country) == ("Helmand", "admin1", "AFG")


def test_no_dateline_when_the_sentence_is_about_a_place_abroad(coder):
    text = ("MOSCOW (Reuters) - A Russian military adviser was killed by shelling, the ministry said "
            "of the attack in Deir ez-Zor.")
    events = [e for e in coder.code_text(text, date="2018-03-01") if e.trigger.text == "killed"]
    assert events and (events[0].location is None or events[0].location.country == "SYR")
    text = "MOSCOW (Reuters) - Russian police arrested two men in Moscow on Friday."
    assert where(coder, text, "arrested").name == "Moscow"


def test_a_town_in_a_division_from_the_extra_names(coder):
    # Sindh comes from data/extra_names.tsv (no member cities): the town is still inside it
    loc = where(coder, "Gunmen attacked a police post in the town of Sehwan, in Sindh province, on Monday.",
                "attacked")
    assert loc is not None and (loc.name, loc.country) == ("Sehwan", "PAK")


def test_a_place_in_brackets_is_an_aside(coder):
    text = ("Turkish police arrested 40 people suspected of links to the Islamic State "
            "(a terrorist group outlawed in Russia) on Monday.")
    loc = locate(coder, text, "arrested", ("TUR", "RUS"))
    assert loc is None or loc.country != "RUS"
