"""Dependency-tree helpers shared by the date and place stages: which words belong to the
trigger's clause, and how far apart two tokens are in the tree."""

from __future__ import annotations

from spacy.tokens import Token

VERBAL = frozenset({"VERB", "AUX"})
# Links through which an embedded clause reports on its parent's time and place:
# "officials said on Friday [that rebels attacked]", "failed [to dislodge]".
EMBEDDING = frozenset({"ccomp", "xcomp", "parataxis"})


def predicate_of(tok: Token) -> Token:
    """The nearest verb at or above tok (the root when there is none)."""
    t = tok
    while t.pos_ not in VERBAL and t.head.i != t.i:
        t = t.head
    return t


def trigger_clause(trigger: Token) -> frozenset[int]:
    """Token indices whose modifiers describe the trigger's event: the trigger, its own
    predicate when the trigger is a noun ("began [talks]"), and verbs joined by control
    ("failed to dislodge": both ways)."""
    pred = predicate_of(trigger)
    out = {trigger.i, pred.i}
    p = pred
    while p.dep_ == "xcomp" and p.head.i != p.i:
        p = p.head
        out.add(p.i)
    out.update(c.i for c in pred.children if c.dep_ == "xcomp")
    return frozenset(out)


def attaches_to(tok: Token, trigger: Token, clause: frozenset[int]) -> bool:
    """True when tok modifies the trigger's clause: climbing from tok reaches the trigger or a
    clause verb before any other verb ("talks in X on Friday" -> began; not "elections set
    for December", which hangs on "set")."""
    t = tok
    while True:
        if t.i == trigger.i or t.i in clause:
            return True
        if t.i != tok.i and t.pos_ in VERBAL:
            return False
        if t.head.i == t.i:
            return False
        t = t.head


def directly_attached(tok: Token, trigger: Token, clause: frozenset[int]) -> bool:
    """tok hangs on a clause word itself, or through one preposition ("meet [on] Friday"),
    not inside one of its noun phrases ("pressing for voting next year")."""
    head = tok.head
    if head.i in clause or head.i == trigger.i:
        return True
    return head.dep_ in ("prep", "agent") and (head.head.i in clause or head.head.i == trigger.i)


def dominates(pred: Token, trigger: Token) -> bool:
    """pred heads a clause the trigger's clause is embedded in ("said ... [attacked]")."""
    t = predicate_of(trigger)
    while t.dep_ in EMBEDDING and t.head.i != t.i:
        t = predicate_of(t.head)
        if t.i == pred.i:
            return True
    return False


def tree_distance(a: Token, b: Token) -> int:
    """Number of arcs between two tokens of one sentence."""
    depth: dict[int, int] = {}
    t, d = a, 0
    while True:
        depth[t.i] = d
        if t.head.i == t.i:
            break
        t, d = t.head, d + 1
    t, d = b, 0
    while t.i not in depth:
        if t.head.i == t.i:
            return len(depth) + d + 1  # different trees (should not happen within a sentence)
        t, d = t.head, d + 1
    return depth[t.i] + d
