"""Actor-side leftovers on plain news: an unknown common noun named in apposition is the named
actor, not its owner (invented sentences; the shared `code` fixture of conftest.py)."""

from __future__ import annotations


def test_appositive_name_over_owner(code):
    # "rival" is no actor; the owner "his" is Trump: the named senator denounced the plan
    out = code("President Donald Trump held a rally on Monday. His longtime rival, Senator Bernie "
               "Sanders, denounced the plan.", date="2017-07-12")
    assert ("111", "USALEG", None) in out, out


def test_appositive_organisation_over_owner(code):
    out = code("Putin met Erdogan in Sochi. His ally, Ramzan Kadyrov, criticised the decision.",
               date="2017-07-12")
    assert [s for c, s, _ in out if c == "111"] == ["RUSGOV"], out


def test_known_noun_keeps_its_own_reading(code):
    # a noun that is an actor itself keeps its reading: the apposition is not consulted
    out = code("The Syrian army, the main force around Aleppo, shelled rebel positions.")
    assert any(c[:2] == "19" and s == "SYRMIL" for c, s, _ in out), out


def test_appositive_place_is_not_an_actor(code):
    # a place in apposition names no one: the owner still speaks for the noun
    out = code("Turkey's envoy met the Russian foreign minister in Moscow on Monday.")
    assert any(c == "040" and s is not None and s.startswith("TUR") for c, s, _ in out), out


def test_curly_apostrophe_in_organisation_name(code):
    # a name written with a typographic apostrophe is the same organisation
    curly = code("In May, the fighter was captured by the Kurdish People’s Protection Units near Raqqa.")
    straight = code("In May, the fighter was captured by the Kurdish People's Protection Units near Raqqa.")
    assert [s for c, s, _ in curly if c[:2] == "17"] == ["SYRREB"], curly
    assert curly == straight


def test_nationality_adjective_on_a_state_noun(code):
    # "the Turkish state" is Turkey's government, not Turkish civilians
    out = code("The rebel movement has waged an insurgency against the Turkish state for decades.")
    assert any(c[:2] == "19" and t == "TURGOV" for c, _, t in out), out


def test_nationality_adjective_on_positions_is_military(code):
    out = code("Russian artillery bombarded Ukrainian positions for seven weeks.")
    assert any(c[:2] == "19" and t == "UKRMIL" for c, _, t in out), out


def test_nationality_adjective_on_people_stays_civilian(code):
    # a person noun keeps the people's reading
    out = code("Gunmen killed three Turkish tourists near the border on Monday.")
    assert any(c[:2] in ("18", "19") and t == "TURCVL" for c, _, t in out), out
