"""Organisations the KB does not list, read from the last word of their name (org_heads.tsv), in
prose only, and never when the name holds a known person (invented sentences)."""

from __future__ import annotations

import pytest

from eventcoder.actors import tsv
from eventcoder.errors import DataFileError


def test_an_unknown_foundation_is_an_ngo_of_the_articles_country(code):
    events = code("The Brazilian government criticised the Amazonia Futuro Foundation on Monday.")
    assert any(c.startswith("11") and s == "BRAGOV" and t == "BRANGO" for c, s, t in events), events


def test_an_unknown_group_is_a_firm_and_its_country_word_counts(code):
    events = code("Indian tax officials accused the South Korean Hanbit Group of evading taxes.")
    assert any(c.startswith("11") and t == "KORBUS" for c, _, t in events), events


def test_an_unknown_front_is_a_party(code):
    events = code("The Kenyan court banned the Coastal Democratic Front on Friday.")
    assert any(s == "KENJUD" and t == "KENPTY" for _, s, t in events), events


def test_title_case_headlines_make_no_organisations(code):
    events = code("Kenyan Police Raid Offices Of Coastal Democratic Front")
    assert not any(t == "KENPTY" for _, _, t in events), events


def test_org_heads_rows_are_checked():
    assert tsv.read_org_heads("NGO\tfoundation|trust\n", "x.tsv") == {"foundation": ("NGO",), "trust": ("NGO",)}
    with pytest.raises(DataFileError, match="x.tsv"):
        tsv.read_org_heads("NGO\tFoundation\n", "x.tsv")


def test_a_title_held_in_an_unlisted_body_takes_its_sector(code):
    events = code("Police arrested Ahmed Saleh, a spokesman for the Coastal Democratic Front, in Mombasa.")
    assert any(c.startswith("17") and s == "KENCOP" and t == "KENPTY" for c, s, t in events), events
