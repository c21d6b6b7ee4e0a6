"""Precision on plain news, fourth pass (docs/coding-rules.md): records and stances described as
background, descriptions of what a bill or an office does, material support, findings, warnings
that threaten nobody, vowed fights that are no force, sport, and doers named by a conjoined
passive or an attack noun. A positive and a negative sentence per category; sentences written
for these tests."""

from __future__ import annotations

from events_support import has_event as _has


def _roots(events) -> set[str]:
    return {e[0][:2] for e in events}


# -- background records and stances -------------------------------------------------------------

def test_a_record_or_stance_held_is_no_act(code):
    assert "05" not in _roots(code("Senator Miller has long supported the Colombian government."))
    assert "11" not in _roots(code("The Bolivian minister has always opposed the sanctions."))
    assert "05" not in _roots(code("The CIA once backed an insurgency in Angola."))
    assert "11" not in _roots(code("During his career the Peruvian senator opposed the trade deal."))
    _has(code("The Bolivian minister opposed the US sanctions on Monday."), "11", "BOL")
    _has(code("Ecuador has long rejected calls for an inquiry."), "12", "ECU")  # a refusal stays one


# -- what a bill or any office-holder does --------------------------------------------------------

def test_a_bill_providing_aid_is_no_aid_given(code):
    assert "07" not in _roots(code("Congress passed a bill providing aid to Moldova."))
    _has(code("Japan provided aid to Moldova."), "07", "JPN", "MDA")


def test_what_any_office_holder_does_is_no_act(code):
    assert "06" not in _roots(code("An ambassador provides information to the host government."))
    _has(code("The Dutch ambassador provided information to the Ghanaian government."), "06", "NLD", "GHA")


# -- material support ---------------------------------------------------------------------------

def test_support_with_arms_or_funding_is_material(code):
    _has(code("Iran supports the Houthi rebels with weapons and training."), "072", "IRN", "REB")
    _has(code("Qatar backed the Libyan militia with funding."), "071", "QAT")
    _has(code("France supports the Malian government."), "051", "FRA", "MLI")


# -- findings and warnings ----------------------------------------------------------------------

def test_police_ruling_out_a_cause_is_a_finding(code):
    assert "12" not in _roots(code("Police ruled out terrorism as a motive for the explosion."))
    _has(code("Germany ruled out talks with the Taliban."), "12", "DEU")


def test_economic_and_demographic_warnings_are_no_threats(code):
    events = code("The IMF warned that Kenya's population growth will strain public finances.")
    assert "13" not in _roots(events)
    _has(events, "012", "IMF")
    _has(code("Iran warned that it would retaliate against any attack by Israel."), "138", "IRN")


def test_a_vowed_fight_in_court_or_for_a_cause_is_no_threat(code):
    assert "13" not in _roots(code("A coalition of US states vowed to fight the order in court."))
    assert "13" not in _roots(code("The Canadian prime minister vowed to fight for a new relationship with Brussels."))
    _has(code("The Kurdish rebels vowed to fight the Turkish army."), "13", "REB")


# -- sport --------------------------------------------------------------------------------------

def test_sports_bodies_make_no_political_events(code):
    assert not code("The Court of Arbitration for Sport rejected the appeal of the Kenyan sprinter.")
    assert "12" not in _roots(code("The sports court rejected the appeal of Russian athletes."))
    _has(code("The Kenyan court rejected the appeal of the opposition leader."), "12", "KEN")
    _has(code("Human Rights Watch denounced FIFA for its silence on the workers."), "11", "HRW")  # a political side


def test_violence_at_a_match_is_still_violence(code):
    _has(code("Russian football fans attacked police officers in Marseille."), "1", "RUS", "COP")


# -- doers ---------------------------------------------------------------------------------------

def test_conjoined_passives_share_their_agent(code):
    _has(code("A woman was shot and killed by a Russian soldier in Kharkiv."), "1", "RUS")


def test_an_attack_noun_subject_names_the_doer(code):
    _has(code("Turkish air strikes killed 12 civilians in Afrin."), "19", "TUR")
    assert not any(e[1] for e in code("Air strikes killed 12 civilians in Afrin.") if e[0][:2] in ("18", "19"))
