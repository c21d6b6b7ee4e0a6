"""Round-2 precision rules of the event layer (docs/coding-rules.md): event nouns that are
planned, proposed, possible or asked for are not acts; gatherings for a protest; commercial
offers, legal appeals and bail; bare refusals; quantities are no actors. Sentences written for
these tests."""

from __future__ import annotations

import pytest


def _codes(events) -> set[str]:
    return {c for c, _, _ in events}


# -- modality inside noun phrases ------------------------------------------------------------

@pytest.mark.parametrize("text, absent", [
    ("Canada welcomed the planned talks between Ethiopia and Eritrea.", "04"),
    ("Russia criticised the proposed Japanese sanctions against North Korea.", "163"),
    ("The foreign minister warned about possible Israeli strikes on Lebanon.", "19"),
    ("Peru rejected calls for talks between Chile and Bolivia.", "04"),
    ("Diplomats discussed the threat of Iranian attacks on Saudi Arabia.", "19"),
])
def test_unasserted_event_nouns_are_not_acts(code, text, absent):
    events = code(text)
    assert not any(c.startswith(absent) for c in _codes(events)), events


def test_an_asserted_event_noun_still_is(code):
    events = code("Israeli strikes on Lebanon killed four soldiers.")
    assert any(c.startswith("19") and (s or "").startswith("ISR") for c, s, _ in events), events


# -- protests, offers, appeals, refusals -------------------------------------------------------

def test_gathering_for_a_rally_is_a_protest(code):
    events = code("Thousands of Kenyans gathered in Nairobi for a rally against the tax increase.")
    assert any(c.startswith("141") for c, _, _ in events), events


@pytest.mark.parametrize("text", [
    "Thousands of Chileans took part in a rally against the pension reform.",
    "Hundreds of Kenyan students participated in protests against the tuition fees.",
    "Thousands of Hungarians turned out for a demonstration in Budapest.",
])
def test_taking_part_in_a_protest_is_a_protest(code, text):
    events = code(text)
    assert any(c.startswith("141") for c, _, _ in events), events


def test_commercial_offers_and_legal_appeals_are_not_events(code):
    assert code("The city of Lyon began to offer free admission to its museums.") == []
    assert code("The Polish farmer appealed to a higher court in Warsaw.") == []
    assert code("A Kenyan court denied bail to the opposition leader.") == []


def test_political_offers_still_are(code):
    events = code("Qatar offered to mediate between Sudan and Chad.")
    assert any(c.startswith("03") and s == "QAT" for c, s, _ in events), events


def test_a_refusal_of_nothing_named_is_no_event(code):
    assert code("The Kenyan government refused.") == []
    events = code("The Kenyan government refused the offer from the rebels.")
    assert any(c.startswith("12") for c, _, _ in events), events


def test_quantities_are_not_actors(code):
    assert code("The recovery was helped by booming Chinese tourist numbers.") == []


def test_non_political_senses_of_signing_lending_and_clashes(code):
    assert code("The Spanish club announced the signing of a Brazilian striker.") == []
    assert code('"We lend our ears to our friends," the Chinese minister said.') == []
    events = code("Egypt and Israel attended the signing of the peace treaty.")
    assert any(c == "057" for c, _, _ in events), events
    events = code("Videos showed clashes between riot police and youths in Paris.")
    assert events and all(c.startswith("145") for c, _, _ in events), events


def test_opposing_mediation_or_talks_is_a_rejection(code):
    events = code("Ghana is opposed to Nigerian mediation in the border dispute.")
    assert any(c == "126" and (s or "").startswith("GHA") for c, s, _ in events), events
    events = code("The Malian junta opposes talks with the rebels.")
    assert any(c == "125" for c, _, _ in events), events


def test_ordering_someone_to_appear_is_a_demand(code):
    events = code("A Peruvian judge ordered the former president to appear in court for questioning.")
    assert any(c.startswith("10") for c, _, _ in events), events


def test_reinforcing_ties_is_cooperation_not_troops(code):
    events = code("Kenya and Uganda reinforced their ties with a new trade accord.")
    assert events and not any(c.startswith("15") for c, _, _ in events), events
    assert code("The minister's speech reinforced the message of national unity.") == []


def test_resignations_are_plover_retreat(coder):
    # PLOVER manual: RETREAT "also covers resignations of government officials" (mode resign)
    events = coder.code_text("The Peruvian prime minister resigned on Friday amid protests.", date="2024-03-05")
    quit_ = next(e for e in events if e.cameo == "0831")
    assert quit_.plover.type == "RETREAT" and quit_.plover.mode == "resign"


def test_acts_after_without_are_negated(code):
    events = code("Turkey wants to defeat the militants without sending Turkish soldiers to Syria.")
    assert not any(c.startswith(("13", "15")) for c, _, _ in events), events


def test_backing_out_is_not_support(code):
    assert not any(c.startswith("05") for c, _, _ in code("France backed out of its promise to Pakistan."))


def test_a_standing_relationship_is_not_an_act(code):
    assert code("Reporters asked about the military alliance between Moscow and Tehran.") == []
    events = code("Russia and Iran formed a military alliance.")
    assert any(c.startswith("0") and s == "RUS" for c, s, _ in events), events
