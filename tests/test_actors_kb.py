"""Loading the actor knowledge base: TSV files, PETRARCH dictionaries, validation, dated roles."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from actors_support import FIXTURES, SHARED

from eventcoder.actors.entries import (
    COUNTRY,
    ENTRY,
    FIXED,
    PERSON,
    SECTOR,
    TITLE,
    Role,
    fold,
    role_on,
)
from eventcoder.actors.kb import ActorKB, plural
from eventcoder.actors.petrarch import read_petrarch
from eventcoder.errors import DataFileError


@pytest.fixture(scope="module")
def kb():
    return ActorKB.load(FIXTURES)


def test_loads_the_four_files(kb):
    assert "VEN" in kb.countries and kb.countries["VEN"].capitals[0] == "Caracas"
    kinds = {s.kind for s in kb.senses("venezuela")}
    assert kinds == {COUNTRY}
    sectors = {kb.sector_terms[s.ref].sector for s in kb.senses("riot police") if s.kind == SECTOR}
    assert sectors == {"COP"}
    maduro = [kb.entries[s.ref] for s in kb.senses("nicolas maduro") if s.kind == ENTRY]
    assert maduro and maduro[0].kind == PERSON and len(maduro[0].roles) == 2  # one entry, two offices


def test_exact_case_aliases_are_kept_apart(kb):
    assert "US" in kb.exact and "us" not in kb.phrases  # "=US" matches only in capitals
    assert "May" in kb.exact and "may" not in kb.phrases
    assert "u.s." in kb.phrases  # ordinary aliases match in any casing


def test_plural_forms_of_nouns_and_titles(kb):
    assert plural("riot policeman") == "riot policemen"
    assert plural("party") == "parties" and plural("attorney") == "attorneys"
    assert plural("congress") == "congresses" and plural("troops") is None
    assert any(s.kind == SECTOR for s in kb.senses("foreign ministers"))  # generated, not listed


def test_dated_roles_pick_the_office_held_on_the_day():
    gov = Role("USAGOV", "USA", ("GOV",), dt.date(2017, 1, 20), dt.date(2021, 1, 20), None, "t:1")
    eli = Role("USAELI", "USA", ("ELI",), dt.date(2021, 1, 20), dt.date(2025, 1, 20), None, "t:2")
    again = Role("USAGOV", "USA", ("GOV",), dt.date(2025, 1, 20), None, None, "t:3")
    roles = (gov, eli, again)
    assert role_on(roles, dt.date(2017, 6, 1)) is gov
    assert role_on(roles, dt.date(2021, 1, 20)) is eli  # hand-over day: the new role
    assert role_on(roles, dt.date(2022, 6, 1)) is eli
    assert role_on(roles, dt.date(2026, 6, 1)) is again
    assert role_on(roles, dt.date(2010, 1, 1)) is None
    assert role_on(roles, None) is again  # no date: the current office


def test_data_errors_name_file_and_line(tmp_path):
    for name in ("countries.tsv", "sectors.tsv", "organisations.tsv", "people.tsv"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    with open(tmp_path / "sectors.tsv", "a", encoding="utf-8") as f:
        f.write("GOV\tboss\tchief of staff\n")
    n = len((tmp_path / "sectors.tsv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(DataFileError) as err:
        ActorKB.load(tmp_path)
    assert err.value.line == n and "sectors.tsv" in str(err.value) and "boss" in str(err.value)

    shutil.copy(FIXTURES / "sectors.tsv", tmp_path / "sectors.tsv")
    with open(tmp_path / "people.tsv", "a", encoding="utf-8") as f:
        f.write("Jane Roe\t\tVENGOV\tVEN\tGOV\t2019-13-01\t\tMinister\n")
    with pytest.raises(DataFileError, match=r"people\.tsv:\d+: start '2019-13-01'"):
        ActorKB.load(tmp_path)

    (tmp_path / "people.tsv").unlink()
    with pytest.raises(DataFileError, match="missing"):
        ActorKB.load(tmp_path)


def test_user_tsv_files_take_precedence(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("# name\taliases\tcode\tcountry\tsectors\tstart\tend\trole\n"
                     "Ana Quesada\tQuesada\tVENJUD\tVEN\tJUD\t2015-01-01\t\tChief justice\n", encoding="utf-8")
    kb = ActorKB.load(FIXTURES, [extra])
    entry = kb.entries[kb.senses("quesada")[0].ref]
    assert entry.name == "Ana Quesada" and entry.role_on(dt.date(2016, 1, 1)).code == "VENJUD"


def test_petrarch_actor_dictionary():
    text = (FIXTURES / "petrarch_actors.txt").read_text(encoding="utf-8")
    entries, terms = read_petrarch(text, "petrarch_actors.txt")
    assert not terms
    by_name = {e.name: e for e in entries}
    assert set(by_name["KINGDOM OF ARDENIA"].aliases) == {"ARDENIAN", "ARDENIANS"}
    quill = by_name["JOHN QUILL"]
    assert [quill.role_on(dt.date(y, 1, 1)).code for y in (2014, 2016, 2020)] == ["ARDOPP", "ARDGOV", "ARDELI"]
    assert by_name["ZORVAN LIBERATION FRONT"].aliases == ("ZLF",)  # code block after a synonym
    assert by_name["QUIET NAME"].roles[0].code is None  # "---": known but not an actor
    blue = by_name["BLUE HELMET CORPS"].roles[0]
    assert blue.country is None and blue.sectors == ("IGO", "MIL")
    assert all(e.kind == FIXED for e in entries)


def test_petrarch_agent_dictionary():
    text = (FIXTURES / "petrarch_agents.txt").read_text(encoding="utf-8")
    entries, terms = read_petrarch(text, "petrarch_agents.txt")
    assert not entries
    phrases = {fold(t.phrase): t for t in terms}
    assert {"warden captain", "sentry captain"} <= set(phrases)  # !GUARD! macro expanded
    assert phrases["harbour masters"].sector == "GOV"  # explicit plural
    assert phrases["grand vizier"].sectors == ("GOV", "ELI")
    assert phrases["relief convoy"].prefix and phrases["relief convoy"].sector == "NGO"
    assert all(t.role == TITLE for t in terms)


@pytest.mark.parametrize("text, line, message", [
    ("GOOD [ABC]\n+ALIAS\nLONELY_NAME\nNEXT [DEF]\n", 3, "has no code"),
    ("+ORPHAN\n", 1, "synonym before any entry"),
    ("NAME\n  [ABC >991332]\n", 2, "bad date"),
    ("NAME [ABC ?]\n", 1, "cannot read code block"),
    ("<!-- never closed\nNAME [ABC]\n", 1, "never closed"),
    ("!X!_CHIEF [~GOV]\n", 1, "macro !X! is not defined"),
    ("NAME [~GOVX]\n", 1, "three-letter parts"),
])
def test_petrarch_errors(tmp_path, text, line, message):
    bad = tmp_path / "bad.txt"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        ActorKB.load(FIXTURES, [bad])
    assert err.value.line == line and message in str(err.value) and "bad.txt" in str(err.value)


def test_reads_the_petrarch_validation_dictionaries():
    folder = SHARED / "data" / "gold" / "petrarch"
    if not folder.is_dir():
        pytest.skip(f"../shared not found at {SHARED}")
    kb = ActorKB.load(FIXTURES, [folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"])
    sam = next(kb.entries[s.ref] for s in kb.senses("sam gamgee") if s.kind == ENTRY)
    assert sam.role_on(dt.date(2010, 1, 10)).code == "ORCHOB"  # the narrower restriction wins
    assert sam.role_on(dt.date(2011, 1, 1)).code == "HOBMIL"
    assert sam.role_on(dt.date(2014, 1, 1)).code == "HOBELI"
    assert any(kb.sector_terms[s.ref].sector == "LEG" for s in kb.senses("congressmen") if s.kind == SECTOR)


def test_user_file_errors(tmp_path):
    with pytest.raises(DataFileError, match="no-such-file"):
        ActorKB.load(FIXTURES, [tmp_path / "no-such-file.txt"])
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("CAF\xc9 [FRA]\n".encode("latin-1"))
    with pytest.raises(DataFileError, match="not UTF-8"):
        ActorKB.load(FIXTURES, [latin])
