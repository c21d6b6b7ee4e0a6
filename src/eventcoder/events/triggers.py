"""Trigger finding: lexicon entries whose frame holds in the parse of a sentence."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from . import syntax
from .lexicon import BLOCK, Entry, Lexicon
from .screens import ScreenTable, screen_hits

_ARRAYS_KEY = "eventcoder.lemma_arrays"
_COLUMNS_KEY = "eventcoder.lemma_lower"
_WORDS_KEY = "eventcoder.trigger_words"


@dataclass(frozen=True)
class Match:
    entry: Entry | None
    trigger: Token  # the word that matched
    clause: Token  # the verb whose clause carries the act (the trigger, or the light verb)
    light: bool  # a nominal event carried by a light verb ("held talks")


def candidate_tokens(sent: Span, lex: Lexicon) -> list[Token]:
    """Tokens whose lemma or lower-case form is a lexicon lemma."""
    return tokens_with(sent, lex.lemma_hashes, _ARRAYS_KEY)


def _columns(doc: Doc) -> tuple[list[int], list[int], set[int]]:
    """The doc's LEMMA and LOWER hashes and the set of both, read once per doc."""
    columns = doc.user_data.get(_COLUMNS_KEY)
    if columns is None:
        lemmas, lowers = doc.to_array([LEMMA, LOWER]).T.tolist()
        columns = doc.user_data[_COLUMNS_KEY] = (lemmas, lowers, set(lemmas).union(lowers))
    return columns


def doc_word_ids(doc: Doc) -> set[int]:
    """String ids of the lemmas and lower-case forms of the doc's words (read once per doc): a
    word absent from them is no token's lemma or form."""
    return _columns(doc)[2]


def tokens_with(sent: Span, wanted: frozenset[int], key: str) -> list[Token]:
    """Tokens of the sentence whose lemma or lower-case hash is in `wanted`, found once per doc
    on whole arrays, so that the other tokens cost no Python object at all."""
    doc = sent.doc
    return [doc[i] for i in indices_with(sent, wanted, key)]


def indices_with(sent: Span, wanted: frozenset[int], key: str) -> list[int]:
    """The indices of `tokens_with`, with no Token made."""
    doc = sent.doc
    user_data = doc.user_data
    hits = user_data.get(key)
    if hits is None:
        lemmas, lowers, words = _columns(doc)
        # the words of the doc that are wanted (a set intersection over the doc's few distinct
        # words), then where they are
        found = wanted.intersection(words)
        hits = user_data[key] = [i for i, (lemma, lower) in enumerate(zip(lemmas, lowers))
                                 if lemma in found or lower in found] if found else []
    start, end = sent.start, sent.end
    return hits[bisect_left(hits, start):bisect_left(hits, end)]


def doc_words(doc: Doc, lex: Lexicon) -> set[int]:
    """Hashes of the lower-case forms and lower-cased lemmas of the doc: every word a trigger's
    complements can show to a condition (for ScreenTable.doc_hits)."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        lemmas, lowers, words = _columns(doc)
        # a lemma that is its word's lower-case form is lower-case; only the others (inflected
        # and proper nouns' lemmas) are lower-cased, looked up by hash
        others = {lemma for lemma, lower in zip(lemmas, lowers) if lemma != lower}
        words = doc.user_data[_WORDS_KEY] = words | lex.lowered_hashes(others, doc.vocab.strings)
        if doc.vocab.strings["use"] in words:  # "using X" shows X as a "with" object (_Frame.preps)
            words.add(doc.vocab.strings["with"])
    return words


def find_matches(sent: Span, lex: Lexicon, partitives: frozenset[str]) -> list[Match]:
    out: list[Match] = []
    for tok in candidate_tokens(sent, lex):
        if syntax.is_verb(tok):
            pos = "V"
        elif tok.pos_ == "NOUN" and (tok.dep_ != "compound" or effort_head(tok, lex) is not None):
            pos = "N"  # "aid workers" is not aid, but "a mediation effort" is mediation
        elif (tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.i != tok.i
              and any(c.dep_ in ("prep", "ccomp", "xcomp") for c in tok.children)):
            # predicative and about something: "X is skeptical of Y", "confident that ..."
            # ("she was upbeat" is a mood, not a statement); the copula carries the clause
            pos = "A"
        else:
            continue
        table = lex.table(pos, tok.lemma_.lower())
        if table is None and pos == "N":
            table = lex.table(pos, tok.lower_)
        if table is None:
            continue
        entry = first_holding(table, _Frame(tok, lex, partitives), lex, doc_words(sent.doc, lex))
        if entry is None or entry.cameo == BLOCK:
            continue
        if pos == "V":
            out.append(Match(entry, tok, tok, False))
            continue
        if pos == "A":
            out.append(Match(entry, tok, tok.head, False))
            continue
        clause, light = nominal_clause(tok, lex, partitives)
        out.append(Match(entry, tok, clause, light))
    # "a bombing [campaign] against X": the frame noun is not an act of its own
    heads = {h.i for m in out if m.entry.pos == "N" and (h := effort_head(m.trigger, lex)) is not None}
    return [m for m in out if m.trigger.i not in heads] if heads else out


def noun_act(tok: Token, lex: Lexicon) -> bool:
    """Does a noun match an event entry of its own ("the attack against X", "military action")?"""
    entry = holding_entry(tok, "N", lex)
    return entry is not None and entry.cameo != BLOCK


def holding_entry(tok: Token, pos: str, lex: Lexicon) -> Entry | None:
    """The lexicon entry of part of speech `pos` ("N", "V") that holds on the word in its
    sentence, if any ("took [the town]" holds a seizure, "took a while" none)."""
    table = lex.table(pos, tok.lemma_.lower()) or lex.table(pos, tok.lower_)
    return first_holding(table, _Frame(tok, lex, frozenset()), lex, doc_words(tok.doc, lex)) if table else None


def nominal_clause(noun: Token, lex: Lexicon, partitives: frozenset[str]) -> tuple[Token, bool]:
    """The light verb that carries a nominal event, if any: '[held] talks', '[slapped] sanctions'."""
    tok = effort_head(noun, lex) or noun
    tok = syntax.climb_partitive(syntax.first_conjunct(tok), partitives)
    head = tok.head
    if (tok.dep_ in ("dobj", "nsubjpass") and head.i != tok.i and syntax.is_verb(head)
            and (head.lemma_.lower() in lex.light_verbs or any(
                (head.lemma_.lower(), c.lower_) in lex.light_phrases for c in head.children if c.dep_ == "prt"))):
        return head, True  # "[held] talks", "[carried] out attacks" (not "carried a bomb")
    if tok.dep_ == "pobj" and head.dep_ == "prep" and lex.light_phrases:
        verb = _phrase_verb(head, lex)
        if verb is not None:
            return verb, True  # "took part in [talks]", "embarked on a [visit]"
    if tok.dep_ == "nsubj" and head.i != tok.i and syntax.is_verb(head) and occurs(head, lex):
        # "the withdrawal of X [began]", "talks between X and Y [resumed]": the verb says the
        # event took place; its doers are named inside the noun phrase (extract requires them)
        return head, True
    return noun, False


def _phrase_verb(prep: Token, lex: Lexicon) -> Token | None:
    """The verb of a prepositional light verb ("participate [in]", "take part [in]", "go ahead
    [with]") whose preposition this is, if any."""
    holder = prep.head
    if holder.i == prep.i:
        return None
    p = prep.lower_
    if syntax.is_verb(holder):
        lemma = holder.lemma_.lower()
        if (lemma, p) in lex.light_phrases:
            return holder
        # "went ahead with", "took part in": the adverb, particle or object between verb and
        # preposition
        if any((lemma, c.lemma_.lower(), p) in lex.light_phrases
               for c in holder.children if c.dep_ in ("advmod", "prt", "dobj")):
            return holder
        return None
    verb = holder.head  # "took [part] in": the preposition hangs on the verb's object
    if holder.dep_ == "dobj" and syntax.is_verb(verb) and (
            verb.lemma_.lower(), holder.lemma_.lower(), p) in lex.light_phrases:
        return verb
    return None


def occurs(verb: Token, lex: Lexicon) -> bool:
    """A verb saying that its subject, an event, took place: "began", "resumed", "took place"
    (modality.tsv `occurrence`, phrases as verb lemma + object lemma)."""
    words = lex.marker("occurrence")
    lemma = verb.lemma_.lower()
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False  # "the attack started [to put] pressure": an aspect of another verb
    return lemma in words or any(
        c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in words for c in verb.children)


def effort_head(noun: Token, lex: Lexicon) -> Token | None:
    """'a mediation [effort]': the head noun when it only frames its compound modifier."""
    if noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.lemma_.lower() in lex.effort_nouns:
        return noun.head
    return None


class _Frame:
    """What the conditions of a token's entries look at, read from the parse once per token
    (a lemma may have dozens of entries) and only when some condition asks (many entries have
    none, and a failed flag ends the test before the complements are read)."""

    __slots__ = ("_child_words", "_children", "_deps", "_lex", "_obj_words", "_objs", "_partitives", "_passive",
                 "_prep_words", "_preps", "_verb", "tok")

    def __init__(self, tok: Token, lex: Lexicon, partitives: frozenset[str]):
        self.tok = tok
        self._lex = lex
        self._partitives = partitives
        self._passive = self._verb = self._children = self._preps = self._objs = None
        self._prep_words = self._obj_words = self._child_words = self._deps = None

    @property
    def deps(self) -> list[tuple[str, Token]]:
        """(dep, child) of the trigger's children, walked once for the views below."""
        if self._deps is None:
            self._deps = [(c.dep_, c) for c in self.tok.children]
        return self._deps

    @property
    def passive(self) -> bool:
        if self._passive is None:
            self._passive = syntax.is_passive(self.tok)
        return self._passive

    @property
    def verb(self) -> bool:
        if self._verb is None:
            self._verb = syntax.is_verb(self.tok)
        return self._verb

    @property
    def children(self) -> list[tuple[str, str, str, Token]]:
        if self._children is None:
            self._children = [(dep, c.lower_, c.lemma_.lower(), c) for dep, c in self.deps]
        return self._children

    @property
    def preps(self) -> list[tuple[str, list[tuple[str, str, Token]]]]:
        """(word, [(pobj lemma, pobj lower, pobj token)]) for each preposition."""
        if self._preps is None:
            self._preps = [(p.lower_, [(g.lemma_.lower(), g.lower_, g) for g in p.children
                                       if g.dep_ in ("pobj", "pcomp")])
                           for p in _preps(self.tok, None, self.deps)]
            # "attacked X [using] a car bomb" names its means as "with" does
            # (or on its object: "attacked [the base using] a bomb")
            users = [c for dep, c in self.deps if dep in ("advcl", "xcomp") and c.lemma_.lower() == "use"]
            users += [u for dep, c in self.deps if dep == "dobj" for u in c.children
                      if u.dep_ == "acl" and u.lemma_.lower() == "use"]
            self._preps += [("with", [(g.lemma_.lower(), g.lower_, g) for g in u.children if g.dep_ == "dobj"])
                            for u in users]
        return self._preps

    @property
    def objs(self) -> list[tuple[str, str, Token]]:
        if self._objs is None:
            self._objs = [(o.lemma_.lower(), o.lower_, o)
                          for o in _objects(self.tok, self._partitives, self._lex.effort_nouns, self.deps)]
        return self._objs

    # The word sets below screen entries cheaply in `holds`: an entry whose prep:, obj: or
    # child words are all absent from them cannot hold (most of the entries tested).
    @property
    def prep_words(self) -> frozenset[str]:
        if self._prep_words is None:
            self._prep_words = frozenset(p for p, _ in self.preps)
        return self._prep_words

    @property
    def obj_words(self) -> frozenset[str]:
        """Lemmas and forms of the objects."""
        if self._obj_words is None:
            self._obj_words = frozenset(w for lemma, lower, _ in self.objs for w in (lemma, lower))
        return self._obj_words

    @property
    def child_words(self) -> frozenset[str]:
        """Lemmas and forms of the children."""
        if self._child_words is None:
            self._child_words = frozenset(w for _, lower, lemma, _ in self.children for w in (lower, lemma))
        return self._child_words


def _in(lemma: str, lower: str, allowed: frozenset[str]) -> bool:
    return lemma in allowed or lower in allowed or "*" in allowed


def holds(entry: Entry, frame: _Frame, lex: Lexicon) -> bool:
    """Whether every condition of the entry holds on the trigger token (see lexicon.tsv's header)."""
    if entry.flags:
        if ("pass" in entry.flags or "stative" in entry.flags) and not frame.passive:
            return False
        if "active" in entry.flags and frame.passive:
            return False
        if "stated" in entry.flags and not stated(frame.tok, lex):
            return False
    conds = entry.condition_map
    if not conds:
        return True
    if not _may_hold(entry, frame):
        return False
    preps = frame.preps if "pobj" in conds else []  # complements are read only when asked for
    if "prep" in conds:
        preps = [p for p in frame.preps if p[0] in conds["prep"]]
        if not preps:
            return False
    if "pobj" in conds and not any(_in(lem, low, conds["pobj"]) for _, objs in preps for lem, low, _ in objs):
        return False
    objs = []
    if "obj" in conds:
        objs = [o for o in frame.objs if _in(o[0], o[1], conds["obj"])]
        if not objs:
            return False
    if "objmod" in conds:
        if "obj" in conds:
            named = [o[2] for o in objs]
        elif "pobj" in conds:
            named = [g for _, pobjs in preps for _, _, g in pobjs]
        else:
            named = [o[2] for o in frame.objs]
        if not any(c.dep_ in syntax.MODIFIER_DEPS and _lemma_in(c, conds["objmod"]) for o in named for c in o.children):
            return False
    for key, allowed in entry.conditions:
        if key in ("prep", "pobj", "obj", "objmod"):
            continue
        if not _condition(key, allowed, frame, lex):
            return False
    return True


def first_holding(table: ScreenTable, frame: _Frame, lex: Lexicon, words: set[int]) -> Entry | None:
    """The first of the table's entries that `holds`, the entries whose screens fail skipped on
    their bits: first on the words of the doc (`doc_words`), then on the frame's word sets,
    read only for the kinds an entry tested needs."""
    hit = done = 0
    near = table.doc_hits(words) if table.hashes else 0
    for e, bits, kinds in table.rows:
        if bits:
            if bits & near != bits:
                continue
            if kinds & ~done:
                hit |= screen_hits(frame, kinds & ~done, table.indexes)
                done |= kinds
            if bits & hit != bits:
                continue
        if holds(e, frame, lex):
            return e
    return None


def _may_hold(entry: Entry, frame: _Frame) -> bool:
    """Necessary conditions of `holds`, on word sets read once per token: each prep:, obj:,
    comp:, mod:, subj:, prt: and aux: condition names some word the trigger's complements have
    (the entry's screens, listed once per entry, so that absent keys cost nothing)."""
    for key, allowed in entry.screens:
        if key == "prep":
            words = frame.prep_words
        elif key == "obj":
            words = frame.obj_words
        else:
            words = frame.child_words
        if allowed.isdisjoint(words):
            return False
    return True


def object_nouns(tok: Token, entry: Entry, partitives: frozenset[str] = frozenset()) -> list[Token]:
    """The object nouns an obj: entry names ("opened [fire] on X"): where its target preps hang."""
    allowed = dict(entry.conditions).get("obj")
    if not allowed:
        return []
    return [o for o in _objects(tok, partitives) if _lemma_in(o, allowed)]


def _lemma_in(tok: Token, allowed: frozenset[str]) -> bool:
    return "*" in allowed or tok.lemma_.lower() in allowed or tok.lower_ in allowed


def stated(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb states a content: a that-clause with a subject of its own ("protested
    that the police had failed ...") or a content it follows ("X is failing refugees, a group
    protested")."""
    return (any(g.dep_ in ("nsubj", "nsubjpass") for c in subject_complements(verb) if c.dep_ == "ccomp"
                for g in c.children)
            or syntax.postposed_report(verb, lex.say_verbs) is not None)


def subject_complements(tok: Token) -> list[Token]:
    """Clausal complements with a subject of their own: "wants [X] to include ..."."""
    return [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _objects(tok: Token, partitives: frozenset[str], efforts: frozenset[str] = frozenset(),
             deps: list[tuple[str, Token]] | None = None) -> list[Token]:
    """Direct objects (the passive subject for a passive verb), looking through partitives,
    coordination and effort nouns: "imposed a new round of sanctions", "imposed sanctions and
    travel bans", "halted its mediation efforts"."""
    out = []
    if deps is None:
        deps = [(c.dep_, c) for c in tok.children]
    objects = [c for dep, c in deps if dep in ("dobj", "obj", "nsubjpass")]
    if not objects and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        objects = [tok.head]  # a participle is done to the noun it describes ("results [released] by X")
    for obj in objects:
        out.append(obj)
        out.extend(c for c in obj.children if c.dep_ == "conj")
        lemma = obj.lemma_.lower()
        if lemma in partitives:
            out.extend(syntax.prep_objects(obj, "of"))
        elif lemma in efforts:
            out.extend(c for c in obj.children if c.dep_ == "compound")
    return out


def _preps(tok: Token, allowed: frozenset[str] | None, deps: list[tuple[str, Token]]) -> list[Token]:
    """Preposition children of the trigger, of its particle, or of its direct object (`deps`:
    the trigger's children with their dependency labels)."""
    holders = [tok]
    holders += [c for dep, c in deps if dep in ("prt", "dobj", "obj", "nsubjpass")]
    holders += [c for dep, c in deps if dep == "prep" and not any(g.dep_ == "pobj" for g in c.children)]
    out = []
    for h in holders:
        for dep, c in deps if h.i == tok.i else ((c.dep_, c) for c in h.children):
            if dep in ("prep", "agent", "dative") and (allowed is None or c.lower_ in allowed):
                if h.i == tok.i and c.i < tok.i and tok.pos_ == "VERB":
                    continue  # a fronted adjunct ("On Monday, X called Y") is no complement
                out.append(c)
    # "called [for] the government to resign": the parser makes "for" the mark of the clause
    if allowed is None or "for" in allowed:
        out += [g for dep, c in deps if dep == "advcl" and c.i > tok.i
                for g in c.children if g.dep_ == "mark" and g.lower_ == "for"]
    return out


def _condition(key: str, allowed: frozenset[str], frame: _Frame, lex: Lexicon) -> bool:
    tok = frame.tok
    children = frame.children
    if key == "prt":
        for dep, lower, _, c in children:
            if lower not in allowed:
                continue
            if dep in ("prt", "advmod"):
                return True
            if dep == "prep" and (not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                                  or any(g.dep_ == "prep" for g in c.children)):  # "out [of] X"
                return True
        return False
    if key == "comp":
        if "*" in allowed:  # any infinitive complement ("agreed to X"), not a that-clause
            return any(dep == "xcomp" for dep, *_ in children)
        for dep, lower, lemma, c in children:
            if dep in ("xcomp", "ccomp", "oprd", "acomp") and _in(lemma, lower, allowed):
                return True
            if dep == "advcl" and _in(lemma, lower, allowed) and any(a.lower_ == "to" for a in c.children):
                return True
        return False
    if key == "compsubj":
        return any(_lemma_in(g, allowed) for c in subject_complements(tok)
                   for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    if key == "mod":
        deps = syntax.MODIFIER_DEPS | ({"advmod", "npadvmod"} if frame.verb else set())
        return any(dep in deps and _in(lemma, lower, allowed) for dep, lower, lemma, _ in children)
    if key == "aux":
        return any(dep in ("aux", "auxpass") and lower in allowed for dep, lower, _, _ in children)
    if key == "subj":
        return any(dep in ("nsubj", "nsubjpass") and _in(lemma, lower, allowed) for dep, lower, lemma, _ in children)
    if key == "cue":
        # "called him a dictator", "branded them terrorists": a cue word in what the verb governs
        cues = lex.accusation_cues if "accusation" in allowed else frozenset()
        return any(t.lemma_.lower() in cues for dep, _, _, c in children if dep not in ("nsubj", "punct")
                   for t in c.subtree)
    return False
