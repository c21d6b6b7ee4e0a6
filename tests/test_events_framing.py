"""Round-3 precision rules of the event layer (docs/coding-rules.md, "What counts as an event"):
violence in an exercise is rehearsed, a future act reported by someone other than its actor is
a prediction, an unspecified appeal, intent or demand needs political content or a political
addressee. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _roots(events) -> set[str]:
    return {c[:2] for c, _, _ in events}


@pytest.mark.parametrize("text", [
    "During the drill, Chinese jets notionally attacked an American carrier.",
    "The navy carried out a simulated attack on an enemy submarine.",
])
def test_rehearsed_violence_is_no_assault(code, text):
    events = code(text)
    assert not _roots(events) & {"18", "19", "20"}, events


def test_real_violence_stays(code):
    events = code("Chinese jets attacked an American carrier on Tuesday.")
    assert _roots(events) & {"18", "19"}, events


@pytest.mark.parametrize("text", [
    "Chinese officials said the European Union will send aid to Greece next year.",
    "Japan's foreign minister said Russia will withdraw its troops from the islands.",
])
def test_a_prediction_by_another_actor_is_no_intent(code, text):
    events = code(text)
    assert not any(c.startswith("03") for c, _, _ in events), events


def test_a_statement_coordinated_with_a_future_act_is_no_prediction(code):
    events = code("The Security Council observed a minute of silence, and the General Assembly "
                  "will hold a special meeting with Russia next week.")
    assert any(c.startswith("03") for c, _, _ in events), events


def test_an_actor_announcing_its_own_act_is_an_intent(code):
    events = code("The Russian foreign minister said Moscow will send humanitarian aid to Syria next week.")
    assert any(c.startswith("03") and (s or "").startswith("RUS") for c, s, _ in events), events


@pytest.mark.parametrize("text", [
    "The president urged his supporters to worry less about the economy.",
    "The minister pushed for new technical standards for phone chargers.",
])
def test_unspecified_appeal_or_demand_about_nothing_political(code, text):
    events = code(text)
    assert not any(c in ("020", "030", "100") for c, _, _ in events), events


@pytest.mark.parametrize("text, root", [
    ("Trump called on China to take a tougher line on North Korea.", "02"),
    ("Republican senators called for investigating Flynn.", "02"),
])
def test_unspecified_appeal_with_addressee_or_act_stays(code, text, root):
    assert root in _roots(code(text))


def test_unspecified_demand_for_political_content_stays(code):
    assert "10" in _roots(code("The opposition senator pushed for electoral reforms."))


@pytest.mark.parametrize("text", [
    "Russian jets bombed targets in the Baltic during naval exercises on Tuesday.",
    "In the drill, commandos stormed a hijacked airliner.",
])
def test_violence_inside_an_exercise_adjunct_is_rehearsed(code, text):
    events = code(text)
    assert not _roots(events) & {"18", "19", "20"}, events


def test_violence_after_an_exercise_is_real(code):
    events = code("The exercise came days after Russian jets bombed rebel towns in Idlib.")
    assert "19" in _roots(events), events


@pytest.mark.parametrize("text", [
    "During World War II, Japanese planes bombed Chongqing.",
    "During the Cold War, the Soviet Union invaded Afghanistan.",
])
def test_acts_dated_by_a_past_era_are_history(code, text):
    assert not code(text)


def test_acts_in_a_current_war_are_news(code):
    events = code("During the war, Saudi planes bombed Yemeni ports on Monday.")
    assert "19" in _roots(events), events


def test_a_consultation_without_partner_is_no_meeting(code):
    assert not any(c.startswith("04") for c, _, _ in code("The president then discussed the leaks in his office."))


@pytest.mark.parametrize("text", [
    "The president discussed the crisis with the Japanese prime minister.",
    "Iran and Turkey held talks in Ankara on Monday.",
])
def test_consultations_with_a_partner_stay(code, text):
    assert "04" in _roots(code(text))


def test_a_conjunct_after_nor_is_negated(code):
    events = code("Officials said the rebels had neither released the hostages, nor had they helped the police.")
    assert not any(c.startswith(("07", "08")) for c, _, _ in events), events


def test_rejecting_a_version_of_events_is_a_denial(code):
    assert "016" in {c for c, _, _ in code("North Korea rejected that version of events.")}


def test_denying_an_extension_is_a_rejection(code):
    assert "12" in _roots(code("The Italian government denied an extension to the French company."))


def test_doubt_on_the_complement_subject_is_not_asserted(code):
    events = code("The lawyers will appeal, but it is doubtful Venezuela will recognize the ruling.")
    assert not any(c.startswith(("03", "05")) for c, _, _ in events), events


def test_drugs_that_kill_are_no_actor(code):
    assert not code("Opioids killed more than 33,000 people in 2015, the agency said.")


def test_a_weather_warning_is_no_event(code):
    assert not code("The national weather service warned of gale-force winds across the north.")


def test_a_foretold_comment_is_no_comment(code):
    events = code("As the deficit grows, Republicans in Congress will grow increasingly anxious about the impact.")
    assert not any(c.startswith("01") for c, _, _ in events), events
