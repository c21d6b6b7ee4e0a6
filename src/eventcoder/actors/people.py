"""People introduced in an article by a title or an apposition.

    president nicolas maduro                      title + name
    chief government negotiator and information   titles joined by "and" + name
      minister jorge rodriguez
    antonio ledezma, an opposition leader who     name , title (apposition)
    julio borges, the opposition's lead negotiator

Works on lower-cased text too: a name is a run of up to four name-like tokens (in cased text
they must be capitalised) tied to the title by the parse or all tagged proper nouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..record import Actor
from .entries import TITLE, Entry, SectorTerm, fold
from .grammar import (
    FIRST_PERSON,
    GROUP_PRONOUNS,
    NAME_POS,
    PERSONAL,
    TITLE_QUALIFIERS,
    np_left,
)
from .kb import ActorKB
from .matcher import Match
from .senses import COUNTRY_KINDS, modifier_sense, person_sense, title_sense

NAME_WORD_PATTERN = re.compile(r"^[^\W\d_][\w.'’\-]*$")
# Words that follow titles but are not names ("the president friday").
NOT_NAMES = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "tonight", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "here", "there", "now", "then",
]) | FIRST_PERSON | PERSONAL | GROUP_PRONOUNS
MAX_NAME_TOKENS = 4


@dataclass
class ArticlePerson:
    """A person as known in one article; the code is settled once the article's country is."""

    name: str
    key: str  # folded full name
    titles: list[str] = field(default_factory=list)  # folded title phrases
    entry: Entry | None = None  # the KB's entry, when the KB knows the name
    country: str | None = None  # from the title phrase or the KB
    sectors: tuple[str, ...] = ()
    explicit: bool = False  # country written next to the title, not guessed from context
    code: str | None = None
    rule: str = ""
    # (doc, token) of where first introduced: its sentence is the registry's evidence, read
    # only when the person is learned (most runs consult the registry without learning)
    sentence_at: tuple[int, int] | None = None
    org: Actor | None = None  # the organisation named with the title ("U.N. envoy X")
    introduced_at: tuple[int, int] | None = None  # (doc, token) of the name where introduced
    learned: bool = False  # from the cross-article registry
    guessed: bool = False  # country from a nearby mention only: not worth learning
    opaque: bool = False  # titled by an organisation the KB does not know ("Honeywell CEO X")

    @property
    def surname(self) -> str:
        return self.key.rsplit(" ", 1)[-1]


@dataclass(frozen=True, slots=True)
class TitleNP:
    left: int  # first token of the title phrase with its modifiers
    start: int  # the title match
    end: int  # exclusive
    term: SectorTerm


@dataclass(frozen=True, slots=True)
class Intro:
    name_start: int
    name_end: int  # exclusive
    titles: tuple[TitleNP, ...]
    entry: int | None  # KB person index when the name is a KB name


def name_like(tok: Token, cased: bool, kb: ActorKB, match_at: dict[int, Match]) -> bool:
    """Could this token be part of a person's name? (In cased text it must be capitalised.)"""
    if (tok.is_stop or tok.lower_ in NOT_NAMES or not NAME_WORD_PATTERN.match(tok.text)
            or tok.pos_ not in NAME_POS or tok.tag_ == "NNS" or (cased and not tok.text[0].isupper())):
        return False
    m = match_at.get(tok.i)
    return m is None or person_sense(kb, m) is not None


class IntroFinder:
    """Finds introductions in one parsed paragraph, given its KB matches."""

    def __init__(self, kb: ActorKB, doc: Doc, matches: list[Match], match_at: dict[int, Match], cased: bool):
        self.kb = kb
        self.doc = doc
        self.matches = matches
        self.match_at = match_at
        self.cased = cased  # names must be capitalised

    def find(self) -> list[Intro]:
        intros: list[Intro] = []
        for m in self.matches:
            sense = title_sense(self.kb, m)
            if sense is None:
                continue
            term = self.kb.sector_terms[sense.ref]
            intro = self._title_then_name(m, term) or self._apposition(m, term)
            if intro is not None:
                intros.append(intro)
        return intros

    # -- names ------------------------------------------------------------------------------
    def name_like(self, tok: Token) -> bool:
        return name_like(tok, self.cased, self.kb, self.match_at)

    def _name_from(self, j: int) -> tuple[int, int, int | None] | None:
        """The name starting at token j: (start, end, KB person index or None)."""
        m = self.match_at.get(j)
        if m is not None:
            p = person_sense(self.kb, m)
            return (m.start, m.end, p.ref) if p is not None and m.start == j else None
        k = j
        while k < len(self.doc) and k - j < MAX_NAME_TOKENS:
            if k in self.match_at:  # a KB name inside: stop before it, unless it is a surname
                m = self.match_at[k]  # after another first name ("Sarah Sanders")
                if k > j and m.end == k + 1 and person_sense(self.kb, m) is not None:
                    k += 1
                break
            if self.name_like(self.doc[k]):
                k += 1
            elif self._hyphen_inside_name(k, j):  # "Jean-Bertrand Aristide"
                k += 2
            else:
                break
        return (j, k, None) if k > j else None

    def _hyphen_inside_name(self, k: int, j: int) -> bool:
        doc = self.doc
        return (k > j and k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_
                and not doc[k].whitespace_ and self.name_like(doc[k + 1]))

    def _name_ending_at(self, head: Token) -> tuple[int, int, int | None] | None:
        """The name whose last token is `head` (its compounds before it)."""
        m = self.match_at.get(head.i)
        if m is not None:
            p = person_sense(self.kb, m)
            return (m.start, m.end, p.ref) if p is not None else None
        if not self.name_like(head):
            return None
        start = head.i
        while (start > 0 and head.i - start + 1 < MAX_NAME_TOKENS and self.doc[start - 1].dep_ == "compound"
               and self.doc[start - 1].head.i >= start and self.name_like(self.doc[start - 1])
               and start - 1 not in self.match_at):
            start -= 1
        return start, head.i + 1, None

    # -- titles -----------------------------------------------------------------------------
    def _title_np(self, m: Match, term: SectorTerm, np_head: Token | None = None) -> TitleNP:
        """The title with what qualifies it on the left: "chief government", "venezuela's",
        and, from the parse, everything else before it in the phrase headed by `np_head`
        ("Nigerian junior foreign minister")."""
        start = m.start
        # A compound title takes the first title's sector: "Secretary General" is not MIL.
        while start > 0:
            prev = self.match_at.get(start - 1)
            sense = title_sense(self.kb, prev) if prev is not None and prev.end == start else None
            if sense is None or fold(self.kb.sector_terms[sense.ref].phrase) in TITLE_QUALIFIERS:
                break  # "deputy governor" is a governor
            first = self.kb.sector_terms[sense.ref]
            term = SectorTerm(first.sector, TITLE, f"{first.phrase} {term.phrase}", first.sectors, first.origin,
                              first.prefix)
            start = prev.start
        left = start
        while left > 0:
            tok = self.doc[left - 1]
            prev = self.match_at.get(left - 1)
            if prev is not None and prev.end == left:
                if modifier_sense(self.kb, prev).kind in COUNTRY_KINDS or title_sense(self.kb, prev) is None:
                    left = prev.start
                    continue
                break
            if tok.lower_ in TITLE_QUALIFIERS or tok.dep_ in ("det", "case") or tok.text in ("-", "'s", "’s"):
                left -= 1
                continue
            break
        if np_head is not None:
            left = min(left, np_left(np_head))
        return TitleNP(left, start, m.end, term)

    def _chain(self, first: TitleNP) -> tuple[TitleNP, ...]:
        """Titles joined by "and"/"," before `first`: "chief negotiator and information minister"."""
        chain = [first]
        while chain[0].left >= 2 and self.doc[chain[0].left - 1].lower_ in ("and", ","):
            prev = self.match_at.get(chain[0].left - 2)
            sense = title_sense(self.kb, prev) if prev is not None else None
            if sense is None or self.doc[prev.end - 1].tag_ in ("NNS", "NNPS"):
                break  # "former advisers, former Secretary of State X": not X's titles
            chain.insert(0, self._title_np(prev, self.kb.sector_terms[sense.ref]))
        return tuple(chain)

    def _title_then_name(self, m: Match, term: SectorTerm) -> Intro | None:
        if m.end >= len(self.doc):
            return None
        name = self._name_from(m.end)
        if name is None:
            return None
        start, end, entry = name
        title_last, last = self.doc[m.end - 1], self.doc[end - 1]
        tied = (entry is not None or start <= title_last.head.i < end or last.head.i == title_last.i
                or all(self.doc[k].pos_ == "PROPN" for k in range(start, end)))
        if not tied:
            return None
        np_head = last if start <= title_last.head.i < end else title_last
        return Intro(start, end, self._chain(self._title_np(m, term, np_head)), entry)

    def _apposition(self, m: Match, term: SectorTerm) -> Intro | None:
        """ "NAME, (the) TITLE" or "the TITLE, NAME": one of the two is the other's appos."""
        title_last = self.doc[m.end - 1]
        candidates = []
        # "LinkedIn, whose vice president, Aatif Awan,": the title is not LinkedIn's apposition
        if title_last.dep_ == "appos" and not any(c.lower_ == "whose" for c in title_last.children):
            candidates.append(title_last.head)
        candidates += [c for c in title_last.children if c.dep_ == "appos"]
        for head in candidates:
            name = self._name_ending_at(head)
            if name is not None:
                start, end, entry = name
                return Intro(start, end, (self._title_np(m, term, title_last),), entry)
        return None
