"""Warnings and apologies (framing.foreign_warning / priced_warning, lexicon.tsv): a warning of
what another actor may do is a comment (012), not the warner's threat; a price the warned-of
would pay keeps it a threat to them; regret expressed to someone is an apology (055).
Sentences written for these tests."""

from __future__ import annotations


def _roots(events) -> set[str]:
    return {cameo[:2] for cameo, _, _ in events}


def test_warning_that_another_state_could_attack_is_no_threat(code):
    events = code("The German chancellor warned that Russia could attack NATO members.")
    assert "13" not in _roots(events), events
    assert any(c == "012" and s == "DEUGOV" for c, s, _ in events), events


def test_warning_of_anothers_policy_is_a_comment(code):
    events = code("Opposition leaders warned that the government's tariffs could devastate farmers.")
    assert "13" not in _roots(events), events


def test_legislator_warning_of_the_presidents_war_is_no_threat(code):
    events = code("The senator warned that the president might drag the country into a war with Iran.")
    assert "13" not in _roots(events), events


def test_warners_own_force_stays_a_threat(code):
    events = code("North Korea warned that its army would strike American bases.")
    assert any(c.startswith("138") and s == "PRK" for c, s, _ in events), events
    events = code("The Pakistani government warned India that it would retaliate against any strike.")
    assert any(c.startswith("13") and s == "PAKGOV" and t == "IND" for c, s, t in events), events


def test_a_price_to_pay_is_a_threat_to_the_payer(code):
    events = code("Iran warned that the United States would face severe consequences.")
    assert ("130", "IRN", "USA") in events, events


def test_impersonal_warning_stays_a_comment(code):
    events = code("The UN warned that millions could face famine in Yemen.")
    assert "13" not in _roots(events), events


def test_regret_expressed_to_a_state_is_an_apology(code):
    assert ("055", "DEU", "NAM") in code("Germany expressed regret to Namibia over the colonial massacres.")
    events = code("The president expressed his apologies to the Mexican government.")
    assert any(c == "055" and t == "MEXGOV" for c, _, t in events), events


def test_regret_over_deaths_addressed_to_nobody_is_no_apology(code):
    events = code("The minister expressed regret over the deaths of the protesters.")
    assert "055" not in {c for c, _, _ in events}, events
