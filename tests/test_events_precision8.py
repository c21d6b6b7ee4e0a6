"""Eighth precision pass (docs/coding-rules.md, figurative.tsv): violence by a lone private or
unidentified attacker is unconventional (18), not fighting by organised forces (19); a verbal
"shot back" is no shooting; retaking the lead is no occupation; hosting a show or a sports event
is no visit hosted. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from events_support import has_event as _has

from eventcoder.errors import DataFileError
from eventcoder.events.framing import Figures


def _roots(events) -> set[str]:
    return {cameo[:2] for cameo, _, _ in events}


def test_a_gunman_shooting_people_is_unconventional_violence(code):
    events = code("A gunman shot dead three worshippers at a mosque in Winnipeg on Sunday.")
    _has(events, "18", "UAF")
    assert "19" not in _roots(events), events


def test_private_attackers_killing_are_unconventional_violence(code):
    events = code("Two women killed the Nigerian governor's brother at the airport in Lagos.")
    _has(events, "18", "CVL")
    assert "19" not in _roots(events), events


def test_a_lone_attacker_named_by_no_actor_is_unconventional(code):
    events = code("A lone attacker killed two police officers outside the parliament in Ottawa on Wednesday.")
    _has(events, "18", None, "COP")
    assert "19" not in _roots(events), events


def test_police_and_soldiers_keep_conventional_force(code):
    _has(code("Police shot dead a gunman after a firefight in Antwerp on Tuesday."), "19", "BELCOP")
    _has(code("Iraqi soldiers killed 20 militants near Tikrit on Monday."), "19", "IRQMIL")


def test_a_quoted_reply_shot_back_is_no_shooting(code):
    events = code('"That is simply untrue," the Brazilian president shot back on Monday.')
    assert not {"18", "19"} & _roots(events), events


def test_retaking_the_lead_is_no_occupation(code):
    assert "19" not in _roots(code("The Labour Party has retaken the lead in the polls."))
    assert "19" not in _roots(code("The opposition retook the initiative in parliament on Tuesday."))


def test_retaking_a_town_stays_an_occupation(code):
    _has(code("Iraqi forces retook the airport from Islamic State on Monday."), "192", "IRQMIL")


def test_hosting_a_sports_event_or_a_dinner_is_no_visit(code):
    assert "04" not in _roots(code("Madrid bid to host the Olympics in 2028."))
    assert "04" not in _roots(code("The German ambassador hosted a dinner for European ministers on Monday."))


def test_hosting_a_leader_stays_a_visit_hosted(code):
    _has(code("The French president hosted the German chancellor in Paris on Monday."), "043", "FRAGOV", "DEUGOV")


def test_a_sources_condition_needs_sectors(tmp_path: Path):
    bad = tmp_path / "figurative.tsv"
    bad.write_text("kill\t19\t*\t*\tsources:\t180\tno sectors\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        Figures.load(bad)
    good = tmp_path / "ok.tsv"
    good.write_text("kill\t19\t*\t*\tsources:CVL|UAF\t180\tprivate doers\n", encoding="utf-8")
    assert Figures.load(good)._rows["kill"][0].sectors == frozenset(("CVL", "UAF"))


def test_a_gunman_shot_by_police_is_police_force(code):
    _has(code("The gunman was later shot dead by police in Sousse."), "19", "TUNCOP")
    _has(code("Three tourists were shot dead by a gunman in Sousse on Friday."), "18")


def test_a_politician_shooting_back_replies_in_words(code):
    events = code("Merkel shot back at Trump over his trade comments.")
    assert not {"18", "19"} & _roots(events), events


def test_troops_firing_back_keep_fighting(code):
    _has(code("Iranian forces fired back at Iraqi troops across the border."), "19", "IRNMIL", "IRQMIL")
