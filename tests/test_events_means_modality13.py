"""Thirteenth pass: protests aimed where the claim they are made with is; acts kept from, only
neared or argued for are not done; means named by "with" or "using" give the subcode; recalled
acts, hopes and worries name their targets; warnings are threats only of acts warned of; sides
named by affiliation, title, company, a nation as a public, a place or a pronoun (invented
sentences)."""

from __future__ import annotations

import pytest
from events_support import has_event, no_event

DATE = "2024-03-05"  # the `code` fixture's default publication date

# (text, publication date, code prefix, source, target): some event matches; None = any side
CODED = [
    # a protest takes the target of the demand or appeal it is made with
    ("Thousands of Chilean students protested in Santiago on Friday, demanding the resignation of the Chilean government.",
     DATE, "14", "CHLEDU", "CHLGOV"),
    ("Peruvian farmers blockaded the highway on Monday, demanding that the Peruvian government cancel the mine.",
     DATE, "14", "PERAGR", "PERGOV"),
    # the means give the subcode of a plain attack or killing
    ("Somali militants attacked a Kenyan army base with rockets on Tuesday.", DATE, "194", None, "KENMIL"),
    ("Somali militants attacked a Kenyan army base using a car bomb on Tuesday.", DATE, "1832", None, "KENMIL"),
    ("Nigerian soldiers struck the rebel camp with artillery overnight.", DATE, "194", "NGAMIL", None),
    ("Militants killed three Kenyan soldiers with a roadside bomb.", DATE, "183", None, "KENMIL"),
    # a time preposition under a verb of movement governs a done act; attacks carried out are done
    ("Nigerian troops moved to the border after attacking the rebels in Cameroon.", DATE, "19", "NGAMIL", None),
    ("Russian jets carried out airstrikes on Syrian rebel positions on Monday.", DATE, "195", "RUSMIL", None),
    # criticism: of a ruling from a court, of an act told before, of abuses in a state
    ("The Kenyan president lashed out against a ruling from the Kenyan Supreme Court on Friday.",
     DATE, "11", "KENGOV", "KENJUD"),
    ("North Korea fired a ballistic missile into the sea on Sunday. Japan strongly condemned the launch on Monday.",
     "2017-03-06", "11", "JPN", "PRK"),
    ("The Kenyan foreign minister criticised human rights abuses in Ethiopia on Monday.", DATE, "11", "KENGOV", "ETH"),
    # a hope or a worry about another's act or thing is aimed at whoever's it is
    ("The Kenyan foreign minister expressed hope that Ethiopia would reopen the border.", DATE, "013", "KENGOV", "ETH"),
    ("Chilean farmers are concerned that the Chilean government will cut subsidies.", DATE, "012", None, "CHLGOV"),
    ("The Kenyan foreign minister warned that Ethiopia's approach to the border is deeply problematic.",
     DATE, "012", None, "ETH"),
    # missiles fired or shot off into the sea are a show of force
    ("Earlier this month, North Korea fired four ballistic missiles into the Sea of Japan.", DATE, "15", "PRK", None),
    ("North Korea shot off four ballistic missiles into the Sea of Japan on Monday.", DATE, "15", "PRK", None),
    # an object aimed at someone names the target
    ("The European Union imposed new sanctions aimed at Belarus on Monday.", DATE, "16", None, "BLR"),
    ("The US has started deploying an anti-missile system directed at North Korea.", DATE, "15", None, "PRK"),
    ("Israeli air strikes inside Syria targeting Hezbollah convoys were reported on Monday.",
     DATE, "19", None, "LBNREBHEZ"),
    # fighters tied to an armed group are that group
    ("Militants linked to the Islamic State said they had beheaded a Croatian engineer.", DATE, "18", "IMGMUSISI", None),
    ("A suicide bomber with Islamic State links killed 10 people near the mosque.", DATE, "18", "IMGMUSISI", None),
    ("Gunmen loyal to the Islamic State attacked a church on Sunday.", DATE, "18", "IMGMUSISI", None),
    # sectors, titles, spokesmen
    ("Kenyan police arrested a 19-year-old Somali national in Nairobi on Monday.", DATE, "17", None, "SOMCVL"),
    ("Mexican guards detained two women at the prison on Monday.", DATE, "17", "MEXCOP", None),
    ("Vice President Mike Pence spoke in Munich on Saturday. The vice president criticised Russia.",
     "2017-02-20", "11", "USAGOV", "RUS"),
    ("Trump spoke on Monday. Michael Flynn, who was criticised by then-President Barack Obama, denied the report.",
     "2017-02-20", "11", "USAGOV", None),
    ("A spokesperson for the British intelligence agency GCHQ dismissed the suggestion as nonsense.",
     "2017-03-17", "", "GBRSPY", None),
    ("A spokeswoman for Australian Immigration Minister Peter Dutton declined to comment.",
     "2017-03-17", "", "AUSGOV", None),
    # companies, and the firm named before
    ("China fined Volkswagen for price fixing on Monday.", DATE, "17", "CHN", "DEUBUS"),
    (("Samsung Electronics said on Monday it would stop using coal. Greenpeace welcomed the decision and said the "
     "firm should carry out its plans in a verifiable manner."), "2017-03-20", "02", None, "KORBUS"),
    # a nation named as a public doing or undergoing a state's act is the state
    ("The Dutch barred the Turkish diplomat from entering on Saturday.", "2017-03-13", "", "NLD", "TURGOV"),
    ("Turkish President Recep Tayyip Erdogan accused the Dutch of using Nazi tactics.", "2017-03-13", "", None, "NLD"),
    ("The Malaysians have requested help from Interpol.", "2017-03-13", "", "MYS", None),
    # unnamed protesters are of the city they march in
    (("Afghan refugees fear deportation. Kabul says it cannot take them back. Protesters demonstrated against "
     "deportations at Munich airport on Sunday."), "2017-02-20", "14", "DEUCVL", None),
    # a warning is a threat only of an act warned of that commits the warner
    ("The Dutch prime minister warned that the talks could take months.", DATE, "012", None, None),
    ("The Dutch prime minister warned that it could take a while.", DATE, "012", None, None),
    ("Kenyan aid groups have warned of the possibility of more civilian casualties in Somalia.", DATE, "012", None, None),
    ("China's foreign minister warned the U.S. and North Korea could be heading for conflict.", DATE, "012", None, None),
    ("The Dutch prime minister warned that he would veto the bill.", DATE, "130", None, None),
    ("Russia warned that its forces would take the town.", DATE, "130", None, None),
    ("Kenya's security chief has warned that police will no longer tolerate rallies by the opposition.",
     DATE, "130", None, None),
    ("Anglican leaders in Kenya warned they would split from the church if the bishop was consecrated.",
     DATE, "130", None, None),
]


@pytest.mark.parametrize("text, date, prefix, source, target", CODED)
def test_coded(code, text, date, prefix, source, target):
    has_event(code(text, date), prefix, source, target, exact=True)


# (text, publication date, code prefix, side, forbidden code; "X*": any code starting with X): no
# event of that prefix has that side coded so -- the guards against over-reach
NOT_SO = [
    # "protested the killing of X" is not aimed at X
    ("Chilean workers protested the killing of a Peruvian union leader on Monday.", DATE, "14", "target", "PERLAB"),
    # an act's "from" is where it leaves; a fronted "at" phrase and the place of a criticism name no target
    ("The Kenyan president condemned the withdrawal of troops from Somalia.", DATE, "11", "target", "SOM"),
    ("At the urging of Western countries, the UN Security Council condemned the violent crackdown.",
     DATE, "11", "target", "WST"),
    ("The Kenyan foreign minister criticised the plan in Addis Ababa on Monday.", DATE, "11", "target", "ETH"),
    # an act named again in the same sentence is not recalled from before
    (("North Korea fired a missile on Sunday. Drills between Seoul and Washington rile Pyongyang, which calls the "
     "exercises a rehearsal for an invasion."), "2017-03-06", "11", "target", "PRK*"),
    # a worry about people's fate is not aimed at them
    ("The Kenyan minister warned that Somali children are suffering from hunger.", DATE, "01", "target", "SOMCVL"),
    # "national" as an adjective, plural inspectors, officials tied to a government
    (("A national alliance of Kenyan government employees sent a letter to the Kenyan president asking him to "
     "protect scientific integrity."), DATE, "02", "source", "KENCVL"),
    ("Chinese inspectors ordered the province to investigate the factory.", DATE, "", "source", "CHNCOP"),
    ("Kenyan officials linked to the government denied the report on Monday.", DATE, "", "source", "IMG*"),
    # "the president" is not the vice president named before
    (("Vice President Mike Pence spoke in Munich on Saturday. The president has repeatedly denied any contacts "
     "between his campaign and the Russians."), "2017-02-20", "01", "source", "USAGOV"),
    # a firm does not move a British story to its home country
    (("Britain's business secretary Greg Clark met executives at General Motors in London on Thursday. The "
     "business secretary met with GM's president on Friday."), "2017-02-24", "04", "source", "USA*"),
    # a single national and aid to a public stay people
    ("The North Korean suspected of giving the poison to the women has been arrested.", "2017-03-13", "", "target",
     "PRK"),
    ("Donor countries provided billions of dollars of aid to the needy Somalis.", "2017-03-13", "07", "target", "SOM"),
]


@pytest.mark.parametrize("text, date, prefix, side, forbidden", NOT_SO)
def test_not_so(code, text, date, prefix, side, forbidden):
    events = code(text, date)
    coded = [(s if side == "source" else t) or "" for c, s, t in events if c.startswith(prefix)]
    if forbidden.endswith("*"):
        assert not any(a.startswith(forbidden[:-1]) for a in coded), events
    else:
        assert forbidden not in coded, events


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
    # a count of zero, a standing ban
    ("There have been zero fatal attacks on Kenyan soil by Somali refugees since 1975.", "18"),
    ("There have been zero fatal attacks on Kenyan soil by Somali refugees since 1975.", "19"),
    ("We have been watching IS (a terrorist group outlawed in Russia) in Afghanistan since 2014, the Russian envoy said.",
     "172"),
    # material cooperation needs a partner
    ("The Kenyan government shared more details on Wednesday.", "06"),
]


@pytest.mark.parametrize("sentence, prefix", NOT_DONE)
def test_no_such_act(code, sentence, prefix):
    no_event(code(sentence), prefix)


def test_harm_told_with_a_passive_conjunct_takes_the_doer_of_the_when_clause(code):
    events = code("Six Chilean students were killed and 40 were injured when Peruvian troops crushed the protests.")
    assert any(c.startswith(("17", "18", "19")) and s == "PERMIL" and t == "CHLEDU" for c, s, t in events), events


def test_harm_joined_to_a_stabbing_is_the_stabbing(code):
    events = code("Somali militants stabbed and wounded two Kenyan soldiers on Monday.")
    assert [c[:2] for c, s, t in events if s == "SOMREB" and t == "KENMIL"] == ["18"], events


def test_unnamed_attackers_are_of_the_place_they_struck(code):
    # an article about China; the coup it recalls was plotted in Britain
    text = ("Chinese officials met in Beijing on Monday. The Chinese army held drills. In the 1970s, even in "
            "sedate old Britain a group of retired officers plotted a military coup against the Labour government.")
    events = code(text, "2017-02-07")
    assert any(c.startswith("18") and (s or "").startswith("GBR") for c, s, _ in events), events


def test_joint_exercises_are_material_cooperation_between_the_sides(code):
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
