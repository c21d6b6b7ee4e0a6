"""Figures of speech and conditions that are no act (fifteenth pass; invented sentences), with
the literal acts they must leave alone."""

from __future__ import annotations

import pytest
from events_support import has_event

NOT_ACTS = [
    ("The senator will almost certainly be acquitted by the chamber in the event of a trial.", "08"),
    ("The White House was laying the groundwork for declaring a national emergency.", "17"),
    ("As governments fight the coronavirus pandemic, the charity is raising money.", "19"),
    ("The lawsuit strikes at the heart of the governor's case for the new tax.", "19"),
    ("You could see the Democrats retreat to their comfort blanket.", "08"),
    ("The ministry took the central role that for a decade has been occupied by the Pentagon.", "19"),
    ("The candidate deployed his daughter as an ambassador to women voters.", "15"),
    ("In October, the justices agreed to hear a case involving a school district in Ohio.", "03"),
    ("The speaker reinforced those comments to reporters on Wednesday.", "15"),
    ("The whole incident poisoned Republican views of the ambassador.", "18"),
    ("Senators fired questions for two hours at the company's general counsel, Colin Stretch.", "19"),
    ("It is lacking, said an aide to the House committee who declined to be identified.", "01"),
    ("Governor Dale Quillen beat his Democratic opponent by 45 percentage points.", "18"),
    ("He watched his father wage three losing presidential campaigns.", "19"),
    ("Their choices are blowing up the plan and starting over.", "18"),
    ("Comedians reenacted beheading the president and shooting him.", "18"),
    ("Three justices dissented from the ruling.", "14"),
    ("A federal appeals court agreed to stay that decision.", "03"),
    ("The activists slaughtered a sheep beneath the entry gate of the camp.", "20"),
    ("The premier, who warned the storm was shaping up as a monster, said homes were without power.", "01"),
    ("Officials warned that the hurricane would hit the coast on Monday.", "01"),
    ("Police said there was no prior intelligence about his intent to mount a terrorist attack.", "18"),
    # an intent to pressure or oppose is no intent to cooperate
    ("Community leaders in New York pledged to pressure the Trump administration to extend the program.", "03"),
    ("The shadow business secretary has vowed to oppose the bill.", "03"),
    # an interview is no consultation
    ("Mattis said so, speaking with reporters during a meeting of NATO defense ministers.", "04"),
    ("In a telephone call with Reuters, the former spokesman said he wrote the article.", "04"),
    ("She said she met Donald Trump in the early 1990s at a dinner party he hosted in New York.", "04"),
    ("She posted a photo of Senator Al Franken mugging for the camera on the plane.", "18"),
    # an attribution's own clause tells who the source is, not news
    ("That prompted him to aim for the job, according to a person who had discussions with White House officials.",
     "04"),
    # a threat of attack names whom: "going to fight to win" names no enemy
    ("Public sector nurses are threatening to strike as well, for similar reasons of pay.", "138"),
    ("\"We opened it up; we said go ahead, we're going to fight to win,\" the president said.", "138"),
]


@pytest.mark.parametrize(("text", "root"), NOT_ACTS)
def test_not_an_act(code, text, root):
    events = code(text, date="2019-03-01")
    assert not any(c.startswith(root) for c, _, _ in events), events


LITERAL = [
    ("Syrian troops retreated to Palmyra after the rebel attack on Sunday.", "08", "SYRMIL", None),
    ("Israeli troops occupied the Palestinian town of Qalqilya on Monday.", "19", "ISRMIL", None),
    ("Russian jets struck rebel positions near Idlib on Monday.", "19", "RUSMIL", "REB"),
    ("Russia warned it would retaliate in the event of an attack on its bases.", "13", "RUS", None),
    ("Insurgents blew up a bridge near Mosul on Monday.", "17", "REB", None),
    ("Riot police beat the protesters with batons in Caracas.", "17", "COP", "CVL"),
    ("Russia pledged on Monday to cooperate with Turkey on trade.", "03", "RUS", "TUR"),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), LITERAL)
def test_literal_acts_stay(code, text, root, source, target):
    has_event(code(text, date="2019-03-01"), root, source, target)


def test_the_us_secret_service_is_police(code):
    # a federal law-enforcement agency, not an intelligence service
    has_event(code("The U.S. Secret Service detained a man near the White House on Monday.", date="2017-03-20"),
              "17", "USACOP")


@pytest.mark.parametrize("text", [
    "Prime Minister Theresa May, who is visiting Swansea today, will speak to workers.",
    "President Donald Trump travelled to Detroit on Wednesday and announced new targets.",
])
def test_a_trip_at_home_visits_nobody(code, text):
    events = code(text, date="2017-03-15")
    assert not any(c == "042" for c, _, _ in events), events


def test_a_trip_abroad_is_a_visit(code):
    has_event(code("President Donald Trump visited France on Friday.", date="2017-07-14"), "042", "USAGOV", "FRA")


def test_rallying_to_a_country_is_support(code):
    events = code("German Chancellor Angela Merkel rallied to the Netherlands on Monday.", date="2017-03-15")
    has_event(events, "05", "DEUGOV", "NLD")
    assert not any(c.startswith("14") for c, _, _ in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Trump has dismissed any talk of collusion with Russia.", "016"),
    ("Peskov also brushed aside any suggestion that the ministry tried to set up a meeting.", "016"),
    ("An appeals court dismissed the charges two years later.", "081"),
])
def test_dismissing_claims_is_denial_and_charges_a_court_ruling(code, text, root):
    events = code(text, date="2017-11-01")
    assert any(c == root for c, _, _ in events), events
    assert not any(c.startswith("12") for c, _, _ in events), events
