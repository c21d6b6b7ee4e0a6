"""Doers of acts that the argument finder does not look for: event nouns carried by a clause
that is not a light verb, and verbs whose subject is done to.

- "of" names the doer of a few nouns (doer_nouns.tsv): "the withdrawal [of Israeli troops]";
- a participle of protest on its protesters: "[demonstrators] protesting the results";
- an event noun in an adjunct of a clause is the clause subject's act: "[X] said during talks
  with Y", "X, on a visit to Y, ...", "workers stopped work in a strike", "captured the town
  after fighting with Y";
- converse verbs (lexicon flag `converse`): "X came under criticism [from Y]";
- an event noun that is the subject of an occurrence verb or the object of a prepositional light
  verb ("the withdrawal of X began", "took part in talks") needs its doer named.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..record import Actor
from . import syntax
from .arguments import ActorLookup, Arguments
from .lexicon import Lexicon
from .triggers import Match, occurs

# Prepositions of an adjunct whose event noun the clause's subject took part in ("during talks
# with Y, X said"); not "before" or "ahead of" (not yet held).
ADJUNCT_PREPS = frozenset(("during", "after", "at", "in", "on", "following", "amid"))
CONSULT_ROOT = "04"
PROTEST_ROOT = "14"
FIGHT_ROOT = "19"
VISIT_CODE = "042"
# A custody phrase names who holds the victim: "in X custody", "at the hands of X".
CUSTODY_PREPS = frozenset(("in", "at", "under"))
CUSTODY_NOUNS = frozenset(("custody", "hand"))
# Acts done to someone held: coercion and violence.
CUSTODY_ROOTS = frozenset(("17", "18", "19", "20"))


def of_doers(m: Match, lex: Lexicon, args: Arguments, actors: ActorLookup,
             speaker: Actor | None) -> list[Actor]:
    """'the withdrawal [of Israeli troops]': the "of" object of a doer noun (doer_nouns.tsv)."""
    if m.entry is None or m.entry.pos != "N" or m.trigger.lemma_.lower() not in lex.doer_nouns:
        return []
    return next((found for tok in syntax.prep_objects(m.trigger, "of")
                 if (found := args.resolve(tok, actors, speaker))), [])


def protesting(m: Match) -> bool:
    """'demonstrators [protesting] the results', 'workers [striking] for higher pay': a
    participle of protest on the protesters (a participle on other nouns describes, no act)."""
    return (m.entry is not None and m.entry.pos == "V" and m.entry.cameo[:2] == PROTEST_ROOT
            and m.clause.dep_ == "acl" and m.clause.tag_ == "VBG")


def adjunct_prep(m: Match, partitives: frozenset[str]) -> Token | None:
    """The preposition of an adjunct that holds an act of the clause's subject: a consultation
    ("[during] talks with Y", "[on] a visit to Y"), a protest ("[in] a strike") or a fight
    between sides ("[after] fighting with Y": a noun that takes "between"), not a one-sided
    attack ("after the attack on X, Y said" is no act of Y's)."""
    entry = m.entry
    if m.light or entry is None or entry.pos != "N":
        return None
    root = entry.cameo[:2]
    if root not in (CONSULT_ROOT, PROTEST_ROOT) and not (root == FIGHT_ROOT and "prep:between" in entry.target):
        return None
    noun = syntax.climb_partitive(syntax.first_conjunct(m.trigger), partitives)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ADJUNCT_PREPS or prep.head.i == prep.i:
        return None
    if prep.lower_ == "on" and entry.cameo != VISIT_CODE:
        return None  # "on a visit to Y", not "places importance on talks"
    if prep.lower_ == "at" and root != CONSULT_ROOT:
        return None  # "at a meeting with Y"
    if root == PROTEST_ROOT and prep.lower_ != "in":
        return None  # "stopped work in a strike", "resigned in protest"; not "after the protest"
    return prep


def adjunct_doers(m: Match, partitives: frozenset[str], args: Arguments, actors: ActorLookup,
                  speaker: Actor | None) -> list[Actor]:
    """'[During talks with Y], X said ...', 'X, [on a visit to Y], announced ...': the subject of
    the clause the event noun is an adjunct of."""
    prep = adjunct_prep(m, partitives)
    if prep is None:
        return []
    holder = prep.head
    if syntax.is_verb(holder):
        subj, passive = syntax.subject_of(holder)
    elif holder.pos_ == "AUX":  # "X is in talks with Y"
        subj, passive = syntax.child(holder, syntax.SUBJECT_DEPS), False
    elif holder.dep_ == "nsubj" and syntax.is_noun(holder):  # "X, on a visit to Y, said"
        subj, passive = holder, False
    else:
        return []
    return args.resolve(subj, actors, speaker) if subj is not None and not passive else []


def custodian(holder: Token, args: Arguments, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
    """Who holds someone in a custody or hands phrase on `holder`: "in [Israeli police]
    custody", "in the custody of [X]", "at / in the hands of [X]"."""
    for prep in holder.children:
        if prep.dep_ not in ("prep", "advcl") or prep.lower_ not in CUSTODY_PREPS:  # "while [in] custody"
            continue
        for noun in prep.children:
            lemma = noun.lemma_.lower()
            if noun.dep_ != "pobj" or lemma not in CUSTODY_NOUNS:
                continue
            if lemma == "custody":  # "in Israeli police custody": its modifiers
                found = args.resolve(noun, actors, speaker)
                if found:
                    return found
            for tok in syntax.prep_objects(noun, "of"):
                found = args.resolve(tok, actors, speaker)
                if found:
                    return found
    return []


def custody_doers(m: Match, args: Arguments, actors: ActorLookup,
                  speaker: Actor | None) -> tuple[list[Actor], list[Actor]]:
    """Violence done in custody has the custodian as its doer: "tortured in Turkish police
    custody", "a detainee died as a result of torture while in [X] custody" (the custody phrase
    on the trigger or on the clause it hangs in); the victim of an event noun is then that
    clause's subject ("[a detainee] died of torture in X custody")."""
    tok, victims = m.trigger, []
    for _ in range(5):
        found = custodian(tok, args, actors, speaker)
        if found:
            if m.entry.pos == "N" and syntax.is_verb(tok) and tok.i != m.trigger.i:
                subj, passive = syntax.subject_of(tok)
                victims = args.resolve(subj, actors, speaker) if subj is not None and not passive else []
            return found, victims
        if syntax.is_verb(tok) or tok.head.i == tok.i:
            break
        tok = tok.head
    return [], []


def converse_doers(verb: Token, args: Arguments, actors: ActorLookup, speaker: Actor | None) -> list[Actor]:
    """The "from"/"by" phrase of a converse entry, on the verb, its object or the noun of its
    preposition ("came under [criticism] from Y", "drew [criticism] from Y"), or the holder of a
    custody or hands phrase ("died at the hands of Y")."""
    found = custodian(verb, args, actors, speaker)
    if found:
        return found
    holders = [verb] + [c for c in verb.children if c.dep_ in syntax.OBJECT_DEPS]
    holders += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    for h in holders:
        for prep in ("from", "by"):
            for tok in syntax.prep_objects(h, prep):
                found = args.resolve(tok, actors, speaker)
                if found:
                    return found
    return []


def occurred(m: Match, lex: Lexicon) -> bool:
    """An event noun carried by an occurrence verb ("the withdrawal of X began", modality.tsv
    `occurrence`) or a prepositional light verb ("engaged in combat"): its doer must be named."""
    if not (m.light and m.entry is not None and m.entry.pos == "N"):
        return False
    if m.trigger.dep_ == "pobj" and m.trigger.head.dep_ == "prep" and m.trigger.head.lower_ != "of":
        return True
    if not occurs(m.clause, lex):
        return False
    subj = syntax.child(m.clause, ("nsubj",))
    return subj is not None and syntax.within(m.trigger, subj)


PRIVATE_PRONOUNS = frozenset(("he", "she", "him", "her"))


def private_sides(m: Match, actors: ActorLookup, aimed: bool = False) -> tuple[list[Actor], list[Actor]]:
    """Private persons (actors/private.py) as the doer and the victim of force or coercion that
    the resolver left unnamed: "[Khalid Masood] stabbed an officer", "police shot [Masood]",
    "was stabbed by [Masood]", "the stabbing of [Jane Doe]"."""
    private = getattr(actors, "private_person", None)
    if private is None:
        return [], []
    clause = m.clause
    if m.entry.pos == "N" and m.trigger.i == clause.i:
        doers, victims = syntax.prep_objects(m.trigger, "by"), syntax.prep_objects(m.trigger, "of")
    else:
        subj, passive = syntax.subject_of(clause)
        if passive:
            doers, victim = syntax.agent_objects(clause), syntax.passive_target(clause)
            victims = [victim] if victim is not None else []
        else:
            doers = [subj] if subj is not None else []
            victims = [c for c in clause.children if c.dep_ in syntax.OBJECT_DEPS]
    # a pronoun stands for a private person only as the doer of force at someone the resolver
    # named ("[he] fired at police"): "he was killed", "she fought back tears" are no news acts
    named_victim = aimed or (bool(victims) and bool(actors.resolve(victims[0])))  # `aimed`: a target was found
    return ([a for t in doers[:1] if (a := private(t)) is not None
             and (t.lower_ not in PRIVATE_PRONOUNS or named_victim)],
            [a for t in victims[:1] if t.lower_ not in PRIVATE_PRONOUNS and (a := private(t)) is not None])
