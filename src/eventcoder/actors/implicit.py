"""Where the country of a noun phrase comes from when the phrase names none: a coordinated
conjunct's, a place the phrase is in or sent from, the same group word named with a country a
few sentences before, the article's dominant country; and the few phrases that stand for many
countries at once.

A mixin of `ArticleActors` (context.py) through `PhraseMixin` (phrases.py), split out to keep
each module to one job.
"""

from __future__ import annotations

from spacy.tokens import Token

from .compose import Part
from .entries import NOUN, SECTOR, fold
from .grammar import (
    AGENT_HEADS,
    GROUP_HEADS,
    ONE_PER_COUNTRY,
    backed_by,
    low_in,
    np_left,
)
from .matcher import Match
from .people import NOT_NAMES
from .senses import COUNTRY_KINDS, head_sense, modifier_sense

CVL = "CVL"
REF = "REF"
# How many sentences back "the rebels" looks for "Syrian rebels" to take its country from.
SECTOR_MEMORY = 6


class ImplicitCountryMixin:
    def _recall_sector(self, d: int, i: int) -> str | None:
        """The country of the last phrase with the same head or modifier word written with a
        country ("Syrian troops", "the Syrian armed opposition") within `SECTOR_MEMORY`
        sentences before token i."""
        if self._sector_memory is None:
            self._sector_memory = self._index_sector_countries()
        sentence = self.sentence_of(d, i)
        offset = self.offsets[d] + self.arrays[d].idx[i]
        best: tuple[int, int, str] | None = None
        tok = self.tokens[d][i]
        words = [tok, *(c for c in tok.lefts if c.dep_ in ("compound", "amod"))]
        for key in {w.lemma_.lower() for w in words}:
            for entry in reversed(self._sector_memory.get(key, ())):
                if entry[0] < offset:
                    best = max(best, entry) if best else entry
                    break
        if best is not None and sentence - best[1] <= SECTOR_MEMORY:
            return best[2]
        return None

    def _index_sector_countries(self) -> dict[str, list[tuple[int, int, str]]]:
        """Head lemma of a group noun -> (offset, sentence, country) of each mention written
        with a country modifier ("Syrian troops"), in article order."""
        kb = self.kb
        memory: dict[str, list[tuple[int, int, str]]] = {}
        for d, matches in enumerate(self._matches):
            match_at = self._match_at[d]
            for m in matches:
                sense = head_sense(kb, m)
                if sense.kind != SECTOR or kb.sector_terms[sense.ref].role != NOUN:  # groups, not titles
                    continue
                head = self.tokens[d][m.end - 1]
                for c in head.lefts:
                    cm = match_at.get(c.i)
                    if cm is not None and c.dep_ in ("amod", "compound", "poss", "nmod"):
                        cs = modifier_sense(kb, cm)
                        if cs.kind in COUNTRY_KINDS:
                            entry = (self.offsets[d] + self.arrays[d].idx[m.start], self.sentence_of(d, m.start),
                                     str(cs.ref))
                            memory.setdefault(head.lemma_.lower(), []).append(entry)
                            break
        return memory

    def place_country_here(self, name: str) -> str | None:
        """The country of a town named as a modifier ("Darfur rebels"), when the article names
        that country too (or none at all): a surname that is also some village ("Lee family
        aides") is not a place of this story."""
        assert self.place_country is not None
        if fold(name) in self.name_words:
            return None
        iso = self.place_country(name)
        if iso and self._text_countries and iso not in self._text_countries:
            return None
        return iso

    def _sector_modified(self, d: int, tok: Token, left: int) -> bool:
        """Is a plural common noun the KB does not know modified by a sector noun written
        before it ("army bulldozers", "government buildings"; not "Maduro's speeches")?"""
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
            return False
        doc = self.docs[d]
        # a group noun used as a compound; not topical modifiers ("human rights concerns",
        # "military assistance") nor adjectives ("official talks")
        return any(p.sectors and not p.owner and p.rule.startswith("noun:") and doc[k].pos_ in ("NOUN", "PROPN")
                   for k, p in self._left_raw(d, left, tok.i))

    def _implicit_country(self, d: int, tok: Token, sector: str | None = None, left: int | None = None,
                          person: bool = False) -> tuple[str | None, str]:
        """The country of a phrase that names none: shared with the conjunct it is coordinated
        with ("Israeli helicopters and tanks"), where it is ("security forces in Guinea"), the
        country of the last actor of the same sector named with one a few sentences before
        ("the Syrian armed opposition ... opposition representatives"), or the article's
        dominant one."""
        own = self._match_at[d].get(tok.i)  # "foreign" of "the Foreign Ministry" is its own word
        if left is not None and any(self.docs[d][k].lower_ == "foreign" or self._sponsor_at(d, k)
                                    for k in range(left, tok.i if own is None else own.start)):
            return None, ""  # "foreign leaders", "Armenia-backed fighters": of no country named here
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.i != tok.i:
            for _, part in self._left_raw(d, np_left(first), first.i):
                if part.country and not part.owner:
                    return part.country, f"shared:{part.rule}"
        if sector is not None and sector != CVL:
            sender = self._sender(d, tok)
            if sender:  # "Russia sent envoys to Kabul": Russia's envoys
                return sender, f"sent-by:{sender}"
        located = self._located(d, tok)
        if located and sector != REF:  # refugees are of the country they fled, not the host
            return located, f"located:{located}"
        if not located and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
            # "In Nairobi, police fired tear gas": the clause's place
            located = self._located(d, tok.head, clause=True)
            if located and sector != REF:
                return located, f"located:{located}"
        if sector is not None and sector != CVL:
            # the same word recalls its country, over the article's ("the Syrian armed
            # opposition" ... "opposition representatives")
            recalled = self._recall_sector(d, tok.i)
            if recalled:
                return recalled, f"same-word:{recalled}"
        if person and self._named_only_beside(d, tok):
            return None, ""
        if sector == REF and located and located == (self.dominant_country or self.leading_country):
            return None, ""  # "refugees in Germany" in a German story: of no country named
        if self.dominant_country:
            return self.dominant_country, "context"
        leading = self.leading_country
        if leading:
            return leading, "context-weak"
        return None, ""

    def _of_many(self, d: int, tok: Token, m: Match | None, of_slot: list[Part]) -> bool:
        """Does a phrase stand for several countries' actors, so that no single country may be
        implied: an institution each country has one of, in the plural ("governments"), or
        a group of people "of" something that names no country ("leaders of the 27 member
        states")?"""
        if tok.tag_ in ("NNS", "NNPS"):
            key = fold(self.docs[d][m.start:m.end].text) if m is not None else tok.lemma_.lower()
            if key in ONE_PER_COUNTRY or key.rstrip("s") in ONE_PER_COUNTRY or tok.lemma_.lower() in ONE_PER_COUNTRY:
                return True
        if of_slot or not (low_in(tok, AGENT_HEADS) or low_in(tok, GROUP_HEADS)):
            return False
        return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(c.dep_ == "pobj" for c in prep.children)
                   for prep in tok.rights)

    def _sponsor_at(self, d: int, k: int) -> bool:
        """Is token k a country word in "X-backed"?"""
        m = self._match_at[d].get(k)
        return (m is not None and m.end - 1 == k and modifier_sense(self.kb, m).kind in COUNTRY_KINDS
                and backed_by(self.docs[d], m.end))

    def _named_only_beside(self, d: int, tok: Token) -> bool:
        """Is every country the article names named in this sentence only, in other noun
        phrases? "The president met the Egyptian foreign minister": the only country written
        belongs to the minister, and the president is someone else."""
        sent = self.sent(d, tok.i)
        here = [m for m in self._matches[d] if sent.start <= m.start < sent.end
                and head_sense(self.kb, m).kind in COUNTRY_KINDS]
        if not here:
            return False
        named = {str(head_sense(self.kb, m).ref) for m in here}
        if any(self._text_countries[c] > sum(1 for m in here if str(head_sense(self.kb, m).ref) == c)
               for c in named) or set(self._text_countries) - named:
            return False  # the article names them elsewhere too: its context
        phrase = range(np_left(tok), tok.right_edge.i + 1)
        return all(m.start not in phrase for m in here)

    def _located(self, d: int, tok: Token, clause: bool = False) -> str | None:
        """Country of an "in X" / "at X" place attached to the phrase, if X is known; with
        `clause`, attached to the verb on either side ("In Kenya, police fired ...")."""
        for prep in tok.children if clause else tok.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "inside"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                m = self._match_at[d].get(pobj.i)
                if m is not None:
                    sense = head_sense(self.kb, m)
                    if sense.kind in COUNTRY_KINDS:
                        return str(sense.ref)
                elif self.place_country is not None and pobj.pos_ == "PROPN" and pobj.lower_ not in NOT_NAMES:
                    iso = self._place_name_country(d, pobj)  # not "in August" (a town somewhere)
                    if iso:
                        return iso
        return None

    def _place_name_country(self, d: int, pobj: Token) -> str | None:
        """Country of a place name ending at `pobj`: the whole name, else its front part
        ("Kuala Lumpur" in "Kuala Lumpur International Airport"; "Airport" alone is some
        village), else a one-word name itself."""
        assert self.place_country is not None
        doc = self.docs[d]
        left = np_left(pobj)
        while left < pobj.i and not doc[left].text[:1].isupper():
            left += 1  # "the", "southern"
        for end in range(pobj.i + 1, left, -1):
            iso = self.place_country(doc[left:end].text)
            if iso:
                return iso
        return None

    def _residence(self, d: int, tok: Token, left: int, head_start: int, iso: str,
                   by_modifier: bool = True) -> tuple[str, str]:
        """Ethnic groups are coded by the country they live in: "Bosnian Serbs" are BIH;
        "ethnic Albanians" are of the place named ("in south Serbia") or the article's
        country. Returns (country, rule suffix; empty when unchanged)."""
        doc = self.docs[d]
        for _, part in self._left_raw(d, left, head_start) if by_modifier else ():
            if part.country and part.country != iso and not part.owner:
                return part.country, f"+{part.rule}"
        if any(doc[k].lower_ == "ethnic" for k in range(left, head_start)):
            where = self._located(d, tok)
            if not where:
                for prep in tok.rights:  # "Albanians of southern Serbia"
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        where = next((a.country for p in prep.children if p.dep_ == "pobj"
                                      for a in self.own(d, p.i) if a.country), None)
            where = where or self.dominant_country
            if where and where != iso:
                return where, f"+ethnic:{where}"
        return iso, ""
