"""Pronouns: who "he", "it", "whom" stand for, by position in the article.

- he/him/his/she/her: the most recent person mentioned before, skipping people who are other
  arguments of the same verb ("... pressure on maduro, whom he has called a bad leader": he is
  not maduro, who is the verb's object through "whom");
- it/its/they/them/their: the nearest main-clause subject before, in this or the previous
  sentence, when that subject is a group actor (an organisation, a government, a country);
- who/whom/which/that/whose: the noun the relative clause hangs on.
First-person pronouns depend on the speaker and are resolved by `ArticleActors.resolve`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from ..record import Actor
from .entries import fold
from .grammar import ARGUMENT_DEPS, GROUP_PRONOUNS, PERSONAL, RELATIVE

if TYPE_CHECKING:
    from .context import ArticleActors

# How far back (in paragraphs) a pronoun may reach for its antecedent.
WINDOW = 6
_REFLEXIVE = frozenset(("himself", "herself"))


def _as_pronoun(actor: Actor, aa: ArticleActors, d: int, i: int, target: str) -> Actor:
    text, start, end = aa.span(d, i, i)
    return replace(actor, text=text, start=start, end=end, rule=f"pronoun->{target}")


def _people_of(aa: ArticleActors, d: int, tok_i: int) -> set[str]:
    return {fold(a.name) for a in aa.own(d, tok_i) if a.name and aa.is_person_name(a.name)}


def coarguments(aa: ArticleActors, d: int, i: int) -> set[str]:
    """Keys of people who are other arguments of the verb the pronoun is an argument of."""
    tok = aa.tokens[d][i]
    if tok.dep_ not in ARGUMENT_DEPS:
        return set()
    verb = tok.head
    keys: set[str] = set()
    for child in verb.children:
        if child.i == i or child.lower_ in PERSONAL:
            continue
        if child.dep_ in ARGUMENT_DEPS:
            keys |= _people_of(aa, d, child.i)
        elif child.dep_ in ("prep", "agent"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ not in PERSONAL:
                    keys |= _people_of(aa, d, pobj.i)
    return keys


def personal(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    tok = aa.tokens[d][i]
    if tok.lower_ in _REFLEXIVE:
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != i), None)
        if subj is not None and subj.lower_ not in PERSONAL:
            people = [a for a in aa.own(d, subj.i) if a.name and aa.is_person_name(a.name)]
            if people:
                return (_as_pronoun(people[0], aa, d, i, people[0].name or ""),)
    excluded = coarguments(aa, d, i)
    offset = aa.offsets[d] + tok.idx
    mentions = aa.person_mentions
    for k in range(bisect_left(mentions, (offset,)) - 1, -1, -1):
        _, md, _, person = mentions[k]
        if md < d - WINDOW:
            break
        if person.key in excluded:
            continue
        return (_as_pronoun(aa.person_actor(person, d, i, i), aa, d, i, person.name),)
    return ()


def _main_subject(aa: ArticleActors, d: int, i: int) -> bool:
    tok = aa.tokens[d][i]
    return tok.lower_ not in RELATIVE and tok.head.dep_ not in ("relcl", "acl")


def group(aa: ArticleActors, d: int, i: int, depth: int = 0) -> tuple[Actor, ...]:
    tok = aa.tokens[d][i]
    if tok.dep_ == "expl" or depth > 3:
        return ()
    offset = aa.offsets[d] + tok.idx
    sentence = aa.sentence_of(d, i)
    subjects = aa.subjects
    for k in range(bisect_left(subjects, (offset,)) - 1, -1, -1):
        _, sd, si = subjects[k]
        if aa.sentence_of(sd, si) < sentence - 1:
            return ()
        if (sd, si) == (d, i) or not _main_subject(aa, sd, si):
            continue
        subj = aa.tokens[sd][si]
        if subj.lower_ in GROUP_PRONOUNS:
            found = group(aa, sd, si, depth + 1)
        elif subj.pos_ == "PRON":
            return ()
        else:
            found = aa.own(sd, si)
        if not found or any(a.name and aa.is_person_name(a.name) for a in found):
            return ()
        return tuple(_as_pronoun(a, aa, d, i, a.code or "?") for a in found)
    return ()


def relative(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    tok = aa.tokens[d][i]
    verb = tok.head
    for _ in range(3):  # "whom he has called": whom -> called (relcl) -> maduro
        if verb.dep_ == "relcl":
            antecedent = verb.head
            found = aa.own(d, antecedent.i)
            return tuple(replace(a, text=tok.text, start=aa.span(d, i, i)[1], end=aa.span(d, i, i)[2],
                                 rule=f"relative->{a.name or a.code}") for a in found)
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return ()
