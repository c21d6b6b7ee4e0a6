"""How a place name in a sentence relates to an event trigger, read off the dependency tree.

`relation(root, trigger, clause, feature, spatial)` -> "trigger" (the place is where the
trigger's event happened: "talks in X", "clashes near X", "shelled X", "the X talks"),
"sentence" (a locative phrase hanging elsewhere in the sentence), or None (the name is an
actor, an origin, a possessor...).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..dates.syntax import attaches_to, predicate_of

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
    "coast", "territory", "rest", "outside", "sidelines", "margins", "community", "communities",
})
# After an area noun, these prepositions are locative too ("on the outskirts of").
AREA_PREPS = LOCATIVE_PREPS | {"on", "to", "into", "toward", "towards", "through"}
_CLIMB_NOUN = ("compound", "nmod", "amod", "nummod", "npadvmod")


def relation(root: Token, trigger: Token, clause: frozenset[int], feature: str,
             spatial: Mapping[str, frozenset[str]], hosts: frozenset[str] = frozenset(),
             capital: bool = False) -> str | None:
    """`hosts`: lemmas of event nouns whose own locative phrase places the event (see
    data/host_nouns.tsv); `capital`: the name is a national capital, which as a possessor
    stands for its government ("Riyadh's cold war with Tehran"), not a place."""
    roles = spatial.get(trigger.lemma_.lower(), frozenset())
    if any(c.lemma_.lower() in _GOVERNMENT_NOUNS for c in root.conjuncts):
        return None  # "in Moscow, Tehran and other capitals": governments, not places
    t, via_area, via_event = root, False, False
    for _ in range(12):  # climbing is bounded by the sentence; 12 arcs is plenty
        head = t.head
        if head.i == t.i:
            return None
        dep = t.dep_
        if head.i == trigger.i:
            if dep == "poss" and capital:
                return None
            if dep in ("compound", "nmod", "poss") and feature != "country":
                return "trigger"  # "the Astana talks", "Aleppo's siege" (not "US sanctions")
            if dep in ("dobj", "nsubjpass", "obj") and "object" in roles:
                return "trigger"  # "shelled Douma", "Aleppo was bombed"
            if dep == "npadvmod" and "object" in roles and (
                    t.i == trigger.i + 1
                    or (t.i == trigger.i + 2 and t.doc[t.i - 1].lower_ in _SIDE_WORDS)):
                return "trigger"  # "shelled (east) Aleppo on Monday", misparsed as an adverbial
            if via_event and dep in ("dobj", "obj", "nsubj", "nsubjpass"):
                return "trigger"  # "repelled an attack on X", "an attack on X killed five"
        if dep in ("conj", "appos"):
            t = head
            continue
        if dep == "poss" and _is_area(head) and head.i != trigger.i:
            t, via_area = head, True  # "in Syria's north-east", "on Aleppo's outskirts"
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
            if (prep == "on" and not via_area and owner.pos_ == "NOUN"
                    and "on" in spatial.get(owner.lemma_.lower(), ())):
                t, via_event = owner, True  # the site of a strike: "killed in strikes on X"
                continue
            before = t.doc[head.i - 1] if head.i > 0 else head
            if (prep == "on" and not via_area and owner.i == trigger.i and before.pos_ == "NOUN"
                    and before.dep_ == "pobj" and "on" in spatial.get(before.lemma_.lower(), ())):
                # "killed 20 in the offensive on X", the parser hung "on X" on the verb: the
                # site of the noun right before it
                t, via_event = before, True
                continue
            if prep in LOCATIVE_PREPS or (via_area and prep in AREA_PREPS):
                if owner.dep_ == "pcomp" and owner.head.head.i == trigger.i:
                    return "trigger"  # "killed by shelling near X": a gerund of the means
                if not attaches_to(head, trigger, clause):
                    return "sentence"
                if owner.pos_ in _NOUNS and not _hosts(owner, trigger, clause, roles, spatial, hosts):
                    return None  # describes a participant or topic: "the events in Salisbury"
                return "trigger"
            return None
        if via_area and dep in ("advmod", "npadvmod", "prep", "dobj", "attr"):
            return "trigger" if attaches_to(t, trigger, clause) else "sentence"  # "10 km north of Hama"
        return None
    return None


_NOUNS = ("NOUN", "PROPN", "PRON", "NUM")
_SIDE_WORDS = frozenset({"east", "west", "north", "south", "eastern", "western", "northern",
                         "southern", "central"})
# Nouns that, joined to place names, show the names stand for governments.
_GOVERNMENT_NOUNS = frozenset({"capital", "capitals", "government", "governments", "regime",
                               "regimes", "ally", "allies"})
# Prepositions whose object hosts the event: "killed in an airstrike", "met during a summit".
_HOSTING_PREPS = LOCATIVE_PREPS | {"during", "at"}
_TOPIC_PREPS = frozenset({"for", "over", "about", "to", "into", "on", "regarding", "concerning",
                          "towards", "toward", "upon"})
_COMPANY_PREPS = frozenset({"with", "alongside", "against"})
_NOUN_LINKS = ("conj", "appos", "compound", "nmod", "amod", "nummod", "npadvmod", "poss")
# Prepositions that date the event by another one: "dispersed before the last stand at X",
# "returned after the fall of X" did not happen at X.
TEMPORAL_PREPS = frozenset({"before", "after", "following", "since", "until", "till", "ahead",
                            "prior", "pending"})
# ... unless what follows is a time ("bombed since Monday morning in X").
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "weekend",
                        "month", "year", "dawn", "midnight", "noon", "hour", "time", "monday",
                        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "today", "yesterday", "then"})


def _hosts(noun: Token, trigger: Token, clause: frozenset[int], roles: frozenset[str],
           spatial: Mapping[str, frozenset[str]], hosts: frozenset[str]) -> bool:
    """A locative phrase on `noun` places the trigger's event: the noun is the trigger, the
    site the trigger acts on ("shelled a town in X", "an attack on a base in X"), a subject
    ("clashes in X killed"), its object ("arrested five men in X"), or an event or gathering
    the clause takes part in ("hosted talks in X", "killed in an airstrike near X"). Not a noun inside a topic or a participant
    ("discuss punishing Russia for the events in X", "support for militias in X")."""
    t = noun
    for _ in range(12):
        if t.i == trigger.i or t.i in clause:
            return True
        dep, head = t.dep_, t.head
        if head.i == t.i:
            return False
        lemma = t.lemma_.lower()
        event = lemma in hosts or lemma in spatial or t.lower_ in hosts
        if dep in _NOUN_LINKS:
            t = head
            continue
        if dep in ("nsubj", "nsubjpass"):
            # the subject of the trigger's own predicate, not of a verb that governs it
            # ("an attack on X persuaded Trump to launch strikes")
            return head.i == trigger.i or head.i == predicate_of(trigger).i
        if dep in ("dobj", "obj"):
            # the trigger's own object is where a physical act happened ("arrested five men
            # in X": the parser often hangs the place on the object); another verb's object
            # only when it is an event ("held talks in X")
            if head.i == trigger.i:
                return "aside" not in roles  # not "funded a war in X"
            return event and head.i in clause
        if dep == "pobj":
            prep, owner = head.lower_, head.head
            if ((prep in TEMPORAL_PREPS or (prep in ("of", "to") and owner.lower_ in TEMPORAL_PREPS))
                    and t.lemma_.lower() not in TIME_NOUNS):
                return False  # a time reference to another event ("ahead of", "prior to")
            if owner.i == trigger.i and (prep in roles or (prep == "into" and "to" in roles)):
                return True  # "an attack on a base in X", "a visit to a camp in X"
            if prep == "of" and (event or _is_area(owner)):
                t = owner  # "a round of talks in X", "the province of X"
                continue
            if prep in spatial.get(owner.lemma_.lower(), ()):
                t = owner  # the site of another event noun: "airstrikes on a town in X"
                continue
            if prep in _HOSTING_PREPS:
                t = owner  # "in an airstrike near X", "in the village of X in Y"
                continue
            # a participant of the trigger's clause ("clashed with troops near X": the parser
            # often hangs the place on it), but not a topic ("punishing Russia for the events
            # in X", "support for militias in X", "agreed on a truce in X"); a participant of
            # another noun is judged by that noun ("arrested a man on allegations of training
            # with militants in X")
            if (prep in _COMPANY_PREPS and owner.i != trigger.i and owner.i not in clause
                    and owner.pos_ in ("NOUN", "PROPN")):
                t = owner
                continue
            if (prep in _TOPIC_PREPS and t.i == noun.i and noun.pos_ == "PROPN"
                    and (owner.i == trigger.i or owner.i in clause or owner.lemma_.lower() in hosts)):
                # "talks on Syria in Astana": a name is no place for a place to lie in; the
                # parser hung the talks' place on their topic
                t = owner
                continue
            return prep not in _TOPIC_PREPS
        return False
    return False


def _is_area(tok: Token) -> bool:
    return tok.lower_ in AREA_NOUNS or tok.lemma_.lower() in AREA_NOUNS


def object_of(root: Token, prep: str, nouns: frozenset[str]) -> bool:
    """The name is the object of `prep` on one of `nouns` ("the regime in Damascus")."""
    tok = root
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return (tok.dep_ == "pobj" and tok.head.lower_ == prep
            and tok.head.head.lemma_.lower() in nouns)
