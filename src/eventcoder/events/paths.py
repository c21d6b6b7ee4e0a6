"""How the words of an act hang together in the parse: where a target slot points, whether an
inner act is the content of an outer one or only an adjunct, which statements govern an act."""

from __future__ import annotations

from spacy.tokens import Token

from . import syntax
from .triggers import subject_complements

# Where the statements that govern an act stop: relative and adverbial clauses are acts of their own.
CLAUSE_BOUNDARY = frozenset(("relcl", "acl", "advcl", "parataxis"))
# How a noun hangs under the verb that takes it as its content: objects and of/for/to phrases.
ARGUMENT_DEPS = frozenset(("dobj", "pobj", "prep", "compound", "amod", "nmod", "conj", "appos", "attr"))
ARGUMENT_PREPS = frozenset(("of", "for", "to", "on", "with", "over", "about"))
# Conjunctions of an adverbial clause that is an act of its own, not the content of the verb it
# hangs on ("agreed to improve coordination to prevent incidents [after] an airstrike killed ...").
ADJUNCT_MARKS = frozenset(("after", "before", "when", "while", "as", "because", "since", "although",
                           "though", "until", "till", "whereas", "whilst"))
# Where an accusation cue must not sit to accuse the complement's subject: inside a relative or
# conditional clause ("France, which has sustained terrorist attacks", "if the opposition refuses
# to discuss terrorism") it describes something else.
CUE_BOUNDARY = frozenset(("relcl", "advcl", "acl"))
# A cue that is what the subject opposes, reports or discusses accuses nobody of it.
OPPOSING_PREPS = frozenset(("over", "against", "about"))
OPPOSING_VERBS = frozenset(("fight", "combat", "counter", "tackle", "defeat", "discuss", "report", "condemn",
                            "investigate", "prevent", "stop", "end", "oppose", "denounce", "eradicate", "address"))


def slot_tokens(holder: Token, slot: str, nominal: bool) -> list[Token]:
    if slot == "dobj":
        if nominal:  # "the arrest of X"
            return syntax.prep_objects(holder, "of")
        return [c for c in holder.children if c.dep_ in syntax.OBJECT_DEPS] or misread_objects(holder)
    if slot == "iobj":
        return [c for c in holder.children if c.dep_ in ("dative", "iobj")]
    if slot == "compsubj":  # "wants [congress] to approve"
        return [g for c in subject_complements(holder) for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if slot == "nsubj":
        return [c for c in holder.children if c.dep_ in syntax.SUBJECT_DEPS]
    if slot.startswith("prep:"):
        objs = syntax.prep_objects(holder, slot[5:])
        # a gerund clause names its doer: "warned against [Sweden] joining NATO"
        return objs + [g for o in objs if o.dep_ == "pcomp" and o.tag_ == "VBG"
                       for g in o.children if g.dep_ == "nsubj"]
    return []


def misread_objects(verb: Token) -> list[Token]:
    """The object the parser gave another label, for a verb with no object: the first of two
    predicate nouns ("called [Trump] a liar"), or a name right after the verb read as an
    adverbial ("bombed [Aleppo] on Sunday"; "met Monday" gives a day, which names no actor)."""
    if verb.pos_ != "VERB":
        return []
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if len(predicates) >= 2 and predicates[0].pos_ in ("PROPN", "PRON", "NOUN"):
        return predicates[:1]
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head.i == verb.i and nxt.dep_ == "npadvmod" and nxt.pos_ == "PROPN":
        return [nxt]
    return []


def content_path(tok: Token, outer: int) -> bool:
    """Whether the way from an inner act up to the act at `outer` crosses no adjunct
    preposition ("after meeting", "following the invasions", "in response to") and no adverbial
    clause of time or cause ("after an airstrike killed ...")."""
    for _ in range(8):
        if tok.i == outer or tok.head.i == tok.i:
            return True
        if tok.dep_ == "prep" and tok.lower_ not in ARGUMENT_PREPS and tok.lower_ not in ("into", "from", "by", "in"):
            return False
        if adjunct_clause(tok):
            return False
        tok = tok.head
    return True


def adjunct_clause(tok: Token) -> bool:
    """An adverbial clause with a conjunction of time or cause ("[after] X killed", "[when]
    police fired"): an act of its own, never the content of the verb it hangs on. Past tense
    only: "will open fire when protesters [attack]" is no act that happened."""
    return (tok.dep_ == "advcl" and (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in tok.children)))
            and any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS for c in tok.children))


def accusing_cue(comp: Token, accused: Token | None, cues: frozenset[str]) -> bool:
    """Whether an accusation cue in a statement's complement is said of its subject: not inside
    the subject itself ('the "terrorists" had failed'), not a participle describing victims ("a
    champion of oppressed people"), not inside a relative or adverbial clause of the complement."""
    skip = set()
    if accused is not None:
        skip.update(t.i for t in accused.subtree)
    for t in comp.subtree:
        if t.i in skip or t.lemma_.lower() not in cues:
            continue
        if t.dep_ == "amod" and t.tag_ == "VBN":
            continue
        if any(c.dep_ == "neg" for c in t.children) or any(c.dep_ == "neg" for c in t.head.children):
            continue  # "he does not violate any laws"
        if t.dep_ == "pobj" and t.head.lower_ in OPPOSING_PREPS:
            continue  # "victory over terrorism", "the fight against corruption"
        if t.dep_ == "dobj" and t.head.lemma_.lower() in OPPOSING_VERBS:
            continue  # "refuses to discuss terrorism", "to combat corruption"
        up, inside = t, False
        while up.i != comp.i and up.head.i != up.i:
            if up.dep_ in CUE_BOUNDARY:
                inside = True
                break
            up = up.head
        if not inside:
            return True
    return False


def argument_noun(noun: Token, outer: int) -> bool:
    """Whether a noun is what the verb at `outer` takes ("agreed to an extension of the
    [peacekeeping] force", "rejected the proposal for a [ceasefire]"), not an adjunct ("demanded
    ... in response to the [evacuation]")."""
    tok = noun
    for _ in range(6):
        if tok.head.i == outer:
            return tok.dep_ not in ("prep",) or tok.lower_ in ARGUMENT_PREPS
        if tok.dep_ not in ARGUMENT_DEPS or (tok.dep_ == "prep" and tok.lower_ not in ARGUMENT_PREPS):
            return False
        tok = tok.head
    return False


def governors(tok: Token) -> list[Token]:
    """The tokens whose act `tok` is part of: its ancestors up to a relative or adverbial clause
    boundary ("must return a helicopter [that was captured]": the capture is not the return)."""
    out = []
    while tok.head.i != tok.i and tok.dep_ not in CLAUSE_BOUNDARY:
        tok = tok.head
        out.append(tok)
    return out


def against_modifier(tok: Token) -> bool:
    """The X of "anti-X" ("anti-Russian sanctions"): whom the act is against, never its doer."""
    doc = tok.doc
    return (tok.lower_.startswith("anti-")
            or (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"))


def zero_relative(clause: Token) -> Token | None:
    """The antecedent of a relative clause with no relative word, which is the clause's object
    ("the party [Ankara blames] for the attack", "the man [police shot]"): a relative clause
    with its own subject, no object, no complement, not passive."""
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subject = False
    for c in clause.children:
        if c.dep_ in syntax.SUBJECT_DEPS:
            if c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that":
                return None  # "the party that/which blamed ..." did it
            subject = True
        elif (c.dep_ in syntax.OBJECT_DEPS or c.dep_ in syntax.COMPLEMENT_DEPS or c.dep_ in ("dative", "attr", "oprd")
              or c.dep_ in syntax.PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass"):
            return None
        elif c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            return None  # a stranded preposition: "the country [he spoke to]"
    return clause.head if subject else None
