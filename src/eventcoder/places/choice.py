"""Where an event happened, chosen among the places its sentence names.

A verbal act happens where it is made, not where what it talks about happened; a dateline is
where the reporter is, which a body of no country, a trip abroad or fighting in a country the
article is mostly about did not act at. The place
look-up itself (names, candidates, ranking) is the PlaceResolver's.
"""

from __future__ import annotations

from collections.abc import Callable

from ..record import Location
from .resolver import PlaceResolver

# CAMEO roots of verbal acts: statements, appeals, intentions, praise, investigations, demands,
# criticism, rejections, threats.
VERBAL_ROOTS = frozenset(("01", "02", "03", "05", "09", "10", "11", "12", "13"))
VISIT = "042"  # CAMEO "make a visit"
CONSULT = "04"  # CAMEO "consult": talks, meetings, visits
FORCE_ROOTS = frozenset(("15", "16", "17", "18", "19", "20"))  # troops sent "to" X are not a trip
# Acts done in the field, not at a desk: protests, force postures, assaults, fights, mass
# violence, military retreats (not sanctions or arrests, which a government orders at home).
FIELD_ROOTS = frozenset(("14", "15", "18", "19", "20"))
FIELD_CODES = ("087",)


def _on_verb(place_root, heads: set[int], say_verbs=frozenset()) -> bool:
    """The place is the object of a preposition attached to the event's verb ("said in Geneva"),
    or to a verb of speaking that modifies it ("Speaking in Ankara, Erdogan said")."""
    tok = place_root
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    if verb.i in heads:
        return True
    return verb.head.i in heads and _speaking_modifier(verb, say_verbs)


def _inside_actor(doc, m, offset: int, spans) -> bool:
    start = offset + doc[m.start].idx
    end = offset + doc[m.end - 1].idx + len(doc[m.end - 1].text)
    return any(a <= start and end <= b for a, b in spans)


def _after_object(place_root, country: str, speaker_country: str | None) -> bool:
    """"derides Iran's role in Syria" is often parsed "derides ... in Syria": a place phrase
    right after the verb's object places the statement only in the speaker's own country."""
    tok = place_root
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    objects = [c for c in prep.head.children if c.dep_ in ("dobj", "obj") and c.i < prep.i]
    return bool(objects) and prep.i == objects[-1].right_edge.i + 1 and country != speaker_country


# Verbs of speaking that, as a participle before a statement, tell where it was made.
SPEAKING_VERBS = frozenset(("speak", "talk", "address", "tell", "write", "say"))


def _speaking_modifier(tok, say_verbs) -> bool:
    """"[Speaking] in Ankara, X said": a participle of speaking that modifies the statement."""
    lemma = tok.lemma_.lower()
    return tok.dep_ in ("advcl", "csubj") and (lemma in SPEAKING_VERBS or lemma in say_verbs)


def _quoted(sent, i: int) -> bool:
    """Token i lies inside a quotation: what was said, not where it was said."""
    opened = straight = 0
    for tok in sent.doc[sent.start:i]:
        if tok.text == "“":
            opened += 1
        elif tok.text == "”":
            opened = max(opened - 1, 0)
        elif tok.text == '"':
            straight += 1
    return opened > 0 or straight % 2 == 1


class EventPlacer:
    """Chooses an event's location from its sentence's place mentions, the article's geographic
    context and the dateline."""

    def __init__(self, places: PlaceResolver, say_head: Callable, say_verbs: frozenset[str]):
        self.places = places
        self.say_head = say_head  # the verb of saying that governs a clause, if any
        self.say_verbs = say_verbs

    def locate(self, act, sent, offset: int, geo, places) -> Location | None:
        """`act` is an events.extract.Act in `sent` (a span of a paragraph starting at `offset`
        in the article); `geo` the article's context, `places` the sentence's mentions."""
        code = act.code
        countries = tuple(a.country if a is not None else None for a in (act.source, act.target))
        anchor = act.trigger  # the word whose phrases say where the event happened
        also: list = []
        if places:
            # a named actor's words are no place ("Merkel's visit": Merkel is also an
            # Alabama town)
            named = [(a.start, a.end) for a in (act.source, act.target)
                     if a is not None and a.name and a.start is not None]
            places = [m for m in places if not _inside_actor(sent.doc, m, offset, named)]
        if code[:2] in VERBAL_ROOTS and places:
            # A statement happens where it is made ("said in Geneva"), not where what it is
            # about happened ("blamed X for the attack in Douma"): only places in a phrase
            # hanging on the verb itself count (else the dateline rule applies).
            heads = {act.trigger.i, act.clause.i}
            say = self.say_head(act.clause)
            if say is not None and say.i != act.trigger.i:
                # the act is the saying; the trigger's clause is what was said ("retorted
                # that the US should stay in Syria" was not said in Syria)
                heads, anchor = {say.i}, say
            elif act.clause.i != act.trigger.i and act.clause.lemma_.lower() in self.say_verbs:
                heads, anchor = {act.clause.i}, act.clause  # the clause is the saying
            places = [m for m in places if not _quoted(sent, m.start)
                      and _on_verb(sent.doc[m.start:m.end].root, heads, self.say_verbs)
                      and not _after_object(sent.doc[m.start:m.end].root, m.best.place.country,
                                            countries[0])]
            # "[Speaking] in Ankara, Erdogan said": the speaking verb's phrases count too
            also = [c for h in heads for c in sent.doc[h].children
                    if _speaking_modifier(c, self.say_verbs)]
        where = self.places.event_location(sent, anchor, geo, countries, mentions=places, also=also)
        if where is not None and where.method == "sentence" and (code[:2] in VERBAL_ROOTS or code[:2] == CONSULT):
            # nor do talks happen where the places of another clause are ("in talks to move
            # prisoners to camps in Iraq", "after meeting X, officials said troops would stay
            # in Iraq"): by hand-checked samples such places are their topic
            where = None
        if where is not None and where.method == "dateline" and act.source is not None \
                and not act.source.country:
            # the dateline is where the reporter is: a court or body of no country
            # ("the European Court ruled", MOSCOW dateline) did not act there
            where = None
        if where is not None and where.method == "dateline" and where.country != countries[1] and (
                code.startswith(VISIT) or (code[:2] not in FORCE_ROOTS and "to" in self.places.spatial.get(
                    act.trigger.lemma_.lower(), ()))):
            where = None  # a trip happens at its destination, not where the story is filed
        if (where is not None and where.method == "dateline" and geo.dominant
                and where.country != geo.dominant
                and (code[:2] in FIELD_ROOTS or code.startswith(FIELD_CODES))):
            # a MOSCOW story about a battle in Syria: the fighting is not at the desk
            where = None
        return where
