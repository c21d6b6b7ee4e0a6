"""Thirteenth pass: a protest aimed where the claim it is made with is; acts kept from, or only
neared, are not done; means named by "with" or "using" give the subcode; a carried bomb is no
bombing; asking for anonymity is no appeal (invented sentences)."""

from __future__ import annotations

import pytest

# (sentence, code prefix, source, target)
CODED = [
    # a protest takes the target of the demand or appeal it is made with
    ("Thousands of Chilean students protested in Santiago on Friday, demanding the resignation of the Chilean government.",
     "14", "CHLEDU", "CHLGOV"),
    ("Peruvian farmers blockaded the highway on Monday, demanding that the Peruvian government cancel the mine.",
     "14", "PERAGR", "PERGOV"),
    # the means give the subcode of a plain attack or killing
    ("Somali militants attacked a Kenyan army base with rockets on Tuesday.", "194", None, "KENMIL"),
    ("Somali militants attacked a Kenyan army base using a car bomb on Tuesday.", "1832", None, "KENMIL"),
    ("Nigerian soldiers struck the rebel camp with artillery overnight.", "194", "NGAMIL", None),
    ("Militants killed three Kenyan soldiers with a roadside bomb.", "183", None, "KENMIL"),
]


@pytest.mark.parametrize("sentence, prefix, source, target", CODED)
def test_coded(code, sentence, prefix, source, target):
    events = code(sentence)
    assert any(c.startswith(prefix) and (source is None or s == source) and (target is None or t == target)
               for c, s, t in events), events


# (sentence, code prefix that must not be coded): not done, not an act of that kind
NOT_DONE = [
    # kept from doing it
    ("The Chilean attorney general recused himself from investigating the Peruvian senators.", "09"),
    ("Chilean police prevented protesters from storming the Peruvian embassy.", "14"),
    # only neared
    ("Iraqi forces edged closer to retaking the airport from the rebels.", "19"),
    ("The rebels came close to capturing the Malian garrison town.", "19"),
    # carried, not set off
    ("Police said the Chilean man claimed to be carrying a bomb in his car.", "18"),
    # asking not to be named
    ("A Peruvian official requested anonymity to discuss the meeting with Chile.", "02"),
    # a meeting not ruled out is not held
    ("A meeting between the Chilean and Peruvian presidents is not ruled out, the ministry said.", "04"),
    # a quarrel between states is no combat
    ("Kenya and Uganda have clashed over the deadly incidents on the border.", "19"),
    # missiles fired into the sea strike nobody
    ("Earlier this month, North Korea fired four ballistic missiles into the Sea of Japan.", "19"),
    # caught on camera, not seized
    ("The Kenyan suspect was captured on surveillance footage pumping gas nearby, police said.", "17"),
    # forced out of a job, not expelled
    ("A retired Kenyan general, who was forced out of his job by the Kenyan president, spoke on Monday.", "17"),
    # argued for, not done
    ("As a member of parliament, the Kenyan minister had advocated bombing Somali militant camps.", "19"),
    # a standing law, not an act
    ("The 1799 law, which bars individuals from communicating with foreign governments, has never been used.", "17"),
    # weather, requests for comment, campaigning
    ("A Kenyan police vessel responded, battling six-metre swells and gale force winds.", "19"),
    ("CNN has asked the Kenyan government for comment.", "02"),
    ("Kenyan populists are pushing hard for a breakthrough at the ballot box.", "10"),
    # things released
    ("The Kenyan singer released a workout DVD the following year.", "08"),
    ("Shortly after the Kenyan appeals court released its decision, the president took to Twitter.", "08"),
    ("The Kenyan intelligence service released a public assessment in January.", "08"),
]


@pytest.mark.parametrize("sentence, prefix", NOT_DONE)
def test_no_such_act(code, sentence, prefix):
    events = code(sentence)
    assert not any(c.startswith(prefix) for c, _, _ in events), events


def test_a_protest_with_no_claim_keeps_no_target(code):
    # "protested the killing of X": the protest is not aimed at the victim
    events = code("Chilean workers protested the killing of a Peruvian union leader on Monday.")
    assert all(t != "PERLAB" for c, _, t in events if c.startswith("14")), events


def test_an_act_after_moving_is_done(code):
    # a time preposition under a verb of movement governs a done act, not a planned one
    events = code("Nigerian troops moved to the border after attacking the rebels in Cameroon.")
    assert any(c.startswith("19") and s == "NGAMIL" for c, s, _ in events), events


def test_attacks_carried_out_are_done(code):
    events = code("Russian jets carried out airstrikes on Syrian rebel positions on Monday.")
    assert any(c.startswith("195") and s == "RUSMIL" for c, s, _ in events), events


def test_harm_told_with_a_passive_conjunct_takes_the_doer_of_the_when_clause(code):
    events = code("Six Chilean students were killed and 40 were injured when Peruvian troops crushed the protests.")
    assert any(c.startswith(("17", "18", "19")) and s == "PERMIL" and t == "CHLEDU" for c, s, t in events), events


def test_criticism_of_a_ruling_from_a_court_is_aimed_at_the_court(code):
    events = code("The Kenyan president lashed out against a ruling from the Kenyan Supreme Court on Friday.")
    assert any(c.startswith("11") and s == "KENGOV" and t == "KENJUD" for c, s, t in events), events


def test_criticism_of_an_act_leaving_a_place_is_not_aimed_at_the_place(code):
    events = code("The Kenyan president condemned the withdrawal of troops from Somalia.")
    assert all(t != "SOM" for c, _, t in events if c.startswith("11")), events


def test_a_fronted_at_phrase_is_no_criticised_thing(code):
    events = code("At the urging of Western countries, the UN Security Council condemned the violent crackdown.")
    assert all(t != "WST" for c, _, t in events if c.startswith("11")), events


def test_criticism_of_the_launch_told_before_is_aimed_at_its_doer(code):
    events = code("North Korea fired a ballistic missile into the sea on Sunday. "
                  "Japan strongly condemned the launch on Monday.", "2017-03-06")
    assert any(c.startswith("11") and s == "JPN" and t == "PRK" for c, s, t in events), events


def test_an_act_named_again_in_the_same_sentence_is_not_recalled(code):
    events = code("North Korea fired a missile on Sunday. Drills between Seoul and Washington rile "
                  "Pyongyang, which calls the exercises a rehearsal for an invasion.", "2017-03-06")
    assert all(not (t or "").startswith("PRK") for c, s, t in events if c.startswith("11") and (s or "").startswith("PRK")), events


# a hope or a worry about another's act is aimed at whoever would do it
HOPES = [
    ("The Kenyan foreign minister expressed hope that Ethiopia would reopen the border.", "013", "KENGOV", "ETH"),
    ("Chilean farmers are concerned that the Chilean government will cut subsidies.", "012", None, "CHLGOV"),
]


@pytest.mark.parametrize("sentence, code_, source, target", HOPES)
def test_a_hope_or_worry_about_an_act_is_aimed_at_its_doer(code, sentence, code_, source, target):
    events = code(sentence)
    assert any(c == code_ and (source is None or s == source) and t == target for c, s, t in events), events


def test_a_worry_about_peoples_fate_is_not_aimed_at_them(code):
    events = code("The Kenyan minister warned that Somali children are suffering from hunger.")
    assert all(t != "SOMCVL" for c, _, t in events if c.startswith("01")), events


def test_criticised_abuses_in_a_state_are_aimed_at_it(code):
    events = code("The Kenyan foreign minister criticised human rights abuses in Ethiopia on Monday.")
    assert any(c.startswith("11") and s == "KENGOV" and t == "ETH" for c, s, t in events), events


def test_where_a_criticism_was_made_is_no_target(code):
    events = code("The Kenyan foreign minister criticised the plan in Addis Ababa on Monday.")
    assert all(t != "ETH" for c, _, t in events if c.startswith("11")), events


def test_missiles_fired_into_the_sea_are_a_show_of_force(code):
    events = code("Earlier this month, North Korea fired four ballistic missiles into the Sea of Japan.")
    assert any(c.startswith("15") and s == "PRK" for c, s, _ in events), events


def test_a_national_is_a_civilian_of_that_country(code):
    events = code("Kenyan police arrested a 19-year-old Somali national in Nairobi on Monday.")
    assert any(c.startswith("17") and t == "SOMCVL" for c, _, t in events), events


def test_national_as_an_adjective_names_no_civilians(code):
    # "a national alliance of government employees" is the employees' group, not civilians
    events = code("A national alliance of Kenyan government employees sent a letter to the Kenyan president "
                  "asking him to protect scientific integrity.")
    assert all(s != "KENCVL" for c, s, _ in events if c.startswith("02")), events


def test_guards_and_inspectors_have_sectors(code):
    events = code("Mexican guards detained two women at the prison on Monday.")
    assert any(c.startswith("17") and s == "MEXCOP" for c, s, _ in events), events
    events = code("Chinese inspectors ordered the province to investigate the factory.")
    assert all(s != "CHNCOP" for _, s, _ in events), events


AIMED = [
    ("The European Union imposed new sanctions aimed at Belarus on Monday.", "16", "BLR"),
    ("The US has started deploying an anti-missile system directed at North Korea.", "15", "PRK"),
    ("Israeli air strikes inside Syria targeting Hezbollah convoys were reported on Monday.", "19", "LBNREBHEZ"),
]


@pytest.mark.parametrize("sentence, root, target", AIMED)
def test_an_object_aimed_at_someone_names_the_target(code, sentence, root, target):
    events = code(sentence)
    assert any(c.startswith(root) and t == target for c, _, t in events), events


AFFILIATED = [
    "Militants linked to the Islamic State said they had beheaded a Croatian engineer.",
    "A suicide bomber with Islamic State links killed 10 people near the mosque.",
    "Gunmen loyal to the Islamic State attacked a church on Sunday.",
]


@pytest.mark.parametrize("sentence", AFFILIATED)
def test_fighters_tied_to_an_armed_group_are_that_group(code, sentence):
    events = code(sentence)
    assert any(c.startswith("18") and s == "IMGMUSISI" for c, s, _ in events), events


def test_officials_tied_to_a_government_stay_officials(code):
    events = code("Kenyan officials linked to the government denied the report on Monday.")
    assert all(not (s or "").startswith("IMG") for _, s, _ in events), events


def test_unnamed_attackers_are_of_the_place_they_struck(code):
    # an article about China; the coup it recalls was plotted in Britain
    text = ("Chinese officials met in Beijing on Monday. The Chinese army held drills. In the 1970s, even in "
            "sedate old Britain a group of retired officers plotted a military coup against the Labour government.")
    events = code(text, "2017-02-07")
    assert any(c.startswith("18") and (s or "").startswith("GBR") for c, s, _ in events), events


def test_the_president_is_not_the_vice_president_named_before(code):
    events = code("Vice President Mike Pence spoke in Munich on Saturday. The president has repeatedly denied "
                  "any contacts between his campaign and the Russians.", "2017-02-20")
    assert all(s != "USAGOV" or c[:2] != "01" for c, s, _ in events), events


def test_the_vice_president_is_recalled_by_that_title(code):
    events = code("Vice President Mike Pence spoke in Munich on Saturday. The vice president criticised Russia.",
                  "2017-02-20")
    assert any(c.startswith("11") and s == "USAGOV" and t == "RUS" for c, s, t in events), events


def test_material_cooperation_needs_a_partner(code):
    assert not any(c.startswith("06") for c, _, _ in code("The Kenyan government shared more details on Wednesday.")), ()
    events = code("Kenya and Uganda held joint military exercises on Monday.")
    assert any(c.startswith("06") and t in ("UGA", "KEN") for c, _, t in events), events


def test_a_pronoun_after_a_private_person_is_the_attacker(code):
    text = "Khalid Masood, 52, was known to police. He fired at police with a pellet gun before escaping in a car."
    events = code(text, "2017-03-20")
    assert any(c.startswith("18") and (s or "").endswith("CVL") and (t or "").endswith("COP") for c, s, t in events), events


def test_a_pronoun_victim_or_a_private_act_with_no_one_named_stays_uncoded(code):
    text = "Khalid Masood, 52, was known to police. He was killed on Saturday. She fought back tears."
    events = code(text, "2017-03-20")
    assert not any((s or "").endswith("CVL") or (t or "").endswith("CVL") for _, s, t in events), events


def test_companies_are_business_of_their_country(code):
    events = code("China fined Volkswagen for price fixing on Monday.")
    assert any(c.startswith("17") and s == "CHN" and t == "DEUBUS" for c, s, t in events), events


def test_the_firm_recalls_the_company_named_before(code):
    events = code("Samsung Electronics said on Monday it would stop using coal. Greenpeace welcomed the decision "
                  "and said the firm should carry out its plans in a verifiable manner.", "2017-03-20")
    assert any(c.startswith("02") and t == "KORBUS" for c, _, t in events), events


def test_a_firm_does_not_move_the_story_to_its_home_country(code):
    # the British minister met GM's executives in London: the story stays British
    events = code("Britain's business secretary Greg Clark met executives at General Motors in London on "
                  "Thursday. The business secretary met with GM's president on Friday.", "2017-02-24")
    assert all(not (s or "").startswith("USA") for c, s, _ in events if c.startswith("04")), events


def test_harm_joined_to_a_stabbing_is_the_stabbing(code):
    events = code("Somali militants stabbed and wounded two Kenyan soldiers on Monday.")
    assert [c[:2] for c, s, t in events if s == "SOMREB" and t == "KENMIL"] == ["18"], events


def test_a_standing_ban_described_by_a_participle_is_no_news(code):
    events = code("We have been watching IS (a terrorist group outlawed in Russia) in Afghanistan since 2014, "
                  "the Russian envoy said.")
    assert not any(c.startswith("172") for c, _, _ in events), events


def test_a_then_title_gives_the_office_held_at_the_time(code):
    events = code("Trump spoke on Monday. Michael Flynn, who was criticised by then-President Barack Obama, "
                  "denied the report.", "2017-02-20")
    assert any(c.startswith("11") and s == "USAGOV" for c, s, _ in events), events


def test_zero_attacks_are_no_attack(code):
    events = code("There have been zero fatal attacks on Kenyan soil by Somali refugees since 1975.")
    assert not any(c.startswith(("18", "19")) for c, _, _ in events), events


def test_missiles_shot_off_into_the_sea_are_a_show_of_force(code):
    events = code("North Korea shot off four ballistic missiles into the Sea of Japan on Monday.")
    assert any(c.startswith("15") and s == "PRK" for c, s, _ in events), events


@pytest.mark.parametrize("sentence, code_", [
    ("The Dutch prime minister warned that the talks could take months.", "012"),
    ("The Dutch prime minister warned that it could take a while.", "012"),
    ("Kenyan aid groups have warned of the possibility of more civilian casualties in Somalia.", "012"),
    ("The Dutch prime minister warned that he would veto the bill.", "130"),
    ("Russia warned that its forces would take the town.", "130"),
])
def test_a_warning_is_a_threat_only_of_an_act_warned_of(code, sentence, code_):
    events = code(sentence)
    assert any(c == code_ for c, _, _ in events), events


@pytest.mark.parametrize("sentence, source, target", [
    ("The Dutch barred the Turkish diplomat from entering on Saturday.", "NLD", "TURGOV"),
    ("Turkish President Recep Tayyip Erdogan accused the Dutch of using Nazi tactics.", None, "NLD"),
    ("The Malaysians have requested help from Interpol.", "MYS", None),
])
def test_a_nation_named_as_a_public_doing_a_states_act_is_the_state(code, sentence, source, target):
    events = code(sentence, "2017-03-13")
    assert any((source is None or s == source) and (target is None or t == target) for _, s, t in events), events


def test_a_single_national_and_aid_to_a_public_stay_people(code):
    events = code("The North Korean suspected of giving the poison to the women has been arrested.", "2017-03-13")
    assert all(t != "PRK" for _, _, t in events), events
    events = code("Donor countries provided billions of dollars of aid to the needy Somalis.", "2017-03-13")
    assert all(t != "SOM" for c, _, t in events if c.startswith("07")), events


def test_unnamed_protesters_are_of_the_city_they_march_in(code):
    text = ("Afghan refugees fear deportation. Kabul says it cannot take them back. "
            "Protesters demonstrated against deportations at Munich airport on Sunday.")
    events = code(text, "2017-02-20")
    assert any(c.startswith("14") and s == "DEUCVL" for c, s, _ in events), events


def test_a_spokesman_for_a_body_speaks_for_it(code):
    events = code("A spokesperson for the British intelligence agency GCHQ dismissed the suggestion as nonsense.",
                  "2017-03-17")
    assert any(s == "GBRSPY" for _, s, _ in events), events
    events = code("A spokeswoman for Australian Immigration Minister Peter Dutton declined to comment.", "2017-03-17")
    assert any(s == "AUSGOV" for _, s, _ in events), events


def test_a_worry_about_a_states_conduct_is_aimed_at_the_state(code):
    events = code("The Kenyan foreign minister warned that Ethiopia's approach to the border is deeply problematic.")
    assert any(c == "012" and t == "ETH" for c, _, t in events), events


@pytest.mark.parametrize("sentence, code_", [
    ("Kenya's security chief has warned that police will no longer tolerate rallies by the opposition.", "130"),
    ("Anglican leaders in Kenya warned they would split from the church if the bishop was consecrated.", "130"),
    ("China's foreign minister warned the U.S. and North Korea could be heading for conflict.", "012"),
])
def test_an_announced_act_warned_of_commits_the_warner(code, sentence, code_):
    events = code(sentence)
    assert any(c == code_ for c, _, _ in events), events
