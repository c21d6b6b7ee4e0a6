"""How a place's phrase stands to the trigger's clause, read off the dependency tree: whether a
place found outside the trigger's phrases still tells where the event happened.

- `bound`: the place lies inside the trigger's clause, or the trigger's clause is a relative or
  adverbial clause of a phrase holding it ("X, where 300 died", "living in X when he was
  kidnapped"); not through an origin ("a volunteer from X") or inside what a verb says;
- `relative_of`: the trigger's clause is a relative clause on the place itself;
- `result_head`: the verb whose act a subjectless participle of result continues ("struck X,
  killing 20");
- `reporter`: the place describes who reports the event - a local witness ("activists in X
  said") or a desk ("the ministry in Moscow said");
- `area_named_by`: "the eastern Ghouta suburbs of Damascus" names eastern Ghouta.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from spacy.tokens import Doc, Token

M = TypeVar("M")  # a place mention with token offsets .start and .end


def bound(root: Token, end: int, trigger: Token, clause: frozenset[int]) -> bool:
    """A place outside the trigger's phrases still tells where its event happened when it lies
    inside the trigger's clause ("fought ... to oust Isis from its stronghold in X", "landing at
    X, he was arrested"), or when that clause is a relative or adverbial clause of a phrase
    holding the place ("an aid centre in X, where 500 were killed", "living in X when he was
    kidnapped"); not when the two only share a main verb ("the group, which rescues people ...
    said a doctor in X", "said a tower in X was watched, but provided no evidence"), nor when
    the place tells where someone came from ("a volunteer from the area around X was present
    when ... were killed")."""
    ancestors = {root.i}
    via: dict[int, str] = {}  # ancestor -> the relation of the path's step below it
    t = root
    while t.head.i != t.i:
        via[t.head.i] = t.dep_
        origin = t.dep_ == "pobj" and t.head.lower_ == "from"
        t = t.head
        ancestors.add(t.i)
        if origin and t.i not in clause and t.i != trigger.i:
            return False
    if trigger.i in ancestors or ancestors & clause:
        return True
    top = min((trigger.doc[i] for i in clause), key=depth)
    for _ in range(3):  # "X, where 1,300 died after the regime deployed sarin"
        if top.dep_ not in _SUBCLAUSES:
            return False
        if top.head.i in ancestors:
            return via.get(top.head.i) not in _REPORTED  # not inside what the head says
        if top.dep_ == "relcl" and top.left_edge.i in (end, end + 1) and top.doc[end].text in ",(":
            return True  # "south of X, which was recaptured": the parser hung it on another noun
        if top.head.pos_ not in ("VERB", "AUX"):
            return False
        top = top.head
    return False


_SUBCLAUSES = ("relcl", "advcl", "acl", "conj")
# Clauses whose places describe something else than the main act: relative clauses on a
# noun, what a verb says.
_OTHER_CLAUSES = ("relcl", "ccomp", "parataxis", "csubj")
# Prepositions of a reason or topic: "sentenced for crimes in X", "a row over the war in X".
_REASON_PREPS = frozenset(("for", "over", "about", "regarding", "concerning"))


def other_clause(root: Token, trigger: Token) -> bool:
    """The place lies inside a relative clause or a reported clause that does not hold the
    trigger: "a charity, which runs hospitals in X, released a video", "Trump said the tower
    in X was watched, but provided no evidence", "noted that it was the FBI's contact in X"."""
    t = root
    for _ in range(64):
        if t.head.i == t.i:
            return False
        if t.dep_ in _OTHER_CLAUSES and not dominates(t, trigger):
            return True
        if (t.dep_ in ("pobj", "pcomp") and t.head.lower_ in _REASON_PREPS
                and not dominates(t.head, trigger)):
            return True  # "sentenced for recruiting child soldiers in X": the charge's place
        t = t.head
    return False
_REPORTED = ("ccomp", "parataxis", "xcomp")


def relative_of(root: Token, trigger: Token, clause: frozenset[int],
                spatial: Mapping[str, frozenset[str]]) -> bool:
    """The trigger's clause (or one it modifies) is a relative clause on the place itself: "X,
    where 300 people died after the regime deployed sarin"; with "which", only when the place is
    what the event acted on ("Mosul, which was recaptured") - "the US, which armed the YPG" is
    an actor."""
    top = min((trigger.doc[i] for i in clause), key=depth)
    for _ in range(3):
        if top.dep_ == "relcl":
            head = top.head
            # after a list the clause is on its last item ("Ukraine, Crimea and Syria, where")
            items = [c for c in (head, *head.conjuncts) if c.i < top.left_edge.i]
            if len(items) > 1:
                head = max(items, key=lambda c: c.i)
            if head.i != root.i and not (root.dep_ == "appos" and root.head.i == head.i) and not (
                    root.dep_ == "conj" and root.head.i == head.i and not head.conjuncts):
                return False
            if any(c.lower_ == "where" and c.dep_ == "advmod" for c in top.children):
                return True
            return top.i == trigger.i and "object" in spatial.get(trigger.lemma_.lower(), ()) and any(
                c.dep_ in ("nsubjpass", "dobj") and c.lower_ in ("which", "that") for c in top.children)
        if top.dep_ == "ccomp" and top.head.lemma_.lower() in _REPORTING and top.head.dep_ == "relcl" \
                and any(c.lower_ == "where" for c in top.head.children):
            top = top.head  # "Minsk, where police said 5,000 had marched": what was told there
            continue
        if top.dep_ not in ("advcl", "conj") or top.head.pos_ not in ("VERB", "AUX"):
            return False
        top = top.head
    return False


# Verbs of telling, whose content a "where" clause places ("X, where officials said ...").
_REPORTING = frozenset(("say", "report", "tell", "estimate", "claim"))


def result_head(trigger: Token) -> Token | None:
    """The verb a subjectless participle clause of result hangs on: "jets struck X, [killing]
    20", "a bomb exploded in X, [wounding] five" describe one act, which happened at one place."""
    head = trigger.head
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or trigger.i < head.i:
        return None  # "Fleeing the bombing in X, families arrived in Y": before, elsewhere
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in trigger.children):
        return None  # "after killing", "while fighting", "was terrorising": another act
    if head.lemma_.lower() in ("be", "have") or head.pos_ != "VERB":
        # "the attack was the deadliest since 2014, when militants assaulted a school in X,
        # killing 154": the parser hangs the participle on the copula; it continues the
        # clause that ends right before its comma, if any
        return _clause_before(trigger, head)
    return head


def _clause_before(trigger: Token, head: Token) -> Token | None:
    doc = trigger.doc
    if trigger.i < 2 or doc[trigger.i - 1].text != ",":
        return None
    end = trigger.i - 2
    tok = doc[end]
    for _ in range(8):
        if tok.i == head.i or tok.head.i == tok.i:
            return None
        if (tok.pos_ == "VERB" and tok.lemma_.lower() not in ("be", "have") and tok.i > head.i
                and tok.dep_ in ("relcl", "advcl", "conj", "ccomp")):
            return tok
        tok = tok.head
        if tok.right_edge.i != end:
            return None
    return None


def dominates(top: Token, tok: Token) -> bool:
    """`top` is `tok` or one of its heads."""
    for _ in range(64):
        if tok.i == top.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def area_named_by(m: M, mentions: Sequence[M], doc: Doc) -> M:
    """"the eastern Ghouta suburbs of Damascus", "the Idlib countryside of ...": the area noun
    is named by its modifier, the place after "of" only says where the area lies; but in "the
    Damascus suburb of Douma", "the Baghdad district of Karrada" the modifier is the city the
    named part (the smaller town after "of") belongs to."""
    root = doc[m.start:m.end].root
    if root.dep_ in ("compound", "amod", "nmod") and _area_noun(root.head):
        owner = root.head
        if owner.dep_ == "appos":  # "Eastern Ghouta, a Damascus suburb": the named area
            named = next((o for o in mentions if o is not m and o.start <= owner.head.i < o.end
                          and _part_of(o, m)), None)
            if named is not None:
                return named
        for other in mentions:
            r = doc[other.start:other.end].root
            if (other is not m and r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.i == owner.i
                    and _part_of(other, m)):
                return other
        return m
    if root.dep_ != "pobj" or root.head.lower_ != "of" or not _area_noun(root.head.head):
        return m
    owner = root.head.head
    for other in mentions:
        r = doc[other.start:other.end].root
        if (other is not m and r.head.i == owner.i and r.dep_ in ("compound", "amod", "nmod")
                and not _part_of(m, other)):
            return other
    return m


def _part_of(part: M, whole: M) -> bool:
    """Two places around an area noun: the smaller town, or a named area ("the Damascus
    suburbs of eastern Ghouta"), is the part of the larger town."""
    p, w = part.best.place, whole.best.place
    if w.feature != "city" or p.country != w.country:
        return False
    return p.population < w.population if p.feature == "city" else p.feature == "region"


def _area_noun(tok: Token) -> bool:
    return tok.lower_ in _AREA_PARTS


_AREA_PARTS = frozenset({"suburbs", "suburb", "outskirts", "countryside", "district", "districts",
                         "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "area",
                         "areas", "region"})


def depth(tok: Token) -> int:
    """Arcs from `tok` up to its sentence's root."""
    n = 0
    while tok.head.i != tok.i and n < 64:
        tok, n = tok.head, n + 1
    return n


def reporter(root: Token, trigger: Token, witnesses: frozenset[str], reports: frozenset[str]) -> str | None:
    """"witness" when the place describes local witnesses who report the trigger's event,
    "desk" when it describes anyone else who reports it ("the ministry in Moscow said"),
    else None."""
    t = root
    while t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "of", "from", "inside"):
        return None
    noun = t.head.head
    for _ in range(2):  # "correspondents on the ground in X", "activists in the town of X"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
    while noun.dep_ in ("conj", "appos", "compound") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in reports or verb.i == trigger.i:
        return None
    # the report governs the event's clause ("said [12 were killed]") or is appended to it
    # ("12 were killed, activists said")
    if not (dominates(verb, trigger) or dominates(trigger, verb)):
        return None
    # sentence-initial plurals are often tagged as proper nouns, lemma and all ("Rebels")
    words = (noun.lemma_.lower(), noun.lower_, noun.lower_[:-1] if noun.lower_.endswith("s") else "")
    return "witness" if any(w in witnesses for w in words) else "desk"
