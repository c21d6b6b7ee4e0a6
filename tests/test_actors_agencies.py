"""National police forces and agencies named on their own (organisations.tsv), invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source", [
    ("Gardaí arrested a man in Dublin after the shooting.", "IRLCOP"),
    ("The RCMP arrested two men in Ottawa on Tuesday.", "CANCOP"),
    ("The Guardia Civil detained three suspects in Valencia.", "ESPCOP"),
    ("The PSNI arrested a teenager in Belfast.", "GBRCOP"),
])
def test_police_forces_have_their_country(code, text, source):
    assert any(c == "173" and s == source for c, s, _ in code(text)), code(text)


def test_lake_is_not_the_irish_police(code):
    assert all(s != "IRLCOP" for _, s, _ in code("Italian police arrested two men near Lake Garda on Sunday."))


@pytest.mark.parametrize("text, source", [
    ("Senator Lisa Murkowski criticised the plan on Tuesday.", "USALEG"),
    ("Adam Schiff criticised the FBI on Monday.", "USALEG"),
    ("Ron Wyden criticised the National Security Agency.", "USALEG"),
])
def test_members_of_congress(code, text, source):  # the fixture's articles are of 2024-03-05
    assert any(s == source for _, s, _ in code(text)), code(text)
