"""Date of one event: the date expression attached to its trigger, against the publication date.

Choice among the expressions of a sentence, best first:
1. one attached to the trigger's clause (the trigger's own modifiers, or those of the noun
   phrases it governs: "began talks ... on Friday", "failed to dislodge him in months of
   protests this year"); a future expression ("next year", "in 2018" after publication)
   only when it modifies the trigger itself ("will meet next year"), never from inside an
   argument ("pressing for free voting next year");
2. one attached to a clause the trigger's clause is embedded in ("said on Friday that ...
   attacked"), when not future;
nearest in the dependency tree first. Expressions hanging on other verbs ("elections set for
December", "who won in May") are ignored, as are boundaries ("since 2011", "by Friday").
No expression: the publication date (method "publication"); no publication date: None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from .calendar import Resolved, resolve
from .expressions import DateExpr, find_date_expressions
from .syntax import (
    attaches_to,
    directly_attached,
    dominates,
    predicate_of,
    tree_distance,
    trigger_clause,
)

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
# Verbs whose complement or participle names a plan: "plans to vote in May",
# "elections set for December".
PLAN_VERBS = frozenset({"plan", "expect", "intend", "aim", "hope", "schedule", "set", "slate",
                        "due", "prepare", "vow", "pledge", "promise", "threaten", "want", "seek",
                        "go", "agree", "decide"})


@dataclass(frozen=True)
class DateResolution:
    date: str | None  # ISO date; the first day of the period for week/month/year precision
    method: str | None  # explicit | relative | period | publication | None
    precision: str | None  # day | week | month | year | None
    text: str | None = None  # the words the date was read from


def resolve_event_date(sent: Span, trigger: Token, pub_date: date | None, text: str | None = None) -> DateResolution:
    """The date of the event whose trigger is `trigger` in sentence `sent`; `text`: `sent.text`,
    when the caller has it (spaCy builds it from the sentence's tokens each time)."""
    best: tuple[tuple[int, int, int], Resolved, DateExpr] | None = None
    exprs = _expressions(sent.text if text is None else text)
    if exprs:
        clause = trigger_clause(trigger)
        for expr in exprs:
            if expr.boundary:
                continue
            span = sent.doc.char_span(sent.start_char + expr.start, sent.start_char + expr.end,
                                      alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            root = span.root
            pred = predicate_of(root.head) if root.head.i != root.i else root
            got = resolve(expr, pub_date, _tense(pred, expr))
            if got is None:
                continue
            if attaches_to(root, trigger, clause):
                if got.future and not directly_attached(root, trigger, clause):
                    continue
                tier = 0
            elif not got.future and dominates(pred, trigger):
                tier = 1
            else:
                continue
            rank = (tier, tree_distance(root, trigger), abs(root.i - trigger.i))
            if best is None or rank < best[0]:
                best = (rank, got, expr)
    if best is not None:
        _rank, got, expr = best
        return DateResolution(got.date.isoformat(), got.method, got.precision, expr.text)
    if pub_date is None:
        return DateResolution(None, None, None, None)
    return DateResolution(pub_date.isoformat(), "publication", "day", None)


@lru_cache(maxsize=64)
def _expressions(text: str) -> tuple[DateExpr, ...]:
    """The date expressions of a sentence: read once for all the events it carries."""
    return tuple(find_date_expressions(text)) if _HINT.search(text) else ()


# Cheap pre-check so most sentences skip the regexes (every weekday ends in "day").
_HINT = re.compile(
    r"\d|\b(?:yesterday|today|tonight|tomorrow|overnight|night|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day|weekend|week|month|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january"
    r"|february|march|april|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _tense(pred: Token, expr: DateExpr) -> str:
    """past | future | unknown, for the verb the expression modifies."""
    if expr.prep == "for" and pred.lemma_ in PLAN_VERBS:
        return "future"
    aux = [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in FUTURE_AUX for c in aux):
        return "future"
    if pred.dep_ == "acl" and pred.lemma_ in PLAN_VERBS:
        return "future"
    if pred.dep_ == "xcomp" and pred.head.lemma_ in PLAN_VERBS and pred.head.tag_ != "VBD":
        return "future"
    if pred.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if pred.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux):
        return "past"
    return "unknown"
