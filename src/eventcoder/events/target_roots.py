"""The roots, prepositions and slots each of the target paths in targets.py applies to: which
acts read a "from" phrase, a topic's owner, a complement's partner, and so on. Split out of
targets.py so that the finder holds only the walks."""

from __future__ import annotations

# Prepositions on a hostile noun that name whom it is aimed at ("action [against] X").
VICTIM_PREPS = ("against", "on")
REFLEXIVES = frozenset(("himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"))
# Appeals and demands, whose object's "from" phrase names whom they ask ("asked for help from X").
ASKING_ROOTS = frozenset(("02", "10"))
# Worries and complaints whose "about" object is whom they are about ("concerns [about] Russia's
# conduct", "complaints about China"), a topic for other acts ("talks about Syria").
ABOUT_CODES = ("012", "11")
FROM_SEIZED = ("171", "192")  # seizures whose "from" phrase names whom it is taken from ("seized the town [from] ISIL")
# Acts whose object's "from" phrase names whom they answer or ask: "rejected an offer from X",
# "accepted demands from X", "welcomed a proposal from X", "asked for help from X" (not
# "discussed the evacuation of Russians from the Middle East").
FROM_ROOTS = ASKING_ROOTS | frozenset(("03", "05", "08", "12"))
CRITICISM_ROOT = "11"  # whose "against" / "at" object is the thing criticised ("lashed out against a ruling")
CRITICISED_PREPS = ("against", "at")
# Yielding and agreeing, whose "to" object may be a demand or pressure owned by whom it yields to
# ("bowed to U.S. pressure", "agreed to Alabama's request").
YIELDING_ROOTS = frozenset(("03", "08"))
# Slots of a governed verb that name the partner of the act governing it ("agreed to meet [with]
# X", "agreed to testify [before] X", "refused to extradite X"); a preposition first: the object
# is often the doer's own ("agreed to send troops to X").
COMPLEMENT_SLOTS = ("prep:with", "prep:before", "prep:to", "prep:against", "prep:toward", "prep:towards", "iobj", "dobj")
# A bare intent or refusal (no complement condition of its own) reads those slots too: "refused
# [to be interviewed by] X", "pledged to give [X] a chance".
GENERIC_COMPLEMENT_CODES = frozenset(("030", "120"))
# The rule of an actor read off a bare group noun ("troops", "police"; actors/phrases.py).
BARE_NOUN_RULE = "noun:"
# Prepositions of a warning verb whose object may be a consequence noun ("warned [of] ...").
WARNED_PREPS = frozenset(("of", "about"))
# Prepositions of a consequence noun that name whom it befalls.
CONSEQUENCE_PREPS = ("for", "against", "on", "to")
# Slots of a threatened act that name its victim ("threatened to sanction [X]", "to retaliate
# [against] X"); not "with" or "over" (partners and topics).
THREATENED_SLOTS = frozenset(("dobj", "iobj", "prep:against", "prep:on", "prep:at", "prep:to", "prep:into",
                              "prep:toward", "prep:towards"))
# Roots of acts done to their object (sanction, coerce, attack): any named object is the victim.
HOSTILE_ROOTS = frozenset(("16", "17", "18", "19", "20"))
# Appeals, demands, criticism and rejections whose object's topic names its owner as the
# target ("demanded an explanation [for X's] decision"), by these prepositions.
TOPIC_OWNER_ROOTS = frozenset(("02", "10", "11", "12"))
TOPIC_PREPS = ("for", "over", "about", "on")
# Acts an appeal asks for by an infinitive that name whom it is aimed at ("demanded a vote [to
# punish] X", "a resolution to condemn X"): criticism, sanctions, coercion; not force ("asked for
# weapons to fight X" asks whoever gives them).
ASKED_AGAINST_ROOTS = frozenset(("11", "16", "17"))
# Aid and promised aid, whose purpose infinitive may name the recipient ("pledged $10 million
# to fight famine [in Somalia]"), by its object or these prepositions.
AID_CODES = ("07", "033")
# The first root of conflictual acts (investigate, demand, criticise ... fight).
CONFLICT_FROM = "09"
# From demands on, an object noun's "against" / "on" phrase names whom the act is aimed at.
HOSTILE_OBJECT_FROM = "10"
AIMED_PREPS = ("against", "on")
AIMED_DEPS = ("dobj", "nsubjpass")  # the objects a participle of aim hangs on ("imposed sanctions aimed at X")
THREAT_ROOT = "13"
AID_PLACE_PREPS = ("in", "across", "throughout")
# Reactions to someone's act, aimed at its doer: praise, demands, criticism, rejection, threats.
REACTION_ROOTS = frozenset(("05", "10", "11", "12", "13"))
# "each other", "one another": the doers act on each other (object word -> its determiner).
MUTUAL_WORDS = {"other": frozenset(("each",)), "another": frozenset(("one",))}
