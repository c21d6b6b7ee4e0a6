"""Whether a matched act is an act at all in its frame (docs/coding-rules.md, "What counts as an
event"): violence rehearsed in an exercise, a future act predicted by someone other than its
actor, an unspecified appeal or demand about nothing political."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Token

from ..errors import DataFileError
from ..record import Actor
from . import syntax
from .docparse import ids, kids
from .pairs import own_side, political

# Violence (18-20) framed by an exercise is rehearsed, not done.
VIOLENT_ROOTS = frozenset(("18", "19", "20"))
# How far up the parse an exercise frames an act ("attacked ... during [the drill]" sits two or
# three heads below the exercise noun when the noun governs a relative clause).
FRAME_DEPTH = 4
# Consultations one actor does alone: hosting a visit (043), mediating (045).
SOLO_CONSULT = frozenset(("043", "045"))
# The prepositions that date an act to an era, and how far up the parse the adjunct may hang
# ("during the Cold War, the army [was ordered] to attack ...").
ERA_PREPS = frozenset(("during", "in", "throughout"))
_ERA_PREP_IDS = ids(*ERA_PREPS)
_PREP, _POBJ = get_string_id("prep"), get_string_id("pobj")
ERA_DEPTH = 3
# Unspecified appeal and demand: their subcode names no content, so the content must be checked
# to be political. (An unspecified intent, 030, is a government's word on its own policy: kept.)
UNSPECIFIED = frozenset(("020", "100"))
# A bare warning (130) about what others may do is a pessimistic comment (012): "warned that the
# PVV could still win". Content that names a hostile act or its price keeps it a threat.
BARE_WARNING = "130"
PESSIMISM = "012"
WARNING_VERBS = frozenset(("warn",))
# Prepositions that name whom or what a warning is about ("warned X against", "warned of war").
WARNING_PREPS = frozenset(("against", "of", "about", "over", "to"))
TOPIC_WARNING_PREPS = frozenset(("of", "about"))  # what is warned of, not whom
HOSTILE_WARNING_ROOTS = frozenset(("13", "15", "16", "17", "18", "19", "20"))
ANNOUNCING_AUX = frozenset(("will", "would", "'ll", "wo", "shall", "could", "might", "may", "must", "can", "ca"))
THREAT_CONTENT = frozenset(("consequence", "price", "retaliation", "response", "reprisal", "punishment",
                            "action", "measure", "step", "force", "sanction", "pay", "regret"))
# Present-tense verb forms of a habit or a function ("a group that helps survivors").
SIMPLE_PRESENT = frozenset(("VBZ", "VBP"))
# Nouns of a habit: "a long history of jailing journalists", "a practice of detaining ...".
HABIT_NOUNS = frozenset(("history", "record", "practice", "tradition", "habit", "pattern"))
BAN_CODE = "172"
# Standing rules as subjects of the simple present: "French law prohibits ...", "the constitution
# bans ...": what a law says, not an act (a new order or decree that "bars" is still its author's).
STANDING_RULES = frozenset(("law", "constitution", "statute", "legislation", "rule", "regulation",
                            "code", "convention", "charter", "treaty", "policy", "bill", "plan", "proposal",
                            "package", "draft", "budget", "amendment"))
# Support and opposition: with a `stance` adverb of modality.tsv a position held ("has long supported").
STANCE_ROOTS = frozenset(("05", "11"))
# Bills and packages: a participle on one describes its contents ("a bill providing aid to X",
# "legislation imposing sanctions"), not an act done (a statement or resolution still speaks).
# Only cooperation and aid are delivered apart from the law that grants them: "passed a bill
# lifting the emergency law" is the lifting (08).
DELIVERED_ROOTS = frozenset(("06", "07"))
BILL_NOUNS = frozenset(("bill", "legislation", "measure", "amendment", "package", "draft", "budget"))
# Fighting codes that, done to civilians by nobody named or by unidentified gunmen outside a war,
# are unconventional violence (180): a crime or a terror attack, not combat.
FIGHTING_CODES = frozenset(("190", "193"))
UNCONVENTIONAL = "180"
UNIDENTIFIED_SECTORS = frozenset(("UAF",))
# Police and security services: their raids are searches and seizures (170), not combat (190).
RAID_CODE = "190"
RAID_LEMMAS = frozenset(("raid",))
SEARCH_CODE = "170"
POLICE_SECTORS = frozenset(("COP", "SPY"))
NONCOMBATANTS = frozenset(("CVL", "REF", "EDU", "HLH", "MED", "NGO", "HRI", "LAB", "BUS"))
# A resignation (CAMEO 0831, accede to demands for change in leadership) needs a demand behind it.
RESIGNATION_CODE = "0831"
# Where the content of an appeal, intent or demand sits (not the subject, not the addressee).
CONTENT_DEPS = frozenset(("xcomp", "ccomp", "dobj", "prep", "advcl", "oprd", "pobj", "acl", "pcomp"))


def rehearsed(trigger: Token, clause: Token, words: frozenset[str]) -> bool:
    """'A simulated attack', 'notionally attacked', 'troops stormed a village in the drill',
    'war games in which jets bombed ...': the act is modified by, or hangs under, an exercise word."""
    for tok in {trigger, clause}:
        mods = [c for c in tok.children if c.dep_ != "conj"]
        mods += [g for c in mods if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]  # "during [drills]"
        if any(c.lemma_.lower() in words for c in mods):
            return True
        up = tok
        for _ in range(FRAME_DEPTH):
            if up.head.i == up.i:
                break
            up = up.head
            if up.lemma_.lower() in words:
                return True
    return False


def historic(clause: Token, eras: frozenset[str]) -> bool:
    """'During World War II, Japanese planes bombed ...', 'in Soviet times the army deported ...':
    an act (or the statement it is part of) dated by a past era is history, not news."""
    doc = clause.doc
    tok = clause
    for _ in range(ERA_DEPTH):
        for prep, dep, lower in kids(doc, tok.i):  # as ints: most clauses have no such phrase
            if dep == _PREP and lower in _ERA_PREP_IDS:
                for obj, obj_dep, _ in kids(doc, prep):
                    if obj_dep == _POBJ:
                        words = " " + " ".join(t.lower_ for t in doc[obj].subtree)
                        if any(" " + era in words for era in eras):
                            return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def partnerless(code: str, sources: list[Actor], targets: list[Actor]) -> bool:
    """A consultation names whom: 'Trump discussed the leaks', 'X met for the first time' with one
    actor and no partner is no meeting (hosting and mediating need no named guest or party)."""
    return code[:2] == "04" and code not in SOLO_CONSULT and not targets and len(sources) < 2


def predicted(sources: list[Actor], speakers: list[Actor]) -> bool:
    """A future act reported by an actor that is not its own side ('analysts say the EU will
    grant ...', 'Fitch said the plan will help Chinese firms'): a prediction. A reporter's own
    'X will visit Y next week', or a speaker that names no actor ('diplomatic sources said', 'a
    statement issued by the ministry said'), leaves it an intent."""
    if not speakers or not sources:
        return False
    return not any(sp.code == s.code or own_side(sp, s) for sp in speakers for s in sources)


def political_content(trigger: Token, matched: set[int], words: frozenset[str],
                      resolve: Callable[[Token], list[Actor]]) -> bool:
    """Whether the content of an appeal or demand is political: it holds another lexicon trigger
    ('called for [investigating] X'), a political word ('pushed for [reforms]',
    political_content.tsv) or a political actor other than a public ('urged for a [government]
    reset')."""
    for c in trigger.children:
        if c.dep_ not in CONTENT_DEPS:
            continue
        for t in c.subtree:
            if t.i in matched or t.lemma_.lower() in words:
                return True
            if t.pos_ in ("NOUN", "PROPN") and addressed(resolve(t)):
                return True
    return False


def addressed(targets: list[Actor]) -> bool:
    """A political addressee other than a public or a place ('urged Iran's government to ...',
    not 'urged supporters to worry')."""
    return any(political(t) and t.sector != "CVL" for t in targets)


def foreign_warning(code: str, clause: Token, sources: list[Actor], resolve: Callable[[Token], list[Actor]],
                    hostile: Callable[[Token], bool]) -> bool:
    """A bare warning about what someone else may do or undergo ("the prime minister warned that
    the PVV could still win", "warned the US and North Korea could be heading for conflict"):
    a pessimistic comment, not a threat. The warner's own side as the content's doer ("warned
    that it would retaliate") or a hostile act or price in the content ("would face sanctions",
    "would pay a price") keeps it a threat, and so does the warner's own announced act ("warned
    he would veto the bill"), unless it is a state or a span of time ("warned that it could take a
    while", STATE_VERBS)."""
    if code[:2] != BARE_WARNING[:2] or clause.lemma_.lower() not in WARNING_VERBS:
        return False
    comps = [c for c in clause.children if c.dep_ == "ccomp"]
    if code != BARE_WARNING:
        # "warned that Russia could attack NATO members": the force is another's, not threatened
        return bool(comps) and all(_others_act(comp, sources, resolve) for comp in comps)
    if not comps:
        # '"Not until the boom," warned Kelly': nobody warned, nothing threatened -- a comment;
        # so is a warning "of / about" what threatens nobody ("warned of the possibility of
        # increased casualties"), unlike "warned of consequences"
        if any(c.dep_ in ("dobj", "dative", "xcomp", "parataxis", "nsubjpass")
               or (c.dep_ == "prep" and c.lower_ in WARNING_PREPS and c.lower_ not in TOPIC_WARNING_PREPS)
               for c in clause.children):
            return False
        topics = [g for c in clause.children if c.dep_ == "prep" and c.lower_ in TOPIC_WARNING_PREPS
                  for g in c.children if g.dep_ == "pobj"]
        return not any(t.lemma_.lower() in THREAT_CONTENT or hostile(t) for g in topics for t in g.subtree)
    for comp in comps:
        if _others_act(comp, sources, resolve):
            continue  # "warned that Trump's tariffs could devastate farms": another's act
        if any(t.lemma_.lower() in THREAT_CONTENT or hostile(t) for t in comp.subtree):
            return False
        subj, _ = syntax.subject_of(comp)
        # the warner's own act is a threat only when it is announced ("would / will retaliate");
        # "warned that the country was becoming an apartheid state" is a comment
        announced = (any(c.dep_ == "aux" and c.lower_ in ANNOUNCING_AUX for c in comp.children)
                     and not any(c.dep_ == "neg" for c in comp.children))  # "could not wait": a comment
        if not announced or comp.lemma_.lower() in STATE_VERBS:
            continue
        if subj is None:  # the doer lost to the parse ("warned the US [...] could be heading for conflict")
            continue
        if subj.lower_ in ("we", "i", "us"):
            return False
        doers = resolve(subj)
        if any(own_side(d, s) for d in doers for s in sources):
            return False
    return True


def priced_warning(code: str, clause: Token) -> Token | None:
    """A warning read as a comment (012: "warned that millions could face famine") whose content
    is a price the warned-of must pay ("warned that the US would face consequences / pay a
    heavy price / regret it"): a threat (130); returns who would pay, or None."""
    if code != PESSIMISM or clause.lemma_.lower() not in WARNING_VERBS:
        return None
    for comp in clause.children:
        if comp.dep_ != "ccomp" or comp.lemma_.lower() not in PRICE_VERBS:
            continue
        if comp.lemma_.lower() == "regret" or any(
                c.dep_ == "dobj" and c.lemma_.lower() in THREAT_CONTENT for c in comp.children):
            subj, passive = syntax.subject_of(comp)
            if subj is not None and not passive:
                return subj
    return None


def hoped_doer(code: str, trigger: Token) -> Token | None:
    """The doer of what a hope or a worry is about, the comment's target when it names none
    ("expressed hope that [Saudi Arabia] would promote ...", "feared that [Russia] would
    invade"): the active subject of its "that" clause (None when there is none)."""
    if code not in COMMENT_CODES:
        return None
    for comp in trigger.children:
        if comp.dep_ == "ccomp" or (comp.dep_ in ("acl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)):
            subj, passive = syntax.subject_of(comp)
            if subj is not None and not passive:
                return subj
    return None


# Comments whose content may be another's act: pessimistic (012) and optimistic (013).
COMMENT_CODES = frozenset((PESSIMISM, "013"))
# Verbs of a state or a span of time: "warned that it could take a while" announces no act.
STATE_VERBS = frozenset(("be", "take", "have", "need", "remain", "become", "seem", "get", "last", "cost",
                         "require", "mean"))
# Verbs of a price paid: "would face consequences", "will pay a price", "would regret it".
PRICE_VERBS = frozenset(("face", "pay", "suffer", "regret", "bear"))


def _others_act(comp: Token, sources: list[Actor], resolve: Callable[[Token], list[Actor]]) -> bool:
    """A warned-of act whose doer is named and is not the warner's side ("warned that Russia
    could attack", "that Trump's tariffs could hurt farmers", a senator warning that the
    president "might be putting the country on the path to war"): a comment on another's act.
    A price to pay ("X would face sanctions", "will regret it") or a passive ("bases would be
    targeted") leaves the warner as the one who would act."""
    subj, passive = syntax.subject_of(comp)
    if subj is None or passive or subj.lower_ in ("we", "i", "us"):
        return False
    if any(t.lemma_.lower() in THREAT_CONTENT for t in comp.subtree):
        return False
    doers = resolve(subj) or [a for c in subj.children if c.dep_ == "poss" for a in resolve(c)]
    return bool(doers) and not any(_warner_side(d, s) for d in doers for s in sources)


def _warner_side(doer: Actor, warner: Actor) -> bool:
    """Whether a warner speaks for the doer: itself, or the state that its government or army
    is (a legislator or judge does not threaten for the president or the army)."""
    return doer.code == warner.code or (own_side(doer, warner) and warner.sector not in WARNER_OUTSIDERS)


# State bodies that do not speak for the executive's force.
WARNER_OUTSIDERS = frozenset(("LEG", "JUD"))


def habitual(trigger: Token, clause: Token, code: str, documents: frozenset[str],
             stances: frozenset[str] = frozenset()) -> bool:
    """What an actor does by function or habit, not an act that happened: a relative clause in
    the simple present ("JSOC, which conducts drone strikes", "a statute that bars the military
    from ...", "countries which host American troops"), or the gerund of a habit noun ("a long
    history of jailing journalists"). A document still speaks ("a statement which calls on X"),
    and an accusation is one ("Gulen, whom Ankara blames")."""
    if (clause.dep_ == "relcl" and clause.tag_ in SIMPLE_PRESENT and code[:3] != "112"
            and (clause.head.lemma_.lower() not in documents or clause.head.lemma_.lower() in STANDING_RULES)
            and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)):
        return True  # (a law or bill "which bars ..." says what it rules, as a standing text)
    if code[:2] in STANCE_ROOTS and any(c.dep_ == "advmod" and c.i < clause.i and c.lower_ in stances
                                        for c in clause.children):
        return True  # "has long supported", "have always opposed": a position held, not an act
    if (code[:2] in DELIVERED_ROOTS and clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN")
            and clause.head.lemma_.lower() in BILL_NOUNS):
        return True  # "a bill providing aid to Ukraine": what the bill says, not aid given
    if (code[:3] == BAN_CODE and clause.dep_ == "acl" and clause.tag_ == "VBN"
            and all(c.dep_ == "prep" and c.lower_ == "in" for c in clause.children)):
        return True  # "the Islamic State group (outlawed in Russia)": a standing ban, not news
    for tok in (trigger, clause):
        if (tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" and tok.head.lower_ == "of"
                and tok.head.head.lemma_.lower() in HABIT_NOUNS):
            return True
    if clause.tag_ in SIMPLE_PRESENT and code[:2] != "11" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        subj, passive = syntax.subject_of(clause)
        if subj is not None and not passive and subj.lemma_.lower() in STANDING_RULES:
            return True  # "French law prohibits Holocaust denial"
        if subj is not None and not passive and subj.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in subj.children):
            return True  # "an ambassador provides information": what any office-holder does
    return False


def unforced_resignation(entry_code: str, trigger: Token, sent_tokens, resignations: frozenset[str],
                         pressure: frozenset[str], leaders: frozenset[str]) -> bool:
    """A resignation, retirement or hand-over of office with no pressure named in its sentence
    ("Annan quit the post in August 2012"): no event. CAMEO's 0831 is acceding to a demand for a
    change in leadership: "resigned amid protests / after allegations / was forced to quit" is,
    and so is a head of state or government resigning ("the president resigned", "resigned as
    prime minister")."""
    if entry_code != RESIGNATION_CODE or trigger.lemma_.lower() not in resignations:
        return False
    if any(t.lemma_.lower() in pressure for t in sent_tokens):
        return False
    subj, _ = syntax.subject_of(trigger)
    named = list(subj.subtree) if subj is not None else []
    named += syntax.prep_objects(trigger, "as")  # "resigned as president"
    return not any(t.lemma_.lower() in leaders for t in named)


# -- non-literal readings of a trigger (figurative.tsv) ------------------------------------------
# Sectors whose "fight", "battle" or "clash" is words, votes or lawsuits, not force, when neither
# side holds arms (docs/coding-rules.md, "Figurative triggers").
UNARMED_SECTORS = frozenset(("GOV", "LEG", "PTY", "ELI", "JUD", "MED", "NGO", "BUS", "EDU", "HLH",
                             "LAB", "HRI", "DEV", "ENV"))
# Tests of figurative.tsv (and prep:<word>).
FIGURE_TESTS = frozenset(("*", "mod", "of", "obj", "pobj", "subj", "subjpass", "doer", "xcomp", "ccomp", "prt", "bare"))
FIGURE_MODIFIER_DEPS = frozenset(("amod", "compound", "nmod", "npadvmod"))
FIGURE_OBJECT_PREPS = frozenset(("on", "against", "of", "upon"))
# What a bare verb lacks: "the relationship has been demanding" (an adjective, no demand).
FIGURE_ARGUMENT_DEPS = frozenset(("dobj", "ccomp", "xcomp", "prep", "dative", "advcl", "oprd", "nsubjpass"))
RELATIVE_PRONOUNS = frozenset(("that", "which", "who"))
# Private people, refugees, workers, firms and schools: a border crossing by them is no incursion.
CIVIL_SECTORS = frozenset(("CVL", "REF", "LAB", "BUS", "EDU", "HLH", "MED"))
VERBAL_ACTION = "verbal"  # criticism (111) when a target is named, else no event
CRITICISM_CODE = "111"
DROP_ACTION = "drop"
WHEN = frozenset(("any", "unarmed", "civil"))
# `sources:S1|S2`: every source named is of these sectors ("a gunman shot", "two women killed").
SOURCES_WHEN = "sources:"


@dataclass(frozen=True)
class Figure:
    """One non-literal reading: for a trigger lemma in these roots, when the test finds one of
    the words (and, unless `when` is any, every side is of the `when` kind), the act is recoded
    or dropped."""

    roots: frozenset[str]
    test: str
    words: frozenset[str]
    when: str  # any | unarmed | civil | sources:S1|S2
    action: str
    sectors: frozenset[str] = frozenset()  # of `sources:S1|S2`


class Figures:
    """Non-literal readings of trigger words, keyed by lemma (figurative.tsv), compiled once."""

    def __init__(self, rows: dict[str, tuple[Figure, ...]]):
        self._rows = rows

    @classmethod
    def load(cls, path: Path | None = None) -> Figures:
        path = path or Path(str(resources.files(__package__) / "data" / "figurative.tsv"))
        rows: dict[str, list[Figure]] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) < 6:
                raise DataFileError(str(path), n, "expected lemma, roots, test, words, when, action")
            lemmas, roots, test, words, when, action = cells[:6]
            if test not in FIGURE_TESTS and not test.startswith("prep:"):
                raise DataFileError(str(path), n, f"unknown test {test!r}")
            if when not in WHEN and not (when.startswith(SOURCES_WHEN) and len(when) > len(SOURCES_WHEN)):
                raise DataFileError(str(path), n, f"'when' must be one of {sorted(WHEN)}, not {when!r}")
            if action not in (DROP_ACTION, VERBAL_ACTION) and not action.isdigit():
                raise DataFileError(str(path), n, f"unknown action {action!r}")
            fig = Figure(frozenset(roots.split(",")), test,
                         frozenset(w.lower() for w in words.split("|")), when, action,
                         frozenset(when[len(SOURCES_WHEN):].split("|")) if when.startswith(SOURCES_WHEN) else frozenset())
            for lemma in lemmas.lower().split("|"):
                rows.setdefault(lemma, []).append(fig)
        return cls({k: tuple(v) for k, v in rows.items()})

    def reading(self, trigger: Token, clause: Token, code: str, sources: list[Actor],
                targets: list[Actor]) -> str | None:
        """The code of the act in its literal reading: `code` itself, a new code, or None when
        the words are not that act ("a diplomatic battle", "killed the bill", "wants a deal")."""
        heads = [trigger]
        if trigger.pos_ == "VERB":  # "waged [a trade war]": the noun the verb carries has its own rows
            heads += [c for c in trigger.children if c.dep_ == "dobj"]
        if clause.i != trigger.i:
            heads.append(clause)
        for head in heads:
            for fig in self._rows.get(head.lemma_.lower(), ()):
                if code[:2] not in fig.roots and code not in fig.roots:
                    continue
                if fig.sectors:
                    if not (sources and all(s.sector in fig.sectors for s in sources)):
                        continue
                elif fig.when != "any" and not _sides_in(sources, targets,
                                                       UNARMED_SECTORS if fig.when == "unarmed" else CIVIL_SECTORS):
                    continue
                if fig.when == "unarmed" and _lone_government(clause, sources, targets):
                    continue
                if not _figure_holds(fig, head):
                    continue
                if fig.action == DROP_ACTION:
                    return None
                if fig.action == VERBAL_ACTION:
                    return CRITICISM_CODE if targets else None
                return fig.action
        return code


def _sides_in(sources: list[Actor], targets: list[Actor], sectors: frozenset[str]) -> bool:
    """Every side named is of these sectors (a state, party, court or press with no arms; private
    people)."""
    return bool(sides := sources + targets) and all(a.sector in sectors for a in sides)


def _lone_government(clause: Token, sources: list[Actor], targets: list[Actor]) -> bool:
    """One government fighting with no named foe may be its forces ("the government is fighting in
    Mosul"); several ("the Scottish and UK governments clashed") are not."""
    sides = sources + targets
    if len(sides) != 1 or sides[0].sector != "GOV":
        return False
    subj, _ = syntax.subject_of(clause)
    return subj is None or not (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children))


def _figure_holds(fig: Figure, head: Token) -> bool:
    test, words = fig.test, fig.words
    if test == "*":
        return True
    if test in ("xcomp", "ccomp"):  # words other than "*": the complement's verb ("agreed to [hear]")
        deps = (test, "acl") if head.pos_ == "NOUN" else (test,)  # "his vow [to win] Ohio"
        return (any(c.dep_ in deps and ("*" in words or c.lemma_.lower() in words) for c in head.children)
                and not any(c.dep_ == "dobj" for c in head.children))
    if test == "bare":  # a verb only: "its demand that ..." is a noun with its content
        return head.pos_ == "VERB" and not any(c.dep_ in FIGURE_ARGUMENT_DEPS for c in head.children)
    if test == "prt":  # the parser often tags "back", "out" advmod ("shot back", "hit out")
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in words for c in head.children)
    if test == "doer":  # the active subject or the "by" agent: "a gunman shot X", "X was shot by a gunman"
        for c in head.children:
            if c.dep_ == "nsubj":
                if c.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
                    c = head.head  # "the gunman [who] attacked soldiers"
                if c.lemma_.lower() in words:
                    return True
            elif c.dep_ == "agent" and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in c.children):
                return True
        return False
    if test in ("subj", "subjpass"):  # also the noun a participle describes ("a commission charged with")
        if head.dep_ == "acl" and head.head.lemma_.lower() in words:
            return True
        deps = ("nsubjpass",) if test == "subjpass" else ("nsubj", "nsubjpass")
        for c in head.children:
            if c.dep_ in deps:
                if c.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
                    c = head.head  # "a crisis [that] killed 260,000"
                if c.lemma_.lower() in words:
                    return True
        return False
    if test == "mod":
        return any(c.dep_ in FIGURE_MODIFIER_DEPS and c.lemma_.lower() in words for c in head.children)
    preps = list(head.children)
    # "forced out [of] his job": a preposition hung on the particle
    preps += [g for c in head.children if c.dep_ in ("prep", "prt") and not any(x.dep_ == "pobj" for x in c.children)
              for g in c.children]
    if test == "obj" and head.dep_ == "dobj":  # "declared war [on obesity]": the parser hangs it on the verb
        preps += [c for c in head.head.children if c.lower_ in ("on", "against")]
    for prep in preps:
        if prep.dep_ != "prep":
            continue
        if test == "of" and prep.lower_ != "of":
            continue
        if test == "obj" and prep.lower_ not in (FIGURE_OBJECT_PREPS if head.pos_ == "NOUN" else ("against",)):
            continue  # what a noun acts on ("an attack on"), what a verb acts against ("fighting against")
        if test.startswith("prep:") and prep.lower_ != test[5:]:
            continue
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp") and ("*" in words or obj.lemma_.lower() in words):
                return True
    if test == "obj":
        objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
        if head.dep_ == "relcl":  # "the role [that] has been occupied by": the relative's noun
            objs = [head.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objs]
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if not any(c.dep_ in ("nsubjpass", "dobj") for c in head.children) and (
                    subj is None or subj.lower_ not in RELATIVE_PRONOUNS):
                objs.append(head.head)  # "the dinner party [he hosted]", or "that" read as a mark
        # a small clause: "branded [the accusation] absurd"
        objs += [g for c in head.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        return any(o.lemma_.lower() in words for o in objs)
    return False


def crime_code(code: str, lemma: str, sources: list[Actor], targets: list[Actor], sent_tokens,
               war_words: frozenset[str]) -> str:
    """'A man was shot and injured in Carrickfergus', 'gunmen opened fire at demonstrators': a
    killing, shooting or attack on non-combatants by nobody named or by unidentified gunmen, in a
    sentence that speaks of no war, is unconventional violence (180), not fighting (19x)."""
    if code == RAID_CODE and lemma in RAID_LEMMAS and sources and all(s.sector in POLICE_SECTORS for s in sources):
        return SEARCH_CODE  # "armed police carried out raids on property": a search, not combat
    if code not in FIGHTING_CODES or not targets or not all(t.sector in NONCOMBATANTS for t in targets):
        return code
    if any(s.sector not in UNIDENTIFIED_SECTORS for s in sources):
        return code
    if any(t.lemma_.lower() in war_words for t in sent_tokens):
        return code
    return UNCONVENTIONAL


def unexplained_injury(trigger: Token, sources: list[Actor], sent_tokens, injuries: frozenset[str],
                       violence: frozenset[str]) -> bool:
    """'An 18-year-old passenger was seriously injured': an injury with no doer and no word of
    violence or war in its sentence is most often an accident, not an assault."""
    if sources or trigger.lemma_.lower() not in injuries:
        return False
    return not any(t.lemma_.lower() in violence for t in sent_tokens)


# Parties to politics or war: what they say another actor did is their claim. Police,
# monitors, the press, NGOs, IGOs and private people report.
CLAIMANT_SECTORS = frozenset(("GOV", "MIL", "LEG", "PTY", "OPP", "REB", "INS", "ELI", "SPY", "RAD"))


def claimant(a: Actor) -> bool:
    """Whether an actor's statement that another actor did a hostile act is a claim (112): a
    state, its government, army or parliament, a party or an armed group."""
    if a.code.startswith(("IGO", "NGO")) or not a.country:
        return False  # an IGO or NGO monitors; a ministry of no known country takes no side
    return a.sector in CLAIMANT_SECTORS or (a.sector is None and a.code == a.country)
