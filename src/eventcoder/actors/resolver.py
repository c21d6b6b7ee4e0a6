"""The actor resolver: one per knowledge base and pipeline, one `ArticleActors` per article.

    resolver = ActorResolver(ActorKB.load(), nlp)           # compiles the matcher once
    actors = resolver.for_article(docs, offsets, pub_date, dateline_places)
    actors.resolve(head_token, speaker=None) -> list[Actor]
    resolver.resolve_text("an American destroyer") -> Actor(code="USAMIL", ...)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..record import Actor
from .context import CALENDAR, ArticleActors
from .kb import ActorKB
from .people import NAME_WORD_PATTERN, NOT_NAMES
from .registry import PersonRegistry
from .spelling import CountrySpelling
from .words import WordCache

_HEAD_POS = ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X")
_MODIFIER_DEPS = frozenset(("amod", "compound", "nmod", "poss", "npadvmod"))


class ActorResolver:
    def __init__(self, kb: ActorKB, nlp: Language, registry: PersonRegistry | None = None,
                 learn: bool = True, place_country: Callable[[str], str | None] | None = None):
        """`registry` collects people introduced with a title and a country (and is consulted
        for names the KB lacks); `learn=False` consults it without adding to it.
        `place_country(name) -> ISO3 | None` (e.g. from the places gazetteer) lets places the
        KB does not know as capitals count: dateline cities, "rebels in Darfur", a town named
        as an actor."""
        self.kb = kb
        self.place_country = place_country
        self.nlp = nlp
        keep_slashed_names(nlp, kb)  # before the matcher tokenises the KB's names
        self.matcher = kb.matcher(nlp)
        self.words = WordCache(NAME_WORD_PATTERN, NOT_NAMES, CALENDAR)  # grows with the vocabulary seen
        self.registry = registry if registry is not None else PersonRegistry()
        self.learn = learn
        self.spelling = CountrySpelling(kb.countries.values(), known=(*kb.phrases, *kb.given_names))

    def for_article(self, docs: Sequence[Doc], offsets: Sequence[int], pub_date: dt.date | None,
                    dateline_places: Sequence[str] = ()) -> ArticleActors:
        """Actor state for one article parsed paragraph by paragraph: docs[i] starts at
        character offsets[i] of the article text."""
        return ArticleActors(self, docs, offsets, pub_date, dateline_places, learn=self.learn)

    def resolve_phrase(self, text: str, date: dt.date | None = None, context: str | None = None) -> list[Actor]:
        """Every actor a standalone phrase denotes ("Chile and Peru" gives two). `context` is
        text from the same article: when the phrase occurs in it, it is resolved where it
        stands (offsets then point into the context); otherwise the context only sets the
        dominant country and introduces people."""
        if context:
            found = self._in_context(text, date, context)
            if found:
                return found
        doc = self.nlp(text)
        if not len(doc):
            return []
        docs, offsets = [doc], [0]
        if context:
            docs.insert(0, self.nlp(context))
            offsets.insert(0, -len(context) - 1)  # before the phrase; phrase offsets stay its own
        actors = ArticleActors(self, docs, offsets, date, (), learn=False)
        head = phrase_head(doc)
        found = actors.resolve(head) if head is not None else []
        if not found:  # a phrase the parser split badly: try each nominal head from the right
            for tok in reversed(doc):
                if tok.pos_ in _HEAD_POS and (head is None or tok.i != head.i) and tok.dep_ not in ("amod", "det"):
                    found = actors.resolve(tok)
                    if found:
                        break
        return found

    def _in_context(self, text: str, date: dt.date | None, context: str) -> list[Actor]:
        """The phrase resolved where it occurs in `context` (as whole words, exact case first)."""
        phrase = text.strip()
        if not phrase:
            return []
        pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
        found_at = re.search(pattern, context) or re.search(pattern, context, re.IGNORECASE)
        if found_at is None:
            return []
        doc = self.nlp(context)
        span = doc.char_span(found_at.start(), found_at.end(), alignment_mode="expand")
        if span is None or not len(span):
            return []
        actors = ArticleActors(self, [doc], [0], date, (), learn=False)
        head = span.root
        if len(span) > 1 and head.dep_ in _MODIFIER_DEPS and not span.start <= head.head.i < span.end:
            # the span is the front of a longer phrase ("Israeli army" in "Israeli army
            # bulldozers"): read it as a phrase of its own, headed by its last nominal word
            last = next((t for t in reversed(span) if t.pos_ in ("NOUN", "PROPN")), None)
            found = actors.resolve_span(last, span.start) if last is not None else []
            if found:
                return found
        found = actors.resolve(head)
        # "Russian negotiators" in "U.S. and Russian negotiators": the actors of its own country
        own = actors.countries_in(0, span.start, span.end)
        if own and any(a.country in own for a in found):
            found = [a for a in found if a.country in own or a.country is None]
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:  # "Romanian" in "Hungarian and Romanian"
            first = first.head
        if first.dep_ in _MODIFIER_DEPS and not (span.start <= first.head.i < span.end):
            head = first
            # "Hungarian" in "Hungarian and Romanian officials": the phrase it modifies, for
            # the actor of the same country (HUNGOV rather than HUNCVL).
            countries = {a.country for a in found if a.country}
            outer = [a for a in actors.resolve(head.head) if a.country in countries]
            found = outer or found
        return found

    def resolve_text(self, text: str, date: dt.date | None = None, context: str | None = None) -> Actor | None:
        """The actor a standalone phrase denotes (the first, for coordinated phrases), or None."""
        found = self.resolve_phrase(text, date, context)
        return found[0] if found else None


_SLASHED = re.compile(r"^[A-Za-z][\w.-]*/[\w.-]*[A-Za-z0-9]$")


def keep_slashed_names(nlp: Language, kb: ActorKB) -> None:
    """Keep names written with a slash ("SPLM/A", "AFC/M23") one token: split at the slash,
    the parser reads "SPLM / A" as a phrase headed by "A" and loses the clause's subject.
    Adds tokenizer special cases for the KB's own such names only (idempotent)."""
    tokenizer = getattr(nlp, "tokenizer", None)
    if tokenizer is None:
        return
    forms = {f.lstrip("=") for fs in kb.forms.values() for f in fs} | set(kb.exact)
    for form in sorted(forms):
        if "/" in form and _SLASHED.match(form):
            for variant in {form, form.upper()}:
                tokenizer.add_special_case(variant, [{"ORTH": variant}])


def phrase_head(doc: Doc) -> Token | None:
    """The head of a phrase: the root of its first sentence when nominal, else the nominal
    token highest in the tree."""
    root = next(iter(doc.sents)).root
    if root.pos_ in _HEAD_POS:
        return root
    nominal = [t for t in doc if t.pos_ in _HEAD_POS]
    if not nominal:
        return None
    return min(nominal, key=lambda t: (len(list(t.ancestors)), -t.i))
