"""How much of a named place a phrase means: the place itself, its province, or its vicinity.

`scope(doc, start, end) -> "admin1" | "part" | "side" | "near" | None`, read off the words around
a place name:
- "admin1": the name stands for its first-level division ("Idlib province", "the province of
  Deir ez-Zor", "the Hama countryside", "rural Damascus", "Idlib, Syria's last province");
- "near": the event happened around the place, not in it ("near Damascus", "on the outskirts
  of Aleppo", "10km north of Hama", "Aleppo's suburbs");
- "part": somewhere in the named area ("the village of X in Hama", "towns in Idlib", "the
  Idlib region"): the province when it shares the name, else somewhere near the town;
- "side": a side of the named area ("southern Idlib", "northern Hama"): the province when it
  shares the name and the city is not a large one ("eastern Aleppo" is the city's east);
- None: the place itself.
The resolver turns "admin1" into the division the place lies in (or a division of that name)
and records "near" as a lower precision, so that a city's point is never claimed for an event
that happened somewhere in its province or outside it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

PROVINCE_WORDS = frozenset({"province", "governorate", "countryside", "provinces", "governorates"})
NEAR_WORDS = frozenset({
    "outskirts", "suburb", "suburbs", "edge", "edges", "outside", "vicinity", "environs",
    "periphery", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "north-east", "north-west", "south-east", "south-west", "km", "kilometres",
    "kilometers", "miles", "mile", "kilometre", "kilometer",
})
# Nouns of the land around a town that a name before them only locates: "the Damascus suburbs".
_OUTER_WORDS = frozenset({"suburb", "suburbs", "outskirts", "periphery", "environs", "vicinity"})
PART_WORDS = frozenset({"parts", "part", "areas", "area", "regions"})
COAST_WORDS = frozenset({"coast", "coasts", "coastline", "shore", "shores", "waters"})
DISTANCE_WORDS = frozenset({"km", "kilometres", "kilometers", "miles", "mile", "kilometre", "kilometer",
                            "metres", "meters"})
_TOWN_NOUNS = frozenset({"port", "city", "town", "village", "capital"})
NEAR_PREPS = frozenset({"near", "outside", "around", "nearby", "beside", "off", "close", "towards",
                        "toward"})
_RURAL = frozenset({"rural"})
SIDE_WORDS = frozenset({
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
})  # not "central": "central Hama" is the city's centre
# Nouns after a name that mean the land around the town: its province when they share the name.
AREA_WORDS = frozenset({"region", "area", "district", "districts", "regions", "areas"})
# Nouns of settlements that lie inside an area rather than make it up.
SETTLEMENT_WORDS = frozenset({"town", "towns", "village", "villages", "hamlet", "hamlets",
                              "settlement", "settlements", "camp", "camps"})


def scope(doc: Doc, start: int, end: int) -> str | None:
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in PROVINCE_WORDS:
        return "admin1"  # "Idlib province" (when the gazetteer has no such name)
    if nxt is not None and nxt.lower_ in ("and", ",") and _listed_provinces(doc, end):
        return "admin1"  # "in Idlib and Hama provinces"
    if nxt is not None and nxt.lower_ in AREA_WORDS:
        return "part"  # "the Idlib region", "the Afrin district"
    if start > 0 and doc[start - 1].lower_ in _RURAL:
        return "admin1"
    if _province_follows(doc, end):
        return "admin1"
    if start > 0 and doc[start - 1].lower_ in SIDE_WORDS:
        return "side"
    root = doc[start:end].root
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.lower_ in _OUTER_WORDS:
        return "near"  # "the Damascus suburbs (of eastern Ghouta)"
    if root.dep_ == "poss" and head.i != root.i:  # "Aleppo's countryside / suburbs"
        word = head.lower_
        if word in PROVINCE_WORDS:
            return "admin1"
        if word in NEAR_WORDS:
            return "near"
    if root.dep_ == "pobj":
        prep = head.lower_
        if prep in NEAR_PREPS or (prep in ("to", "from") and head.head.lower_ in ("close", "next")):
            return "near"
        if prep == "of":
            owner = head.head
            if owner.lemma_.lower() in PROVINCE_WORDS or owner.lower_ in PROVINCE_WORDS:
                return "admin1"
            if owner.lower_ in NEAR_WORDS or owner.lemma_.lower() in NEAR_WORDS:
                return "near"
            if owner.lower_ in COAST_WORDS:
                return "near"  # "off the coast of Hodeidah"
            if owner.lower_ in PART_WORDS:
                return "part"  # "other parts of Deraa": the province when it shares the name
            if owner.lower_ in _TOWN_NOUNS and owner.dep_ == "pobj":
                prep, head = owner.head.lower_, owner.head  # "30 miles from the port of X"
        if prep == "from" and head.head.lower_ in DISTANCE_WORDS:
            return "near"  # "30 miles from Hodeidah"
        if prep in ("in", "inside", "within") and _settlement(head.head):
            return "part"
    return None


def _listed_provinces(doc: Doc, end: int) -> bool:
    """"Idlib and Hama provinces", "Idlib, Hama and Latakia governorates"."""
    for k in range(end, min(end + 8, len(doc))):
        word = doc[k].lower_
        if word in ("provinces", "governorates"):
            return True
        if word not in ("and", ",") and not doc[k].text[:1].isupper() and doc[k].text not in "-‐":
            return False
    return False


def _settlement(owner) -> bool:
    """"villages in X", "the town of Y in X" (the parser hangs "in X" on the noun or on Y)."""
    if owner.lower_ in SETTLEMENT_WORDS:
        return True
    while owner.dep_ in ("compound", "appos", "conj") and owner.head.i != owner.i:
        owner = owner.head
    return (owner.dep_ == "pobj" and owner.head.lower_ == "of"
            and owner.head.head.lower_ in SETTLEMENT_WORDS)


# Words that may stand between a name and the "province" that describes it.
_DESCRIBERS = ("DET", "ADJ", "PROPN", "NOUN", "PART", "NUM", "PUNCT", "CCONJ")


def _province_follows(doc: Doc, end: int) -> bool:
    """"Idlib, Syria's last holdout province" (read off the words: the parser often hangs
    such an apposition elsewhere)."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for k in range(end + 1, min(end + 9, len(doc))):
        tok = doc[k]
        if tok.lower_ in PROVINCE_WORDS:
            return True
        # participles describe too: "Syria's last rebel-held province"
        if (tok.pos_ not in _DESCRIBERS and tok.tag_ not in ("VBN", "VBG")) or tok.text in (",", ";", ".", "(", ")"):
            return False
    return False


def outside_of(root: Token) -> bool:
    """The name is the object of "outside" or "beyond": near a city, but not in a country."""
    tok = root
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("outside", "beyond")


# Area nouns whose plural "outside X" spreads around X ("villages outside Aleppo").
_AROUND_NOUNS = frozenset({"area", "region", "village", "town", "district", "province", "part",
                           "suburb", "community", "city"})


def around(root: Token) -> bool:
    """The name is what places lie outside of: "outside of X", "areas outside X" (a spot just
    outside a town, "a checkpoint outside X", is near the town)."""
    tok = root
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ == "outside":
        return True
    owner = prep.head
    return (prep.lower_ in ("outside", "beyond") and owner.tag_ == "NNS"
            and owner.lemma_.lower() in _AROUND_NOUNS)
