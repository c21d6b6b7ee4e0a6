"""Precision on plain news, sixth pass (docs/coding-rules.md): acts named as the alternative not
taken or under a negated governing verb, figurative battles with the press, court work (a judge's
dissent, a lawyer's concession), and roots of refusals to give details, standing by one's own
claim, hard vows and renewed commitments. Sentences written for these tests."""

from __future__ import annotations

from events_support import has_event as _has


def _roots(events) -> set[str]:
    return {e[0][:2] for e in events}


def test_the_alternative_not_taken_is_no_act(code):
    assert "17" not in _roots(code("Instead of detaining the protesters, the Kenyan police escorted them to the border."))
    assert "17" not in _roots(code("The Kenyan police escorted the protesters to the border instead of detaining them."))
    _has(code("The Kenyan police detained the protesters on Monday."), "17", "KEN")


def test_a_negated_governor_covers_the_embedded_act(code):
    assert not _roots(code("The Turkish government did not comment on the case or on attacking the judges.")) & {"11", "18"}
    assert "11" not in _roots(code("The Turkish government did not say it was attacking the judges."))


def test_a_battle_with_the_press_is_a_figure(code):
    assert not code("The Mexican president continued his battle with the press on Monday.")
    assert not code("Trump's war on the press continued.")
    _has(code("Turkey's battle with the Kurdish rebels continued on Monday."), "19", "TUR")


def test_court_work_is_no_protest_or_yielding(code):
    assert "14" not in _roots(code("Two judges of the Supreme Court of Kenya dissented in the ruling."))
    assert "08" not in _roots(code("The Brazilian senator's lawyer conceded the point in court."))


def test_refusing_to_give_details_is_declining_comment(code):
    events = code("The Indian government refused to give any details about the deal.")
    assert "12" not in _roots(events)
    _has(events, "011", "IND")


def test_standing_by_ones_own_claim_is_no_verbal_defence(code):
    assert "05" not in _roots(code("The Philippine president stood by his claim that China had stolen the reef."))


def test_a_hard_vow_is_no_intent_to_cooperate(code):
    events = code("The Iranian president vowed a tougher stance against the United States.")
    assert "03" not in _roots(events)
    _has(events, "13", "IRN")
    _has(code("China vowed to strengthen cooperation with Pakistan."), "03", "CHN", "PAK")


def test_a_renewed_commitment_is_an_intent(code):
    events = code("The United States reaffirmed its defence commitment to Japan.")
    assert "05" not in _roots(events)
    _has(events, "0312", "USA")
    _has(code("The United States reaffirmed its support for Israel."), "05", "USA")


def test_a_thing_that_promises_pledges_nothing(code):
    assert "03" not in _roots(code("China's new plan promises to boost trade with Africa."))
    assert "03" not in _roots(code("The Chinese investment in Kenya promises to transform the economy."))
    _has(code("China promised to help Syria rebuild its army."), "03", "CHN")


def test_weather_is_no_doer(code):
    assert "16" not in _roots(code("The storm forced the Chinese government to cancel flights."))
    _has(code("ICE arrested 40 Mexican migrants in Texas on Monday."), "17", "USA")  # an agency's name


def test_help_in_a_game_is_no_aid(code):
    assert "07" not in _roots(code("The Greek coach helped the team win the match."))


def test_a_conjunct_with_its_own_tense_escapes_the_negation(code):
    _has(code("The Egyptian police did not arrest the journalists but released them on Monday."), "084", "EGY")
    assert not code("The Kenyan police did not detain or question the protesters.")


def test_a_question_left_unanswered_keeps_its_act(code):
    assert "17" not in _roots(code("The Malaysian police did not say they had arrested the suspect."))
    _has(code("The Malaysian police never said why they arrested the North Korean diplomat."), "17", "MYS")
