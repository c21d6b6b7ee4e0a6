"""Actor identity on plain news (fifth pass): the right phrase with the right code.

Prosecutors and justice ministries are the executive, not the judiciary; a candidate's campaign
is a party actor; a person's country comes from their own description (an Irish party, an
office of a country, a place before the title read whole); a short hand-over between two offices
is bridged; no place from a month or from the last word of a longer name; refugees are not of
the country hosting them; "the court" is the court named last; a UN official owns for the UN.
"""

from __future__ import annotations

import datetime as dt

import pytest
from actors_support import codes, packaged_data_ready, resolved, resolver_with_towns

from eventcoder.actors.entries import Role, role_on

pytestmark = pytest.mark.skipif(not packaged_data_ready(), reason="packaged actor data missing")
DATE = dt.date(2017, 3, 20)
# Places as a gazetteer would answer: "York" is in England, "August" and "Airport" are towns somewhere.
TOWNS = {"York": "GBR", "New York": "USA", "August": "USA", "Airport": "USA", "Kuala Lumpur": "MYS",
         "Munich": "DEU", "Ohio": "USA"}
US_STORY = "President Donald Trump spoke in Washington on Monday. The United States and Washington said so.\n"


@pytest.fixture(scope="module")
def resolver():
    return resolver_with_towns(TOWNS)


@pytest.mark.parametrize("text, word, code", [
    (US_STORY + "The Justice Department sued the city over its policy.", "department", "USAGOV"),
    (US_STORY + "The state attorney general sued the company.", "general", "USAGOV"),
    (US_STORY + "Federal prosecutors charged the banker with fraud.", "prosecutors", "USAGOV"),
    ("Brazil's economy shrank again. Prosecutors in Brazil charged the former minister.", "prosecutors", "BRAGOV"),
])
def test_prosecutors_and_justice_departments_are_the_executive(resolver, text, word, code):
    found = resolved(resolver, text, word)
    assert codes(found) == [code]
    assert "JUD" in found[0].sectors  # still kept as a second sector


def test_judges_stay_judiciary(resolver):
    assert codes(resolved(resolver, US_STORY + "A federal judge blocked the order.", "judge")) == ["USAJUD"]


def test_a_private_lawyer_is_not_the_judiciary(resolver):
    found = resolved(resolver, US_STORY + "The family's lawyer disputed the claims.", "lawyer")
    assert [a.sector for a in found] == ["CVL"]


def test_a_candidates_campaign_is_a_party_actor(resolver):
    text = US_STORY + "Trump campaign associates met Russian officials last year."
    assert codes(resolved(resolver, text, "associates")) == ["USAPTY"]
    text = US_STORY + "The Trump campaign aides denied the report."
    assert codes(resolved(resolver, text, "aides")) == ["USAPTY"]


@pytest.mark.parametrize("sentence, word, code", [
    ("Fianna Fail TD Colm Brennan criticised the plan.", "brennan", "IRLPTY"),
    ("Fine Gael's leader criticised the plan.", "leader", "IRLPTY"),
    ("The Taoiseach criticised the plan.", "taoiseach", "IRLGOV"),
])
def test_irish_politicians_in_an_american_story_are_irish(resolver, sentence, word, code):
    assert codes(resolved(resolver, US_STORY + sentence, word)) == [code]


def test_a_place_of_several_words_before_a_title_is_read_whole(resolver):
    text = "British ministers met in London. New York Attorney General Anna Kowalczyk sued the firm."
    assert codes(resolved(resolver, text, "kowalczyk")) == ["USAGOV"]


@pytest.mark.parametrize("name, date, code", [
    ("Mike Pence", dt.date(2017, 1, 15), "USAGOV"),  # between governor and vice president
    ("Rex Tillerson", dt.date(2017, 1, 15), "USAGOV"),  # the nominee before confirmation
])
def test_a_short_hand_over_between_offices_is_bridged(resolver, name, date, code):
    assert codes(resolver.resolve_phrase(name, date)) == [code]


def test_a_long_gap_between_offices_is_not_bridged():
    def role(code: str, start: str, end: str) -> Role:
        return Role(code, "XYZ", ("GOV",), dt.date.fromisoformat(start), dt.date.fromisoformat(end), None, "t")

    short = (role("XYZGOV", "2010-01-01", "2012-01-01"), role("XYZLEG", "2012-02-01", "2014-01-01"))
    assert role_on(short, dt.date(2012, 1, 10)).code == "XYZLEG"
    long = (role("XYZGOV", "2010-01-01", "2012-01-01"), role("XYZLEG", "2013-01-01", "2014-01-01"))
    assert role_on(long, dt.date(2012, 6, 1)) is None
    assert role_on(long, dt.date(2009, 6, 1)) is None  # before the first office: nothing to bridge


def test_a_month_is_not_a_place(resolver):
    text = ("Congo's crisis deepened. The uprising erupted after government forces in August killed a"
            " militia leader.")
    assert all(a.country != "USA" for a in resolved(resolver, text, "forces"))


def test_a_longer_place_name_is_not_its_last_word(resolver):
    text = ("Malaysia's police said on Monday the case was open. The first woman was arrested at Kuala"
            " Lumpur International Airport on Wednesday.")
    assert [a.country for a in resolved(resolver, text, "woman")] == ["MYS"]


def test_refugees_are_not_of_the_host_country(resolver):
    text = US_STORY + "Refugees in Ohio protested against the ban."
    assert all(a.country != "USA" for a in resolved(resolver, text, "refugees"))
    text = "Syria's war went on. Syrian refugees fled again. The refugees in Munich protested."
    assert codes(resolved(resolver, text, "refugees", 1)) == ["SYRREF"]


def test_the_court_is_the_court_named_last(resolver):
    text = ("Kenya said it would cooperate with the International Criminal Court.\n"
            "Kenya's foreign minister criticised the court on Tuesday.")
    assert codes(resolved(resolver, text, "court", 1)) == ["IGOJUDICC"]
    text = ("The International Criminal Court opened a case in March. Kenya's High Court ruled on it.\n"
            "The government criticised the court.")
    assert codes(resolved(resolver, text, "court", 2)) == ["KENJUD"]


def test_a_un_officials_envoy_and_spokesman_are_the_un(resolver):
    text = ("Syrian rebels attacked Damascus on Monday. UN Secretary-General Antonio Guterres praised the"
            " talks, and his envoy met Syrian officials. Guterres's spokesman criticised the government.")
    assert codes(resolved(resolver, text, "envoy")) == ["IGOUNO"]
    assert codes(resolved(resolver, text, "spokesman")) == ["IGOUNO"]


@pytest.mark.parametrize("text, word, code", [
    ("Russia and Turkey clashed. The Turkish army shot down a Russian jet near the border.", "jet", "RUSMIL"),
    ("Britain's history was long. Officers plotted against the Labour government.", "government", "GBRGOV"),
    ("Israel voted. The Likud government approved the plan.", "government", "ISRGOV"),
    ("China's exports grew. A Chinese factory helped a British boy.", "factory", "CHNBUS"),
])
def test_things_and_bodies_of_a_country_get_their_own_sector(resolver, text, word, code):
    assert codes(resolved(resolver, text, word)) == [code]


def test_a_foreign_ministry_is_not_a_foreign_actor(resolver):
    text = "The Norwegian security service said the Foreign Ministry was attacked by hackers."
    assert codes(resolved(resolver, text, "ministry")) == ["NORGOV"]



def test_a_state_body_takes_no_country_from_other_phrases_of_its_sentence(resolver):
    text = "The envoy has travelled widely, travelling to Afghanistan, Chad, Iraq and Uganda."
    assert [a.country for a in resolved(resolver, text, "envoy")] == [None]

def test_a_person_is_coded_for_the_office_held_on_the_events_date(resolver):
    kb = resolver.kb
    published = dt.date(2017, 6, 1)
    obama = resolver.resolve_phrase("Barack Obama", published)[0]
    assert obama.code == "USAELI"
    assert kb.redate(obama, "2017-01-10", published).code == "USAGOV"  # still president then
    assert kb.redate(obama, "2017-05-02", published) is obama  # the same office: unchanged
    assert kb.redate(obama, None, published) is obama
    envoy = resolver.resolve_phrase("the Irish Taoiseach", published)[0]  # not a person's own role
    assert kb.redate(envoy, "2010-01-01", published) is envoy


@pytest.mark.parametrize("phrase, code", [
    ("Obama's administration", "USAGOV"),  # a former president's government was a government
    ("his government", "USAGOV"),
    ("Trump campaign aides", "USAPTY"),
])
def test_a_government_led_by_a_former_leader_is_a_government(resolver, phrase, code):
    context = "Barack Obama spoke on Monday. Obama said his government was good. Trump campaign aides met."
    assert codes(resolver.resolve_phrase(phrase, DATE, context)) == [code]


def test_a_surname_after_another_given_name_is_someone_else(resolver):
    text = ("Trump spoke in Washington. Irish MEP Sean Brady criticised Trump.\n"
            "Labour's Alan Brady criticised the plan. Mr Brady later met Pence.")
    assert [a.name for a in resolved(resolver, text, "brady", 1)] != ["Sean Brady"]
    assert [a.name for a in resolved(resolver, text, "brady", 2)] == ["Sean Brady"]
