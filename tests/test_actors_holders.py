"""The holder named by a hyphenated modifier ("rebel-held areas") is the target of force used
on the place; other modifiers ("opposition-led protests") stay no actor; a cased legislature
("the House") takes the article's country like any institution."""

from __future__ import annotations


def _roots(events, root):
    return [e for e in events if e[0][:2] == root]


def test_the_holder_of_a_place_attacked_is_the_target(code):
    # the holder, of the country of the place held ("of Mosul", "in Idlib")
    shelled = _roots(code("Iraqi army units shelled insurgent-held districts of Mosul on Sunday."), "19")
    assert shelled and shelled[0][1] == "IRQMIL" and shelled[0][2] == "IRQREB"
    bombed = _roots(code("Russian warplanes bombed opposition-held villages in Idlib."), "19")
    assert bombed and bombed[0][2] == "SYROPP"


def test_the_holder_takes_the_country_of_the_same_group_named_before(code):
    text = "Yemeni rebels fired missiles. Saudi jets then struck rebel-controlled towns overnight."
    struck = _roots(code(text), "19")
    assert struck and struck[-1][1] == "SAUMIL" and struck[-1][2] == "YEMREB"


def test_a_modifier_that_holds_nothing_is_no_actor(code):
    # "opposition-led" marches are not the opposition acting or acted on
    for cameo, _, target in code("Venezuelan police fired tear gas at opposition-led marches in Caracas."):
        assert target is None or not target.endswith("OPP")


def test_the_house_takes_the_country_of_a_one_country_story(code):
    us = ("President Joe Biden spoke in Washington on Monday about the U.S. economy. "
          "American unions criticized the House for delaying the labor bill.")
    leg = [t for _, _, t in code(us) if t and t.endswith("LEG")]
    assert leg and set(leg) == {"USALEG"}


def test_the_house_in_a_story_with_no_country_gets_none(code):
    assert all(s != "USALEG" and t != "USALEG" for _, s, t in code("Unions criticized the House on Friday."))
