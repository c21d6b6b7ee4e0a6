"""One record per asserted act (docs/coding-rules.md, "One record per act"): the acts a sentence
yields, with those that repeat another trigger's act removed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..record import Actor
from .framing import VIOLENT_ROOTS

if TYPE_CHECKING:
    from .extract import Act


def _actor_key(a: Actor | None) -> tuple[str | None, str | None]:
    return (a.code, a.name) if a is not None else (None, None)


# Unspecified harm ("killing", "wounding") that a participle adds to a violent act of a given
# means ("blew themselves up, killing two and wounding 16"): the result of that act, so its code.
UNSPECIFIED_HARM = frozenset(("180", "190"))
RESULT_DEPS = frozenset(("advcl", "conj"))


def results_of_means(acts: list[Act]) -> list[Act]:
    """Harm told by a participle of a violent act takes that act's code, so that one record is
    kept per act: "suicide bombers blew themselves up, [killing] two people" is the bombing
    (1831) aimed at the two people, not a second, unconventional act; so is harm told by a verb
    joined to the act ("stabbed and [wounded] an officer" is the stabbing, 182)."""
    by_trigger = {a.trigger.i: a for a in acts}
    out = []
    for a in acts:
        t = a.trigger
        result = (t.tag_ == "VBG" and t.dep_ in RESULT_DEPS) or t.dep_ == "conj"  # "stabbed and [wounded] X"
        means = by_trigger.get(t.head.i) if result and t.head.i != t.i else None
        if (means is not None and means is not a and a.code in UNSPECIFIED_HARM
                and means.code[:2] in VIOLENT_ROOTS and means.code not in UNSPECIFIED_HARM):
            a = replace(a, code=means.code)
            by_trigger[t.i] = a  # "killing two and [wounding] 16": the chain shares it
        out.append(a)
    return out


def dedupe(acts: list[Act]) -> list[Act]:
    """The same doer's act of one root read off two triggers ("staged a coup" and "the coup",
    "engaged in fighting against X" and "fighting against X") is kept where its target is named,
    not also without one or as a mutual act among its doers; then one record per root, source and
    target."""
    # "provided [support] to X": the object of a verb that is itself a trigger belongs to the
    # verb's event (README precedence 5), also when the verb's entry codes another root
    acts = results_of_means(acts)
    verbs = {a.trigger.i: a.code[:2] for a in acts if a.trigger.i == a.clause.i}
    acts = [a for a in acts
            if a.trigger.i == a.clause.i or a.trigger.dep_ != "dobj" or a.trigger.head.i != a.clause.i
            or verbs.get(a.clause.i, a.code[:2]) == a.code[:2]]
    aimed: dict[tuple, set[int]] = {}  # (root, doer) -> triggers that name a target outside the doers
    doers_of: dict[int, set] = {}
    for a in acts:
        doers_of.setdefault(a.trigger.i, set()).add(_actor_key(a.source))
    for a in acts:
        if a.target is not None and _actor_key(a.target) not in doers_of[a.trigger.i]:
            aimed.setdefault((a.code[:2], _actor_key(a.source)), set()).add(a.trigger.i)
    out = []
    seen = set()
    for a in acts:
        other = aimed.get((a.code[:2], _actor_key(a.source)), set()) - {a.trigger.i}
        if other and a.source is not None and (a.target is None or _actor_key(a.target) in doers_of[a.trigger.i]):
            continue
        key = (a.code[:2], a.source.code if a.source else None, a.target.code if a.target else None,
               a.source.name if a.source else None, a.target.name if a.target else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out
