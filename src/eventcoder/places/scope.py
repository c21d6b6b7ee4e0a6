"""How much of a named place a phrase means: the place itself, its province, or its vicinity.

`scope(doc, start, end) -> "admin1" | "near" | None`, read off the words around a place name:
- "admin1": the name stands for its first-level division ("Idlib province", "the province of
  Deir ez-Zor", "the Hama countryside", "rural Damascus", "Idlib, Syria's last province");
- "near": the event happened around the place, not in it ("near Damascus", "on the outskirts
  of Aleppo", "10km north of Hama", "Aleppo's suburbs");
- None: the place itself.
The resolver turns "admin1" into the division the place lies in (or a division of that name)
and records "near" as a lower precision, so that a city's point is never claimed for an event
that happened somewhere in its province or outside it.
"""

from __future__ import annotations

from spacy.tokens import Doc

PROVINCE_WORDS = frozenset({"province", "governorate", "countryside", "provinces", "governorates"})
NEAR_WORDS = frozenset({
    "outskirts", "suburb", "suburbs", "edge", "edges", "outside", "vicinity", "environs",
    "periphery", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "north-east", "north-west", "south-east", "south-west", "km", "kilometres",
    "kilometers", "miles", "mile", "kilometre", "kilometer",
})
NEAR_PREPS = frozenset({"near", "outside", "around", "nearby", "beside", "off", "close", "towards",
                        "toward"})
_RURAL = frozenset({"rural"})


def scope(doc: Doc, start: int, end: int) -> str | None:
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in PROVINCE_WORDS:
        return "admin1"  # "Idlib province" (when the gazetteer has no such name)
    if start > 0 and doc[start - 1].lower_ in _RURAL:
        return "admin1"
    if _province_follows(doc, end):
        return "admin1"
    root = doc[start:end].root
    head = root.head
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
    return None


# Words that may stand between a name and the "province" that describes it.
_DESCRIBERS = ("DET", "ADJ", "PROPN", "NOUN", "PART", "NUM", "PUNCT", "CCONJ")


def _province_follows(doc: Doc, end: int) -> bool:
    """"Idlib, Syria's last holdout province" (read off the words: the parser often hangs
    such an apposition elsewhere)."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for k in range(end + 1, min(end + 7, len(doc))):
        tok = doc[k]
        if tok.lower_ in PROVINCE_WORDS:
            return True
        if tok.pos_ not in _DESCRIBERS or tok.text in (",", ";", ".", "(", ")"):
            return False
    return False
