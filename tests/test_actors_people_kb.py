"""People of the knowledge base beyond the great powers: a small country's leaders, a defence
minister, opposition leaders, transliterated names, each coded with the country and sector of
the office held on the article's date and not outside it. The sentences are invented; the
offices and dates are public facts recorded in actors/data/people.tsv."""

from __future__ import annotations

import datetime as dt

import pytest
from actors_support import packaged_data_ready, resolved, resolver_with_towns

pytestmark = pytest.mark.skipif(not packaged_data_ready(), reason="packaged actor data missing")


@pytest.fixture(scope="module")
def resolver():
    return resolver_with_towns({})


def one(resolver, text: str, word: str, day: str):
    actors = resolved(resolver, text, word, date=dt.date.fromisoformat(day))
    assert len(actors) == 1, actors
    return actors[0]


@pytest.mark.parametrize("text,word,day,code", [
    # A small country's head of government, named with a title that gives no country:
    # the article's other countries must not lend theirs.
    ("Prime Minister Pavel Filip asked Russia to withdraw its troops.", "filip", "2017-06-01", "MDAGOV"),
    ("Kaljulaid praised Germany for its support.", "kaljulaid", "2018-05-02", "ESTGOV"),
    ("Mahama criticised the electoral commission in Accra.", "mahama", "2015-03-10", "GHAGOV"),
    # A defence minister is the government; an opposition leader is the opposition.
    ("Florence Parly visited French troops in Niger.", "parly", "2019-02-14", "FRAGOV"),
    ("Kurti accused Belgrade of provocations.", "kurti", "2018-11-20", "XKXOPP"),
    ("Sandu urged her supporters to stay calm.", "sandu", "2018-03-01", "MDAOPP"),
    # Transliterations and diacritics.
    ("Aleksandar Vučić met Vladimir Putin in Moscow.", "vučić", "2018-10-02", "SRBGOV"),
    ("Vucic said Serbia would not recognise the vote.", "vucic", "2016-02-01", "SRBGOV"),
])
def test_office_on_the_date(resolver, text, word, day, code):
    assert one(resolver, text, word, day).code == code


def test_the_same_person_in_another_office(resolver):
    text = "Kurti accused Belgrade of provocations."
    assert one(resolver, text, "kurti", "2021-06-01").code == "XKXGOV"  # Prime Minister from 2021
    text = "Sandu urged her supporters to stay calm."
    assert one(resolver, text, "sandu", "2021-06-01").code == "MDAGOV"  # President from 2020-12-24
    text = "Dodon warned against closer ties with the European Union."
    assert one(resolver, text, "dodon", "2018-06-01").code == "MDAGOV"
    assert one(resolver, text, "dodon", "2021-06-01").code == "MDAOPP"


def test_not_outside_the_term(resolver):
    # Out of office: still the person's country, never the sector of an office not held.
    text = "Kaljulaid praised Germany for its support."
    after = one(resolver, text, "kaljulaid", "2022-05-02")
    assert after.country == "EST" and after.code != "ESTGOV"
    text = "Florence Parly visited French troops in Niger."
    before = one(resolver, text, "parly", "2015-02-14")
    assert before.code != "FRAGOV"


def test_defence_minister_carries_the_military_sector(resolver):
    actor = one(resolver, "Florence Parly visited French troops in Niger.", "parly", "2019-02-14")
    assert "MIL" in actor.sectors and actor.sector == "GOV"


def test_a_surname_that_is_a_word_needs_its_capital(resolver):
    # "Shorten" the politician only in its own casing; the verb is nobody.
    text = "Bill Shorten attacked the government's budget."
    assert one(resolver, text, "shorten", "2016-05-01").code == "AUSOPP"
    text = "The talks may shorten the war, officials said."
    assert all(a.country != "AUS" for a in resolved(resolver, text, "shorten", date=dt.date(2016, 5, 1)))
