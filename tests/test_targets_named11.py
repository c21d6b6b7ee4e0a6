"""Targets the sentence names that were left null, eleventh pass: the places in a trigger's phrase
that target_paths.tsv gives each kind of act (the holder of a place attacked, the origin of goods
a tariff falls on, the victim phrase of a coordinated event noun, the partner of the verb an act
is the purpose of), with the cases where the same words name no target (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.target_paths import TargetPaths


def test_storming_a_place_held_by_a_group_aims_at_the_group(code):
    events = code("Iraqi troops stormed an airport held by Islamic State militants near Mosul.")
    assert any(c.startswith("19") and s == "IRQMIL" and (t or "").startswith("IMGMUSISI") for c, s, t in events), events


def test_a_hyphenated_holder_is_the_target(code):
    events = code("Israeli jets struck Hamas-controlled Gaza on Sunday.")
    assert any(c.startswith("19") and (t or "").startswith("PSEREBHMS") for c, _, t in events), events


def test_a_place_held_by_nobody_named_stays_the_place(code):
    events = code("Iraqi troops stormed an airport near Mosul on Friday.")
    assert all(not (t or "").startswith("IMGMUS") for _, _, t in events), events


def test_a_tariff_on_products_from_a_country_is_aimed_at_it(code):
    events = code("Washington imposed a tariff on all products from Mexico in June.")
    assert any(c.startswith("16") and t == "MEX" for c, _, t in events), events


def test_a_tariff_on_an_amount_of_national_goods_is_aimed_at_the_state(code):
    events = code("Washington imposed tariffs on $200bn of Chinese goods last year.")
    assert any(c.startswith("16") and t == "CHN" for c, _, t in events), events


def test_a_threatened_tariff_on_goods_from_a_country(code):
    events = code("The White House warned that the U.S. would impose a tariff on all products from Mexico.")
    assert any(c.startswith("13") and t == "MEX" for c, _, t in events), events


def test_help_from_a_country_is_no_origin_for_aid(code):
    # "from" names a giver for an appeal; the origin path is the sanctions' only
    events = code("Kenya received food aid from Japan after the drought.")
    assert all(t != "KEN" for c, _, t in events if c.startswith("16")), events


def test_coordinated_event_nouns_share_their_victims(code):
    events = code("The UN said Myanmar soldiers committed killings and rapes of Rohingya villagers.")
    victims = [(c, t) for c, s, t in events if s == "MMRMIL"]
    assert len(victims) >= 2 and all(t is not None and t.endswith("CVL") for _, t in victims), events


def test_a_partner_of_the_governing_verb_is_the_target(code):
    events = code("Chinese police joined hands with Interpol to exchange intelligence on ivory smugglers.")
    assert any(c.startswith("06") and s == "CHNCOP" and (t or "").startswith("IGO") for c, s, t in events), events


def test_a_purpose_infinitive_with_its_own_subject_takes_no_partner(code):
    events = code("France worked with Germany for Italy to share intelligence.")
    assert not any(c.startswith("06") and s == "ITA" and t == "DEU" for c, s, t in events), events


def test_the_table_reads_roots_and_paths():
    paths = TargetPaths()
    assert "from" in paths.words("163", "origin")
    assert not paths.words("040", "origin")
    assert "of" in paths.words("1821", "shared")


def test_a_malformed_row_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "paths.tsv"
    bad.write_text("# header\n16\tnowhere\tof\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="paths.tsv"):
        TargetPaths(bad)


def test_the_receiver_of_an_ultimatum_is_the_target(code):
    events = code("The Kenyan Supreme Court gave Kenyan lawmakers an ultimatum on Monday.")
    assert any(c.startswith("13") and s == "KENJUD" and t == "KENLEG" for c, s, t in events), events


def test_a_to_parsed_as_a_dative_names_the_receiver_of_a_coordinated_noun(code):
    events = code("The United States is providing food aid and political support to the Kurdish regional government.")
    assert any(c.startswith("05") and t is not None for c, _, t in events), events


def test_a_name_in_apposition_names_the_object(code):
    events = code('"I want to thank my friend Emmanuel Macron for his help," Merkel said.')
    assert any(c.startswith(("03", "05")) and (t or "").startswith("FRA") for c, _, t in events), events


def test_refusing_to_meet_a_countrys_demands_is_aimed_at_it(code):
    events = code("Beijing refused to meet U.S. demands on Friday.")
    assert any(c.startswith("12") and s.startswith("CHN") and t == "USA" for c, s, t in events), events


def test_refusing_anti_american_demands_is_not_aimed_at_america(code):
    events = code("Iran refused to meet anti-American demands on Friday.")
    assert all(t is None or not t.startswith("USA") for _, _, t in events), events


def test_a_commitment_the_verb_takes_names_its_partner(code):
    events = code("The president reaffirmed Japan's commitment to Australia during the visit.")
    assert any(c.startswith("03") and t == "AUS" for c, _, t in events), events


def test_condemning_an_attack_on_a_country_is_not_aimed_at_it(code):
    events = code("Germany condemned the attack on Israel.")
    assert all(t != "ISR" for c, _, t in events if c.startswith("11")), events


def test_calling_for_someone_to_be_expelled_names_them(code):
    events = code("The senator called for the Iranian ambassador to be expelled.")
    assert any(c.startswith(("02", "10")) and (t or "").startswith("IRN") for c, _, t in events), events


def test_calling_for_a_thing_to_be_revoked_names_no_owner_by_its_modifier(code):
    events = code("Honduran protesters called for the company's government licence to be revoked.")
    assert all(t is None or not t.endswith("GOV") for _, _, t in events), events


def test_a_vote_to_punish_someone_is_a_demand_aimed_at_them(code):
    events = code("Senator Elizabeth Warren read a letter. Majority Leader Mitch McConnell demanded a vote to punish her.")
    assert any(c.startswith("10") and t == "USALEG" for c, _, t in events), events


def test_a_plan_to_help_a_group_names_no_target(code):
    events = code("The Kenyan minister called for a plan to help farmers.")
    assert all(t is None for _, _, t in events), events


def test_talks_on_a_topic_with_a_partner_name_the_partner(code):
    events = code("Kenya held talks on trade with Uganda on Monday.")
    assert any(c.startswith("04") and s == "KEN" and t == "UGA" for c, s, t in events), events


def test_a_deal_on_a_topic_with_a_partner_names_the_partner(code):
    events = code("Iran struck a deal on its nuclear program with the United States.")
    assert any(c.startswith("03") and t == "USA" for c, _, t in events), events


def test_networks_such_as_a_named_body_are_that_body(code):
    events = code("Chinese police joined hands with networks such as Interpol to exchange intelligence.")
    assert any(c.startswith("06") and (t or "").startswith("IGO") for c, _, t in events), events


def test_calling_for_a_country_to_leave_a_union_asks_the_country(code):
    events = code("The Dutch politician Geert Wilders called for the Netherlands to exit the European Union.")
    assert all(not (t or "").startswith("IGOEU") for c, _, t in events if c.startswith("02")), events


def test_asking_for_weapons_to_fight_a_group_is_not_aimed_at_it(code):
    events = code("Kurdish commanders asked the United States for weapons to fight ISIS.")
    assert all(not (t or "").startswith("IMGMUSISI") for c, _, t in events if c.startswith("02")), events


def test_criticising_a_failing_on_the_part_of_someone_is_aimed_at_them(code):
    events = code("The UN criticised the lack of cooperation on the part of the Syrian government.")
    assert any(c.startswith("11") and t == "SYRGOV" for c, _, t in events), events


def test_a_gathering_to_protest_police_violence_is_aimed_at_the_police(code):
    events = code("Several hundred Kenyan demonstrators gathered in Nairobi to protest police violence.")
    assert any(c.startswith("14") and t == "KENCOP" for c, _, t in events), events


def test_a_gathering_to_mark_an_anniversary_names_no_target(code):
    events = code("Hundreds of Kenyan demonstrators gathered in Nairobi to mark the anniversary of the vote.")
    assert all(t is None for c, _, t in events if c.startswith("14")), events


def test_a_threat_is_aimed_at_whoever_must_avert_it(code):
    events = code("President Trump threatened to close the southern border unless the Mexican government does more.")
    assert any(c.startswith("13") and (t or "").startswith("MEX") for c, _, t in events), events


def test_a_threat_with_a_time_clause_names_no_one_by_it(code):
    events = code("The Kenyan minister threatened to resign when the Ugandan president arrived.")
    assert all(not (t or "").startswith("UGA") for c, _, t in events if c.startswith("13")), events
