"""Attacks in words: sides with no arms, a medium named as the means; military positions stay
force (invented sentences)."""

from __future__ import annotations


def test_a_lawmaker_attacking_a_party_attacks_in_words(code):
    events = code("Senator Warren attacked the Republicans over the tax bill.")
    assert any(c == "111" and s == "USALEG" for c, s, _ in events), events
    assert not any(c.startswith(("18", "19")) for c, _, _ in events), events


def test_an_attack_on_twitter_is_words(code):
    events = code("The Brazilian president attacked the Supreme Court on Twitter on Sunday.")
    assert any(c == "111" and s == "BRAGOV" and t == "BRAJUD" for c, s, t in events), events


def test_a_government_attacking_the_press_attacks_in_words(code):
    events = code("The Hungarian government attacked the national press again.")
    assert any(c == "111" and s == "HUNGOV" for c, s, _ in events), events


def test_attacks_on_military_positions_stay_force(code):
    events = code("Yemeni army units attacked Houthi positions north of Aden.")
    assert any(c.startswith("19") and s == "YEMMIL" for c, s, _ in events), events
    events = code("Gunmen attacked the parliament in Mogadishu on Monday.")
    assert any(c.startswith("18") for c, _, _ in events), events


def test_the_freedom_caucus_is_a_congressional_group(code):
    events = code("The Freedom Caucus rejected the spending deal on Thursday.")
    assert any(c.startswith("12") and s == "USALEG" for c, s, _ in events), events
