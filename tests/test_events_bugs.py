"""Event-layer bugs that dropped real acts, on sentences written for these tests: negation
inside what a speaker protested does not negate the protest, a participle the parser hung on its
own subject still passes that subject down to its complement, attempts at force are the act, and
a custody or hands phrase names the doer."""

from __future__ import annotations

from events_support import has_event


def _has(events, prefix, source=None, target=None):
    return has_event(events, prefix, source, target, exact=True)


def _none(events, prefix: str):
    assert not [e for e in events if e[0].startswith(prefix)], events


# -- negation belongs to its own clause -------------------------------------------------------

def test_postposed_protest_is_not_negated_by_its_content(code):
    # the parser hangs "protested" on the content's noun: the "failing" is the content's
    ev = code("Ruritanian authorities are failing to protect the homes of Roma families, "
              "a human rights group protested on Friday.")
    _has(ev, "114", "NGO")


def test_protest_that_states_a_content_is_a_complaint(code):
    ev = code("Amnesty International protested that the Egyptian police had not protected the marchers.")
    _has(ev, "114", target="EGYCOP")


def test_street_protest_stays_a_protest(code):
    _has(code("Students protested in Dhaka against the new fees."), "14")


def test_negated_content_of_a_plain_report_is_still_negated(code):
    # the negation of the reported clause still negates the act inside it
    _none(code("The army did not attack the rebel camp, a local official said."), "19")


# -- the doer passed down -------------------------------------------------------------------

def test_participle_on_the_subject_passes_it_down(code):
    _has(code("Palestinian youths resorted to throwing stones at Israeli soldiers."), "145", "PSECVL")


def test_participle_on_a_reported_subject_passes_it_down(code):
    _has(code("Palestinian youths resorted to throwing stones at Israeli soldiers, officials said on Monday."),
         "145", "PSECVL")


def test_responded_by_and_went_on_to(code):
    _has(code("Russia responded by expelling 23 British diplomats."), "161", "RUS")
    _has(code("The Syrian army turned to shelling rebel positions in Idlib."), "19", "SYRMIL")


def test_participle_describing_a_noun_passes_nothing_down(code):
    # a charity dedicated to helping: a purpose, no act of the charity
    _none(code("Last year she founded the Hope Foundation, a charity dedicated to helping refugees."), "07")


# -- attempts -------------------------------------------------------------------------------

def test_attempted_hacking_is_coded(code):
    _has(code("North Korea has tried to hack into the computers of South Korean banks."), "170", "PRK")


def test_attempted_seizure_by_force_is_coded(code):
    _has(code("Rebels attempted to seize the airport from government forces."), "19", "REB")


def test_attempt_whose_code_names_an_outcome_is_not_coded(code):
    _none(code("The Hungarian government tried to ban foreign charities from the country."), "17")


def test_negated_attempt_is_not_coded(code):
    _none(code("North Korea has never tried to hack South Korean banks."), "17")


def test_attempted_cooperation_is_not_done(code):
    _none(code("The opposition tried to reach a deal with the government."), "05")


# -- custody and hands --------------------------------------------------------------------------

def test_torture_in_custody_has_the_custodian_as_doer(code):
    ev = code("A Kurdish prisoner died as a result of torture while in Syrian police custody.")
    _has(ev, "1822", "SYRCOP")


def test_tortured_in_custody(code):
    _has(code("A Palestinian prisoner was tortured in Israeli police custody."), "1822", "ISRCOP", "PSECVL")


def test_died_at_the_hands_of(code):
    _has(code("An Egyptian activist died at the hands of Egyptian security forces."), "18", "EGYCOP")


def test_died_in_custody_names_no_doer(code):
    _none(code("A suspect died in custody on Monday."), "19")
    _none(code("An old man died in the hands of his daughter."), "19")


def test_participle_of_speech_on_a_noun_is_no_report(code):
    # "a leader charged with war crimes": done to the leader, not a statement by him
    ev = code("Musa Karim, a Sudanese militia leader charged with war crimes in Darfur, has surrendered "
              "to the authorities.")
    assert not [e for e in ev if e[0].startswith("17") and e[1] is not None], ev
