"""Unnamed victims are people of the place where they were hit, and a place struck stands for its
country.

A generic noun ("civilians", "people", "a man") gets its country from the article when nothing in
its phrase names one ("+context"). For the victims of violence (CAMEO 18-20) the place the
sentence names for the act says more: "people were killed in Russian air strikes on Idlib" in a
story about Russia are Syrians, "civilians killed in a coalition strike near Mosul" Iraqis. Not
for arrests and charges: "a man charged ... appeared at the High Court in Dublin" is not of the
court's country.

Force aimed at things in a place the sentence names ("the Taliban attacked targets in Kabul",
"jets bombed positions near Aleppo") with no actor found is aimed at that place's country, as a
city shelled stands for its state; not when the doer is that country's own state, army or police
(its own territory is no target).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.tokens import Token

from ..record import Actor, Location
from . import tsv
from .entries import compose_code

VICTIM_ROOTS = frozenset(("18", "19", "20"))
# Unnamed doers placed too: attackers, and protesters (of the city they march in).
PLACED_DOER_ROOTS = VICTIM_ROOTS | {"14"}
# Where the place was read: in the act's own phrase or its sentence, not the dateline or article.
SENTENCE_METHODS = frozenset(("sentence", "trigger_phrase"))
GUESSED_MARK = "+context"  # also "+context-weak": a country taken from the article (actors.article_people)
GENERIC_RULE = "noun:"


def placed_victim(target: Actor | None, where: Location | None, root: str,
                  roots: frozenset[str] = VICTIM_ROOTS) -> Actor | None:
    """The side (victims, or unnamed attackers: "two men entered a church near Rouen and
    beheaded ...") of the act's place's country when it is unnamed people whose country was
    only guessed from the article."""
    if (target is None or where is None or root not in roots or where.method not in SENTENCE_METHODS
            or not where.country or where.country == target.country):
        return target
    rule = target.rule or ""
    if not rule.startswith(GENERIC_RULE) or GUESSED_MARK not in rule:
        return target
    return replace(target, country=where.country, code=compose_code(where.country, target.sectors) or where.country,
                   rule=f"{rule}+placed:{where.country}")

# The doer's sectors that make the place its own country's ground (a state striking at home).
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "SPY"))
# Where a struck thing's place hangs: "targets [in] Kabul", "positions [near] Aleppo".
THING_DEPS = frozenset(("dobj", "nsubjpass"))


def placed_target(target: Actor | None, source: Actor | None, where: Location | None, root: str,
                  trigger: Token, things: frozenset[str]) -> Actor | None:
    """The country of the place the sentence names, as the target of force aimed at things there
    (the trigger is an event noun, or acts on one of `things`: modality.tsv `struck`) when no
    actor was found."""
    if (target is not None or where is None or root not in VICTIM_ROOTS or where.method not in SENTENCE_METHODS
            or not where.country):
        return target
    if source is not None and source.country == where.country and (source.sector in STATE_SECTORS or source.code == source.country):
        return target
    if trigger.pos_ != "NOUN" and not any(c.dep_ in THING_DEPS and c.lemma_.lower() in things for c in trigger.children):
        return target  # "a man was killed in Kabul": the victim is unnamed, not the place
    return Actor(code=where.country, country=where.country, sector=None, text=where.name, sectors=(),
                 rule=f"place-struck:{where.name}")


CUSTODIANS = Path(__file__).parent / "data" / "custodians.tsv"
CUSTODY_CODE = "173"  # arrest, detain or charge with legal action
COURTS = "JUD"


def read_custodians(path: Path = CUSTODIANS) -> dict[str, str]:
    """custodians.tsv: verb lemma -> the sector that does it when no agent is named."""
    return tsv.read_custodians(path.read_text(encoding="utf-8"), str(path))


def custodian(source: Actor | None, target: Actor | None, where: Location | None, code: str,
              trigger: Token, custodians: dict[str, str]) -> Actor | None:
    """The police or courts of the act's place as the doer of an arrest or charge the news
    reports in the passive with no agent: "a man has been arrested in Dublin" IRLCOP, "Gates was
    indicted" USAJUD. With no place known, those of the country of the person held ("Fillon was
    charged" FRAJUD). Not for event nouns ("his arrest")."""
    if source is not None or target is None or code != CUSTODY_CODE:
        return source
    country = where.country if where is not None and where.country else target.country
    sector = custodians.get(trigger.lemma_.lower())
    if (not country or sector is None or trigger.tag_ != "VBN" or trigger.pos_ != "VERB"
            or target.code == f"{country}{sector}"):
        return source  # police held by police would be one code on both sides
    if sector == COURTS and trigger.dep_ == "acl":
        return source  # "a militia leader charged with war crimes": perhaps by an international court
    return Actor(code=f"{country}{sector}", country=country, sector=sector, text="", sectors=(sector,),
                 rule=f"custodian:{country}")
