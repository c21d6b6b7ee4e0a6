"""The actor knowledge base: countries, sector terms, organisations and people, indexed by name.

`ActorKB.load()` reads the four packaged TSV files (or another directory of them) plus user
files (TSV in the people/organisations format, or PETRARCH actor/agent dictionaries) once;
the resolver compiles it into a spaCy matcher (`matcher.py`). Names are matched
case-insensitively, except aliases written with a leading `=` (`=US`, `=May`), which match
only with that exact casing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataFileError
from ..record import Actor
from . import tsv
from .entries import (
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    ENTRY,
    FIXED,
    NOUN,
    PEOPLE,
    PERSON,
    SECTOR,
    TITLE,
    Country,
    Entry,
    SectorTerm,
    Sense,
    fold,
)
from .petrarch import read_petrarch

if TYPE_CHECKING:
    from spacy.language import Language

    from .matcher import ActorMatcher

PACKAGED = ("countries.tsv", "sectors.tsv", "organisations.tsv", "people.tsv")
GIVEN_NAMES = "given_names.tsv"
# Countries named like a state of another country ("Georgia"): read per article (context.py).
STATE_NAMES = "state_names.tsv"
# Last words of organisations' names ("Foundation", "Group"), for names the KB lacks (orgnames.py).
ORG_HEADS = "org_heads.tsv"
_VOWEL_Y = re.compile(r"[aeiou]y$")


def plural(phrase: str) -> str | None:
    """English plural of a phrase's last word ("riot policeman" -> "riot policemen"), or None
    when it already looks plural."""
    head, _, last = phrase.rpartition(" ")
    low = last.lower()
    if not low.isalpha() or (low.endswith("s") and not low.endswith("ss")):
        return None
    if low.endswith("man"):
        word = last[:-3] + "men"
    elif low.endswith(("ss", "x", "z", "ch", "sh")):
        word = last + "es"
    elif low.endswith("y") and not _VOWEL_Y.search(low):
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


class ActorKB:
    """Everything known about actors, with a name index built once.

    `phrases` maps a folded name (see `entries.fold`) to its senses, `forms` to the spellings it
    came from (the matcher tokenises each, since "U.S." and "u.s." tokenise differently),
    `exact` maps case-sensitive aliases to senses. Earlier sources win ties: user files come
    before the packaged data.
    """

    def __init__(self, countries: Sequence[Country], sector_terms: Sequence[SectorTerm],
                 entries: Sequence[Entry], given_names: dict[str, str] | None = None):
        # folded given name or honorific -> "F"/"M" (given_names.tsv): pronoun agreement
        self.given_names: dict[str, str] = dict(given_names or {})
        # iso3 -> (country with a state of that name, cue words): state_names.tsv, set by `load`
        self.state_names: dict[str, tuple[str, tuple[str, ...]]] = {}
        # last word of an organisation's name -> its sectors: org_heads.tsv, set by `load`
        self.org_heads: dict[str, tuple[str, ...]] = {}
        self.countries: dict[str, Country] = {}
        for c in countries:
            self.countries.setdefault(c.iso3, c)
        self.sector_terms: tuple[SectorTerm, ...] = tuple(sector_terms)
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.phrases: dict[str, list[Sense]] = {}
        self.forms: dict[str, set[str]] = {}
        self.exact: dict[str, list[Sense]] = {}
        self.places: dict[str, str] = {}  # folded country name or capital -> iso3 (datelines)
        self._matchers: dict[int, ActorMatcher] = {}  # compiled per vocab, see `matcher()`
        self._index()

    # -- building ---------------------------------------------------------------------------
    def _add(self, name: str, sense: Sense) -> None:
        name = name.strip()
        if not name:
            return
        if name.startswith("="):
            senses = self.exact.setdefault(name[1:].strip(), [])
            if sense not in senses:
                senses.append(sense)
            return
        names = [name]
        if name.lower().startswith("the ") and len(name) > 4:
            names.append(name[4:])  # "The Gambia", "the Kremlin"
        for n in names:
            key = fold(n)
            senses = self.phrases.setdefault(key, [])
            if sense not in senses:
                senses.append(sense)
            self.forms.setdefault(key, set()).add(n)

    def _index(self) -> None:
        for c in self.countries.values():
            for n in (c.name, *c.aliases):
                self._add(n, Sense(COUNTRY, c.iso3))
                self.places.setdefault(fold(n.lstrip("=")), c.iso3)
            for n in c.adjectives:
                self._add(n, Sense(ADJECTIVE, c.iso3))
            for n in c.people:
                self._add(n, Sense(PEOPLE, c.iso3))
            for n in c.capitals:
                self._add(n, Sense(CAPITAL, c.iso3))
                self.places.setdefault(fold(n.lstrip("=")), c.iso3)
        for i, term in enumerate(self.sector_terms):
            self._add(term.phrase, Sense(SECTOR, i))
            if term.role in (NOUN, TITLE) and not term.phrase.startswith("="):
                p = plural(term.phrase)
                if p:
                    self._add(p, Sense(SECTOR, i))
        for i, entry in enumerate(self.entries):
            # A PETRARCH actor with one undated three-letter code ("AUSTRALIA [AUS]",
            # "+AUSTRALIAN") is a country name, so that "Australian troops" composes to AUSMIL.
            only = entry.roles[0] if len(entry.roles) == 1 else None
            if (entry.kind == FIXED and only is not None and only.code and len(only.code) == 3
                    and only.code.isalpha() and only.start is None and only.end is None):
                sense = Sense(COUNTRY, only.code)
            else:
                sense = Sense(ENTRY, i)
            exact_name = f"={entry.name}" in entry.aliases  # the name only in its own casing
            for n in (entry.aliases if exact_name else (entry.name, *entry.aliases)):
                self._add(n, sense)

    # -- loading ----------------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: str | Path | None = None, extra_files: Iterable[str | Path] = ()) -> ActorKB:
        """Read the four data files (the package's own unless `data_dir`) and user files.

        User files are TSV in the people/organisations (or countries/sectors) format, told
        apart by their `#` header or column count, or PETRARCH actor/agent dictionaries.
        Their entries take precedence over the packaged ones.
        """
        base = resources.files("eventcoder.actors") / "data" if data_dir is None else Path(data_dir)
        texts = {}
        for name in PACKAGED:
            f = base / name
            if not f.is_file():
                raise DataFileError(str(f), None, "actor data file is missing")
            texts[name] = (f.read_text(encoding="utf-8"), str(f))
        countries = tsv.read_countries(*texts["countries.tsv"])
        terms = tsv.read_sectors(*texts["sectors.tsv"])
        entries = tsv.read_organisations(*texts["organisations.tsv"]) + tsv.read_people(*texts["people.tsv"])
        user_countries: list[Country] = []
        user_terms: list[SectorTerm] = []
        user_entries: list[Entry] = []
        for path in extra_files:
            text, where = _read_user_file(path)
            fmt = tsv.sniff(text)
            if fmt == "people":
                user_entries += tsv.read_people(text, where)
            elif fmt == "organisations":
                user_entries += tsv.read_organisations(text, where)
            elif fmt == "countries":
                user_countries += tsv.read_countries(text, where)
            elif fmt == "sectors":
                user_terms += tsv.read_sectors(text, where)
            else:
                found, agents = read_petrarch(text, where)
                user_entries += found
                user_terms += agents
        names = base / GIVEN_NAMES  # optional: a --data-dir without it only loses pronoun gender
        given = tsv.read_given_names(names.read_text(encoding="utf-8"), str(names)) if names.is_file() else {}
        kb = cls(user_countries + countries, user_terms + terms, user_entries + entries, given)
        states = base / STATE_NAMES  # optional, as the given names
        if states.is_file():
            kb.state_names = tsv.read_state_names(states.read_text(encoding="utf-8"), str(states))
        heads = base / ORG_HEADS
        if heads.is_file():
            kb.org_heads = tsv.read_org_heads(heads.read_text(encoding="utf-8"), str(heads))
        return kb

    @cached_property
    def succession(self):
        """Offices by country and title, for "his predecessor" (succession.py); built on first use."""
        from .succession import Succession

        return Succession(self)

    def gender(self, name: str) -> str | None:
        """ "F" or "M" from the first word of a name that is a listed given name or honorific."""
        for word in fold(name).replace("-", " ").split():
            found = self.given_names.get(word.rstrip("."))
            if found:
                return found
        return None

    # -- queries ----------------------------------------------------------------------------
    def matcher(self, nlp: Language) -> ActorMatcher:
        """The KB compiled into phrase matchers for `nlp`'s vocab, built once per vocab."""
        from .matcher import (
            ActorMatcher,  # spaCy-dependent; the loader itself needs no spaCy
        )

        key = id(nlp.vocab)
        found = self._matchers.get(key)
        if found is None or found.vocab is not nlp.vocab:
            found = self._matchers[key] = ActorMatcher(self, nlp)
        return found

    def senses(self, key: str) -> list[Sense]:
        return self.phrases.get(key, [])

    def place_country(self, place: str) -> str | None:
        """ISO3 of a dateline place when the KB knows it as a country or a capital:
        "SANTO DOMINGO" -> DOM, "Kabul, Afghanistan" -> AFG (the last part that is known)."""
        for part in reversed([p.strip() for p in place.split(",")]):
            iso = self.places.get(fold(part))
            if iso:
                return iso
        return None

    def redate(self, actor: Actor | None, on: str | None, published: dt.date | None) -> Actor | None:
        """A KB person's actor recoded for the office held on the event's date `on` (ISO) when it
        differs from the article's: "in 2015, Obama signed" is the president (USAGOV) in a
        2017 story that otherwise calls him a former one (USAELI). Only a code that came from
        the person's own dated role is changed; anything else is returned as it is."""
        if actor is None or not actor.name or on is None or published is None or on == published.isoformat():
            return actor
        entry = next((self.entries[s.ref] for s in self.phrases.get(fold(actor.name), ())
                      if s.kind == ENTRY and self.entries[s.ref].kind == PERSON
                      and self.entries[s.ref].name == actor.name), None)
        if entry is None:
            return actor
        try:
            day = dt.date.fromisoformat(on)
        except ValueError:
            return actor
        was, now = entry.role_on(published), entry.role_on(day)
        if was is None or now is None or now is was or was.code != actor.code or not now.code or now.code == was.code:
            return actor
        return replace(actor, code=now.code, country=now.country, sector=now.sectors[0] if now.sectors else None,
                       sectors=now.sectors, rule=f"{actor.rule}+on:{on}")

    def __repr__(self) -> str:
        return (f"ActorKB({len(self.countries)} countries, {len(self.sector_terms)} sector terms, "
                f"{len(self.entries)} entries)")


def _read_user_file(path: str | Path) -> tuple[str, str]:
    try:
        return Path(path).read_text(encoding="utf-8"), str(path)
    except UnicodeDecodeError as exc:
        raise DataFileError(str(path), None, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise DataFileError(str(path), None, exc.strerror or str(exc)) from None
