"""Titles news abbreviates ("Sen.", "Rep.", "Gov.", "Lt. Gen.") introduce people like the words
written in full, and a candidate is a party's, not a member of the body sought (invented
sentences and names)."""

from __future__ import annotations

import pytest

ABBREVIATED = [
    ("Sen. Harold Quillen", "USALEG"),
    ("Rep. Marta Quillen", "USALEG"),
    ("Representative Marta Quillen", "USALEG"),
    ("Gov. Dale Quillen", "USAGOV"),
    ("Lt. Gen. Oren Quillen", "USAMIL"),
    ("Adm. Oren Quillen", "USAMIL"),
]


@pytest.mark.parametrize(("title_and_name", "expected"), ABBREVIATED)
def test_an_abbreviated_title_introduces_a_person(code, title_and_name, expected):
    events = code(f"U.S. lawmakers returned to Washington on Monday after a U.S. holiday. {title_and_name} "
                  "spoke in Ohio. On Tuesday, Quillen criticized the Chinese government over its trade policy.",
                  date="2017-06-12")
    assert any(c.startswith("11") and s == expected and t == "CHNGOV" for c, s, t in events), events


def test_an_abbreviated_title_makes_the_person_a_target(code):
    events = code("U.S. lawyers for the company asked Rep. Marta Quillen to look into the contract "
                  "on Monday.", date="2017-06-12")
    assert any(c.startswith("02") and t == "USALEG" for c, _, t in events), events


def test_a_permanent_representative_is_a_diplomat(code):
    events = code("British Permanent Representative Colin Warrick criticised the Chinese proposal "
                  "on Friday.", date="2017-06-12")
    assert any(c.startswith("11") and s == "GBRGOV" for c, s, _ in events), events


def test_a_senate_candidate_is_a_party_man_not_a_legislator(code):
    events = code("Embattled Republican U.S. Senate candidate Dwight Harlan denied the allegations. "
                  "Several Republican lawmakers called on Harlan to step out of the race.",
                  date="2017-11-20")
    assert any(c.startswith("02") and s == "USALEG" and t == "USAPTY" for c, s, t in events), events


def test_the_nominee_of_a_body_with_no_country_serves_that_body(code):
    # "the UN's nominee" is to serve the UN: still the UN's, not a party's
    events = code("The United Nations' nominee, Karim Haddad, met Libyan officials in Tripoli.",
                  date="2017-06-12")
    assert not any(s is not None and s.endswith("PTY") for _, s, _ in events), events


def test_the_president_is_not_a_former_president_named_before(code):
    # "the president" after "former President X" is the incumbent, not X
    events = code("Senate Republicans met on Tuesday. Under former President Harold Quillen, Twitter was not "
                  "used, Senator Dale Brenner noted. Brenner urged the president to keep the Senate leader "
                  "informed.", date="2019-04-12")
    assert any(c.startswith("02") and t == "USAGOV" for c, _, t in events), events
    assert not any(t == "USAELI" for _, _, t in events), events


def test_a_surname_after_a_known_person_named_in_full_is_that_person(code):
    # "Brown" after "Gov. Jerry Brown" is him, not the KB's other Brown (Gordon, a Briton)
    events = code("Gov. Jerry Brown criticized the White House on Monday. Brown also praised the state "
                  "legislature.", date="2018-02-20")
    assert any(c.startswith("05") and s == "USAGOV" for c, s, _ in events), events
    assert not any(s is not None and s.startswith("GBR") for _, s, _ in events), events


def test_a_nationality_in_the_phrase_beats_its_owners(code):
    # "his Turkish counterpart" is Turkish, whoever "his" is
    events = code("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart on Monday.", date="2017-03-01")
    assert any(c.startswith("04") and s == "RUSGOV" and t == "TURGOV" for c, s, t in events), events


def test_a_nations_intelligence_is_its_spy_service(code):
    events = code("White House press secretary Sean Spicer accused British intelligence of tapping the calls.",
                  date="2017-03-17")
    assert any(c.startswith("11") and t == "GBRSPY" for c, _, t in events), events


def test_an_intelligence_committee_is_a_legislature(code):
    events = code("U.S. lawmakers returned to Washington. The House Intelligence Committee is investigating the "
                  "hack of the U.S. election.", date="2017-03-17")
    assert not any(s == "USASPY" for _, s, _ in events), events
