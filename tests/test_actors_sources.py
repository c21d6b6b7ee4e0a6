"""Sources the KB alone does not name: reciprocal pairs ("the two sides"), misspelt country
names ("Ethopia"), church leaders by title ("Archbishop X"). Own sentences, real model."""

from __future__ import annotations

import datetime as dt

import pytest
from actors_support import codes, packaged_data_ready, resolved

from eventcoder.actors.kb import ActorKB
from eventcoder.actors.resolver import ActorResolver
from eventcoder.actors.spelling import CountrySpelling
from eventcoder.nlp import load_pipeline

pytestmark = pytest.mark.skipif(not packaged_data_ready(), reason="packaged actor data files missing")
DATE = dt.date(2017, 3, 20)


@pytest.fixture(scope="module")
def kb():
    return ActorKB.load()


@pytest.fixture(scope="module")
def resolver(kb):
    return ActorResolver(kb, load_pipeline(), learn=False)


# -- reciprocal phrases ------------------------------------------------------------------------
@pytest.mark.parametrize("text, word, expected", [
    ("Kenya and Uganda met in Nairobi. The two countries agreed to resume trade.", "countries", ["KEN", "UGA"]),
    ("Peru and Chile signed a border pact, and both countries promised to withdraw troops.", "countries",
     ["PER", "CHL"]),
    ("Israeli troops fought Palestinian gunmen on Monday. Both sides blamed each other.", "sides",
     ["ISRMIL", "PSEUAF"]),
    ("The Sudanese government held talks with the rebels. The two sides signed a truce.", "sides",
     ["SDNGOV", "SDNREB"]),
])
def test_reciprocal_phrase_is_the_pair_named_before(resolver, text, word, expected):
    found = resolved(resolver, text, word, date=DATE)
    assert sorted(codes(found)) == sorted(expected)
    assert all(a.rule.startswith("reciprocal->") for a in found)


@pytest.mark.parametrize("text, word", [
    ("Kenya signed a trade deal. The two countries agreed to resume trade.", "countries"),  # one only
    ("The two sides agreed to meet again.", "sides"),  # nobody named before
    ("Kenya and Uganda met. Some countries agreed to resume trade.", "countries"),  # not counted as two
])
def test_reciprocal_phrase_without_a_pair_stays_unresolved(resolver, text, word):
    assert resolved(resolver, text, word, date=DATE) == []


@pytest.mark.parametrize("text, word", [
    # the last two of a longer list are not "the two sides"
    ("A firm signed deals with Denmark, Finland, Norway and Sweden. The two sides will share data.", "sides"),
])
def test_reciprocal_phrase_after_a_list_stays_unresolved(resolver, text, word):
    assert resolved(resolver, text, word, date=DATE) == []


def test_reciprocal_pair_skips_places_and_news_agencies(resolver):
    text = ("Kenya and Uganda met in Tanzania, the Xinhua news agency reported. "
            "The two countries agreed to reopen the border.")
    assert sorted(codes(resolved(resolver, text, "countries", date=DATE))) == ["KEN", "UGA"]


def test_state_heads_need_countries(resolver):
    # "the two countries" cannot be a pair of country-less rebels and aid groups
    text = "Rebels attacked aid workers in the north. The two countries condemned the violence."
    assert resolved(resolver, text, "countries", date=DATE) == []


def test_reciprocal_pair_reaches_no_further_than_two_sentences(resolver):
    text = ("Kenya and Uganda met in Nairobi. Trade was discussed. Prices rose. Markets were calm. "
            "The two countries agreed to resume talks.")
    assert resolved(resolver, text, "countries", date=DATE) == []


# -- misspelt country names --------------------------------------------------------------------
@pytest.mark.parametrize("text, word, iso", [
    ("Ethopia has agreed to reopen its border.", "Ethopia", "ETH"),  # a letter missing
    ("Afganistan accused its neighbour of sheltering militants.", "Afganistan", "AFG"),
    ("Britian criticised the decision on Monday.", "Britian", "GBR"),  # two letters swapped
    ("Venezuelaa rejected the offer.", "Venezuelaa", "VEN"),  # one letter too many
])
def test_misspelt_country_as_a_head(resolver, text, word, iso):
    assert codes(resolved(resolver, text, word, date=DATE)) == [iso]


@pytest.mark.parametrize("text, word", [
    ("Franco criticised the decision on Monday.", "Franco"),  # a substitution: a surname, not France
    ("Columbia criticised the decision on Monday.", "Columbia"),
    ("ethopia has agreed to reopen its border.", "ethopia"),  # lower case: no capital to go by
])
def test_near_misses_that_are_not_countries(resolver, text, word):
    assert resolved(resolver, text, word, date=DATE) == []


def test_spelling_index_refuses_known_words_and_ambiguity(kb):
    spelling = CountrySpelling(kb.countries.values(), known=("ethopia",))
    assert spelling.country_of("Ethopia") is None  # listed as something else
    assert spelling.country_of("Kenya") is None  # a real name is not a misspelling
    assert spelling.country_of("Ethiopa") == "ETH"
    assert spelling.country_of("Mali") is None  # too short to guess at


# -- church leaders ----------------------------------------------------------------------------
def test_archbishop_title_makes_an_elite_person(resolver):
    found = resolved(resolver, "South African Archbishop Tom Ndlovu condemned the decision.", "Ndlovu",
                     date=DATE)
    assert codes(found) == ["ZAFELI"]


def test_church_leaders_are_elites_of_their_country(resolver):
    found = resolved(resolver, "Church leaders in Kenya condemned the crackdown.", "leaders", date=DATE)
    assert codes(found) == ["KENELI"]


def test_cardinal_needs_its_capital(resolver):
    assert resolved(resolver, "A cardinal rule was broken in Kenya.", "rule", date=DATE) == []


# -- names written with a slash ----------------------------------------------------------------
def test_slashed_name_stays_one_token_and_heads_its_phrase(resolver):
    doc = resolver.nlp("The SPLM/A accused the government of bombing villages.")
    assert "SPLM/A" in [t.text for t in doc]
    found = resolved(resolver, "The SPLM/A accused the government of bombing villages.", "SPLM/A",
                     date=dt.date(2001, 5, 1))
    assert [a.sector for a in found] and found[0].sector in ("REB", "MIL")


# -- "he"/"she" after a titled speaker with no name ---------------------------------------------
def test_pronoun_is_the_titled_speaker_of_its_clause(resolver):
    text = "Speaking in Lima, the Peruvian president said he would expel the envoy."
    assert codes(resolved(resolver, text, "he", date=DATE)) == ["PERGOV"]


@pytest.mark.parametrize("text", [
    "The government said he would be deported.",  # a body is not "he"
    "The Peruvian president met a farmer, who said he would leave.",  # the relative clause's own subject
])
def test_pronoun_without_a_titled_speaker_stays_unresolved(resolver, text):
    assert resolved(resolver, text, "he", date=DATE) == []


# -- unknown names described by an apposition ----------------------------------------------------
def test_unknown_name_takes_the_role_of_its_apposition(resolver):
    text = "Tomas Ruiz, leader of the opposition Unity Party, rejected the offer."
    found = resolved(resolver, text, "Ruiz", date=DATE)
    assert [a.sector for a in found] == ["OPP"]
    assert found[0].rule.startswith("apposition:leader")


def test_unknown_name_with_a_descriptive_apposition_of_no_role_stays_unresolved(resolver):
    assert resolved(resolver, "Tomas Ruiz, a fan of football, rejected the offer.", "Ruiz", date=DATE) == []
