"""Targets of force read from what it struck, frames of engagement and exercises, and easing of
measures (fifteenth pass; invented sentences)."""

from __future__ import annotations

import pytest
from events_support import has_event

CODED = [
    # force against a thing aims at its owner
    ("Israeli tanks shelled positions of the Palestinian security forces on Tuesday.", "19", "ISRMIL", "PSECOP"),
    ("Turkish jets bombed PKK camps in northern Iraq on Sunday.", "19", "TURMIL", "TURREB"),
    ("Afghan troops raided Taliban bases in Helmand on Monday.", "19", "AFGMIL", "AFGREBTAL"),
    # engaged X in a firefight: X is the enemy
    ("Syrian rebels engaged Lebanese soldiers in a firefight near the border on Saturday.", "19", "SYRREB", "LBNMIL"),
    # exercises and drills aim at nobody but where they are held near
    ("China held naval drills near Taiwan on Monday.", "15", "CHN", "TWN"),
    # easing measures and cancelling restrictions
    ("Serbia eased emergency measures in the province on Wednesday.", "08", "SRB", None),
    ("The Egyptian government cancelled restrictions on foreign journalists on Monday.", "08", "EGYGOV", None),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), CODED)
def test_coded(code, text, root, source, target):
    has_event(code(text, date="2017-05-02"), root, source, target)


WRONG_TARGETS = [
    # the exercise's own military is no target
    ("Russia is conducting military exercises in the Arctic.", "15", "RUSMIL"),
    # a place "of" a thing struck is its place, not an owner
    ("Pakistani troops launched an operation in the tribal area of North Waziristan.", "19", "PAK"),
    # engaged in a war: the subject fights, nobody is engaged
    ("Iraq is now engaged in a war against the militants.", "19", "IRQ"),
]


@pytest.mark.parametrize(("text", "root", "target"), WRONG_TARGETS)
def test_no_such_target(code, text, root, target):
    events = code(text, date="2017-05-02")
    assert not any(c.startswith(root) and t == target for c, _, t in events), events


PARTICIPLE_DOERS = [
    # the armed group a participle of warfare describes is doing it
    ("Syria's Kurds have been a valuable ally to the US-led coalition fighting Islamic State.", "19", "USAMIL",
     "IMGMUSISI"),
    ("Iraqi government forces battling Islamic State took the bridge on Wednesday.", "19", "IRQMIL", "IMGMUSISI"),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), PARTICIPLE_DOERS)
def test_participle_of_warfare_names_its_doer(code, text, root, source, target):
    has_event(code(text, date="2017-05-02"), root, source, target)


def test_participle_of_assault_describes_no_doer(code):
    # "envisage a man beating his wife" tells what people picture, not an assault by a man
    events = code("When Chinese people talk about domestic violence, they envisage a man beating up his wife.",
                  date="2017-05-02")
    assert not any(c.startswith("18") and s for c, s, _ in events), events


def test_a_group_and_a_named_member_of_one_code_are_two_sides(code):
    # "several Democratic senators called for [Franken] to step down": USALEG -> USALEG
    events = code("U.S. Democratic Senator Al Franken will speak on Thursday, after several Democratic senators "
                  "called for him to step down.", date="2017-12-06")
    has_event(events, "02", "USALEG", "USALEG", exact=True)


def test_ambassadors_are_not_told_apart_by_code(code):
    # the resolver gives "ambassadors" the story's country: a code alone cannot tell them apart
    events = code("Brazilian President Michel Temer invited ambassadors to a steak dinner on Sunday.",
                  date="2017-03-20")
    assert not any(t == "BRAGOV" for _, _, t in events), events


COMPLEMENT_PARTNERS = [
    # a refusal or intent is aimed at the partner of the act it names: its passive agent, its dative
    ("Former White House adviser Karl Rove was refusing to be interviewed by the House Judiciary Committee.", "12",
     "USAGOV", "USALEG"),
    ("Senate Minority Leader Chuck Schumer pledged to give President Donald Trump a chance.", "03", "USALEG",
     "USAGOV"),
    # the owner of the demand a refusal answers, through the complement's preposition
    ("The British Parliament refused to go along with a request from the Prime Minister to use force.", "12",
     "GBRLEG", "GBRGOV"),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), COMPLEMENT_PARTNERS)
def test_complement_partner_is_the_target(code, text, root, source, target):
    has_event(code(text, date="2017-02-20"), root, source, target, exact=True)


def test_a_nations_attempts_are_its_states(code):
    # "Russian attempts to influence": the state's acts, not Russian civilians'
    events = code("Mueller is investigating alleged Russian attempts to influence the election.", date="2017-12-01")
    assert any(c.startswith("09") and t == "RUSGOV" for c, _, t in events), events


def test_criticism_of_a_thing_aims_at_the_agent_of_its_participle(code):
    events = code("Rights activists have criticized the stimulus bill recently passed by the U.S. Congress.",
                  date="2020-04-01")
    assert any(c.startswith("11") and t == "USALEG" for c, _, t in events), events


def test_sanctions_eased_are_not_aimed_at_who_imposed_them(code):
    events = code("The White House announced it is loosening sanctions imposed by Barack Obama on Russia's "
                  "security service.", date="2017-02-02")
    assert not any(t == "USAELI" for _, _, t in events), events


def test_a_lawsuit_against_a_known_us_firm(code):
    has_event(code("The Justice Department on Monday sued AT&T over its deal to buy Time Warner.", date="2017-11-21"),
              "11", "USAGOV", "USABUS")


def test_an_investigation_on_a_states_influence(code):
    has_event(code("Senate Democrats have been conducting their own investigation on Russia's malign influence.",
                   date="2017-11-21"), "09", None, "RUS")


def test_a_warning_of_an_actor_is_aimed_at_it(code):
    has_event(code("Tillerson espoused a traditional foreign policy, warning of a more assertive Russia.",
                   date="2017-12-07"), "01", "USAGOV", "RUS")
