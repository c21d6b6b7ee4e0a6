"""Targets the sentence names that were left null, tenth pass: a private person given an age,
the object of "shot/struck ... at <place or time>", and beating inmates (invented sentences)."""

from __future__ import annotations


def test_a_name_given_an_age_is_a_private_person_of_the_place(code):
    events = code("Gunmen shot dead Farah Abdi Warsame, 52, in Kismayo on Sunday.")
    assert any(c.startswith(("18", "19")) and t == "SOMCVL" for c, _, t in events), events


def test_an_aged_name_takes_the_country_the_article_gives(code):
    events = code("Nigeria's government widened its fraud inquiry on Monday. Nigerian police later arrested "
                  "Tunde Bakare Olumide, 34, on charges of fraud.")
    assert any(c.startswith("17") and s == "NGACOP" and t == "NGACVL" for c, s, t in events), events


def test_a_number_after_a_name_that_is_no_age_is_no_person(code):
    # a year is no age; nobody knows the name, nor its first word as a given name (a private
    # person named in full, "Harold Quimby", would be one: tests/test_events_targets12.py)
    events = code("The FBI arrested Zorblat Quimby, 2016, a report said.")
    assert all(t is None or not t.endswith("CVL") for _, _, t in events), events


def test_shot_someone_at_a_place_is_aimed_at_them(code):
    events = code("Two Iraqi policemen shot three Turkish engineers at a checkpoint near Kirkuk.")
    assert any(c.startswith("18") and s == "IRQCOP" and t == "TURCVL" for c, s, t in events), events


def test_struck_something_at_a_time_is_aimed_at_it(code):
    events = code("Turkish jets struck a PKK camp at dawn on Tuesday.")
    assert any(c.startswith("19") and s == "TURMIL" and (t or "").startswith("TURREB") for c, s, t in events), events


def test_shot_at_someone_still_aims_at_them(code):
    events = code("Police shot at protesters in Dhaka on Friday.")
    assert any(c.startswith(("17", "18")) and (t or "").endswith("CVL") for c, _, t in events), events


def test_guards_beating_inmates_is_an_assault(code):
    events = code("Prison guards in Caracas beat the inmates after the riot.")
    assert any(c.startswith("18") and s == "VENCOP" for c, s, _ in events), events


def test_shot_and_killed_in_a_caption_are_victims(code):
    events = code("Six Afghan soldiers shot and killed in Kunduz on Friday.")
    assert any(t == "AFGMIL" for _, _, t in events), events
    assert all(s != "AFGMIL" for _, s, _ in events), events


def test_shot_and_killed_with_an_object_keeps_the_doer(code):
    events = code("Afghan soldiers shot and killed two Taliban fighters in Kunduz.")
    assert any(s == "AFGMIL" for _, s, _ in events), events


def test_anti_terror_prosecutors_are_no_terrorists(code):
    events = code("Belgian anti-terror prosecutors charged two men on Monday.")
    assert any(c.startswith("17") and s in ("BELGOV", "BELJUD") for c, s, _ in events), events
    assert not any("REB" in (s or "") for _, s, _ in events), events


def test_an_anti_graft_agency_is_the_government(code):
    events = code("Malaysia's anti-graft agency arrested a former minister on Tuesday.")
    assert any(c.startswith("17") and s == "MYSGOV" for c, s, _ in events), events


def test_a_pledge_for_someone_is_aimed_at_them(code):
    events = code("Japan pledged $5m for Rohingya refugees in Bangladesh on Monday.")
    assert any(c.startswith("03") and s == "JPN" and (t or "").endswith("REF") for c, s, t in events), events
