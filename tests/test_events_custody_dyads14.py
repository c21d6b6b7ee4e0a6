"""Fourteenth pass: arrests told in the passive are made by the police or courts that report them
or of the place; inquiries name whom they suspect; blame and criticism aimed through "on",
"against" and "into"; police force at civilians is an assault; acts that are always done to
someone need that someone; proposals, pressure and likelihoods are no acts done; private
travel is no visit (invented sentences)."""

from __future__ import annotations

import pytest
from events_support import has_event, no_event

DATE = "2024-03-05"  # the `code` fixture's default publication date

# (text, code prefix, source, target): some event matches; None = any side
CODED = [
    # an arrest or sentence in the passive: by whoever reports it, else by the police or courts
    # of the place it happened
    ("A Peruvian man was arrested in Lima on Monday, Peruvian police said.", "173", "PERCOP", "PERCVL"),
    ("A Chilean student was arrested in Santiago on Monday.", "173", "CHLCOP", "CHLEDU"),
    ("A Kenyan journalist was sentenced to three years in prison in Nairobi on Monday.", "173", "KENJUD", "KENMED"),
    # with no place named, by those of the held person's country
    ("The Chilean senator was charged with fraud on Tuesday.", "173", "CHLJUD", "CHLLEG"),
    # an inquiry is aimed at whoever it asks about
    ("Kenyan prosecutors are investigating whether Somali officials took bribes.", "09", None, "SOMGOV"),
    ("The European Union is looking into whether Hungary broke the rules on tenders.", "09", "IGOEUREEC", "HUN"),
    # leaving an international body or court is reducing relations with it
    ("Burundi announced its withdrawal from the International Criminal Court on Monday.", "16", "BDI", "IGOJUDICC"),
    # criticism lashed out against, blame laid on, strikes launched into
    ("The Kenyan president lashed out against Uganda on Monday.", "111", "KENGOV", "UGA"),
    ("The bombing is the latest attack that Kenyan officials have blamed on al-Shabab.", "112", "KENGOV", "SOMREB"),
    ("Kenya launched air strikes into Somalia on Monday.", "19", None, "SOM"),
    # an appeal for an act is aimed at whoever is to do it
    ("The Kenyan opposition called for a UN-led investigation of the killings.", "02", None, "IGOUNO"),
    ("The Kenyan opposition called for US support on Monday.", "02", None, "USA"),
    # police shooting people is an assault, not a battle
    ("Chilean police shot and killed a 22-year-old student in Santiago on Monday.", "18", "CHLCOP", "CHLEDU"),
    # a named politician who clashes with someone unarmed quarrels
    ("William Ruto clashed with Kenyan women at a rally on Monday.", "111", "KENGOV", "KENCVL"),
    # pressing someone to act is a demand made of them
    ("Kenyan lawmakers pressed the Kenyan government to hold talks with Somalia.", "10", "KENLEG", "KENGOV"),
    # a private person named with a given name is a civilian of the place
    ("Tashfeen Ahmed stabbed two Kenyan police officers in Nairobi on Monday.", "18", "KENCVL", "KENCOP"),
]


@pytest.mark.parametrize("text, prefix, source, target", CODED)
def test_coded(code, text, prefix, source, target):
    has_event(code(text), prefix, source, target, exact=True)


# (sentence, code prefix that must not be coded): not done, not an act of that kind, or an act
# that needs a side the text does not give
NOT_DONE = [
    # proposed, pressed for or judged likely: not done
    ("The Chilean senate proposed repealing the ban on Peruvian imports.", "08"),
    ("Kenyan lawmakers pressed the government to hold talks with Somalia.", "04"),
    ("War between Kenya and Somalia is likely, analysts said.", "19"),
    # private travel is no visit
    ("Roughly 200 Kenyans have traveled to Somalia to join the militants.", "042"),
    # generic help, release, accusation and backing with nobody helped, freed, accused or backed
    ("Kenya has done little to help.", "07"),
    ("The message was released online on Saturday.", "08"),
    ("The operation to free the town of Kismayo was concluded on Monday.", "08"),
    ("The Kenyan president accused it of greed on Monday.", "112"),
    # leaving an international court is no military retreat
    ("Burundi announced its withdrawal from the International Criminal Court on Monday.", "087"),
    # a time or manner phrase that is none negates its verb
    ("At no time did the Kenyan president pressure the Ugandan government to close the border.", "10"),
    # bombarded with words or by crowds: no shelling
    ("The Kenyan minister was bombarded with questions about the border.", "19"),
    ("Kenyan lawmakers have been bombarded by angry crowds demanding answers.", "19"),
    # police shooting people is no battle
    ("Chilean police shot and killed a 22-year-old student in Santiago on Monday.", "19"),
]


@pytest.mark.parametrize("sentence, prefix", NOT_DONE)
def test_no_such_act(code, sentence, prefix):
    no_event(code(sentence), prefix)


def test_who_reports_being_detained_is_not_the_detainer(code):
    events = code("The former Kenyan police chief said he was detained at the airport in Nairobi.")
    assert not any(c.startswith("17") and s == t for c, s, t in events), events
    assert not any(c.startswith("17") and s == "KENCOP" and t is None for c, s, t in events), events


def test_a_fact_granted_is_reported_not_alleged(code):
    events = code("The Kenyan army confirmed on Friday that Somali militants attacked a Kenyan base near the border.")
    assert not any(c.startswith("112") for c, _, _ in events), events
    assert any(c.startswith(("18", "19")) and s == "SOMREB" and (t or "").startswith("KEN") for c, s, t in events), events


def test_a_denial_is_not_aimed_at_whom_the_denied_act_names(code):
    events = code("The Kenyan president has denied any collusion with Uganda during the campaign.")
    assert any(c == "016" for c, _, _ in events), events
    assert not any(c == "016" and t == "UGA" for c, _, t in events), events
    # the owner of the claims denied is who made them
    events = code("Uganda denied the Kenyan claims on Monday.")
    assert any(c == "016" and s == "UGA" and (t or "").startswith("KEN") for c, s, t in events), events


def test_custodians_file_is_read_and_checked():
    from eventcoder.actors import tsv
    from eventcoder.actors.placed import read_custodians
    from eventcoder.errors import DataFileError

    shipped = read_custodians()
    assert shipped["arrest"] == "COP" and shipped["sentence"] == "JUD"
    with pytest.raises(DataFileError, match=r"mine\.tsv:2"):
        tsv.read_custodians("detain\tCOP\nsentence\tcourts\n", "mine.tsv")
