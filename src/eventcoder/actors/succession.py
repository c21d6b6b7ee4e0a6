"""Who held an office before or after someone ("his predecessor", "Obama's successor"): the KB
person whose role of the same country and title ended when the other's began, or began when it
ended. Titles are compared on the role text of people.tsv up to a parenthesis or semicolon
("President (45th)" is "president")."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..record import Actor
from .entries import PERSON, Entry, Role
from .grammar import np_left
from .kb import ActorKB

if TYPE_CHECKING:
    from .context import ArticleActors

# The nouns read so, and which way each looks.
SUCCESSION_NOUNS = {"predecessor": -1, "predecessors": -1, "successor": 1, "successors": 1}
# Hand-overs recorded a day or two apart still follow each other.
HANDOVER_DAYS = 3


def _title(role: Role) -> str:
    text = (role.role or "").split(";", 1)[0].split("(", 1)[0]
    return text.strip().lower()


class Succession:
    """Offices by (country, title), built once from the KB's people."""

    def __init__(self, kb: ActorKB):
        self.kb = kb
        self._holders: dict[tuple[str, str], list[tuple[Role, int]]] = {}
        self._by_name: dict[str, int] = {}
        for k, entry in enumerate(kb.entries):
            if entry.kind != PERSON:
                continue
            self._by_name.setdefault(entry.name, k)
            for role in entry.roles:
                title = _title(role)
                if role.country and title and role.start is not None:
                    self._holders.setdefault((role.country, title), []).append((role, k))

    def other(self, name: str, date: dt.date | None, way: int) -> Entry | None:
        """The predecessor (`way` -1) or successor (+1) in the office the person `name` holds on
        `date` (or held last), if the KB knows one."""
        k = self._by_name.get(name)
        if k is None:
            return None
        entry = self.kb.entries[k]
        role = entry.role_on(date)
        if role is None or not role.country or not _title(role):
            return None
        gap = dt.timedelta(days=HANDOVER_DAYS)
        holders = [(other, j) for other, j in self._holders.get((role.country, _title(role)), ()) if j != k]
        if way < 0:  # the last to leave the office before this person took it
            if role.start is None:
                return None
            done = [(other.end, j) for other, j in holders if other.end is not None and other.end <= role.start + gap]
            best = max(done, default=None)
        else:  # the first to take it after this person left it
            if role.end is None:
                return None
            came = [(other.start, -j) for other, j in holders if other.start >= role.end - gap]
            first = min(came, default=None)
            best = None if first is None else (first[0], -first[1])
        return None if best is None else self.kb.entries[best[1]]


def office_holder(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    """ "his predecessor", "Obama's successor", "the predecessor of Mrs May": the KB person
    before or after the one the owner names, as an actor on the article's date."""
    tok = aa.tokens[d][i]
    way = SUCCESSION_NOUNS[tok.lower_]
    owners: tuple[Actor, ...] = ()
    for c in tok.children:
        if c.dep_ == "poss":
            owners = aa.own(d, c.i)
        elif c.dep_ == "prep" and c.lower_ == "of":
            owners = next((found for g in c.children if g.dep_ == "pobj" and (found := aa.own(d, g.i))), ())
        if owners:
            break
    names = {a.name for a in owners if a.name}
    if len(names) != 1:
        return ()
    entry = aa.kb.succession.other(names.pop(), aa.date, way)
    if entry is None:
        return ()
    actor = aa._entry_actor(entry, d, np_left(tok), i)
    if actor is None and way < 0:
        # out of every office the KB lists on that day: a former office holder (ELI)
        last = max((r for r in entry.roles if r.country and r.end is not None and (aa.date is None or r.end <= aa.date)),
                   key=lambda r: r.end, default=None)
        if last is not None:
            actor = aa._make(d, np_left(tok), i, last.country, ("ELI",), f"former:{entry.name}")
    return (actor,) if actor is not None else ()
