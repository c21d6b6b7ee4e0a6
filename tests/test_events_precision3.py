"""Precision on plain news, third pass (docs/coding-rules.md): acts that did not happen as
asserted acts (negated complements, claims, habits, figures of speech, future or planned acts),
wrong roots (unidentified gunmen, police raids, warnings, robbery, routine resignations) and one
record per act. A positive and a negative sentence per category; sentences written for these
tests."""

from __future__ import annotations

from events_support import has_event as _has


def _roots(events) -> set[str]:
    return {e[0][:2] for e in events}


# -- negated acts -----------------------------------------------------------------------------

def test_an_order_denied_negates_the_act_ordered(code):
    assert "17" not in _roots(code("The ministry says it did not order its diplomats to spy on exiles in Austria."))
    _has(code("The Turkish ministry ordered diplomats to spy on exiles in Austria."), "17")


def test_refusing_to_criticise_is_no_criticism_and_no_rejection(code):
    events = code("The Kenyan government refused to condemn the attack on the Ugandan embassy.")
    assert not _roots(events) & {"11", "12"}
    _has(code("The Kenyan government refused to release the Ugandan journalists."), "1243", "KEN")


# -- claims and reports -------------------------------------------------------------------------

def test_a_reporter_relays_and_accuses_nobody(code):
    events = code("A Reuters correspondent reports that the Moscow court upheld the embezzlement ruling against the blogger.")
    assert "112" not in {e[0] for e in events}
    _has(code("The Iraqi foreign minister said the Turkish army is behind the smuggling of oil."), "112", "IRQ", "TUR")


def test_an_accusation_word_naming_the_subject_accuses_nobody(code):
    assert code("The Syrian army said the terrorists had failed to advance on Tuesday.") == []
    _has(code("The Syrian army said the rebels prefer violence to dialogue."), "112", "SYR", "REB")


def test_an_accused_attack_is_the_accusation_only(code):
    events = code("Iraq accused Turkish forces of shelling villages near the border.")
    _has(events, "112", "IRQ", "TUR")
    assert not _roots(events) & {"18", "19"}


# -- habits and standing rules ----------------------------------------------------------------------

def test_habits_are_no_acts(code):
    assert code("Police in the province routinely detain journalists and activists.") == []
    assert code("Hundreds of migrants are deported by the Greek authorities every month.") == []
    assert "12" not in _roots(code("It happens every time Russia vetoes a Security Council resolution."))
    _has(code("Police in Kenya have routinely detained journalists since the election."), "173")


def test_a_law_in_force_is_no_ban_imposed(code):
    assert code("German law strictly prohibits the sale of weapons to minors.") == []
    _has(code("The German government banned all rallies in Berlin."), "17", "DEU")


# -- figures of speech ------------------------------------------------------------------------------

def test_figurative_readings(code):
    assert not _roots(code("The Kenyan president has all but declared war on journalists.")) & {"18", "19", "20"}
    assert code("The Gulen movement successfully infiltrated the Turkish student community.") == []
    assert code("A Chinese minister took a helicopter tour of the Great Barrier Reef.") == []
    assert code("Reuters rounds up the latest tweets from Congress.") == []
    assert code("The EU is set to recognise India's market economy status.") == []
    assert code("The Israeli prime minister visited several museums in Berlin.") == []
    assert code("Syrian civilians who were seeking shelter from the fighting fled to Turkey.") == []


def test_literal_readings_stay(code):
    _has(code("Police rounded up dozens of opposition activists in Minsk on Monday."), "173", "COP")
    _has(code("Sweden recognised the State of Palestine on Thursday."), "054", "SWE")
    _has(code("The Israeli prime minister visited Germany on Tuesday."), "042", "ISR", "DEU")


# -- future, planned, possible and permitted acts -----------------------------------------------------

def test_acts_not_yet_done(code):
    assert code("The chances are growing that the General Assembly will request a ruling from the ICJ.") == []
    assert code("The Kenyan president will ask parliament for emergency funds.") == []
    assert code("The EU is likely to recognise Kosovo next year.") == []
    assert code("The Trump administration laid out its plans to crack down on migrants.") == []
    assert code("As Israel moves towards annexing the West Bank, tensions rise.") == []
    assert code("The agreement will allow Germany to deport Tunisian migrants more quickly.") == []
    assert code("Mr Trump attempted to rally support for the Republican bill.") == []
    assert code("When their governments are unwilling to share intelligence, the visitors are barred.") == []


def test_done_acts_stay(code):
    _has(code("The Kenyan president asked parliament for emergency funds."), "02", "KEN")
    _has(code("Germany deported 200 Tunisian migrants on Monday."), "174", "DEU")


# -- warnings ----------------------------------------------------------------------------------------

def test_a_warning_about_a_state_of_affairs_is_a_comment(code):
    _has(code("Israeli leaders have long warned that the country was becoming an apartheid state."), "012", "ISR")
    _has(code("The central bank of Turkey warned of risks to growth."), "012", "TUR")


def test_a_warning_of_own_retaliation_is_a_threat(code):
    _has(code("The Turkish minister warned that Turkey would retaliate if the border was closed."), "13", "TUR")


# -- unidentified gunmen, crime, police raids -----------------------------------------------------------

def test_unconventional_violence_outside_war(code):
    _has(code("A man was shot and seriously wounded in Belfast on Saturday."), "18")
    _has(code("Gunmen opened fire on worshippers at a mosque in Kabul."), "18")
    _has(code("Armed men robbed a bank in Lagos."), "18")
    _has(code("Armed police carried out raids on homes in Birmingham."), "170", "COP")


def test_war_and_armed_forces_stay_fighting(code):
    _has(code("Three soldiers were shot dead in clashes with rebels near Mosul."), "19")
    _has(code("Iraqi troops raided a rebel base near Mosul."), "190", "IRQ")


def test_an_injury_with_no_doer_and_no_violence_is_no_event(code):
    assert code("An 18-year-old passenger was seriously injured near Cork.") == []
    _has(code("An Irish teenager was seriously injured in a knife attack in Cork."), "18")


# -- resignations ---------------------------------------------------------------------------------------

def test_routine_resignations_are_no_events(code):
    assert code("The UN envoy for Yemen resigned in May after two years in the post.") == []
    assert code("Former UN chief Kofi Annan quit the post in 2012.") == []


def test_resignations_under_pressure_or_of_leaders_are_0831(code):
    _has(code("The Peruvian minister resigned amid protests over the fuel price rises."), "0831", "PER")
    _has(code("The Kyrgyz president resigned on Thursday."), "0831", "KGZ")


# -- one record per act ------------------------------------------------------------------------------------

def test_one_act_two_triggers_is_one_record(code):
    events = code("An Iraqi army officer staged a coup in Baghdad.")
    assert len([e for e in events if e[0].startswith("18")]) == 1
    events = code("The governments of Chad and Niger engaged in fighting against Boko Haram.")
    assert not any(e[1] and e[2] and e[1][:3] in ("TCD", "NER") and e[2][:3] in ("TCD", "NER") for e in events)
    _has(events, "19", "TCD", "NGA")


def test_an_act_in_a_clause_of_time_is_its_own(code):
    events = code("Russia and Turkey agreed to improve coordination after a Russian airstrike killed three Turkish soldiers.")
    assert "13" not in _roots(events)
    _has(events, "03", "RUS", "TUR")
    _has(events, "19", "RUS", "TUR")


def test_promises_of_several_actors_are_not_mutual(code):
    events = code("Kuwait and Qatar vowed to deliver the promised funds to the refugees soon.")
    assert not any(e[1] and e[2] and {e[1][:3], e[2][:3]} == {"KWT", "QAT"} for e in events)
    _has(code("Kuwait and Qatar agreed to cooperate on energy."), "03", "KWT", "QAT")


# -- claims by parties ------------------------------------------------------------------------------------

def test_a_party_saying_another_attacked_accuses_it(code):
    events = code("Syria said Israeli jets struck its territory on Monday.")
    _has(events, "112", "SYR", "ISR")
    assert not _roots(events) & {"18", "19"}


def test_reports_and_own_acts_stay_acts(code):
    _has(code("Police said gunmen killed five people in Kabul."), "18")
    _has(code("Israeli bulldozers demolished Palestinian homes in Gaza on Sunday, Palestinian officials said."), "17", "ISR")
    _has(code("Iran said it had arrested two British spies."), "173", "IRN", "GBR")


# -- senses that are no political act -------------------------------------------------------------------

def test_non_political_senses(code):
    assert code("The Indian MP admitted the deep roots of dynasty politics in his party.") == []
    assert code("The Egyptian vice president dismissed one of his closest associates.") == []
    assert code("The retired admiral turned down the job of national security adviser.") == []
    _has(code("Iran admitted its role in the downing of the airliner."), "015", "IRN")
    _has(code("Russia turned down the Ukrainian proposal."), "12", "RUS")


def test_warnings_that_threaten_nothing_and_warning_shots(code):
    _has(code('"Not until the boom," warned Homeland Security Secretary John Kelly on Tuesday.'), "012", "GOV")
    _has(code("Iran warned the United States against any attack."), "130", "IRN", "USA")
    _has(code("French police fired warning shots into the air to disperse the crowd."), "175", "FRA")


def test_fighting_an_abstraction_is_no_force_and_no_threat(code):
    assert code("Russia vowed to fight corruption in its regions.") == []
    assert not _roots(code("Russia and the United States agree on the need to fight international terrorism.")) & {"13", "19"}
    _has(code("Russia vowed to attack the rebels in Idlib."), "13", "RUS")


def test_legal_aid_and_purposes_are_no_acts(code):
    assert code("The German court granted legal aid to the Pakistani claimants.") == []
    assert code("The women waited in the airport with the intention to murder the North Korean citizen.") == []
    _has(code("Germany sent aid to Tunisia."), "07", "DEU", "TUN")


def test_sports_are_no_fighting(code):
    assert code("England's bowlers attacked the Australian batsmen on the first day of the Test.") == []
    assert code("Brazil crushed Argentina in the World Cup qualifier.") == []
    _has(code("Militants attacked an army post in the second half of the night."), "19")
    _has(code("A team of gunmen attacked a police station in Kabul."), "1", "AFG", "AFGCOP")
