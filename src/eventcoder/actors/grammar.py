"""Closed-class English words and dependency labels the resolver reasons with.

These are grammar, not actor knowledge (which lives in the data files): pronoun classes,
partitive heads ("members of X" denotes X), group heads that take their sector from a
modifier ("opposition coalition"), and the dependency labels of noun-phrase arguments.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

FIRST_PERSON = frozenset(["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"])
PERSONAL = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself"])
GROUP_PRONOUNS = frozenset(["it", "its", "itself", "they", "them", "their", "theirs", "themselves"])
RELATIVE = frozenset(["who", "whom", "whose", "which", "that"])
SINGULAR_GROUP_PRONOUNS = frozenset(["it", "its", "itself"])
# Verbs whose subject "it" stands for nothing before a "that" clause ("it seems that").
IMPERSONAL_VERBS = frozenset(["seem", "appear", "happen", "emerge", "transpire"])
QUOTES = frozenset(['"', "“", "”"])
# Singular nouns that denote one person: a subject "the activist" or "a 25-year-old man" is a
# closer antecedent for "he"/"she" than a person named earlier (titles count as well).
PERSON_NOUNS = frozenset([
    "man", "woman", "boy", "girl", "person", "activist", "suspect", "seeker", "asylum-seeker",
    "journalist", "reporter", "lawyer", "attorney", "doctor", "student", "teacher", "soldier",
    "officer", "victim", "resident", "worker", "gunman", "attacker", "assailant", "driver",
    "defendant", "prisoner", "detainee", "migrant", "refugee", "dissident", "blogger", "critic",
    "protester", "father", "mother", "son", "daughter", "husband", "wife", "tourist", "pilot",
    "priest", "bomber", "militant", "fighter", "citizen", "critic", "opponent",
])

# "members of the opposition" denotes the opposition.
PARTITIVES = frozenset([
    "member", "members", "some", "many", "most", "part", "all", "few", "several", "one", "two",
    "three", "dozens", "hundreds", "thousands", "majority", "minority", "rest", "remainder", "each",
    "both", "any", "none"
])
# Heads with no sector of their own that denote a group of their modifier's sector
# ("opposition coalition", "rebel groups", "government delegation").
GROUP_HEADS = frozenset([
    "coalition", "coalitions", "alliance", "alliances", "group", "groups", "bloc", "blocs", "camp",
    "movement", "movements", "faction", "factions", "side", "sides", "members", "supporters",
    "figures", "ranks", "wing", "delegation", "delegations", "representatives", "representative",
    "team", "teams", "circles", "body", "bodies", "front"
])
# People acting for others, with no sector of their own: "government negotiator" is GOV,
# "the opposition's negotiator" OPP; alone they are taken as government agents.
AGENT_HEADS = frozenset([
    "negotiator", "negotiators", "delegate", "delegates", "representative", "representatives",
    "emissary", "emissaries", "mediator", "mediators", "leader", "leaders",
])
# Acts of armed forces: "a Turkish incursion" is the Turkish military's, "German mediation"
# (any other act or institution named by a nationality) the German government's.
MILITARY_ACTS = frozenset([
    "incursion", "offensive", "invasion", "airstrike", "air-strike", "strike", "bombing", "bombardment",
    "shelling", "raid", "assault", "attack", "operation", "deployment", "intervention", "blockade",
    "drill", "exercise", "manoeuvre", "maneuver", "patrol", "buildup", "build-up", "occupation", "fire",
])
# What a state proposes, decides or does to others, named by a nationality also in the plural
# or with a person-like ending ("American proposals", "the Chinese offer", "Greek reforms",
# "Israeli settlements"): the state's, not its people's ("Greek workers" stay people).
STATE_ACTS = frozenset([
    "proposal", "offer", "plan", "policy", "reform", "sanction", "demand", "decision", "law", "bill",
    "initiative", "move", "effort", "strategy", "stance", "request", "pledge", "commitment",
    "assistance", "aid", "pressure", "threat", "warning", "accusation", "allegation", "ultimatum", "veto",
    "crackdown", "measure", "restriction", "tariff", "ban", "embargo", "order", "regulation", "legislation",
    "involvement", "interference", "meddling", "aggression", "settlement", "concession", "guarantee",
    "response", "retaliation", "provocation", "statement", "announcement", "overture", "counterproposal",
    "program", "programme", "attempt", "activity", "action", "operation", "campaign",
])
# Places and property named by a nationality ("Palestinian land", "Turkish soil", "the Syrian
# border"): no actor at all.
PLACE_NOUNS = frozenset([
    "land", "lands", "territory", "soil", "border", "frontier", "city", "town", "village", "province",
    "region", "home", "property", "water", "waters", "airspace", "coast", "island", "capital",
    "countryside", "mainland", "port", "embassy", "consulate", "market", "economy", "language", "flag",
])
# Endings of nouns for people ("nationalist", "politician", "soldier", "investor", "refugee").
PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ee", "ant", "ent", "man", "woman")
# Institutions a country has one of: in the plural without a country ("a majority of
# governments") they are several countries', never the article's.
ONE_PER_COUNTRY = frozenset([
    "government", "administration", "regime", "parliament", "legislature", "cabinet", "military", "army",
    "navy", "central bank", "president", "prime minister", "head of state", "monarch", "king",
])
# Last words of a named body that make it an armed force ("Russian Aerospace Forces").
MILITARY_NAMES = frozenset(["force", "forces", "army", "navy", "guard", "guards", "corps", "fleet", "command"])
# Prepositions whose object qualifies the head: "the government of Venezuela",
# "ministers from Chile". Other prepositions start a new argument.
QUALIFYING_PREPS = frozenset(("of", "from"))
# Heads that speak for whom "for" names: "a spokesman [for] the Maritime Self Defence Force".
SPEAKING_HEADS = frozenset(("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"))
# Words that tie fighters to the armed group they belong to: "militants [linked to] IS", "gunmen
# [loyal to] al-Shabab", "a bomber [with] IS [links]" (the group then names them).
AFFILIATION_WORDS = frozenset(("link", "linked", "affiliate", "affiliated", "ally", "allied", "align", "aligned",
                               "tie", "tied", "connect", "connected", "loyal", "belong", "belonging"))
AFFILIATION_NOUNS = frozenset(("link", "links", "tie", "ties", "connection", "connections", "affiliation"))
ARMED_GROUP_SECTORS = frozenset(("REB", "INS", "RAD", "SEP", "UAF"))
# Compass words the gazetteer knows as some town ("the North" of a Korea story is not a place).
COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western"])
# Prepositions that make a capital a place, not its government ("talks in Washington").
# Particles of surnames: a capital right after one is part of a person's name ("Leila de Lima").
NAME_PARTICLES = frozenset(["de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "le"])
LOCATIVE_PREPS = frozenset(["in", "at", "near", "inside", "outside", "around", "across", "throughout"])

SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj"))
ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "obj", "iobj", "dative", "attr", "oprd", "agent"))
# Dependents of a noun that belong to its phrase (left side).
NP_LEFT_DEPS = frozenset(("det", "amod", "compound", "poss", "case", "nummod", "nmod", "npadvmod",
                          "quantmod", "predet", "advmod", "punct", "prep", "pobj"))
NOMINAL_POS = frozenset(("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"))
NAME_POS = frozenset(("PROPN", "NOUN", "X", "ADJ"))
# Words that may stand between a title and what it qualifies: "chief government negotiator",
# "lead opposition negotiator", "top general".
# First words of a second-rank office: "the president" is not the vice president named before.
SUBORDINATE_TITLES = frozenset(("vice", "deputy", "assistant", "under", "lieutenant", "vice-president"))


def title_key(phrase: str) -> str:
    """The word a titled person is remembered by ("foreign minister" -> "minister", so that "the
    minister" recalls them), or the whole title of a second-rank office ("vice president")."""
    words = phrase.split()
    return phrase if len(words) > 1 and words[0] in SUBORDINATE_TITLES else words[-1]


TITLE_QUALIFIERS = frozenset([
    "chief", "lead", "top", "senior", "deputy", "acting", "interim", "head", "main", "new",
    "incoming", "outgoing", "then", "current", "veteran", "assistant", "associate"
])
# Tokens a noun phrase never spans across (see `np_left`).
_BOUNDARIES = frozenset((",", '"', "“", "”", "'", "‘", "’", ":", ";", "(", ")", "—", "–", "--", "..."))


def np_left(tok: Token) -> int:
    """First token of the phrase `tok` heads: its left edge, but never across a comma, quote
    or colon (a misparse can hang a whole quotation on the speaker's name)."""
    doc, left = tok.doc, tok.left_edge.i
    for k in range(tok.i - 1, left - 1, -1):
        if doc[k].text in _BOUNDARIES:
            return k + 1
    return left


def low_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


STANCE_PREFIXES = frozenset(("anti", "pro"))
HONORIFIC_WORDS = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam"))
# Generational suffixes: "Donald Trump Jr." is the son, not the KB's Donald Trump.
GENERATION_SUFFIXES = frozenset(("Jr.", "Jr", "JR.", "Sr.", "Sr", "SR.", "II", "III", "IV"))


def is_honorific(word: str) -> bool:
    """An honorific or abbreviated title ("Mr", "Sen."), not a first name."""
    return word.endswith(".") or word.lower() in HONORIFIC_WORDS


# "Armenia-backed fighters", "Iranian-funded militias": the sponsor, not the group's country.
# What a state sends ("Russia sent troops", "Norway will dispatch envoys") is its own.
DISPATCH_VERBS = frozenset(("send", "deploy", "dispatch", "despatch", "station", "post"))
SPONSOR_WORDS = frozenset(("backed", "sponsored", "funded", "supported", "financed", "armed", "trained"))


def backed_by(doc: Doc, end: int) -> bool:
    """Is the country word ending before `end` the sponsor in "X-backed"?"""
    k = end + 1 if end < len(doc) and doc[end].text == "-" else end
    return k < len(doc) and doc[k].lower_ in SPONSOR_WORDS


# Lower-case words a sentence needs to count as prose, not a title-case headline in which any
# capitalised run looks like a name ("Police Raid Union Offices").
PROSE_WORDS = 3


def in_prose(tok: Token) -> bool:
    """Is the token's sentence ordinary prose (not a title-case headline)?"""
    return sum(1 for t in tok.sent if t.is_alpha and t.text[:1].islower()) >= PROSE_WORDS


# Ages news gives after a private person's name ("John Smith, 29, of Leeds").
AGES = range(1, 111)


def stated_age(tok: Token) -> Token | None:
    """The age set off by commas right after the name ending at `tok` ("Smith, 29,"), if any."""
    doc = tok.doc
    k = tok.i + 2
    if k >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    age = doc[k]
    after = doc[k + 1].text if k + 1 < len(doc) else "."
    if (age.dep_ != "appos" or age.head.i != tok.i or not age.text.isdigit() or int(age.text) not in AGES
            or after not in (",", ".", ")", ";")):
        return None
    return age


# Words that make a town's name part of a longer one ("Broome County", "Quezon City").
ADMIN_UNITS = frozenset(("county", "city", "province", "district", "township", "parish", "borough", "state"))


def for_or_against(doc: Doc, start: int) -> bool:
    """Is the word at `start` the object of an "anti-"/"pro-" prefix ("anti-Syria")?"""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_PREFIXES

def list_member(head: Token, child: Token) -> bool:
    """A name the parser hung as an apposition although it is an item of a list: "the US,
    [Russia], and Switzerland met" (the "and" and the last name hang on Russia or on the US). A
    real apposition describes its head ("Lavrov, Russia's foreign minister") and ends no list of
    names; nor does one naming an office's holder ("the President of ICOS, Martin Keane, and ...")."""
    if child.dep_ != "appos" or child.pos_ != "PROPN" or head.pos_ != "PROPN":
        return False
    if any(c.dep_ == "prep" for c in head.children):
        return False
    return any(any(c.dep_ == "cc" for c in h.children)
               and any(c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > child.i for c in h.children)
               for h in (child, head))
