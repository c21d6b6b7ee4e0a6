"""Targets, ninth pass: warnings against someone, doers of gerund clauses, reduced passives joined
by "and" (invented sentences)."""

from __future__ import annotations


def test_warning_against_a_country_targets_it(code):
    assert ("130", "RUS", "SWE") in code("Russia warned against Sweden joining the alliance.")


def test_warning_someone_against_something_still_targets_the_object(code):
    events = code("The Kremlin warned Finland against membership of the alliance.")
    assert any(c == "130" and t == "FIN" for c, _, t in events), events


def test_gerund_subject_is_the_partner(code):
    events = code("The Chilean president agreed with Argentina imposing new tariffs on steel.")
    assert any(c.startswith("0") and s == "CHLGOV" and t == "ARG" for c, s, t in events), events


def test_reduced_passives_joined_by_and_have_victims_not_doers(code):
    events = code("A Kenyan general killed and more than a dozen soldiers wounded in an attack near Mandera.")
    killed = [e for e in events if e[2] == "KENMIL" and e[0].startswith(("18", "19"))]
    assert killed, events
    assert all(s != "KENMIL" for _, s, _ in events), events


def test_verbs_sharing_an_object_keep_their_doer(code):
    events = code("Somali troops killed and wounded dozens of militants near Kismayo.")
    assert any(s == "SOMMIL" for _, s, _ in events), events


def test_call_for_someone_to_act_is_an_appeal_to_them(code):
    events = code("The Venezuelan opposition leader called for the Venezuelan government to resign.")
    assert any(c.startswith("02") and s == "VENOPP" and t == "VENGOV" for c, s, t in events), events


def test_call_for_an_organisation_to_act(code):
    events = code("Poland's interior minister called for the European Union to agree a joint position on migration.")
    assert any(c.startswith("02") and s == "POLGOV" and (t or "").startswith("IGOEU") for c, s, t in events), events


def test_call_for_a_thing_names_no_addressee(code):
    events = code("The Kenyan opposition called for new elections.")
    assert any(c == "0241" and s == "KENOPP" for c, s, _ in events), events


def test_welcoming_a_visitor_is_hosting(code):
    events = code("Chancellor Scholz welcomed the French president in Berlin on Monday.")
    assert any(c == "043" and t == "FRAGOV" for c, _, t in events), events
    assert all(c != "043" for c, _, _ in code("Chancellor Scholz welcomed the German court's decision."))
