"""The holder named by a hyphenated modifier ("rebel-held areas") is the target of force used
on the place; other modifiers ("opposition-led protests") stay no actor; a cased legislature
("the House") takes the article's country like any institution."""

from __future__ import annotations


def _roots(events, root):
    return [e for e in events if e[0][:2] == root]


def test_holders_and_legislatures(code):
    # the holder, of the country of the place held ("of Homs", "in Idlib")
    shelled = _roots(code("Iraqi army units shelled insurgent-held districts of Mosul on Sunday."), "19")
    assert shelled and shelled[0][1] == "IRQMIL" and shelled[0][2] == "IRQREB"
    bombed = _roots(code("Russian warplanes bombed opposition-held villages in Idlib."), "19")
    assert bombed and bombed[0][2] == "SYROPP"
    # the same group word named with a country before gives it
    text = "Yemeni rebels fired missiles. Saudi jets then struck rebel-controlled towns overnight."
    struck = _roots(code(text), "19")
    assert struck and struck[-1][1] == "SAUMIL" and struck[-1][2] == "YEMREB"
    # a modifier that holds nothing is not an actor: "opposition-led" protests
    for cameo, _, target in code("Venezuelan police fired tear gas at opposition-led marches in Caracas."):
        assert target is None or not target.endswith("OPP")
    # "the House" in a story about one country is that country's legislature
    us = ("President Joe Biden spoke in Washington on Monday about the U.S. economy. "
          "American unions criticized the House for delaying the labor bill.")
    leg = [t for _, _, t in code(us) if t and t.endswith("LEG")]
    assert leg and set(leg) == {"USALEG"}
    # with no country in the story, none is guessed
    assert all(s != "USALEG" and t != "USALEG" for _, s, t in code("Unions criticized the House on Friday."))
