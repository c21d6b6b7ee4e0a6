"""Small, rule-free views over spaCy's dependency parse used by the event layer.

Dependency labels are ClearNLP's (en_core_web_sm). Everything here is structural: which
token is the subject of a clause, what a preposition governs; the only words are a few verbs
of reporting that always have a content (REPORT_VERBS).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Token

from .docparse import ids, kids

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
_PASSIVE_MARKS = frozenset((*PASSIVE_SUBJECT_DEPS, "auxpass"))  # a passive subject or auxiliary
OBJECT_DEPS = ("dobj", "obj")
# The prepositions of a charge, a blame or a praise: "convicted [of]", "charged [with]", "thanked [for]".
CHARGE_PREPS = frozenset(("of", "for", "with"))
COMPLEMENT_DEPS = frozenset(("xcomp", "ccomp", "pcomp"))
MODIFIER_DEPS = frozenset(("compound", "amod", "nmod"))
# Prepositions that make a participle on a noun a description: "charged [with]", "accused [of]".
PARTICIPLE_PREPS = frozenset(("of", "with", "for", "by", "over", "as", "to", "in"))
# Verbs of reporting that always have a content (the only words this module knows).
REPORT_VERBS = frozenset(("say", "tell", "report", "add", "state", "claim", "announce"))
_SUBJECTS_KEY = "eventcoder.subjects"  # a doc's memo of subject_of
# the same labels as string ids, for the walks over docparse.kids
_PASSIVE_MARK_IDS = ids(*_PASSIVE_MARKS)
_SUBJECT_IDS = ids(*SUBJECT_DEPS)
_PREP_IDS = ids("prep", "agent", "dative")
_PREP_OBJECT_IDS = ids("pobj", "pcomp")


def is_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX")


def is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def is_passive(verb: Token) -> bool:
    return (any(dep in _PASSIVE_MARK_IDS for _, dep, _ in kids(verb.doc, verb.i))
            or is_reduced_passive(verb) or shared_passive(verb))


def shared_passive(verb: Token) -> bool:
    """A bare participle coordinated after a passive shares its voice: "was arrested and
    [charged] by police"."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not is_verb(verb.head):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ in _PASSIVE_MARKS for c in verb.head.children)


def shared_agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive coordinated with this one ("was [arrested] and charged by
    police", "was shot and [killed] by X"): both were done by it."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "conj" and shared_passive(c):
            out += agent_objects(c)
    if not out and shared_passive(verb):
        out = agent_objects(verb.head)
    return out


def is_reduced_passive(verb: Token) -> bool:
    """A bare participle clause: "has seen [300,000 people killed]", "left [the town
    destroyed]": its subject is what was done to, not the doer."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.dep_ in ("ccomp", "xcomp", "oprd") and any(c.dep_ == "nsubj" for c in verb.children)


def child(tok: Token, deps: tuple[str, ...] | frozenset[str]) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def children_lemmas(tok: Token, deps) -> Iterator[str]:
    for c in tok.children:
        if c.dep_ in deps:
            yield c.lemma_.lower()


def prep_objects(tok: Token, prep_lemma: str) -> list[Token]:
    """Objects of a preposition child: 'sanctions [on] officials', 'talks [between] X and Y'."""
    doc = tok.doc
    word = get_string_id(prep_lemma)
    return [doc[g] for c, dep, lower in kids(doc, tok.i) if dep in _PREP_IDS and lower == word
            for g, obj_dep, _ in kids(doc, c) if obj_dep in _PREP_OBJECT_IDS]


def agent_objects(verb: Token) -> list[Token]:
    """'was sanctioned by X' -> X."""
    out = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def subject_of(verb: Token, depth: int = 0, controls: bool = False) -> tuple[Token | None, bool]:
    """The token naming who does the act of `verb`, and whether `verb` is passive.

    Follows control and coordination when the clause has no subject of its own:
    "we came to demand" -> we; "met and agreed" -> the subject of "met". `controls`: `verb`
    governs the act asked about through a complement.

    Memoised per doc (as token indices, in its user_data): many checks ask it of the same verb.
    """
    doc = verb.doc
    memo = doc.user_data.get(_SUBJECTS_KEY)
    if memo is None:
        memo = doc.user_data[_SUBJECTS_KEY] = {}
    key = (verb.i, depth, controls)
    found = memo.get(key)
    if found is None:
        subj, passive = _subject_of(verb, depth, controls)
        found = memo[key] = (None if subj is None else subj.i, passive)
    i, passive = found
    return (None if i is None else doc[i]), passive


def _subject_of(verb: Token, depth: int, controls: bool) -> tuple[Token | None, bool]:
    passive = is_passive(verb)
    subj = nearest_subject(verb)
    if subj is not None and subj.tag_ == "VBG" and subj.pos_ == "VERB":
        # "[the Red Cross] operating in Iraq said": the model makes the participle the subject
        subj = child(subj, ("nsubj",)) or subj
    if subj is not None:
        return subj, passive
    if controls and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and predicate_misread(verb):
        # the verb the parser hung on a noun is that noun's predicate, and controls its
        # complement either way ("[youths] resorted to throwing stones", "[troops] ordered to
        # withdraw"); on any other noun it describes ("a charity dedicated to helping")
        return verb.head, False
    if passive:
        return None, True
    if depth > 4 or verb.head.i == verb.i:
        return None, passive
    head = verb.head
    if verb.dep_ == "conj" and is_passive(head) and child(verb, OBJECT_DEPS) is not None:
        # an active conjunct with its own object: "[police] were called in ... and arrested 13
        # people" (not "were shot and killed", which shares the passive reading)
        return child(head, PASSIVE_SUBJECT_DEPS), passive
    if verb.dep_ in ("xcomp", "conj") or (verb.dep_ == "advcl" and child(verb, ("aux",)) is not None
                                          and child(verb, ("aux",)).lower_ == "to"):
        # object control: "urged X to ..." has X as the doer of the complement
        if verb.dep_ == "xcomp" and child(head, OBJECT_DEPS) is not None and not is_passive(head):
            return child(head, OBJECT_DEPS), passive
        if head.pos_ in ("ADJ",) and head.dep_ == "acomp":  # "is prepared to ease"
            head = head.head
        return subject_of(head, depth + 1, verb.dep_ == "xcomp")[0], passive
    if verb.dep_ == "acomp":  # a participle predicate: "[Poland] is opposed to ..."
        return child(head, SUBJECT_DEPS), passive
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.head.i != head.i
            and is_verb(head.head) and not is_passive(head.head)):
        # "resorted to [throwing] stones", "succeeded in [capturing] the town"; with an object,
        # object control: "drugged a priest into [confessing]"
        obj = child(head.head, OBJECT_DEPS)
        if obj is not None and head.lower_ == "into":
            return obj, passive
        return subject_of(head.head, depth + 1, True)[0], passive
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in CHARGE_PREPS
            and is_verb(head.head) and is_passive(head.head)):
        # what one is held to account for is one's own act: "[Rahimi] was convicted of [setting
        # off] bombs", "[he] was praised for [helping] refugees" (not "was captured after shelling")
        return child(head.head, PASSIVE_SUBJECT_DEPS), passive
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not is_passive(head):
        # a participial adjunct shares the subject of its clause: "X shelled the city, killing 8"
        return subject_of(head, depth + 1)[0], passive
    return None, passive


def predicate_misread(verb: Token) -> bool:
    """Whether a participle on a noun is in fact the noun's finite verb: the noun is the root
    of the sentence (no verb found: "Palestinian youths resorted to ..."), or the subject of a
    verb with no clause of its own that must have one ("[youths] resorted to ..., officials
    said": a verb of saying that the parser left without its content)."""
    noun = verb.head
    if not is_noun(noun):
        return False
    if noun.dep_ == "ROOT":
        return True
    head = noun.head
    return (noun.dep_ in ("nsubj", "dep") and head.i > verb.i and head.lemma_.lower() in REPORT_VERBS
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in head.children))


def postposed_report(verb: Token, say_verbs: frozenset[str]) -> Token | None:
    """The speaker of a verb of saying that follows its content ("X is failing refugees, [a
    rights group] protested Wednesday") when the parser hung the verb, with no subject or
    object of its own, on an apposition after a comma: the content is the main clause, the
    speaker is that noun. None for any other verb."""
    if (verb.dep_ != "acl" or verb.lemma_.lower() not in say_verbs or verb.tag_ not in ("VBD", "VBN")
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in OBJECT_DEPS
                   or c.dep_ in ("agent", "auxpass", "ccomp") for c in verb.children)):
        return None
    if any(c.dep_ in ("prep", "xcomp", "pcomp") and c.lower_ in PARTICIPLE_PREPS for c in verb.children):
        return None  # "a militia leader [charged with] war crimes": a participle on the noun
    noun = verb.head
    before = noun.left_edge.i - 1
    if noun.dep_ != "appos" or before < 0 or noun.doc[before].text != "," or not is_noun(noun):
        return None
    # the report ends the sentence: "..., a rights group protested on Wednesday."
    last = max((t.i for t in verb.sent if not t.is_punct), default=verb.i)
    return noun if verb.right_edge.i >= last else None


def nearest_subject(verb: Token) -> Token | None:
    """The subject nearest before the verb when the parse gives it several ("Since the coup
    [attempt] last July, [Turkey] has arrested ...": an adjunct read as a second subject)."""
    doc = verb.doc
    subjects = [doc[c] for c, dep, _ in kids(doc, verb.i) if dep in _SUBJECT_IDS]
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    # words, not a hyphen the parse split off ("vice [-] president")
    before = [c for c in subjects if c.i < verb.i and c.is_alpha]
    return before[-1] if before else subjects[0]


def passive_target(verb: Token) -> Token | None:
    found = child(verb, PASSIVE_SUBJECT_DEPS)
    if found is None and is_reduced_passive(verb):
        return child(verb, ("nsubj",))
    if found is None and verb.dep_ == "conj" and is_verb(verb.head) and child(verb, SUBJECT_DEPS) is None:
        # a passive coordinated after a verb shares its subject: "X is investigating ... and
        # [has been urged] by Y to ...", "X fired on the police and [was arrested]"
        head = first_conjunct(verb)
        return child(head, SUBJECT_DEPS) or child(head, PASSIVE_SUBJECT_DEPS)
    return found


def climb_partitive(noun: Token, partitives: frozenset[str]) -> Token:
    """'a new round of [talks]' -> 'round', the token attached to the clause."""
    tok = noun
    while (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "of"
           and tok.head.head.lemma_.lower() in partitives):
        tok = tok.head.head
    return tok


def first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def within(tok: Token, ancestor: Token) -> bool:
    return tok.i == ancestor.i or ancestor.is_ancestor(tok)


def in_attribution(tok: Token, depth: int = 6) -> bool:
    """Is the word inside an "according to" phrase ("..., according to a person [who had
    discussions with] officials")? What the attribution's own clauses tell is who the source is,
    not news."""
    for _ in range(depth):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return True
        tok = tok.head
    return False
