"""Resolution with the packaged knowledge base: phrases the parse hangs on a longer noun
phrase, things of a sector, titled aliases without a date, armed groups coded REB (PLOVER),
place names inside personal names, and older armed groups."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors.kb import ActorKB
from eventcoder.actors.resolver import ActorResolver
from eventcoder.nlp import load_pipeline


@pytest.fixture(scope="module")
def kb():
    return ActorKB.load()


@pytest.fixture(scope="module")
def resolver(kb):
    # a place hook that knows one town, to check it is not read inside a person's name
    towns = {"smithfield": "USA"}
    return ActorResolver(kb, load_pipeline(), learn=False, place_country=lambda n: towns.get(n.lower()))


def code(resolver, text, date=None, context=None):
    a = resolver.resolve_text(text, date, context)
    return a.code if a else None


@pytest.mark.parametrize("text, context, expected", [
    # the gold-style span is the front of a longer phrase: read it on its own
    ("Danish army", "Danish army bulldozers razed two sheds near the border on Monday.", "DNKMIL"),
    ("Kenyan police", "A man died in Kenyan police custody last week, his family said.", "KENCOP"),
    ("Peruvian navy", "Peruvian navy officers boarded the trawler at dawn.", "PERMIL"),
])
def test_span_in_front_of_its_head(resolver, text, context, expected):
    assert code(resolver, text, context=context) == expected


def test_things_of_a_sector_stand_for_it(resolver):
    assert code(resolver, "Turkish army trucks", dt.date(2019, 5, 1)) == "TURMIL"
    assert code(resolver, "Turkish trucks", dt.date(2019, 5, 1)) is None  # no sector, no actor


def test_titled_alias_without_a_date_takes_the_matching_office(resolver):
    assert code(resolver, "President Obama") == "USAGOV"
    assert code(resolver, "President Obama", dt.date(2020, 3, 1)) == "USAELI"  # a date still wins
    assert code(resolver, "Obama") == "USAELI"  # no title, no date: the current role


def test_militants_are_rebels_with_insurgent_kept(resolver):
    a = resolver.resolve_text("Somali militants", dt.date(2019, 5, 1))
    assert a.code == "SOMREB" and a.sectors[:2] == ("REB", "INS")
    assert code(resolver, "Taliban", dt.date(2010, 1, 1)) == "AFGREBTAL"
    assert code(resolver, "Taliban", dt.date(2022, 1, 1)) == "AFGGOVTAL"
    assert code(resolver, "Georgian separatists", dt.date(2001, 1, 1)) == "GEOREB"


@pytest.mark.parametrize("text, day, expected", [
    ("UNITA", "1995-06-01", "AGOREB"), ("UNITA", "2012-06-01", "AGOOPP"),
    ("the RUF", "1999-01-10", "SLEREB"), ("NPFL fighters", "1992-01-01", "LBRREB"),
    ("the SPLA", "1999-01-01", "SDNREB"), ("the SPLA", "2015-01-01", "SSDMIL"),
    ("Rwandan Patriotic Front", "1994-05-01", "RWAREB"), ("the Khmer Rouge", "1990-01-01", "KHMREB"),
    ("Palestinian Liberation Organization", "2000-01-01", "PSEGOVPLO"),
])
def test_older_armed_and_political_groups(resolver, text, day, expected):
    assert code(resolver, text, dt.date.fromisoformat(day)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Iraqi Kurds", "IRQCVL"), ("a Nepali prisoner", "NPLCVL"), ("Egyptian Copts", "EGYCVL"),
    ("Jordanian helicopters", "JORMIL"), ("Chadian aircraft", "TCDMIL"), ("the Yemeni hijackers", "YEMCRM"),
    ("Algerian fundamentalists", "DZARAD"), ("UN Secretary-General Ban Ki-moon", "IGOUNO"),
])
def test_added_sector_words(resolver, text, expected):
    assert code(resolver, text, dt.date(2012, 6, 1)) == expected


def test_a_place_inside_a_persons_name_is_not_the_place(resolver):
    assert code(resolver, "Smithfield", context="Delegates from Smithfield arrived.") == "USA"
    assert code(resolver, "Archbishop Smithfield Jones") == "ELI"  # a churchman, not the town's country


def test_exact_case_organisation_name(resolver):
    ctx = "The envoy visited Russia today, the first such visit in a decade."
    assert code(resolver, "Russia", context=ctx) == "RUS"
    assert code(resolver, "Russia Today", context="Russia Today broadcast the speech.") == "RUSMED"


def test_sector_column_with_secondary_sectors(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("#sector\trole\tphrase\nREB|INS\tnoun\tmujahids\n", encoding="utf-8")
    kb = ActorKB.load(extra_files=[f])
    term = next(t for t in kb.sector_terms if t.phrase == "mujahids")
    assert term.sector == "REB" and term.sectors == ("REB", "INS")


def test_for_or_against_a_country_is_not_its_nationality(resolver):
    ctx = "Gunmen shot a prominent anti-Syria journalist in Beirut on Monday."
    assert code(resolver, "prominent anti-Syria journalist", context=ctx) == "LBNMED"
    assert code(resolver, "a Syrian journalist", dt.date(2012, 1, 1)) == "SYRMED"


@pytest.mark.parametrize("text, context, expected", [
    ("us troops", "us troops left the base on monday, officials said.", "USAMIL"),
    ("the us", "the talks were backed by the us and the european union.", "USA"),
    ("us", "us said on monday it would send envoys to the region.", "USA"),
    ("us", "the minister told us on monday that the talks had failed.", None),
])
def test_us_in_lower_cased_text(resolver, text, context, expected):
    assert code(resolver, text, context=context) == expected
