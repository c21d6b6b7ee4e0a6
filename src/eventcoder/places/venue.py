"""Where the doer of an act was when acting: the phrase on the act's verb ("said in Geneva"),
on a speaking participle ("Speaking in Ankara, X said"), or a venue the act hangs on ("at the
summit in Brussels", "during a visit to Tokyo", "told reporters in Ankara", "X, who was in
Ankara, said"), a world body's seat ("vetoed the draft at the UN Security Council"), and the
towns an article names as places of meeting ("talks in X", "arrived in X"). Read off the
dependency tree; used by choice.EventPlacer.
"""

from __future__ import annotations

# CAMEO roots of verbal acts: statements, appeals, intentions, praise, investigations, demands,
# criticism, rejections, threats.
VERBAL_ROOTS = frozenset(("01", "02", "03", "05", "09", "10", "11", "12", "13"))
# Verbs of speaking that, as a participle before a statement, tell where it was made.
SPEAKING_VERBS = frozenset(("speak", "talk", "address", "tell", "write", "say"))


def speaking_modifier(tok, say_verbs) -> bool:
    """"[Speaking] in Ankara, X said": a participle of speaking that modifies the statement."""
    lemma = tok.lemma_.lower()
    return tok.dep_ in ("advcl", "csubj") and (lemma in SPEAKING_VERBS or lemma in say_verbs)


def on_verb(place_root, heads: set[int], say_verbs=frozenset()) -> bool:
    """The place is the object of a preposition attached to the event's verb ("said in Geneva"),
    or to a verb of speaking that modifies it ("Speaking in Ankara, Erdogan said"), or is the
    venue the act was done at (`at_venue`)."""
    tok = phrase_head(place_root)
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return at_venue(place_root, heads)
    verb = tok.head.head
    if verb.i in heads:
        return True
    if verb.head.i in heads and speaking_modifier(verb, say_verbs):
        return True
    return at_venue(place_root, heads, say_verbs)


def phrase_head(tok):
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def at_venue(place_root, heads: set[int], say_verbs=frozenset()) -> bool:
    """The place is where the act's doer was when acting: a gathering or trip the act hangs on
    ("at the summit in Brussels, Macron said", "during a visit to Tokyo, Trump signed", "on
    the sidelines of a summit in Osaka"), the audience of a statement ("told reporters in
    Ankara"), or where the doer is said to be ("Lavrov, who was in Ankara for talks, said";
    "the prime minister, on a visit to Paris, pledged")."""
    tok = phrase_head(place_root)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BEING_AT:  # "who is visiting Paris"
        return _doer_clause(tok.head, heads)
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in _VENUE_PREPS:
        return False
    prep, owner = tok.head.lower_, tok.head.head
    if owner.pos_ in ("VERB", "AUX"):
        # "X, who was in Ankara", "who arrived in Paris": the doer's whereabouts
        return prep != "to" and owner.lemma_.lower() in _BEING_AT and _doer_clause(owner, heads)
    for _ in range(3):
        if owner.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = owner.lemma_.lower()
        if lemma in AUDIENCES and owner.dep_ in ("dobj", "dative") and owner.head.i in heads:
            return True  # "told reporters in Ankara", "addressed a rally in X"
        if lemma not in _GATHERINGS and lemma not in _VENUE_PARTS:
            return False  # not "days after the attack in Paris, William showed solidarity"
        if prep == "to" and lemma not in _TRIPS:
            return False  # "a summit to X" is no venue; "a visit to X" is
        if owner.dep_ != "pobj" or owner.head.lower_ not in _AT_PREPS:
            return False
        prep, owner = owner.head.lower_, owner.head.head  # "at the summit", "during a visit"
        if owner.i in heads or (owner.head.i in heads and speaking_modifier(owner, say_verbs)):
            return True  # "speaking at a conference in Vienna, X said"
        if owner.dep_ in ("nsubj", "nsubjpass") and owner.head.i in heads:
            return True  # "the prime minister, on a visit to Paris, pledged"
    return False


def _doer_clause(verb, heads: set[int]) -> bool:
    """`verb` heads a relative clause on the subject of the act: "X, who was in Ankara, said"."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in heads


# Prepositions of a venue's place ("a summit in X", "a visit to X"), and of being at a venue.
_VENUE_PREPS = frozenset(("in", "at", "to", "near", "inside"))
_AT_PREPS = frozenset(("at", "during", "on", "in", "after", "of"))
# Gatherings and trips an act is done at ("at the summit", "during a visit", "after talks").
_GATHERINGS = frozenset(("talk", "talks", "negotiation", "negotiations", "summit", "meeting", "conference",
                         "session", "forum", "gathering", "visit", "trip", "tour", "ceremony", "speech",
                         "interview", "briefing", "hearing", "funeral", "rally", "vigil", "convention",
                         "congress", "assembly", "dinner", "lunch", "reception", "journey", "stop",
                         "stopover", "event", "celebration", "parade"))
# Nouns of a trip, whose "to" phrase is where it went; parts of a venue ("on the sidelines of").
_TRIPS = frozenset(("visit", "trip", "tour", "journey", "stop", "stopover"))
_VENUE_PARTS = frozenset(("sidelines", "sideline", "margins", "margin", "side"))
# Verbs of being somewhere, in a relative clause on the doer ("who was in Ankara").
_BEING_AT = frozenset(("be", "visit", "arrive", "stay", "travel", "attend"))
# Audiences a statement is made to, whose place is where it was made.
AUDIENCES = frozenset(("reporter", "reporters", "journalist", "journalists", "audience", "crowd",
                       "supporter", "supporters", "lawmaker", "lawmakers", "delegate", "delegates",
                       "student", "students", "troops", "parliament", "press", "rally", "conference",
                       "gathering", "briefing"))


# Verbs of arriving or meeting whose "in"/"at" phrase, or object, is where a visit took place.
_VISITING = frozenset(("meet", "arrive", "land", "visit", "hold", "host"))


def meeting_place(root, meeting_nouns) -> bool:
    """The name is where people met or visited: "talks in X", "arrived in X", "visiting X",
    "a visit to X" (a town named so in the same article places a visit told only by country)."""
    tok = phrase_head(root)
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() == "visit"
    if tok.dep_ != "pobj":
        return False
    prep, host = tok.head.lower_, tok.head.head
    lemma = host.lemma_.lower()
    if prep in ("in", "at"):
        return lemma in meeting_nouns or lemma in _VISITING
    return prep == "to" and lemma in _TRIPS


# Bodies that sit abroad for every dateline: what is done "at the UN Security Council" is done
# in New York or Geneva, not at the desk.
WORLD_BODIES = ("security council", "general assembly", "united nations", "un", "u.n.",
                "human rights council", "world trade organization", "wto", "nato", "opcw")
_WORLD_PREPS = frozenset(("at", "before", "in", "to", "inside"))


def at_world_body(act, sent) -> bool:
    """The act is done at, or addressed to, a world body's seat: a phrase "at/before/to the UN
    (Security Council, General Assembly)" on the trigger or its clause, or such a body as the
    target of a vote, veto or address."""
    target = act.target
    if (target is not None and not target.country and (act.code[:2] not in VERBAL_ROOTS or act.code[:2] == "12")
            and _names_world_body(target.text.lower())):  # a vote or veto, not "criticised the UN"
        return True
    for head in {act.trigger.i: act.trigger, act.clause.i: act.clause}.values():
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _WORLD_PREPS:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and _names_world_body(
                        sent.doc[obj.left_edge.i:obj.i + 1].text.lower()):
                    return True
    return False


def _names_world_body(text: str) -> bool:
    words = text.replace("the ", " ").split()
    joined = " ".join(words)
    return any(f" {b} " in f" {joined} " for b in WORLD_BODIES)


# Verbs of going or being somewhere, whose place is where the doer then met ("arrived in X and
# held talks", "flew to X and met Y", "was in X, where he met Y").
_ARRIVING = frozenset(("arrive", "fly", "travel", "go", "come", "be", "land", "visit", "head"))


def arrival_verbs(clause) -> list:
    """The verbs that bring the doer of `clause` to a place: the verb it is coordinated with
    ("arrived in X and held talks"), or the verb whose phrase a "where" clause hangs on ("was
    in X on Monday, where he met Y")."""
    out = []
    if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        out.append(clause.head)
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
        tok = clause.head
        for _ in range(3):  # "in Moscow", "on Monday": up to the verb they hang on
            if tok.pos_ in ("VERB", "AUX"):
                out.append(tok)
                break
            tok = tok.head
    return [v for v in out if v.lemma_.lower() in _ARRIVING]


def arrived_at(root, verbs) -> bool:
    """The place is where one of `verbs` brought the doer: "arrived in X", "flew to X",
    "visited X"."""
    tok = phrase_head(root)
    ids = {v.i for v in verbs}
    if tok.dep_ == "dobj":
        return tok.head.i in ids and tok.head.lemma_.lower() == "visit"
    return (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to", "at", "into")
            and tok.head.head.i in ids)

