"""Targets and sides, twelfth pass: an intent, refusal or threat that names no partner is aimed
where the act it names is; what a side receives from another is that other's act; private persons,
struck places, namesakes of KB people, figures of speech (invented sentences)."""

from __future__ import annotations

import pytest

# (sentence, root, source, target): target None = any target
SIDES = [
    # an intent, refusal or threat with no partner is aimed where the act it names is
    ("The Chilean government agreed to lift its sanctions on Bolivia on Tuesday.", "03", "CHLGOV", "BOL"),
    ("Ecuador pledged to withdraw its troops from Colombia by the end of the year.", "03", "ECU", "COL"),
    ("The Danish government refused to lift the embargo against Cuba.", "12", "DNKGOV", "CUB"),
    ("Vietnam threatened to break off diplomatic relations with Cambodia over the dispute.", "13", "VNM", "KHM"),
    ("The Norwegian defence minister promised to continue military aid to Mali.", "03", "NORGOV", "MLI"),
    # what a side receives from another is the giver's act
    ("Kurdish fighters received weapons from the Dutch government last year.", "07", "NLDGOV", None),
    ("The Malian opposition received assurances from the government that the count would be fair.",
     "03", "MLIGOV", "MLIOPP"),
    ("The Peruvian president came under pressure from Chile to release the fishermen.", "10", "CHL", "PERGOV"),
    ("The Kenyan president received a phone call from the Ugandan president on Saturday.", "04", "UGAGOV", "KENGOV"),
    # the target an object or its owner holds
    ("The Malian president conceded to demands from the opposition to reform the courts.", "08", "MLIGOV", "MLIOPP"),
    ("A Chilean judge opened corruption investigations against Chilean senators on Monday.", "09", "CHLJUD", "CHLLEG"),
    ("The Austrian chancellor threatened military action against Serbia on Tuesday.", "13", "AUTGOV", "SRB"),
]


@pytest.mark.parametrize("sentence, root, source, target", SIDES)
def test_the_act_and_its_sides(code, sentence, root, source, target):
    events = code(sentence)
    assert any(c.startswith(root) and s == source and (target is None or t == target)
               for c, s, t in events), events


def test_troops_of_the_doers_own_are_no_partner(code):
    events = code("Ecuador pledged to withdraw its troops from Colombia by the end of the year.")
    assert all(not (t or "").endswith("MIL") for c, _, t in events if c.startswith("03")), events


def test_a_rejected_inquiry_is_not_aimed_at_whom_it_looks_into(code):
    # rejecting an inquiry into Peru answers the inquirers, not Peru
    events = code("The Bolivian president dismissed the inquiries into Peru as a waste of time.")
    assert all(t != "PER" for c, _, t in events if c.startswith("12")), events


def test_meeting_hostile_demands_is_not_aimed_at_their_object(code):
    events = code("Iran refused to meet anti-Canadian demands on Friday.")
    assert all(not (t or "").startswith("CAN") for _, _, t in events), events


def test_receiving_from_nobody_named_is_no_event(code):
    events = code("The Kenyan villagers received weapons last year.")
    assert all(not c.startswith("07") for c, _, _ in events), events


def test_condemning_an_attack_against_someone_is_not_aimed_at_the_victim(code):
    events = code("The Norwegian government condemned the attack against Sweden by Danish extremists.")
    assert all(t != "SWE" for c, _, t in events if c.startswith("11")), events


def test_a_private_person_named_in_full_is_a_side_of_force(code):
    text = ("Omar Haddad stabbed a police officer in Manchester on Friday, police said. "
            "Police later shot Haddad near the station.")
    events = code(text)
    assert ("182", "GBRCVL", "GBRCOP") in events, events
    assert any(c.startswith("18") and s == "GBRCOP" and t == "GBRCVL" for c, s, t in events), events


def test_two_private_persons_of_one_country_are_two_sides(code):
    events = code("Omar Haddad attacked Daniel Brooks with a knife in Manchester on Friday.")
    assert any(c.startswith("18") and s == "GBRCVL" and t == "GBRCVL" for c, s, t in events), events


def test_a_private_persons_words_are_not_coded(code):
    # a name nobody titles is coded only as a side of force or coercion
    events = code("Omar Haddad criticised the Manchester city council on Friday.")
    assert all(s != "GBRCVL" for _, s, _ in events), events


@pytest.mark.parametrize("sentence, root, target", [
    ("The Danish and Swedish ministers expressed concern about the direction of Chinese trade policy.", "01", "CHN"),
    ("Portugal opposes the deployment of the American missile system in Spain.", "11", "USA"),
])
def test_a_criticised_thing_is_aimed_at_the_state_that_owns_it(code, sentence, root, target):
    events = code(sentence)
    assert any(c.startswith(root) and (t or "").startswith(target) for c, _, t in events), events


def test_criticised_harm_to_people_is_not_aimed_at_their_country(code):
    events = code("Portugal condemned the killing of American journalists in Syria.")
    assert all(not (t or "").startswith("USA") for c, _, t in events if c.startswith("11")), events


def test_a_kb_surname_given_to_someone_else_is_not_that_kb_person(code):
    # "Michael Brown" is not Gordon Brown, and neither is "Brown" after him
    text = ("FERGUSON, Missouri (Reuters) - A police officer shot Michael Brown, who was unarmed, "
            "on Saturday. Police arrested Brown's cousin later that day.")
    events = code(text)
    assert events and all("GBR" not in (s or "") + (t or "") for _, s, t in events), events


def test_a_kb_person_named_in_full_keeps_the_surname(code):
    # the candidate named in full: "Fillon" stays the candidate beside his wife's full name
    text = ("Francois Fillon met Marine Le Pen in Paris on Monday. Penelope Fillon was not there. "
            "Fillon later criticised Le Pen for her economic plans.")
    events = code(text)
    assert any(c.startswith("11") and (s or "").startswith("FRA") and s != "FRACVL" for c, s, _ in events), events


def test_attacking_a_state_over_its_trade_is_criticism(code):
    events = code("The Brazilian president attacked Argentina and Chile over their trade surpluses.")
    assert {(c[:2], t) for c, _, t in events} >= {("11", "ARG"), ("11", "CHL")}, events
    assert all(not c.startswith(("18", "19")) for c, _, _ in events), events


def test_attacking_a_town_over_the_weekend_is_still_force(code):
    events = code("Syrian rebels attacked Aleppo over the weekend.")
    assert any(c.startswith("19") for c, _, _ in events), events


def test_rejecting_a_suggestion_that_someone_should_act_is_a_rejection(code):
    events = code("The Danish prime minister rejected suggestions that the finance minister should resign.")
    assert any(c.startswith("12") and s == "DNKGOV" for c, s, _ in events), events


def test_an_ambassador_recalled_from_a_post_targets_the_host(code):
    events = code("The Kenyan president recalled his ambassador to Uganda on Monday.")
    assert ("161", "KENGOV", "UGA") in events, events


def test_breaking_off_a_round_of_talks_is_breaking_off(code):
    events = code("The Ghanaian envoy broke off a previous round of talks with Togo in March.")
    assert any(c.startswith("16") for c, _, _ in events), events
    assert all(not c.startswith("04") for c, _, _ in events), events


def test_a_singular_demonym_is_a_civilian_of_its_country(code):
    events = code("Kenyan police arrested a Briton and a Spaniard in Mombasa on Monday.")
    targets = {t for c, _, t in events if c.startswith("17")}
    assert {"GBRCVL", "ESPCVL"} <= targets, events


def test_force_at_things_in_a_place_is_aimed_at_its_country(code):
    events = code("Islamic State militants attacked targets in Kabul, including a police headquarters, on Monday.")
    assert any(c.startswith("19") and (t or "") == "AFG" for c, _, t in events), events


def test_people_struck_in_a_place_are_not_the_place(code):
    events = code("Two Nigerian men were killed by gunmen in Kabul on Monday.")
    assert all(t != "AFG" for _, _, t in events), events


def test_a_state_striking_at_home_does_not_target_itself(code):
    events = code("The Afghan army attacked positions in Kabul on Monday.")
    assert all(t != "AFG" for _, _, t in events), events


def test_an_unnamed_assailant_is_an_armed_doer(code):
    events = code("The assailant stabbed a police officer near the parliament in London on Wednesday.")
    assert any(c.startswith("18") and s == "GBRUAF" for c, s, _ in events), events


@pytest.mark.parametrize("sentence", [
    "Only five NATO members have hit the 2 percent spending target, including Latvia.",
    "Malawi's government declared a public health emergency in August.",
    "Zambia declared a state of emergency over the drought on Friday.",
    '"We are going to fight this terrible ruling," the Kenyan president said on Monday.',
    "The Irish plan also provides Irish families with generous tax credits.",
    "Russia tried to hijack the Dutch election through propaganda, a Dutch minister said.",
])
def test_figures_of_speech_and_standing_texts_are_no_acts(code, sentence):
    assert all(not c.startswith(("07", "13", "17", "18", "19")) for c, _, _ in code(sentence))


def test_halting_aid_operations_reduces_aid(code):
    events = code("The United Nations said it was halting aid operations in eastern Mosul.")
    assert any(c.startswith("16") for c, _, _ in events), events


def test_refusing_to_be_drawn_is_no_comment(code):
    events = code("The Irish prime minister refused to be drawn on the effect on Ireland.")
    assert any(c == "011" for c, _, _ in events), events


def test_harm_told_by_a_participle_is_the_bombing(code):
    events = code("Two suicide bombers blew themselves up in a market in Maiduguri, killing twelve Nigerian traders.")
    assert any(c.startswith("183") and (t or "").startswith("NGA") for c, _, t in events), events
    assert all(c not in ("180", "190") for c, _, _ in events), events
