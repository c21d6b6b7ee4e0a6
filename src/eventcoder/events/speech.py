"""Acts carried by speech rather than by a trigger of their own: reported obligations ("X says Y
must end the attacks" is a demand or an appeal), hostile acts another actor alleges ("X claimed
that Y attacked Z" is X accusing Y) and statements about another actor that carry an accusation
cue ("X says Y prefers violence").

A mixin of `SentenceCoder` (extract.py), split out to keep each module to one job; it uses the
coder's lexicon, arguments and `_pairs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..record import Actor
from . import syntax
from .arguments import ActorLookup
from .framing import claimant
from .modality import ASSERTED, HYPOTHETICAL, Modality, classify
from .pairs import own_side
from .paths import accusing_cue
from .triggers import Match, indices_with, tokens_with

if TYPE_CHECKING:  # extract.py defines Act and imports this module
    from .extract import Act

# A statement about another actor whose complement holds an accusation cue is this code
# (CAMEO 112, "accuse"): "X says Y prefers violence".
ACCUSATION_CODE = "112"
# "X claimed that it had attacked Y": X claims responsibility (CAMEO 015).
CLAIM_CODE = "015"
# Modal markers of obligation and the frame (reframe.tsv) a reported obligation of another actor
# is coded with: "X says Y must ..." is a demand, "... should ..." an appeal.
OBLIGATION = {"must": "demand", "have": "demand", "should": "appeal", "ought": "appeal", "need": "appeal"}
# A reported obligation whose act no trigger codes: demand (100) or appeal (020), unspecified.
GENERIC_OBLIGATION = {"demand": "100", "appeal": "020"}
MODAL_OBLIGATION = frozenset(("must", "should", "ought"))
# doc.user_data keys of where a doc's accusation cues and modals of obligation are (indices_with)
CUE_WORDS_KEY = "eventcoder.accusation_cues"
OBLIGATION_WORDS_KEY = "eventcoder.obligation_words"
# where the content of a verb of saying sits
OBLIGED_DEPS = frozenset(("ccomp", "conj"))
# Roots of hostile acts that, alleged by another actor ("X claimed that Y ..."), are coded as X
# accusing Y.
ALLEGED_ROOTS = frozenset(("13", "15", "16", "17", "18", "19", "20"))
# Prepositions that name whom an act is done to, not who did it.
VICTIM_PREPS = frozenset(("against", "on", "upon", "toward", "towards"))


class SpeechActs:
    """Speech-borne acts of one sentence (see the module docstring)."""

    def _exhortation(self, m: Match, mod: Modality, sent: Span, actors: ActorLookup) -> list[Act]:
        """'X says Y must end the attacks': X demands (must, has to) or appeals (should, needs
        to) that Y do a cooperative act; nothing when nobody reports it or Y is X's own side."""
        frame = OBLIGATION[mod.marker]
        # an act with no subcode in the frame ("must reach an agreement") is still a demand or
        # an appeal, unspecified
        code = self.lex.reframed(frame, m.entry.cameo) or GENERIC_OBLIGATION[frame]
        return self._obliged(code, m, mod, sent, actors)

    def _obliged(self, code: str, m: Match, mod: Modality, sent: Span, actors: ActorLookup) -> list[Act]:
        """The speaker -> doer pairs of a reported obligation, coded `code`."""
        say = self.say_head(m.clause)
        if say is None:
            return []
        subj, passive = syntax.subject_of(say)
        speakers = actors.resolve(subj) if subj is not None and not passive else []
        if not speakers or classify(say, sent, self.lex).kind != ASSERTED:
            return []
        doer, passive = syntax.subject_of(m.clause)
        doers = self.args.resolve(doer, actors, speakers[0]) if doer is not None and not passive else []
        if not doers or any(own_side(s_, d) for s_ in speakers for d in doers):
            return []
        return self._pairs(code, m.entry, Match(m.entry, m.trigger, say, False), speakers, doers,
                           Modality(ASSERTED, mod.marker))

    def _bare_obligations(self, sent: Span, actors: ActorLookup, covered: set[int]) -> list[Act]:
        """'X said Y must ensure security': a reported obligation of another actor whose act no
        trigger codes is still a demand (100) or, with should / ought to / needs to, an appeal
        (020); an act the lexicon knows gets its subcode in `_exhortation` instead."""
        out: list[Act] = []
        # the verbs that could carry one: the heads of "must", "should", "ought" (a clause
        # complement or conjunct; "has to" is an xcomp and never one of OBLIGED_DEPS)
        hits = tokens_with(sent, self._obligation_hashes, OBLIGATION_WORDS_KEY)
        heads = {h.head.i for h in hits if h.lower_ in MODAL_OBLIGATION}
        doc = sent.doc
        for tok in (doc[i] for i in sorted(heads)):
            if tok.i in covered or tok.dep_ not in OBLIGED_DEPS or not syntax.is_verb(tok):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in MODAL_OBLIGATION for c in tok.children):
                continue
            say = self.say_head(tok)
            if say is None or say.i in covered:
                continue  # no speaker, or the statement is already coded ("said Y must stop lying": 112)
            mod = classify(tok, sent, self.lex)
            if mod.kind != HYPOTHETICAL or mod.marker not in OBLIGATION:
                continue
            code = GENERIC_OBLIGATION[OBLIGATION[mod.marker]]
            # unspecified, so kept to obligations put on another country ("Merkel said Germany
            # must do more" is domestic comment, not a demand)
            out.extend(a for a in self._obliged(code, Match(None, tok, tok, False), mod, sent, actors)
                       if not (a.source and a.target and a.source.country
                               and a.source.country == a.target.country))
        return out

    def say_head(self, clause: Token) -> Token | None:
        """The verb of saying whose content holds the clause ("says [Y must ...]")."""
        tok = clause
        for _ in range(4):
            if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "conj", "xcomp", "parataxis"):
                return None
            tok = tok.head
            if tok.lemma_.lower() in self.lex.say_verbs and syntax.is_verb(tok):
                return tok
        return None

    def _allegation(self, m: Match, code: str, doers: list[Actor], targets: list[Actor], m_mod: Modality,
                    actors: ActorLookup) -> list[Act] | None:
        """'X claimed that Y attacked Z': a hostile act another actor is alleged to have done is X
        accusing Y (112), not Y's act. None when the act is not in such a complement."""
        tok = m.clause
        said = False  # a say verb ("X said Y attacked Z"), not an allege verb
        content = False
        for _ in range(4):
            if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "conj"):
                return None
            content = content or tok.dep_ == "ccomp"
            tok = tok.head
            if tok.lemma_.lower() in self.lex.allege_verbs and syntax.is_verb(tok):
                break
            if content and tok.lemma_.lower() in self.lex.say_verbs and syntax.is_verb(tok):
                said = True
                break
        else:
            return None
        subj, passive = syntax.subject_of(tok)
        accusers = actors.resolve(subj) if subj is not None and not passive else []
        if said:
            if tok.i > m.clause.i:
                return None  # "X demolished homes, officials said": the news leads with the act
            return self._party_claim(tok, code, doers, accusers, actors)
        if not accusers and subj is not None and not passive:
            return []  # "critics claim that Y violated the law": a claim nobody named makes, not Y's act
        if code[:2] not in ALLEGED_ROOTS or not doers or not accusers:
            return None
        mod = classify(tok, m.clause.doc[tok.sent.start:tok.sent.end], self.lex)
        if any(own_side(a, d) for a in accusers for d in doers):
            # an actor claiming its own act: the claim of responsibility (015), and the act itself
            if mod.kind != ASSERTED:
                return None
            claim = self._pairs(CLAIM_CODE, None, Match(None, tok, tok, False), accusers, [], mod)
            return claim + self._pairs(code, m.entry, m, doers, targets, m_mod)
        if mod.kind != ASSERTED:
            return []
        return self._pairs(ACCUSATION_CODE, None, Match(None, tok, tok, False), accusers, doers, mod)

    def _party_claim(self, say: Token, code: str, doers: list[Actor], speakers: list[Actor],
                     actors: ActorLookup) -> list[Act] | None:
        """'Turkey said Germany attacked Syria': a hostile act another party to politics or war
        says someone else did is its accusation (112), not an asserted act. Police, monitors, the
        press, NGOs, witnesses and unnamed sources report acts: None (the act is coded), as it is
        when the speaker reports its own side's act."""
        if code[:2] not in ALLEGED_ROOTS or not doers or not speakers or say.lemma_.lower() in self.lex.concede_verbs:
            return None  # "Moscow acknowledged its nationals were killed by a US strike": no accusation
        if any(own_side(sp, d) for sp in speakers for d in doers):
            return None
        if not all(claimant(sp) for sp in speakers):
            return None
        sent = say.doc[say.sent.start:say.sent.end]
        if classify(say, sent, self.lex).kind != ASSERTED:
            return []
        return self._pairs(ACCUSATION_CODE, None, Match(None, say, say, False), speakers, doers, Modality(ASSERTED))

    def _speech_accusations(self, sent: Span, actors: ActorLookup, clauses: set[int]) -> list[Act]:
        """'X says Y prefers violence': a statement about another actor carrying an accusation cue."""
        out: list[Act] = []
        if not indices_with(sent, self._cue_hashes, CUE_WORDS_KEY):
            return out  # no cue anywhere in the sentence (screened on arrays)
        for verb in tokens_with(sent, self.lex.say_hashes, "eventcoder.say_verbs"):
            if verb.lemma_.lower() not in self.lex.say_verbs or not syntax.is_verb(verb) or verb.lemma_.lower() == "report":
                continue  # a reporter relays ("a correspondent reports that ..."), not accuses
            comp = syntax.child(verb, ("ccomp",))
            if comp is None or any(t.i in clauses for t in comp.subtree):
                continue
            if not accusing_cue(comp, syntax.subject_of(comp)[0], self.lex.accusation_cues):
                continue
            mod = classify(verb, sent, self.lex)
            if mod.kind != ASSERTED:
                continue
            subj, _ = syntax.subject_of(verb)
            sources = actors.resolve(subj) if subj is not None else []
            if not sources:
                continue
            speaker = sources[0]
            # The accused is the subject of the complement ("X says [Y] prefers violence"); when
            # that subject is a thing ("[the dialogue] is a parody, an instrument for the
            # regime"), an actor named in the complement. Ordinary people ("people can be
            # subjected to persecution") are not accused of anything.
            inner, _ = syntax.subject_of(comp)
            found = actors.resolve(inner, speaker) if inner is not None else []
            if not found and inner is not None and inner.pos_ != "PRON":
                for tok in comp.subtree:
                    # not the victims of the act: "crimes [against migrants]"
                    if (syntax.is_noun(tok) and tok.i != inner.i
                            and not (tok.dep_ == "pobj" and tok.head.lower_ in VICTIM_PREPS)):
                        found = actors.resolve(tok, speaker)
                        if found:
                            break
            targets = [a for a in found if not own_side(a, speaker) and a.sector != "CVL"]
            if not targets:
                continue
            out.extend(self._pairs(ACCUSATION_CODE, None, Match(None, verb, verb, False), sources, targets,
                                   Modality(ASSERTED)))
        return out
