"""Names of organisations the KB does not list: newspapers and firms named by a country and a
last word such as "Daily" or "Corp" ("China Daily"), officers titled by an unknown
organisation ("Apple's chief executive"), what a state sends ("Russia sent envoys"), and firms' officers and branches ("vice-president
of Lego China", "the president of Foxconn").

A mixin of `ArticleActors` (context.py), under `PhraseMixin`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..record import Actor
from .entries import NOUN, SECTOR
from .grammar import COMPASS, DISPATCH_VERBS, TITLE_QUALIFIERS, in_prose, low_in
from .matcher import Match
from .people import NOT_NAMES
from .senses import COUNTRY_KINDS, head_sense, modifier_sense
from .state import ArticleState

# Titles whose capitalised modifier is a portfolio ("Mines Minister"), not an organisation.
PORTFOLIO_TITLES = frozenset(("minister", "secretary", "commissioner", "czar", "tsar", "envoy"))


class OrganisationMixin(ArticleState):
    def _name_word(self, d: int, i: int) -> bool:
        """Is token i the last word of a newspaper's or firm's name ("Times", "Corp", exact
        case in sectors.tsv)?"""
        m = self._match_at[d].get(i)
        if m is None or m.end - m.start != 1:
            return False
        sense = head_sense(self.kb, m)
        if sense.kind != SECTOR:
            return False
        term = self.kb.sector_terms[sense.ref]
        return term.role == NOUN and term.phrase.startswith("=")

    def unknown_name_before(self, d: int, left: int, head_start: int, head: int, gov: bool = True) -> bool:
        """Is a title modified by a capitalised name the KB, the article's people and the
        gazetteer do not know ("Honeywell President", "a LinkedIn spokesperson")? Such a name is
        an organisation's: better unresolved than the article's government. Not portfolios
        ("Mines Minister") nor acronyms (often a state agency: "a USCIS spokeswoman"). Titles of
        other sectors (`gov` false) only count a possessive ("Apple's chief executive"): before
        them a capitalised word is as often a rank ("Lt General")."""
        doc, match_at = self.docs[d], self._match_at[d]
        if (not self.cased or doc[head].lemma_.lower() in PORTFOLIO_TITLES
                or any(k in match_at or (d, k) in self._person_at for k in range(left, head_start))):
            return False
        k = left
        while k < head_start:
            word = doc[k].text
            if (doc[k].dep_ not in (("compound", "poss") if gov else ("poss",)) or not word[:1].isupper()
                    or low_in(doc[k], TITLE_QUALIFIERS)
                    or not (doc[k].pos_ == "PROPN" or any(c.isupper() for c in word[1:]))):  # "LinkedIn"
                k += 1
                continue
            end = k
            while end + 1 < head_start and doc[end + 1].pos_ == "PROPN":
                end += 1
            name = doc[k:end + 1]
            if not (any(t.is_upper or t.lower_ in NOT_NAMES for t in name)
                    or (self.place_country is not None and self.place_country(name.text))):
                return True
            k = end + 1
        return False

    def _sender(self, d: int, tok: Token) -> str | None:
        """The country of the subject of "send"/"deploy" when `tok` is what is sent."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in DISPATCH_VERBS:
            return None
        for subj in verb.children:
            if subj.dep_ == "nsubj" and subj.pos_ == "PROPN":
                countries = {a.country for a in self.own(d, subj.i)}
                if len(countries) == 1:
                    return next(iter(countries))
        return None

    def _firm_branch(self, d: int, start: int) -> bool:
        """Is a country name written right after a capitalised name the KB, the article's people
        and the gazetteer do not know, and hung on the country ("Lego China", "Air India")?"""
        if not self.cased or start == 0:
            return False
        prev = self.tokens[d][start - 1]
        return (prev.dep_ == "compound" and prev.head.i >= start and prev.pos_ == "PROPN"
                and prev.text[:1].isupper() and not prev.is_upper and prev.lower_ not in NOT_NAMES
                and prev.lower_ not in COMPASS and prev.lower_ not in ("central", "upper", "lower", "greater")
                and (start - 1) not in self._match_at[d] and (d, start - 1) not in self._person_at
                and not (self.place_country is not None and self.place_country(prev.text)))

    def _unknown_name_after(self, d: int, tok: Token, m: Match | None) -> bool:
        """Is a government title followed by "of" and a capitalised name that names no actor
        ("vice-president of Lego China", "the chairman of Foxconn")? Such a name is a firm's."""
        if not self.cased:
            return False
        last = tok if m is None else self.tokens[d][m.end - 1]
        for prep in last.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if (pobj.dep_ != "pobj" or pobj.pos_ != "PROPN" or not pobj.text[:1].isupper() or pobj.is_upper
                        or any(c.dep_ == "det" for c in pobj.children)):
                    continue  # "of the Commission for Culture", "of IOK": a body, often the state's
                m = self._match_at[d].get(pobj.i)
                if m is not None:
                    if self._firm_branch(d, m.start):
                        return True  # "of Lego China"
                    continue
                first = min((c.i for c in pobj.children if c.dep_ == "compound" and c.i < pobj.i), default=pobj.i)
                name = self.docs[d][first:pobj.i + 1].text
                if any(k in self._match_at[d] for k in range(first, pobj.i + 1)):
                    continue
                if not self.resolve(pobj) and not (self.place_country is not None and self.place_country(name)):
                    return True  # "of Foxconn"
        return False

    def _unknown_body(self, d: int, i: int) -> tuple[Actor, ...]:
        """A run of two or more capitalised proper nouns ending at token i in a word of
        org_heads.tsv, unknown to the KB, the article's people and the gazetteer: an
        organisation of that word's sector ("the Heritage Foundation" NGO, "Samsung Group" BUS),
        of the country a country word in the name, its place or the article gives."""
        tok = self.tokens[d][i]
        sectors = self.kb.org_heads.get(tok.lower_)
        if sectors is None or not self.cased or not tok.text[:1].isupper() or (d, i) in self._person_at:
            return ()
        doc, match_at = self.docs[d], self._match_at[d]
        left = i
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].text[:1].isupper():
            left -= 1
        if left == i or not in_prose(tok):
            return ()
        country = None
        for k in range(left, i):
            m = match_at.get(k)
            if (d, k) in self._person_at or (m is not None and modifier_sense(self.kb, m).kind not in COUNTRY_KINDS):
                return ()  # a known name inside ("the Clinton Foundation"): not guessed here
            if m is not None and country is None:
                country = str(modifier_sense(self.kb, m).ref)  # "Korea Development Institute"
        if self.place_country is not None and self.place_country(doc[left:i + 1].text):
            return ()
        before = match_at.get(left - 1)
        if country is None and before is not None and modifier_sense(self.kb, before).kind in COUNTRY_KINDS:
            country = str(modifier_sense(self.kb, before).ref)  # "the Saudi Binladin Group"
        how = ""
        if country is None:
            country, how = self._implicit_country(d, tok, sectors[0], left)
        rule = f"org-head:{tok.lower_}" + (f"+{how}" if how else "")
        return (self._make(d, left, i, country, sectors, rule),)
