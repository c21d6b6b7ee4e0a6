"""Private persons: someone the KB and the article's titles do not know, named in full with a
known given name ("Khalid Masood"), or by that surname later ("Masood"). ICEWS codes such a
person as a citizen; so do we, as a civilian (CVL) of the country the phrase, the clause's place
or the article gives, but only where the event layer asks: as a side of force or coercion
(roots 17-20), where a named doer or victim is rarely anyone but a private person. Elsewhere an
unknown name stays uncoded (what a private person says is seldom a political act, and an
official the text does not title would be miscoded).

A mixin of `ArticleActors` (context.py).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from spacy.tokens import Token

from ..record import Actor
from .implicit import CVL
from .state import ArticleState

# Pronouns that may stand for a private person named shortly before, and how many sentences back.
PRONOUNS = frozenset(("he", "she", "him", "her"))
ANTECEDENT_SENTENCES = 3


class PrivatePersonMixin(ArticleState):
    def private_person(self, token: Token) -> Actor | None:
        """The private person the name ending at `token` names, if it is one (see above)."""
        d = self._doc_index.get(id(token.doc))
        if d is None or not self.cased or (d, token.i) in self._person_at:
            return None
        if token.lower_ in PRONOUNS:
            return self._private_antecedent(d, token)
        ends, surnames = self._full_names
        if token.i in self._match_at[d] and (d, token.i) not in ends and not self._shadowed_surname(d, token.i):
            return None  # a name the KB reads as something else
        left = ends.get((d, token.i))
        if left is not None:
            name = self.span(d, left, token.i)[0]
        elif token.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in token.children):
            name = surnames.get(self.words.fold[self.arrays[d].orth[token.i]])
            left = token.i
        else:
            return None
        if name is None:
            return None
        country, how = self._implicit_country(d, token, CVL, left, person=True)
        if not how or how.startswith("context"):  # where it happened, before the article's country
            here = self._located(d, token.head, clause=True)
            if here:
                country, how = here, f"located:{here}"
        found = self._make(d, left, token.i, country, (CVL,), f"private+{how}".rstrip("+"))
        return replace(found, name=name)  # two private persons of one country are two actors

    def _private_antecedent(self, d: int, pronoun: Token) -> Actor | None:
        """ "Ziyed Ben Belgacem was known to police. [He] fired at police": the private person
        named last, in the pronoun's sentence or the two before it (in its paragraph, or the
        previous paragraph's last sentence), unless a person the KB knows is named nearer."""
        sents = [s for s in pronoun.doc.sents if s.start <= pronoun.i][-ANTECEDENT_SENTENCES:]
        spans = [(d, range(pronoun.i - 1, sents[0].start - 1, -1))]
        if len(sents) < ANTECEDENT_SENTENCES and d > 0:
            last = list(self.docs[d - 1].sents)[-1:]
            spans += [(d - 1, range(s.end - 1, s.start - 1, -1)) for s in last]
        for dd, ks in spans:
            doc = self.docs[dd]
            for k in ks:
                if (dd, k) in self._person_at:
                    return None  # someone the KB knows is nearer: coreference is theirs
                if doc[k].pos_ != "PROPN" or (k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"):
                    continue  # a name ends at its last word
                found = self.private_person(doc[k])
                if found is not None:
                    text = self._make(d, pronoun.i, pronoun.i, found.country, (CVL,), "")
                    return replace(found, text=text.text, start=text.start, end=text.end,
                                   rule=f"pronoun->private:{found.name}")
        return None

    @cached_property
    def _full_names(self) -> tuple[dict[tuple[int, int], int], dict[str, str]]:
        """Unknown names written in full with a known given name: the first token of each by
        (doc, last token), and the full name by folded surname (the first written)."""
        given, fold_of = self.kb.given_names, self.words.fold
        ends: dict[tuple[int, int], int] = {}
        surnames: dict[str, str] = {}
        for (d, k, end) in self._name_runs + self._other_named:
            if fold_of[self.arrays[d].orth[k]].rstrip(".") in given:
                ends[(d, end - 1)] = k
                surnames.setdefault(fold_of[self.arrays[d].orth[end - 1]], self.span(d, k, end - 1)[0])
        return ends, surnames

    def _shadowed_surname(self, d: int, i: int) -> bool:
        """Is token i a KB person's surname on its own that the article gave to someone else
        ("Brown" after "Michael Brown"), not found as that person?"""
        m = self._match_at[d].get(i)
        return (m is not None and m.end - m.start == 1 and (d, i) not in self._person_at
                and self.words.fold[self.arrays[d].orth[i]] in self._full_names[1])
