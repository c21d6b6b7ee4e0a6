"""Acts the sentence does not assert as done: adjuncts sharing a planned clause's modality and
acts that are only the aim of something ("aimed at killing"). Guards keep real acts coded."""

from __future__ import annotations


def roots(events) -> set[str]:
    return {cameo[:2] for cameo, _, _ in events}


def test_while_adjunct_of_announced_act_is_not_done(code):
    events = code("Germany said it would lift the tariffs while easing restrictions on French insurers.")
    assert "08" not in roots(events) or all(c.startswith("03") for c, _, _ in events)


def test_while_adjunct_of_done_act_is_coded(code):
    events = code("Germany lifted the tariffs on Monday while easing restrictions on French insurers.")
    assert "08" in roots(events)


def test_while_adjunct_of_modal_act_is_not_done(code):
    events = code("Turkish police could block the roads while arresting the Kurdish protest leaders.")
    assert "17" not in roots(events)


def test_while_adjunct_of_done_arrest_is_coded(code):
    events = code("Turkish police blocked the roads while arresting the Kurdish protest leaders.")
    assert "17" in roots(events)


def test_operations_aimed_at_killing_are_not_killings(code):
    events = code("The Nigerian army launched operations aimed at killing Boko Haram commanders.")
    assert not any(c.startswith(("18", "19", "20")) for c, _, _ in events)


def test_operation_that_killed_is_coded(code):
    events = code("The Nigerian army launched operations that killed Boko Haram commanders.")
    assert any(c.startswith(("18", "19")) for c, _, _ in events)


def test_plans_on_expelling_is_an_announced_threat(code):
    events = code("The ministry plans on expelling two Russian diplomats.")
    assert "16" not in roots(events) and "17" not in roots(events)
    assert "13" in roots(events)


def test_object_none_negates_the_act(code):
    assert "17" not in roots(code("Egyptian police arrested no protesters in Cairo on Friday."))
    assert not code("Israel offered no concessions to the Palestinian Authority.")


def test_count_with_no_fewer_is_still_an_act(code):
    assert "19" in roots(code("Taliban fighters killed no fewer than 20 Afghan soldiers in an ambush."))
    assert "17" in roots(code("Egyptian police arrested dozens of protesters in Cairo on Friday."))


def test_since_clause_is_background(code):
    assert not code("Turkish exports have doubled since Ankara imposed sanctions on Syria.")
    assert not code("Sales rose sharply since Vietnamese rebels took control of the port.")


def test_act_with_since_adjunct_is_still_coded(code):
    assert "19" in roots(code("Russian troops have attacked Ukrainian positions daily since March."))
    assert "17" in roots(code("Kenyan police have arrested 40 protesters since the riots began."))
