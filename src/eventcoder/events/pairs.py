"""Actor-dependent rules for one source-target pair of a coded act (docs/coding-rules.md):
whether the pair is a political event at all, and the refinements the words alone cannot make
(a politician's "attack" on the press is criticism, a state's bombing is from the air)."""

from __future__ import annotations

from collections.abc import Callable

from ..record import Actor

# Sectors of the state: a government speaking of its own army speaks of its own side.
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "SPY", "JUD", "LEG"))
# Sectors of people who are not political actors: a firm that "refused to include a clause",
# doctors who "agree", a university that "invited scientists" make no political event.
APOLITICAL_SECTORS = frozenset(("BUS", "EDU", "HLH", "MED", "REF", "ENV", "CRM", "DEV"))
# Civilians are a public ("Palestinians", "the Haitian group", "a tribe") unless the words name
# people in a private role.
PRIVATE_PEOPLE = frozenset((
    "people", "person", "local", "resident", "parent", "relative", "family", "consumer", "customer",
    "shopper", "investor", "shareholder", "doctor", "scientist", "researcher", "expert", "analyst",
    "girl", "boy", "child", "kid", "man", "woman", "fan", "tourist", "visitor", "passenger", "patient",
    "driver", "user", "viewer", "reader", "voter", "community", "neighbour", "neighbor", "friend",
    "student", "teacher", "owner", "buyer", "seller", "national", "citizen", "individual", "everyone",
    "anyone", "someone", "many", "most", "some", "women", "men", "children",
    "families", "communities", "everybody"))

# A nation named as a definite public ("the Dutch", "the Americans") doing or undergoing what only
# a state does -- statements to appeals, rejections, threats, force posture, sanctions, bans and
# expulsions -- is that state: "the Dutch barred the diplomat", "Erdogan blamed the Dutch".
STATE_ACT_ROOTS = frozenset(("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
                             "15", "16", "17"))
PEOPLE_RULE = "people:"


# Aid and release reach people, not their state ("aid to the needy Somalis").
PEOPLE_RECEIVE_ROOTS = frozenset(("07", "08"))
# Plural demonyms with no "s": "the Dutch", "the Chinese", "the Swiss" ("the North Korean" is one).
PLURAL_ENDINGS = ("s", "ch", "sh", "ese", "ss")


def nation_as_state(actor: Actor | None, root: str, target: bool = False) -> Actor | None:
    """The state for a nation named as a definite public in a state's act (see above)."""
    text = (actor.text or "").lower() if actor is not None else ""
    if (actor is None or root not in STATE_ACT_ROOTS or (target and root in PEOPLE_RECEIVE_ROOTS)
            or not (actor.rule or "").startswith(PEOPLE_RULE) or not actor.country or actor.sector != "CVL"
            or not text.startswith("the ") or not text.endswith(PLURAL_ENDINGS)):
        return actor
    return Actor(code=actor.country, country=actor.country, sector=None, text=actor.text, sectors=(),
                 rule=f"{actor.rule}+state", start=actor.start, end=actor.end)


# Rules of actors reached through a pronoun; their antecedent's words follow the code (coref.py).
PRONOUN_RULES = ("relative->", "pronoun->")
PRONOUN_WORDS = frozenset(("who", "whom", "which", "that", "he", "she", "him", "her", "they", "them", "it", "its",
                           "his", "their", "we", "us", "our"))
# The rule of an actor read off a country's name (actors/phrases.py).
COUNTRY_RULE = "country:"
# The rule of an actor read off a place name alone (actors/phrases.py).
TOWN_RULE = "place:"
# Roots whose target may be a town: visits, force posture, violence, occupation.
TOWN_TARGET_ROOTS = frozenset(("04", "15", "18", "19", "20"))
# Roots that need a political actor on at least one side; protest (14) and coercion or violence
# (17-20) are events whoever does them.
POLITICAL_ROOTS = frozenset(("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
                             "15", "16"))
# Military acts (force posture, fighting, mass violence) are not done by firms, schools,
# hospitals or newspapers; assaults (18) by such people are crimes and stay.
FORCE_ROOTS = frozenset(("15", "19", "20"))
CIVILIAN_SECTORS = frozenset(("BUS", "EDU", "HLH", "MED", "ENV", "DEV", "REF"))
# Visits are coded only with the visited actor ("they visit Bayern Munich"; hosting talks needs
# no guest: "Putin hosted talks in Sochi").
PLACE_CODES = frozenset(("042",))
# Talks, calls and discussions: with the press they are interviews (hosting a journalist stays 043).
TALK_CODES = frozenset(("040", "041", "046"))
# Verbal "attacks": a politician or a newspaper that attacks / fights / clashes with judges, the
# press, parliament or a named politician criticises them (111); soldiers and rebels fight.
SPEAKER_SECTORS = frozenset(("GOV", "LEG", "PTY", "OPP", "JUD", "ELI", "MED", "NGO"))
CRITICISED_SECTORS = frozenset(("MED", "JUD", "LEG", "PTY", "OPP", "ELI"))
VERBAL_FORCE_LEMMAS = frozenset(("attack", "fight", "battle", "clash", "combat", "hit", "assault", "target",
                                 "slam", "blast"))
VERBAL_ATTACK_CODE = "111"
# Words of a quarrel when a named politician "clashes" with someone unarmed.
QUARREL_LEMMAS = frozenset(("clash",))
# Sides that fight with arms: a clash with them is fighting.
ARMED_SECTORS = frozenset(("MIL", "COP", "REB", "INS", "SPY", "UAF", "CRM"))
# An unqualified bombing by a state or its forces is an air campaign (195), not the non-military
# bombing (183) that the word alone suggests.
UNCONVENTIONAL_BOMBING = "183"
# Expelling an organisation (a UN agency, an NGO) is expelling an agency (166), not persons (174).
# Withdrawing from an international body or court is leaving it, not a military retreat.
RETREAT, LEAVE_BODY = "0874", "161"
EXPEL_PERSONS = "174"
EXPEL_AGENCY = "166"
AERIAL_BOMBING = "195"
# Violence outside war is unconventional (CAMEO 18, docs/coding-rules.md): a killing, shooting
# or attack by terrorists, extremists, criminals or private people on civilians, and a crime by
# private people or criminals, is 180, not the fighting (190/193) that the words alone suggest.
# Rebels and militias fight (19) as PETRARCH codes them, unless they are also terrorists (INS).
IRREGULAR_CODES = frozenset(("190", "193", "195"))
UNCONVENTIONAL_VIOLENCE = "180"
# Doers whose violence is not war: terrorists (INS), extremists, criminals, private people.
IRREGULAR_SECTORS = frozenset(("INS", "CRM", "RAD", "CVL"))
# Private people and criminals: their violence is crime even when no victim is named.
PRIVATE_SECTORS = frozenset(("CVL", "CRM"))
# Victims that are not combatants.
NONCOMBATANT_SECTORS = frozenset(("CVL", "EDU", "HLH", "MED", "REF", "NGO", "HRI", "LAB", "BUS"))


def pair_code_for(code: str, trigger_lemma: str, s: Actor | None, t: Actor | None,
                  about_dissent: Callable[[], bool]) -> str | None:
    """The code of the act for this pair, or None when the pair is no event."""
    root = code[:2]
    if root in POLITICAL_ROOTS and not (political(s) or (political(t) and not _bare_country(t))) \
            and not about_dissent():
        return None
    if (root == "12" and t is None and s is not None and s.sector in FINDING_SECTORS
            and trigger_lemma in FINDING_LEMMAS):
        return None  # "police ruled out terrorism", "investigators rejected the theory": findings
    if root in FORCE_ROOTS and s is not None and s.sector in CIVILIAN_SECTORS:
        return None  # "the insurer kept battling low rates": firms and schools wage no war
    if code in PLACE_CODES and (t is None or _home_country(s, t)):
        return None  # a visit names whom: not "they visit Bayern Munich", "Macron toured France's territories"
    if code in TALK_CODES and t is not None and t.sector == "MED":
        return None  # "speaking with reporters", "in a call with Reuters": an interview, no consultation
    if code in PLACE_CODES and s is not None and s.sector == "CVL":
        return None  # private travel: "1,200 Moroccans traveled to Syria", "Russian experts visited the airport"
    if root in ("18", "19") and trigger_lemma in VERBAL_FORCE_LEMMAS and _verbal_attack(s, t, trigger_lemma):
        return VERBAL_ATTACK_CODE
    if code in IRREGULAR_CODES and _policing(s, t):
        return UNCONVENTIONAL_VIOLENCE  # "police shot and killed John Crawford": no armed clash
    if code == RETREAT and t is not None and t.code.startswith("IGO"):
        return LEAVE_BODY  # "announced its withdrawal from the ICC", "pulled out of the Commonwealth"
    if code == EXPEL_PERSONS and t is not None and t.code.startswith(("IGO", "NGO")):
        return EXPEL_AGENCY  # "forced the UN refugee agency out of the country"
    if code == UNCONVENTIONAL_BOMBING and s is not None and _armed_state(s):
        return AERIAL_BOMBING  # "Russia launched a bombing campaign": from the air
    if code in IRREGULAR_CODES and _irregular(s, t):
        return UNCONVENTIONAL_VIOLENCE  # "militants killed 30 worshippers", "gunmen shot a judge"
    return code


# Police and investigators who "rule out" or "reject" a cause with nobody rejected state a finding.
FINDING_SECTORS = frozenset(("COP",))
FINDING_LEMMAS = frozenset(("rule", "reject", "dismiss", "discount"))  # not "refused a request"
# Sport is not politics (docs/coding-rules.md): acts of or on sports bodies and sportspeople are
# not coded, except protest and violence (a riot or an assault at a match is still one).
SPORT_KEPT_ROOTS = frozenset(("14", "18", "19", "20"))


def sporting(a: Actor | None, words: frozenset[str]) -> bool:
    """Whether an actor's words name a sports body or sportsperson ("the Court of Arbitration
    for Sport", "Russian athletes", "the football federation"); `words` from modality.tsv `sport`."""
    if a is None or not words:
        return False
    for w in f"{a.text} {a.name or ''}".lower().replace("-", " ").split():
        if w in words or (w.endswith("s") and w[:-1] in words):
            return True
    return False


def inside_sport(s: Actor | None, t: Actor | None, words: frozenset[str]) -> bool:
    """An act of or on a sports body or sportsperson whose other side is no state body, party,
    IGO or NGO: "the sports court cut the sprinter's ban", "the federation suspended its coach".
    "The IOC banned Russia", "rights groups denounced FIFA" are between a sports body and a
    political actor: coded."""
    s_sport, t_sport = sporting(s, words), sporting(t, words)
    if not (s_sport or t_sport):
        return False
    other = t if s_sport else s
    return other is None or sporting(other, words) or other.sector == "CVL" or not political(other)


def political(a: Actor | None) -> bool:
    """Whether an actor can do or suffer a political act: states, their bodies, parties, armed
    groups, IGOs and NGOs, a national public; not firms, schools, hospitals, newspapers, or
    people named by a private role ("parents", "locals", "investors")."""
    if a is None:
        return False
    if a.code.startswith(("IGO", "NGO")):
        return True
    sectors = a.sectors or (a.sector,)
    if a.sector == "CVL":
        text = a.text
        if text.lower() in PRONOUN_WORDS and a.rule and a.rule.startswith(PRONOUN_RULES):
            # "a man who admitted ...": the antecedent's words (coref.antecedent_words)
            text = a.rule.split("->", 1)[1].partition(":")[2].split("+")[0] or text
        words = text.lower().split()
        head = words[-1] if words else ""
        return head.rstrip("s") not in PRIVATE_PEOPLE and head not in PRIVATE_PEOPLE
    return any(s not in APOLITICAL_SECTORS for s in sectors)


def _verbal_attack(s: Actor | None, t: Actor | None, lemma: str) -> bool:
    """A politician or the press 'attacking' courts, the press, parliament or a politician; a
    named politician who 'clashed with' anyone unarmed ("Pelosi clashed with the four women")."""
    if s is None or s.sector not in SPEAKER_SECTORS:
        return False
    if lemma in QUARREL_LEMMAS and s.name is not None and (
            t is None or (t.sector is not None and t.sector not in ARMED_SECTORS)):
        return True
    return t is not None and (t.sector in CRITICISED_SECTORS
                              or (t.sector == "GOV" and t.name is not None and s.name is not None))


def _policing(s: Actor | None, t: Actor | None) -> bool:
    """Police firing at, shooting or killing non-combatants: an assault (18), not a battle (19)."""
    return s is not None and t is not None and s.sector == "COP" and t.sector in NONCOMBATANT_SECTORS


def _irregular(s: Actor | None, t: Actor | None) -> bool:
    """Violence outside war: by a non-state actor against non-combatants ("militants killed 30
    worshippers"), or a crime by private people ("a man shot his neighbour"); an armed group's
    attack with no named victim stays fighting ("insurgents bombarded the city")."""
    if s is None or _state(s):
        return False
    sectors = set(s.sectors or (s.sector,))
    if sectors & STATE_SECTORS or not sectors & IRREGULAR_SECTORS:
        return False
    if s.sector == "CVL" and political(s):
        return False  # "the Israelis attacked ...": a nation, not private people
    if t is None:
        return s.sector in PRIVATE_SECTORS
    return t.sector in NONCOMBATANT_SECTORS


def town(a: Actor) -> bool:
    """A town or region the KB knows only as a place ("Killarney", "Bowling Green", "Michigan"):
    a place to fight over or visit, not an actor that does anything."""
    rule = a.rule or ""
    return rule.startswith(TOWN_RULE) and "+" not in rule


def own_side(a: Actor, b: Actor) -> bool:
    """The same actor, or two state bodies of one country (a president and his army)."""
    if same(a, b):
        return True
    return bool(a.country and a.country == b.country and _state(a) and _state(b))


def distinct(a: Actor, b: Actor) -> bool:
    """Two actors, not one: different codes, or two named people with one code ("DeVos supports
    Trump's rollback" is USAGOV -> USAGOV), or a named private person and other civilians
    ("Masood killed three people" is GBRCVL -> GBRCVL)."""
    if a.code != b.code:
        return True
    if a.sector == "CVL":
        return bool(a.name or b.name) and a.name != b.name
    if _group_and_member(a, b) or _group_and_member(b, a):
        return True
    return bool(a.name and b.name and a.name != b.name)


# Groups the resolver gives the country of the story whose members serve another state ("met
# ambassadors", "invited diplomats"): never told apart from a person by code alone.
FOREIGN_POSTED = frozenset(("ambassadors", "diplomats", "envoys"))


def _group_and_member(group: Actor, person: Actor) -> bool:
    """A plural group noun and a person named on their own ("Democratic senators called for
    [Franken] to resign", "Republican lawmakers urged [Moore] to quit"): two sides of one code."""
    words = group.text.lower().split()
    return (group.name is None and person.name is not None and bool(words) and words[-1].endswith("s")
            and words[-1] not in FOREIGN_POSTED and (group.rule or "").startswith("noun:") and " " in person.name)


def _armed_state(a: Actor) -> bool:
    """Armed forces, or a country or its government acting as a whole ("Russia's bombing
    campaign", "the regime"); not a named politician ("Duterte ordered bombings")."""
    return (a.sector == "MIL" or (a.sector is None and a.code == a.country)
            or (a.sector == "GOV" and a.name is None))  # "the regime continues bombing"


def _home_country(s: Actor | None, t: Actor) -> bool:
    """The visitor's own country, named as a country or by a town or region of it ("toured
    France's territories", "Mrs May is visiting Swansea", "Trump's trip to Florida"): a trip at
    home visits no other actor (blind checks found such visits wrong, 0 right in 4)."""
    return (s is not None and _bare_country(t) and s.country == t.code
            and (t.rule or "").startswith((COUNTRY_RULE, TOWN_RULE)))


def _bare_country(a: Actor | None) -> bool:
    """A country or city named as a place ("visited China"), not one of its bodies."""
    return a is not None and a.sector is None and a.code == a.country


def _state(a: Actor) -> bool:
    """A body of the state, or the country itself ("the US needs to defend its interests",
    said by a US official, is a country's own side)."""
    return a.sector in STATE_SECTORS or (a.sector is None and a.code == a.country)


def same(a: Actor, b: Actor) -> bool:
    return a.code == b.code and (a.name == b.name or a.start == b.start)
