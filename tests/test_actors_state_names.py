"""A country named like a US state: "Georgia" in a US story is the state; in a story that names
the country's capital, people or neighbours, or that another country leads, it is the country
(invented sentences; state_names.tsv)."""

from __future__ import annotations

import pytest

from eventcoder.actors import tsv
from eventcoder.errors import DataFileError


def test_georgia_in_a_us_story_is_the_state(code):
    events = code("The Trump campaign filed suit in Atlanta on Monday. A Georgia judge rejected the "
                  "campaign's lawsuit against the Democratic Party.", date="2020-11-20")
    assert any(c.startswith("12") and s == "USAJUD" for c, s, _ in events), events
    assert not any("GEO" in (s or "") + (t or "") for _, s, t in events), events


def test_georgia_with_its_capital_named_is_the_country(code):
    events = code("The United States urged Georgia to hold new elections. The US ambassador met "
                  "opposition leaders in Tbilisi on Monday.", date="2019-05-01")
    assert any(c.startswith("02") and s == "USA" and t == "GEO" for c, s, t in events), events


def test_georgia_in_a_story_another_country_leads_is_the_country(code):
    events = code("Russia warned Georgia against joining the alliance, Moscow said.", date="2019-05-01")
    assert ("130", "RUS", "GEO") in events, events


def test_state_names_rows_are_checked():
    assert tsv.read_state_names("GEO\tUSA\tcaucasus|tbilisi\n", "x.tsv") == {"GEO": ("USA", ("caucasus", "tbilisi"))}
    with pytest.raises(DataFileError, match="x.tsv"):
        tsv.read_state_names("Georgia\tUSA\t\n", "x.tsv")
