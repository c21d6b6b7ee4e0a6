"""The packaged actor data, end to end through the resolver: demonyms, capitals, sector words."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from actors_support import PACKAGE_DATA, packaged_data_ready

from eventcoder.actors.entries import NOUN, fold
from eventcoder.actors.kb import ActorKB
from eventcoder.actors.resolver import ActorResolver, phrase_head
from eventcoder.nlp import load_pipeline

pytestmark = pytest.mark.skipif(not packaged_data_ready(), reason=f"actor data files not yet in {PACKAGE_DATA}")
DATE = dt.date(2020, 6, 1)


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(ActorKB.load(), load_pipeline(), learn=False)


def resolve_all(resolver, phrases):
    """First actor of each phrase, parsing them in one batch."""
    out = []
    for doc in resolver.nlp.pipe(phrases):
        actors = resolver.for_article([doc], [0], DATE)
        head = phrase_head(doc)
        found = actors.resolve(head) if head is not None else []
        out.append(found[0] if found else None)
    return out


def _owners(kb, attr):
    """word -> countries listing it (some words are shared: "Dominican", "Congolese")."""
    owners = defaultdict(set)
    for c in kb.countries.values():
        for w in getattr(c, attr):
            owners[fold(w.lstrip("="))].add(c.iso3)
    return owners


def test_demonyms_of_at_least_150_countries(resolver):
    kb = resolver.kb
    owners = _owners(kb, "adjectives")
    cases = [(c.iso3, c.adjectives[0].lstrip("=")) for c in kb.countries.values() if c.adjectives]
    results = resolve_all(resolver, [f"the {adj} government" for _, adj in cases])
    right = {iso for (iso, adj), a in zip(cases, results)
             if a is not None and a.country in owners[fold(adj)] and a.sector == "GOV"}
    assert len(right) >= 150, sorted({iso for iso, _ in cases} - right)

    people = _owners(kb, "people")
    cases = [(c.iso3, c.people[0].lstrip("=")) for c in kb.countries.values() if c.people]
    results = resolve_all(resolver, [p for _, p in cases])
    right = {iso for (iso, p), a in zip(cases, results)
             if a is not None and a.country in people[fold(p)] and a.sector == "CVL"}
    assert len(right) >= 150, sorted({iso for iso, _ in cases} - right)


def test_capitals_as_governments(resolver):
    kb = resolver.kb
    owners = _owners(kb, "capitals")
    cases = [(c.iso3, c.capitals[0].lstrip("=")) for c in kb.countries.values() if c.capitals]
    results = resolve_all(resolver, [cap for _, cap in cases])
    right = [iso for (iso, cap), a in zip(cases, results)
             if a is not None and a.country in owners[fold(cap)] and a.sector == "GOV"]
    assert len(right) >= 0.9 * len(cases)


def test_every_sector_noun_resolves_to_its_sector(resolver):
    terms = [t for t in resolver.kb.sector_terms if t.role == NOUN and not t.phrase.startswith("=")]
    results = resolve_all(resolver, [f"the {t.phrase}" for t in terms])
    wrong = [(t.phrase, t.sector, a.code if a else None) for t, a in zip(terms, results)
             if a is None or t.sector not in a.sectors]
    assert len(wrong) <= 0.05 * len(terms), wrong
    assert {t.sector for t in terms} >= {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "CVL"}


def test_igos_and_dated_people(resolver):
    for phrase, part in (("the United Nations", "UNO"), ("NATO", "NAT"), ("the European Union", "EU")):
        a = resolver.resolve_text(phrase, DATE)
        assert a is not None and a.code.startswith("IGO") and part in a.code, phrase
    assert resolver.resolve_text("Donald Trump", dt.date(2017, 6, 1)).code == "USAGOV"
    assert resolver.resolve_text("Donald Trump", dt.date(2022, 6, 1)).code != "USAGOV"
