"""Recall frames of the event layer, on sentences written for these tests: event nouns that took
place ("the withdrawal of X began"), nouns whose "of" names the doer, converse verbs ("came under
criticism from Y"), new light verbs ("completed its withdrawal"), "had talks with", and the
precision guards that go with them (nobody named, scheduled events, alleged acts)."""

from __future__ import annotations

import pytest
from events_support import has_event as _has


@pytest.fixture(scope="module")
def code(coder):
    def run(text: str) -> list[tuple[str, str | None, str | None, str]]:
        return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
                for e in coder.code_text(text, date="2024-03-05")]
    return run


# -- an event noun that took place ----------------------------------------------------------

def test_talks_between_two_sides_resumed(code):
    ev = code("Talks between Armenia and Azerbaijan resumed in Vienna on Friday.")
    _has(ev, "04", "ARM", "AZE")
    _has(ev, "04", "AZE", "ARM")


def test_withdrawal_of_troops_began(code):
    _has(code("The withdrawal of Ugandan troops from South Sudan began on Monday."), "087", "UGA")


def test_meeting_between_leaders_took_place(code):
    _has(code("A meeting between the Iranian and Iraqi presidents took place in Baghdad."), "04", "IRN", "IRQ")


def test_event_noun_with_nobody_named_is_no_event(code):
    assert code("Fighting continued in the northern districts on Tuesday.") == []
    assert code("Protests erupted in several cities on Sunday.") == []


def test_scheduled_event_noun_is_no_intent(code):
    # a schedule stated by nobody in particular, not an actor announcing what it will do
    assert not [e for e in code("The consultations of the Nordic ministers will continue on Friday.")
                if e[0].startswith("03")]


# -- "of" names the doer ---------------------------------------------------------------------

def test_deployment_of_peacekeeping_troops_arrived(code):
    _has(code("The first deployment of Ghanaian peacekeeping troops arrived in Liberia."), "074", "GHA")


def test_visit_of_a_leader_to_a_country(code):
    _has(code("The visit of the Japanese prime minister to Australia ended on Friday."), "042", "JPN", "AUS")


def test_of_still_names_what_is_acted_on_for_other_nouns(code):
    # "the release of the prisoners": the prisoners are released, they release nobody
    ev = code("Kenya demanded the release of Ugandan prisoners.")
    assert not [e for e in ev if e[0].startswith("084") and "UGA" in (e[1] or "")]


def test_alleged_deployment_is_not_asserted(code):
    assert not [e for e in code("The ministry denied reports of the alleged deployment of Turkish "
                                 "forces in Qatar near the border.") if e[0].startswith("15")]


# -- converse verbs: the subject is done to ---------------------------------------------------

def test_came_under_criticism_from(code):
    _has(code("Hungary came under sharp criticism from Sweden over its asylum law."), "111", "SWE", "HUN")


def test_drew_condemnation_from(code):
    _has(code("Myanmar drew strong condemnation from Indonesia."), "111", "IDN", "MMR")


def test_troops_under_fire_is_gunfire_not_criticism(code):
    cameo, *_ = _has(code("Indian troops came under fire from Pakistani soldiers near the border."),
                     "19", "PAK", "IND")
    assert cameo == "193"


def test_converse_without_a_doer_is_no_event(code):
    assert code("Supporters came under attack near the stadium.") == []
    assert code("The Danish government faced criticism.") == []


# -- light verbs and near-light verbs --------------------------------------------------------

def test_completed_withdrawal(code):
    _has(code("Ethiopian forces completed their withdrawal from the Somali town of Baidoa."), "087", "ETH")


def test_had_talks_with(code):
    _has(code("The Thai prime minister had talks with the Malaysian prime minister in Kuala Lumpur."),
          "04", "THA", "MYS")


def test_had_a_telephone_conversation(code):
    cameo, *_ = _has(code("The French president had a telephone conversation with the Egyptian president."),
                     "04", "FRA", "EGY")
    assert cameo == "041"


def test_have_is_no_light_verb_for_other_nouns(code):
    # standing access or sanctions are no new act
    assert code("Norway has access to the Chinese market.") == []


def test_negated_talks_are_not_coded(code):
    assert not [e for e in code("Chile has not had talks with Bolivia since March.") if e[0].startswith("04")]


# -- lexicon rows added for recall ------------------------------------------------------------

def test_surrender_to_the_army_is_military(code):
    cameo, *_ = _has(code("The militia surrendered to the Malian army."), "087")
    assert cameo == "0874"


def test_opened_a_hearing_into(code):
    _has(code("Kenya's high court opened a hearing on Monday into the conduct of the police."), "09", "KEN")


def test_set_up_an_inquiry(code):
    _has(code("The Peruvian government set up an inquiry into the killings."), "09", "PER")


def test_took_to_task(code):
    _has(code("Brazil took Argentina to task for its trade barriers."), "111", "BRA", "ARG")


def test_attacked_over_a_policy_is_verbal(code):
    cameo, *_ = _has(code("The Polish president attacked Germany over its energy policy."), "11", "POL", "DEU")
    assert cameo == "111"
    _has(code("Rebels attacked the town over the weekend."), "19", "REB")


def test_sent_tanks_to_the_border_is_force_posture(code):
    cameo, *_ = _has(code("Armenia sent tanks to the border with Azerbaijan."), "15", "ARM")
    assert cameo == "154"


def test_balked_at_a_plan(code):
    _has(code("Serbia balked at the European plan."), "12", "SRB")


# -- prepositional light verbs and adjunct consultations -----------------------------------------

def test_took_part_in_talks(code):
    _has(code("Chinese officials took part in talks with Japan in Tokyo."), "04", "CHN", "JPN")


def test_embarked_on_a_visit(code):
    _has(code("The Chinese president embarked on a visit to Kenya."), "042", "CHN", "KEN")


def test_engaged_in_combat_names_its_doer(code):
    _has(code("Yemeni rebels engaged in a fierce battle with Saudi troops."), "19", "YEM", "SAU")
    assert code("The country is in no position to engage in sustained combat.") == []


def test_talks_in_an_adjunct_were_held_by_the_subject(code):
    ev = code("During talks with Japanese officials, the Chinese foreign minister called for calm.")
    _has(ev, "04", "CHN", "JPN")
    _has(code("After a meeting with the Russian president, the Turkish president said relations "
              "had improved."), "04", "TUR", "RUS")


def test_adjunct_on_is_only_a_visit(code):
    # "places importance on talks" holds no talks
    assert not [e for e in code("Turkey places much importance on talks with Russia.") if e[0].startswith("04")]


def test_strike_in_an_adjunct(code):
    _has(code("Hundreds of Indonesian workers stopped work in a strike for higher wages."), "143", "IDN")


def test_participle_of_protest_on_the_protesters(code):
    ev = code("Police fired on Kenyan students protesting against the fee increase.")
    _has(ev, "141", "KEN")
    _has(ev, "18", "KENCOP")  # police firing on civilians: an assault


def test_aspect_of_another_verb_is_no_occurrence(code):
    assert code("The Irish attack started to put pressure on the visitors.") == []


def test_scheduled_visits_are_not_asserted(code):
    assert not [e for e in code("Two visits of the Japanese prime minister to Russia are scheduled "
                                 "for this year.") if e[0].startswith("04")]


# -- more lexicon rows ------------------------------------------------------------------------

def test_had_lunch_with(code):
    _has(code("The Indian prime minister had lunch with the French president."), "040", "IND", "FRA")


def test_provided_x_with_weapons(code):
    cameo, *_ = _has(code("The United States has provided the Lebanese army with aircraft and weapons."),
                     "07", "USA", "LBN")
    assert cameo == "072"


def test_military_training_is_cooperation(code):
    _has(code("Britain provided military training to the Kenyan army."), "062", "GBR", "KEN")


def test_called_a_general_strike(code):
    _has(code("Nigerian unions called a general strike on Monday."), "143", "NGA")


def test_placed_under_house_arrest(code):
    _has(code("The Burmese junta placed the opposition leader under house arrest."), "173", "MMR")


def test_overran_a_base(code):
    _has(code("Rebels overran a Malian army base near the border."), "192", "REB")


def test_ceased_military_operations(code):
    _has(code("The Syrian army has ceased its military operations near Damascus."), "087", "SYR")


def test_cyber_warfare(code):
    _has(code("Russia launched cyber warfare against Britain."), "170", "RUS", "GBR")


def test_flew_medicine_into_a_country(code):
    _has(code("Britain flew medicine and food into Afghanistan."), "073", "GBR", "AFG")


# -- the data files behind these frames ----------------------------------------------------------

def test_light_phrases_and_doer_nouns_are_loaded():
    from eventcoder.events.lexicon import Lexicon

    lex = Lexicon.load()
    assert ("take", "part", "in") in lex.light_phrases and ("participate", "in") in lex.light_phrases
    assert "take part in" not in lex.light_verbs and "participate" in lex.light_verbs
    assert {"withdrawal", "visit", "deployment"} <= lex.doer_nouns
    # nouns whose "of" object is acted on must stay out
    assert not {"release", "killing", "invasion", "arrest", "attack"} & lex.doer_nouns
    assert {"begin", "resume", "take place"} <= lex.marker("occurrence")
    assert not {"end", "collapse", "fail"} & lex.marker("occurrence")


def test_fighting_in_an_adjunct_needs_its_other_side(code):
    _has(code("Indian troops captured the village after heavy fighting with Pakistani soldiers."),
         "190", "IND", "PAK")
    # allies that suffered losses in a war did not fight each other
    assert not [e for e in code("British and Dutch forces suffered heavy casualties in years of fighting.")
                if e[0].startswith("19")]
    # a one-sided attack in an adjunct is not the subject's act
    assert not [e for e in code("After the attack on the base, Afghan troops captured the village.")
                if e[0] == "190"]
