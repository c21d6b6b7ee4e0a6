""""His predecessor" is the KB person who left the same office of the same country when the
owner took it (invented sentences)."""

from __future__ import annotations

import datetime as dt


def test_a_presidents_predecessor_is_the_former_president(code):
    events = code("Merkel openly praised Trump's predecessor on Tuesday.", date="2017-03-05")
    assert ("051", "DEUGOV", "USAELI") in events, events


def test_a_predecessor_out_of_every_listed_office_is_a_former_holder(code):
    events = code("Theresa May criticised her predecessor in a speech on Tuesday.", date="2017-03-05")
    assert any(c.startswith("11") and s == "GBRGOV" and t == "GBRELI" for c, s, t in events), events


def test_succession_table_follows_titles_and_countries(coder):
    s = coder.kb.succession
    assert s.other("Donald Trump", dt.date(2017, 3, 5), -1).name == "Barack Obama"
    assert s.other("Barack Obama", dt.date(2012, 3, 5), 1).name == "Donald Trump"
    assert s.other("No Such Person", dt.date(2012, 3, 5), -1) is None
