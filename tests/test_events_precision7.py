"""Seventh precision pass (docs/coding-rules.md): running tolls are no acts, a mood nobody voices
is no comment, a recalled promise is no pledge, "rather than" names an act not done, a warning of
risks threatens nobody, a bomb's killing is unconventional violence; and the cue words of
events/data/assertion.tsv load with their kinds. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from events_support import has_event as _has

from eventcoder.errors import DataFileError
from eventcoder.events.assertion_cues import AssertionCues


def _roots(events) -> set[str]:
    return {cameo[:2] for cameo, _, _ in events}


def test_a_toll_counted_over_a_period_is_no_act(code):
    assert not {"18", "19", "20"} & _roots(code("The civil war has killed more than 250,000 people since 2013.")), \
        "a running toll"
    assert not {"18", "19"} & _roots(code("More than 3,000 people were shot in the city last year."))
    assert "19" not in _roots(code("The alliance has carried out more than 12,000 air strikes in Iraq since 2015."))


def test_a_large_count_in_one_dated_act_stays(code):
    _has(code("Police in Ankara detained 2,000 protesters on Sunday."), "17", "TURCOP")
    _has(code("Turkish troops killed 1,500 militants in the operation last week."), "19", "TUR")


def test_a_mood_nobody_voices_is_no_comment(code):
    assert "01" not in _roots(code("Officials in Rome were worried about the new migration law."))
    assert "01" not in _roots(code("Republicans are clearly anxious about the party's unity."))


def test_a_mood_in_a_quote_is_voiced(code):
    _has(code('"We are deeply concerned about the missile tests," the Japanese foreign minister said.'), "012", "JPN")


def test_an_act_named_as_the_alternative_was_not_done(code):
    assert "07" not in _roots(code("Our efforts were blocked, rather than assisted, by the Western powers, Lavrov said."))


def test_a_promise_recalled_in_a_relative_clause_is_no_pledge(code):
    assert "03" not in _roots(code("Critics say this is not the prosperous country that Erdogan promised."))


def test_a_warning_of_risks_threatens_nobody(code):
    events = code("The senator warned of difficult decisions ahead on the budget.")
    assert "13" not in _roots(events), events


def test_a_warning_of_force_stays_a_threat(code):
    _has(code("Iran warned Israel that it would strike back against any attack."), "13", "IRN")


def test_a_bomb_that_kills_is_unconventional_violence(code):
    _has(code("A car bomb in a village near Homs struck Syrian rebels on Monday, killing nine people."),
         "183", target="SYRREB")
    _has(code("A bomb attacked an army convoy in Sinai."), "183", target="MIL")
    assert "19" not in _roots(code("Six policemen were killed by a roadside bomb in Kandahar on Friday."))


def test_assertion_cues_load_former_constants():
    cues = AssertionCues.load()
    assert cues.months["june"] == 6 and cues.months["sept"] == 9
    assert {"support", "back"} <= cues["support"] and "most" in cues["generic_det"]
    assert "since" in cues["tally_period"] and "car" not in cues["bomb"]


def test_a_month_without_its_number_is_reported(tmp_path: Path):
    bad = tmp_path / "assertion.tsv"
    bad.write_text("# header\njune\tmonth\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="month"):
        AssertionCues.load(bad)


def test_an_animal_attacking_is_no_act(code):
    events = code("A German shepherd attacked a postman in Hamburg on Tuesday.")
    assert not any(src and "DEU" in src for _, src, _ in events), events


def test_joint_work_follows_its_doers(code):
    _has(code("Police in Spain conducted a joint operation with French police."), "061", "ESPCOP", "FRACOP")
    _has(code("The Spanish and French navies carried out a joint operation in the Mediterranean."), "062", "ESPMIL")


def test_approving_building_plans_is_no_endorsement(code):
    assert "05" not in _roots(code("The city council approved plans to build 600 new homes near Haifa."))
    _has(code("Germany approved Serbia's request to join the programme."), "051", "DEU", "SRB")


def test_an_opinion_poll_is_no_demand(code):
    assert "10" not in _roots(code("Most Canadians say they want the prime minister to call an early election."))
    assert "10" not in _roots(code("The majority of Italians want the government to hold a referendum."))


def test_what_a_regime_does_is_no_act(code):
    assert not {"17", "18"} & _roots(code("The Eritrean regime tortures and imprisons its critics."))


def test_a_journalists_trip_is_no_diplomacy(code):
    assert "03" not in _roots(code("The reporter plans to travel to Havana next week to meet officials."))
