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
    # a year is no age; the KB does not know the name, so nothing is made up
    events = code("The FBI arrested Harold Quimby, 2016, a report said.")
    assert all(t is None or not t.endswith("CVL") for _, _, t in events), events


def test_shot_someone_at_a_place_is_aimed_at_them(code):
    events = code("Two Iraqi policemen shot three Turkish engineers at a checkpoint near Kirkuk.")
    assert any(c.startswith("19") and s == "IRQCOP" and t == "TURCVL" for c, s, t in events), events


def test_struck_something_at_a_time_is_aimed_at_it(code):
    events = code("Turkish jets struck a PKK camp at dawn on Tuesday.")
    assert any(c.startswith("19") and s == "TURMIL" and (t or "").startswith("TURREB") for c, s, t in events), events


def test_shot_at_someone_still_aims_at_them(code):
    events = code("Police shot at protesters in Dhaka on Friday.")
    assert any(c.startswith(("17", "19")) and (t or "").endswith("CVL") for c, _, t in events), events


def test_guards_beating_inmates_is_an_assault(code):
    events = code("Prison guards in Caracas beat the inmates after the riot.")
    assert any(c.startswith("18") and s == "VENCOP" for c, s, _ in events), events
