"""Is an act asserted? Negation, modals, conditions, the future, intentions, beliefs, questions.

The markers are words from modality.tsv and speech.tsv; this module only walks the parse from
the clause that carries the act up to the sentence root (or to a verb of saying, which starts
a quote with its own modality).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import syntax
from .lexicon import Lexicon

# How far up the tree a marker still governs the act: complements and coordination, not
# relative clauses (their modality is their own).
GOVERNING_DEPS = frozenset(("xcomp", "ccomp", "conj", "pcomp", "acomp", "advcl", "prep", "pobj",
                            "dobj", "attr", "oprd", "acl", "appos", "nsubj"))

ASSERTED = "asserted"
NEGATED = "negated"
QUESTION = "question"
BELIEF = "belief"  # complement of expect/believe/hope: not asserted by anyone
CONDITION = "condition"  # inside an if/unless clause
HYPOTHETICAL = "hypothetical"  # bare modal: could, might, would
THREAT = "threat"  # modal + condition, or future of a conflictual act -> 13x
FUTURE = "future"  # will / going to
INTENT = "intent"  # plan to, want to, seek to -> 03x for cooperative acts
REFUSAL = "refusal"  # will not / would not + a cooperative act -> 12x
HABITUAL = "habitual"  # routinely / usually / every month: a habit, not an act that happened

COUNT_WORDS = frozenset(("fewer", "less", "more", "longer", "later", "sooner"))
SIMPLE_PRESENT_TAGS = frozenset(("VBZ", "VBP"))
PAST_AUX = frozenset(("had", "has", "have", "'ve", "'d", "did", "was", "were"))
# Prepositions whose gerund is not (yet) done: "moves towards annexing", "steps toward normalising".
UNDONE_PREPS = frozenset(("toward", "towards"))
# Prepositions of time: what a word of planning or readiness governs through them was done
# ("moved to the border [after] attacking"), unlike "aimed [at] killing", "keen [on] signing".
TIME_PREPS = frozenset(("after", "before", "since", "following", "during", "amid", "while", "until", "despite"))


@dataclass(frozen=True)
class Modality:
    kind: str
    marker: str | None = None  # the word that decided it


# Modal words that are also auxiliaries of tense: "have killed" is perfect, only "have to kill"
# (the word heading an xcomp, handled in `classify`) is modal.
TENSE_AUX = frozenset(("have", "has", "had", "'ve"))


Kids = list[tuple[str, str, Token]]  # (dep_, lower_, child) of a token's children, in order


def _kids(tok: Token, memo: dict[int, Kids]) -> Kids:
    """The children of `tok`, read once per `classify` call (its checks walk them many times)."""
    kids = memo.get(tok.i)
    if kids is None:
        kids = memo[tok.i] = [(c.dep_, c.lower_, c) for c in tok.children]
    return kids


def _has_marker(kids: Kids, lex: Lexicon, kind: str, deps=("aux", "advmod", "neg", "mark")) -> str | None:
    words = lex.marker(kind)
    for dep, lower, _ in kids:
        if dep in deps and lower in words and not (kind == "modal" and lower in TENSE_AUX):
            return lower
    return None


def _negated(tok: Token, lex: Lexicon, memo: dict[int, Kids]) -> str | None:
    for dep, lower, _ in _kids(tok, memo):
        if dep == "neg" or (dep in ("advmod", "det", "preconj", "nummod") and lower in lex.marker("negation")):
            return lower
    if tok.dep_ == "conj":  # "had neither responded, [nor] had they helped": the cc hangs on the first conjunct
        for dep, lower, c in _kids(tok.head, memo):
            if dep == "cc" and c.i < tok.i and lower in lex.marker("negation"):
                return lower
    return None


def _own_clause(conj: Token) -> bool:
    """'did not arrest them but [released] them': a conjunct with a tense of its own, or after
    "but", is not under the first conjunct's negation ("did not criticise or [attack]" is)."""
    return conj.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conj.head.children)


def _negative_subject(kids: Kids, lex: Lexicon) -> str | None:
    """'[Neither] of the leaders has visited', '[No] country recognised it', '[Nobody] was killed'."""
    words = lex.marker("negation")
    for dep, lower, c in kids:
        if dep in ("nsubj", "nsubjpass"):
            if lower in words:
                return lower
            if any((d.dep_ in ("det", "preconj") and d.lower_ in words) or d.dep_ == "neg" for d in c.children):
                return "no"  # "no country", "not every president"
    return None


def _negative_object(kids: Kids, lex: Lexicon) -> str | None:
    """'offered [no] concessions', 'arrested [no] one', 'made [no] offer': the act's object is
    none ("no fewer than 20 people" is a count, not a negation)."""
    words = lex.marker("negation")
    for dep, lower, c in kids:
        if dep == "dobj":
            if lower in ("nothing", "none", "nobody"):
                return lower
            for d in c.children:
                if d.dep_ == "det" and d.lower_ in words and d.i + 1 < len(d.doc) \
                        and d.doc[d.i + 1].lower_ not in COUNT_WORDS:
                    return d.lower_
    return None


def _negative_adjunct(kids: Kids, lex: Lexicon) -> str | None:
    """'[at no time] did he pressure me', '[in no way] did they help': a phrase of time or manner
    that is none (modality.tsv `negative_adjunct`: the nouns it takes)."""
    words, nouns = lex.marker("negation"), lex.marker("negative_adjunct")
    for dep, _, c in kids:
        if dep == "prep":
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in nouns and any(
                        d.dep_ == "det" and d.lower_ in words for d in o.children):
                    return "no"
    return None


def _doubted_subject(clause: Token, lex: Lexicon) -> str | None:
    """'it is doubtful [Venezuela] will recognize ...': the parser often hangs the adjective of
    doubt on the subject of the complement instead of the copula."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() != "be":
        return None
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for d in c.children:
                if d.dep_ == "amod" and d.i < c.i and d.lemma_.lower() in lex.marker("unlikely"):
                    return d.lemma_.lower()
    return None


def _habitual(clause: Token, lex: Lexicon, memo: dict[int, Kids]) -> str | None:
    """'Police routinely arrest ...', 'arrested every month', 'whenever X protests', 'every time
    the US vetoes ...': a frequency adverb, an every/each time phrase or a whenever clause."""
    words = lex.marker("habitual")
    background = lex.marker("background")
    verb = clause
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "routinely arrest and [torture]"
    for tok in {clause, verb}:
        # a frequency adverb on a past act counts the acts that happened ("have routinely
        # detained", "often clashed"): only the present states a habit
        kids = _kids(tok, memo)
        past = tok.tag_ == "VBD" or any(dep in ("aux", "auxpass") and lower in PAST_AUX for dep, lower, _ in kids)
        for dep, lower, c in kids:
            if dep in ("advmod", "mark") and lower in words and not past:
                return lower
            if dep == "advmod" and c.i < tok.i and lower in background:
                return lower  # "has long supported", "once backed": a record, not news
            if dep == "npadvmod" and any(d.dep_ == "det" and d.lower_ in words for d in c.children):
                return c.lower_
    if clause.dep_ in ("relcl", "advcl") and clause.head.lemma_.lower() == "time" and any(
            d.dep_ == "det" and d.lower_ in words for d in clause.head.children):
        return "every time"
    return None


def _anchor(clause: Token, kids: Kids, anchors: frozenset[str]) -> str | None:
    """'since Russia annexed Crimea', 'since taking control': an earlier act that dates the news
    (`anchors`: the conjunctions, modality.tsv)."""
    if clause.dep_ == "advcl":
        return next((lower for dep, lower, c in kids if dep == "mark" and lower in anchors and c.i < clause.i), None)
    if clause.dep_ == "pcomp" and clause.head.lower_ in anchors:
        return clause.head.lower_
    return None


def _time_ahead(clause: Token, lex: Lexicon) -> str | None:
    """'meets officials later this week', 'travels to Paris next month', 'this will be his third
    [visit]': a present tense, or an event noun after a future copula, with a time ahead."""
    if clause.pos_ == "NOUN" and clause.dep_ in ("attr", "nsubj") and clause.head.lemma_ == "be":
        aux = {c.lower_ for c in clause.head.children if c.dep_ == "aux"}
        return min(aux & lex.marker("future"), default=None)
    if clause.tag_ not in SIMPLE_PRESENT_TAGS and not (
            clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)):
        return None
    ahead, nouns = lex.marker("time_ahead"), lex.marker("time_noun")
    for c in clause.children:
        # the time phrase itself ("[later] this week", "[next] month", "in the [coming] days"), not
        # a time inside a complement ("pressing for guarantees for next year's election")
        if c.dep_ in ("npadvmod", "advmod", "tmod"):
            phrase = [c, *c.children, *(g for k in c.children if k.dep_ == "npadvmod" for g in k.children)]
        elif c.dep_ == "prep" and c.lower_ == "in":
            phrase = [g for k in c.children if k.dep_ == "pobj" for g in (k, *k.children)]
        else:
            continue
        words = {t.lower_ for t in phrase}
        if "tomorrow" in words or (words & ahead and words & nouns):
            return "tomorrow" if "tomorrow" in words else min(words & ahead)
    return None


def _generic_when(clause: Token, kids: Kids) -> str | None:
    """'When their governments are unwilling to provide ...', 'when he visits Asia': a when-clause
    in the present tense is a condition or a generic case, not an act that happened."""
    if clause.dep_ == "advcl" and clause.tag_ in SIMPLE_PRESENT_TAGS and any(dep in ("mark", "advmod") and lower in ("when", "whenever")
                                                  and c.i < clause.i for dep, lower, c in kids):
        return "when"
    return None


def _condition_phrase(kids: Kids, lex: Lexicon) -> str | None:
    """'... would be acquitted [in the event of] impeachment', 'in case of war': a condition told
    by a phrase, not a clause (modality.tsv `condition_noun`)."""
    nouns = lex.marker("condition_noun")
    for dep, lower, c in kids:
        if dep == "prep" and lower == "in":
            for n in c.children:
                if n.dep_ == "pobj" and n.lower_ in nouns and any(g.dep_ == "prep" and g.lower_ == "of" for g in n.children):
                    return n.lower_
    return None


def _object_infinitive(clause: Token) -> bool:
    """An infinitive hung as a relative clause on the object of a verb ("ordered imams [to spy]")."""
    return (clause.dep_ in ("relcl", "acl") and clause.head.dep_ == "dobj"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def _marked(clause: Token) -> bool:
    """An adverbial clause with its own conjunction ("after killing", "while visiting")."""
    return any(c.dep_ in ("mark", "prep") and c.i < clause.i for c in clause.children)


def _simultaneous(clause: Token) -> bool:
    """A participle adjunct introduced by "while" ("would drop X while [loosening] Y")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and any(
        c.dep_ == "mark" and c.lower_ == "while" and c.i < clause.i for c in clause.children)


def _gerund_of(prep: Token) -> bool:
    """A preposition whose object is a gerund clause ("aimed at [killing]", "plans on [expelling]")."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _purpose(head: Token, lex: Lexicon, memo: dict[int, Kids]) -> str | None:
    """'Our task is [to fight] ...': the subject of the copula names a purpose."""
    if head.lemma_.lower() != "be":
        return None
    nouns = lex.marker("purpose_noun")
    return next((c.lemma_.lower() for dep, _, c in _kids(head, memo)
                 if dep == "nsubj" and c.lemma_.lower() in nouns), None)


def _is_question(sent: Span) -> bool:
    """Whether the sentence ends with a question mark (its text, read from the last tokens
    only: `sent.text` would join them all)."""
    doc = sent.doc
    for i in range(sent.end - 1, sent.start - 1, -1):
        text = doc[i].text.rstrip()
        if text:
            return text.endswith("?")
    return False


def classify(clause: Token, sent: Span, lex: Lexicon, allow_aux: frozenset[str] = frozenset()) -> Modality:
    """Modality of the act whose clause is headed by `clause`.

    `allow_aux` holds auxiliaries the lexicon entry itself requires ("would like" = want), which
    therefore do not make the act hypothetical.
    """
    if _is_question(sent):
        return Modality(QUESTION, "?")
    memo: dict[int, Kids] = {}
    kids = _kids(clause, memo)
    neg = (_negated(clause, lex, memo) or _negative_subject(kids, lex) or _negative_object(kids, lex)
           or _negative_adjunct(kids, lex))
    if neg:
        # "will not release", "won't meet", "said it would not accept": an announced refusal
        aux = {lower for dep, lower, _ in kids if dep == "aux"}
        if aux & lex.marker("future") or "would" in aux:
            return Modality(REFUSAL, neg)
        return Modality(NEGATED, neg)
    if clause.dep_ == "pcomp" and clause.head.lower_ in lex.marker("negation"):
        return Modality(NEGATED, clause.head.lower_)  # "[without] sending troops"
    doubt = _doubted_subject(clause, lex)
    if doubt:
        return Modality(HYPOTHETICAL, doubt)
    habit = _habitual(clause, lex, memo)
    if habit:
        return Modality(HABITUAL, habit)
    anchor = _anchor(clause, kids, lex.marker("anchor"))
    if anchor:
        return Modality(HABITUAL, anchor)
    marks = {lower for dep, lower, _ in kids if dep in ("mark", "aux")}
    if {"for", "to"} <= marks:  # "pressing for it to impose": an infinitive with its own subject
        return Modality(HYPOTHETICAL, "for")
    conditional = (_has_marker(kids, lex, "conditional", deps=("mark",)) or _generic_when(clause, kids)
                   or _condition_phrase(kids, lex))
    if conditional:
        return Modality(CONDITION, conditional)
    modal = _has_marker(kids, lex, "modal", deps=("aux",))
    if modal in allow_aux:
        modal = None
    future = _has_marker(kids, lex, "future", deps=("aux",)) or _time_ahead(clause, lex)
    found: Modality | None = None
    perfect = any(dep == "aux" and lower in TENSE_AUX for dep, lower, _ in kids)
    if modal == "would" and _reported(clause, lex) and not perfect:
        # "X said it would withdraw": the future of reported speech ("would have captured" is
        # counterfactual)
        modal, future = None, "would"
    if modal:
        found = Modality(THREAT if _has_condition(kids, lex) else HYPOTHETICAL, modal)
    elif future:
        found = Modality(FUTURE, future)

    if syntax.postposed_report(clause, lex.say_verbs) is not None:
        # "X is failing refugees, a group protested": the statement is not inside its content
        return found or Modality(ASSERTED)
    if found is None and _simultaneous(clause):
        # "said it would drop limits while [loosening] others": the adjunct shares its clause's
        # modality (an announced refusal of the clause is only a negation of the adjunct)
        shared = classify(clause.head, sent, lex, allow_aux)
        if shared.kind != ASSERTED:
            return Modality(NEGATED, shared.marker) if shared.kind == REFUSAL else shared
    # Walk up: a negated, modal or believing governor governs the act too.
    tok = clause
    steps = 0
    # "did not order imams [to spy]": the parser hangs an object's infinitive as a relative
    # clause on the object; it is the governing verb's complement
    infinitive = _object_infinitive(clause) and clause.head.lemma_.lower() not in (
        lex.marker("modal_noun") | lex.marker("purpose_noun"))
    if infinitive:
        tok = clause.head
    while tok.head.i != tok.i and tok.dep_ in GOVERNING_DEPS and steps < 8:
        dep, head = tok.dep_, tok.head
        if infinitive and steps == 0:
            dep = "xcomp"
        steps += 1
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN" and (
                (lemma in lex.marker("modal_noun") and (dep == "acl" or (dep == "prep" and tok.lower_ in ("to", "of", "for"))))
                or (lemma in lex.marker("purpose_noun") and dep == "acl")):
            return Modality(HYPOTHETICAL, lemma)  # "its plans [to crack down]", "calls for [releasing]"
        if dep == "prep" and tok.lower_ == "for" and head.pos_ == "VERB" and any(
                d == "dobj" and c.lemma_.lower() in lex.marker("modal_noun") for d, _, c in _kids(head, memo)):
            return Modality(HYPOTHETICAL, lemma)  # "laid the groundwork [for] declaring", "made plans for"
        if dep == "ccomp" and any(d == "nsubj" and c.lemma_.lower() in lex.marker("modal_noun")
                                  for d, _, c in _kids(head, memo)):
            return Modality(HYPOTHETICAL, lemma)  # "the chances increase that X will [request] ..."
        if dep == "pcomp" and head.lower_ in UNDONE_PREPS:
            return Modality(HYPOTHETICAL, head.lower_)  # "moves towards [annexing]"
        if dep == "advcl" and (_has_marker(_kids(tok, memo), lex, "conditional", deps=("mark",))
                               or _generic_when(tok, _kids(tok, memo))):
            return Modality(CONDITION, "if")
        if lemma in lex.say_verbs and dep in ("ccomp", "advcl", "conj", "xcomp") and not (
                dep == "xcomp" and steps == 1 and tok.tag_ == "VBG" and lemma in lex.marker("hypothetical_verb")):
            break  # a quote: the speaker asserts it (not "proposed / suggested [repealing] X")
        if lemma in lex.belief_verbs and dep in ("ccomp", "xcomp"):
            return Modality(BELIEF, lemma)
        if dep in ("xcomp", "ccomp", "acl", "pcomp", "conj", "acomp", "advcl") and _negated(head, lex, memo) \
                and not (dep == "conj" and _own_clause(tok)):
            return Modality(NEGATED, _negated(head, lex, memo))
        if lemma in lex.marker("negative_verb") and (dep in ("xcomp", "ccomp") or (dep == "prep" and tok.lower_ == "from")):
            return Modality(NEGATED, lemma)  # "failed to dislodge", "recused himself [from] investigating"
        if lemma in lex.marker("negative_noun") and dep in ("acl", "ccomp", "relcl") and _negated(head, lex, memo):
            return Modality(NEGATED, lemma)
        if found is None and dep in ("xcomp", "conj") and {"for", "to"} <= {
                lower for d, lower, _ in _kids(head, memo) if d in ("mark", "aux")}:
            found = Modality(HYPOTHETICAL, "for")  # "it makes no sense for X to spend time [investigating]"
        if found is None and (dep in ("xcomp", "conj", "acomp", "ccomp", "prep")
                              or (dep == "advcl" and tok.tag_ == "VBG" and not _marked(tok))):
            # "prep": a means governed by a modal verb ("could break the deadlock by [impeaching]");
            # a participle adjunct shares its clause's modality ("could pass a bill, [banning] ...")
            head_kids = _kids(head, memo)
            modal = _has_marker(head_kids, lex, "modal", deps=("aux",))
            if modal and dep != "ccomp":
                found = Modality(THREAT if _has_condition(head_kids, lex) else HYPOTHETICAL, modal)
            elif _has_marker(head_kids, lex, "future", deps=("aux",)) and dep != "ccomp":
                found = Modality(FUTURE, "will")
            elif lemma in lex.marker("modal") and dep == "xcomp" and head.pos_ in ("VERB", "AUX"):
                found = Modality(HYPOTHETICAL, lemma)  # "has to withdraw", "needs to talk"
            elif dep == "xcomp" and (lemma in lex.marker("future") or head.lower_ in lex.marker("future")):
                found = Modality(FUTURE, head.lower_)  # "is due / set / scheduled to visit"
            elif lemma in lex.marker("hypothetical_verb") and (
                    dep in ("xcomp", "ccomp") or (dep == "prep" and tok.lower_ not in TIME_PREPS
                                                  and (head.pos_ in ("ADJ", "ADV") or _gerund_of(tok)))):
                # "plans to sign", "is close to / keen on signing", "edged closer to retaking",
                # "operations aimed at [killing]"
                found = Modality(INTENT, lemma)
            elif dep == "prep" and tok.lower_ == "to" and _gerund_of(tok) and any(
                    c.dep_ in ("advmod", "acomp") and c.lemma_.lower() in lex.marker("hypothetical_verb")
                    for c in head.children):
                found = Modality(INTENT, "close")  # "edged [closer] to retaking": not yet retaken
            elif lemma == "go" and dep == "xcomp" and head.tag_ == "VBG":
                found = Modality(FUTURE, "going to")
        if dep in ("xcomp", "attr", "ccomp", "advcl") and _purpose(head, lex, memo):
            return Modality(HYPOTHETICAL, _purpose(head, lex, memo))
        if head.pos_ in ("ADJ",) and lemma in lex.marker("unlikely"):
            return Modality(HYPOTHETICAL, lemma)
        tok = head
    return found or Modality(ASSERTED)


# How an event noun hangs on a noun that frames it: "calls [for] talks", "the threat [of]
# sanctions", "a ceasefire proposal" (compound), through coordination ("talks and a truce").
NOMINAL_UP_DEPS = frozenset(("pobj", "compound", "conj"))


def nominal_modality(noun: Token, lex: Lexicon) -> Modality | None:
    """An event noun that is planned, proposed, possible or asked for is not an asserted act:
    "a planned visit", "the possible sanctions" (modal_modifier), "calls for talks", "the threat
    of sanctions" (modal_noun). None when nothing in its noun phrase says so."""
    mods = lex.marker("modal_modifier")
    future = lex.marker("future")
    for c in noun.children:
        if c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in future for a in c.children):
            return Modality(FUTURE, "will")  # "the new aid Germany [will] provide": announced, not given
        # "a planned visit", "two visits [scheduled] for this year" (a participle after the noun)
        if c.dep_ in ("amod", "compound", "advmod", "nmod", "acl") and (c.lower_ in mods or c.lemma_.lower() in mods):
            return Modality(HYPOTHETICAL, c.lower_)
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.i != noun.i and (
            head.lower_ in mods or head.lemma_.lower() in mods):
        return Modality(HYPOTHETICAL, head.lower_)  # "two visits are [scheduled] for May", "talks are [planned]"
    if noun.dep_ == "nsubj" and head.i != noun.i:
        judged = next((c for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() in lex.marker("unlikely")
                       and not any(g.dep_ == "xcomp" for g in c.children)), None)  # not "is likely [to go] well"
        if judged is not None:
            return Modality(HYPOTHETICAL, judged.lower_)  # "war between X and Y is [likely]", "a deal is [possible]"
    nouns = lex.marker("modal_noun")
    tok = noun
    for _ in range(4):
        if tok.dep_ not in NOMINAL_UP_DEPS or tok.head.i == tok.i:
            return None
        head = tok.head
        if tok.dep_ == "pobj":
            if head.dep_ != "prep" or head.head.i == head.i:
                return None
            head = head.head  # the noun the preposition hangs on
        if head.pos_ != "NOUN":
            return None
        if head.lemma_.lower() in nouns:
            return Modality(HYPOTHETICAL, head.lemma_.lower())
        tok = head
    return None


def _reported(clause: Token, lex: Lexicon) -> bool:
    """Whether the clause is the content of a verb of saying ("said [it would ...]")."""
    tok = clause
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in lex.say_verbs


def _has_condition(kids: Kids, lex: Lexicon) -> bool:
    """'... could strengthen sanctions unless X enacts changes': an if/unless clause hangs on it
    (`kids`: the verb's children)."""
    cond = lex.marker("conditional")
    for dep, _, c in kids:
        if dep == "advcl" and any(m.dep_ == "mark" and m.lower_ in cond for m in c.children):
            return True
    return False


def condition_clause(verb: Token, lex: Lexicon) -> Token | None:
    cond = lex.marker("conditional")
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cond for m in c.children):
            return c
    return None
