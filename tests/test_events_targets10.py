"""Targets and doers, tenth pass: what a noun names through the participle that says who made
it, and lists of names the parser reads as an apposition (invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest


def test_remarks_made_by_someone_target_them(code):
    events = code("The Danish prime minister condemned the remarks made by the Hungarian president on Friday.")
    assert ("111", "DNKGOV", "HUNGOV") in events, events


def test_a_deal_offered_by_a_state_is_with_that_state(code):
    events = code("The Kenyan president decided to accept an arms deal offered by Japan.")
    assert any(c.startswith("03") and s == "KENGOV" and t == "JPN" for c, s, t in events), events


def test_a_coalition_led_by_a_state_acts_as_that_state(code):
    events = code("A coalition led by Nigeria bombed positions of Boko Haram near Lake Chad.")
    assert any(c.startswith("19") and s == "NGA" for c, s, _ in events), events


def test_a_helper_of_the_doers_is_not_the_doer(code):
    events = code("Networks abetted by Sudanese officials attacked a camp in Chad on Monday.")
    assert all(s != "SDNGOV" for _, s, _ in events), events


def test_a_list_of_three_states_meets_pairwise(code):
    # the parser hangs "Mexico" on "the United States" as an apposition, "and Canada" as a conjunct
    events = code("The United States, Mexico, and Canada met in Ottawa on Monday.")
    met = {(s, t) for c, s, t in events if c.startswith("04")}
    assert met == {(a, b) for a in ("USA", "MEX", "CAN") for b in ("USA", "MEX", "CAN") if a != b}, events


def test_an_office_holder_named_in_apposition_is_no_list(code):
    events = code("The president of Botswana, Ian Khama, and his ministers met the Zambian delegation.")
    assert all(s != t for _, s, t in events), events


# (what the sentence shows, the sentence, the act's root, its target)
TARGETS = [
    ("the country after a capital is its state",
     "Nairobi has pinned the bombing on Mogadishu, accusing the country of arming the attackers.", "11", "SOM"),
    ("allegiance pledged to a group endorses it",
     "The Abu Sayyaf group has pledged allegiance to the Islamic State.", "05", "IMGMUSISI"),
    ("the public are civilians",
     "Kenyan police urged the public to stay away from the border on Monday.", "02", "KENCVL"),
    ("supporters are civilians",
     "The Kenyan president thanked his supporters in Nairobi on Monday.", "05", "KENCVL"),
    ("asylum applicants are refugees",
     "Hungarian police detained dozens of asylum applicants at the border on Monday.", "17", "HUNREF"),
    ("whom one helps to cope is helped",
     "The German government helped Tunisia cope with the refugees from Libya.", "07", "TUN"),
]


@pytest.mark.parametrize(("text", "root", "target"), [row[1:] for row in TARGETS], ids=[row[0] for row in TARGETS])
def test_target_of_the_act(code, text, root, target):
    events = code(text)
    assert any(c.startswith(root) and t == target for c, _, t in events), events


def test_unnamed_victims_are_of_the_place_they_were_hit(code):
    events = code("Dozens of people were killed in Russian air strikes on Idlib on Tuesday.")
    assert any(c.startswith("19") and s == "RUS" and t == "SYRCVL" for c, s, t in events), events


def test_only_guessed_victims_of_violence_move_to_the_place():
    from eventcoder.actors.placed import placed_victim
    from eventcoder.record import Actor, Location

    idlib = Location("Idlib", "SYR", 35.9, 36.6, method="trigger_phrase")
    guessed = Actor("RUSCVL", "RUS", "CVL", "people", sectors=("CVL",), rule="noun:people+context")
    assert placed_victim(guessed, idlib, "19").code == "SYRCVL"
    assert placed_victim(guessed, idlib, "17") == guessed  # arrests and charges: not the place's
    assert placed_victim(guessed, replace(idlib, method="dateline"), "19") == guessed
    named = replace(guessed, rule="noun:people+adjective:Russian")  # "Russian civilians"
    assert placed_victim(named, idlib, "19") == named


def test_harm_in_the_attack_recalls_its_doer(code):
    text = ("Gunmen from the Shabaab militia attacked a hotel in Mogadishu on Sunday. "
            "At least 12 people were killed in the attack, police said.")
    killed = [e for e in code(text) if e[0].startswith("18") and e[2] == "SOMCVL"]
    assert killed and all(s == "SOMREB" for _, s, _ in killed), code(text)


def test_an_attack_with_a_doer_of_its_own_recalls_nobody(code):
    text = ("Gunmen from the Shabaab militia attacked a hotel in Mogadishu on Sunday. "
            "Two soldiers were killed in a roadside bombing near Kismayo on Monday.")
    bombing = [e for e in code(text) if "SOMMIL" == e[2]]
    assert bombing and all(s != "SOMREB" for _, s, _ in bombing), code(text)


def test_praise_of_no_one_named_is_not_coded(code):
    # a stance praised, a bill backed: the act is done to a thing (or to someone the coder missed)
    assert not [e for e in code("The Kenyan president praised the swift response on Monday.") if e[0].startswith("05")]
    events = code("The Kenyan president praised the Somali army on Monday.")
    assert any(c.startswith("05") and t == "SOMMIL" for c, _, t in events), events


def test_violence_with_no_victim_named_is_still_coded(code):
    events = code("Militants bombed a shrine in Baluchistan province on Thursday.")
    assert any(c.startswith("18") for c, _, _ in events), events


def test_an_act_asked_for_is_an_appeal_not_the_act(code):
    events = code("The Kenyan president asked the Somali government to release the hostages.")
    assert any(c.startswith("02") and s == "KENGOV" and t == "SOMGOV" for c, s, t in events), events
    assert not any(c.startswith("08") for c, _, _ in events), events


def test_a_delayed_act_is_not_done(code):
    assert not [e for e in code("Somali rebels continue to delay releasing the Kenyan hostages.") if e[0].startswith("08")]


def test_a_link_teaser_and_what_it_swallows_are_not_news(code):
    text = ("Kenyan troops attacked Somali rebels near the border on Monday. "
            "READ MORE: Ethiopian troops shell rebel camps in Somalia Officials said the Ugandan army "
            "arrested two Somali politicians.")
    events = code(text)
    assert any(s == "KENMIL" for _, s, _ in events), events  # the story's own sentence
    assert not any(s in ("ETHMIL", "UGAMIL") for _, s, _ in events), events


def test_an_act_before_a_trailing_teaser_is_kept(code):
    events = code("Kenyan troops attacked Somali rebels near the border on Monday. READ MORE:")
    assert any(s == "KENMIL" for _, s, _ in events), events


def test_a_goal_stabbed_home_is_no_assault(code):
    assert not code("The Kenyan striker was on hand to stab home the winning goal against Uganda.")
    events = code("Kenyan troops fought back against Shabaab militants near Mandera.")
    assert any(c.startswith(("18", "19")) for c, _, _ in events), events  # armed sides fight in earnest


def test_mediators_at_the_talks_mediate_between_their_parties(code):
    text = ("Togo's government and the opposition coalition began talks in Accra on Monday. "
            "The opposition wants a new electoral commission. "
            "Foreign ministers from Ghana and Benin were acting as mediators at the talks.")
    mediation = {(s, t) for c, s, t in code(text) if c == "045"}
    assert mediation == {(m, side) for m in ("GHAGOV", "BENGOV") for side in ("TGOGOV", "TGOOPP")}, code(text)


def test_mediators_of_talks_told_nowhere_mediate_between_no_one_named(code):
    events = code("Foreign ministers from Ghana and Benin were acting as mediators at the talks.")
    assert {t for c, _, t in events if c == "045"} == {None}, events
