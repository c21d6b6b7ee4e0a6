"""How a place name in a sentence relates to an event trigger, read off the dependency tree.

`relation(root, trigger, clause, feature, spatial)` -> "trigger" (the place is where the
trigger's event happened: "talks in X", "clashes near X", "shelled X", "the X talks"),
"sentence" (a locative phrase hanging elsewhere in the sentence), or None (the name is an
actor, an origin, a possessor...).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..dates.syntax import attaches_to

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around",
                            "throughout", "within", "nearby", "beside", "amid", "off"})
# Nouns through which "of" leads to a place: "the city of Aleppo", "north of Hama",
# "on the outskirts of Damascus".
AREA_NOUNS = frozenset({
    "city", "town", "village", "province", "governorate", "region", "district", "area",
    "outskirts", "suburb", "suburbs", "countryside", "capital", "centre", "center", "heart",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "part", "parts", "state", "enclave", "port", "border", "edge", "streets", "street",
    "neighbourhood", "neighborhood", "stronghold", "county", "municipality", "island",
    "coast", "territory", "rest", "outside", "sidelines", "margins",
})
# After an area noun, these prepositions are locative too ("on the outskirts of").
AREA_PREPS = LOCATIVE_PREPS | {"on", "to", "into", "toward", "towards"}
_CLIMB_NOUN = ("compound", "nmod", "amod", "nummod", "npadvmod")


def relation(root: Token, trigger: Token, clause: frozenset[int], feature: str,
             spatial: Mapping[str, frozenset[str]]) -> str | None:
    roles = spatial.get(trigger.lemma_.lower(), frozenset())
    t, via_area = root, False
    for _ in range(12):  # climbing is bounded by the sentence; 12 arcs is plenty
        head = t.head
        if head.i == t.i:
            return None
        dep = t.dep_
        if head.i == trigger.i:
            if dep in ("compound", "nmod", "poss") and feature != "country":
                return "trigger"  # "the Astana talks", "Aleppo's siege" (not "US sanctions")
            if dep in ("dobj", "nsubjpass", "obj") and "object" in roles:
                return "trigger"  # "shelled Douma", "Aleppo was bombed"
        if dep in ("conj", "appos"):
            t = head
            continue
        if dep in _CLIMB_NOUN and head.pos_ in ("NOUN", "PROPN") and head.i != trigger.i:
            if feature == "country" and t.i == root.i and not _is_area(head):
                return None  # a nationality: "a US airstrike", "targeting US allies"
            via_area = via_area or _is_area(head)
            t = head
            continue
        if dep == "pobj":
            prep = head.lower_
            owner = head.head
            if prep == "of" and _is_area(owner):
                t, via_area = owner, True
                continue
            if owner.i == trigger.i and (prep in roles or (prep == "into" and "to" in roles)):
                return "trigger"  # "a visit to Moscow", "the siege of Aleppo"
            if prep in ("to", "into") and "to" in roles and owner.i in clause:
                return "trigger"
            if prep == "in" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "particular":
                return None  # "in particular Russia"
            if prep in LOCATIVE_PREPS or (via_area and prep in AREA_PREPS):
                return "trigger" if attaches_to(head, trigger, clause) else "sentence"
            return None
        if via_area and dep in ("advmod", "npadvmod", "prep", "dobj", "attr"):
            return "trigger" if attaches_to(t, trigger, clause) else "sentence"  # "10 km north of Hama"
        return None
    return None


def _is_area(tok: Token) -> bool:
    return tok.lower_ in AREA_NOUNS or tok.lemma_.lower() in AREA_NOUNS
