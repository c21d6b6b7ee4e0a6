"""Where else in a trigger's phrase a target sits, by the act's CAMEO root (target_paths.tsv): the
holder of a place acted on, the origin of goods a measure falls on, the victim phrase of a
coordinated event noun, the partner of the verb an act is the purpose of, a dative, a name in
apposition, whoever made a demand, an object act's partner, a partner hung on a topic, "on the
part of X", a purpose act, a threat's condition. Each path yields the
candidate tokens; targets.py resolves them. Only events already found are walked, and only the
paths listed for their root. Read by targets.py (`TargetFinder._slot_actors`, `_phrase_target`,
`_threatened`, `_complement_target`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.tokens import Token

from ..errors import DataFileError
from . import syntax
from .lexicon import Lexicon

TARGET_PATHS = Path(__file__).parent / "data" / "target_paths.tsv"
PATHS = frozenset(("held", "owned", "origin", "shared", "partner", "named", "dative", "owner", "object_act", "topic", "part", "purpose",
                   "condition", "aimed"))
ANY_ROOT = "*"
EMPTY: frozenset[str] = frozenset()


class TargetPaths:
    """target_paths.tsv compiled once: (root, path) -> the words the path may pass."""

    def __init__(self, path: Path = TARGET_PATHS):
        self.table: dict[tuple[str, str], frozenset[str]] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) < 3 or cells[1] not in PATHS or not cells[2]:
                raise DataFileError(str(path), n, f"expected roots, a path of {sorted(PATHS)} and words")
            words = frozenset(w.strip().lower() for w in cells[2].split("|") if w.strip())
            for root in (r.strip() for r in cells[0].split(",") if r.strip()):
                if root != ANY_ROOT and (len(root) != 2 or not root.isdigit()):
                    raise DataFileError(str(path), n, f"a root is two digits or '*', got {root!r}")
                self.table[(root, cells[1])] = self.table.get((root, cells[1]), EMPTY) | words

    def words(self, cameo: str, path: str) -> frozenset[str]:
        """The words of `path` for the act coded `cameo` (empty: the path is not tried)."""
        return self.table.get((cameo[:2], path)) or self.table.get((ANY_ROOT, path), EMPTY)


def holders(noun: Token, words: frozenset[str]) -> list[Token]:
    """Who holds a place or thing: "an airport [held by] X", "[rebel]-held areas", "an [ISIL]-
    controlled town" (a holding participle on the noun, with its agent or the word before its
    hyphen)."""
    doc = noun.doc
    out: list[Token] = []
    for c in noun.children:
        if c.tag_ != "VBN" or c.lemma_.lower() not in words:
            continue
        if c.i >= 2 and doc[c.i - 1].text == "-" and c.i - 2 > noun.left_edge.i - 1:
            out.append(doc[c.i - 2])
        elif c.dep_ in ("acl", "relcl"):
            out += syntax.agent_objects(c)
    return out


def owners(noun: Token, deps: frozenset[str]) -> list[Token]:
    """Whose a thing struck is, by the dependencies `deps` allows: "positions [of] the Palestinian
    security forces", "[rebel] camps", "[Hamas's] tunnels" ("of" stands for its object)."""
    out = [c for c in noun.children if c.dep_ in deps and c.i < noun.i]
    if "of" in deps:
        out += syntax.prep_objects(noun, "of")
    return out


def aimed_at(nouns: list[Token], words: frozenset[str]) -> list[Token]:
    """Whom a thing or an act is aimed at by a participle on it: "sanctions [aimed at] X",
    "a system [directed at] X", "a campaign [targeting] X" (the participle's object for
    "target", else its "at" or "against" phrase)."""
    out: list[Token] = []
    for noun in nouns:
        for c in noun.children:
            if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in words:
                continue
            if c.lemma_.lower() == "target":
                out += [g for g in c.children if g.dep_ == "dobj"]
            out += [t for p in ("at", "against") for t in syntax.prep_objects(c, p)]
    return out


def origins(tok: Token, words: frozenset[str], depth: int = 2) -> Iterator[Token]:
    """Where an amount or goods come from: "products [from] X", "$200bn [of] Chinese goods",
    "$5bn of imports from X" (breadth first, `depth` prepositions deep)."""
    inner = [o for w in words for o in syntax.prep_objects(tok, w)]
    yield from inner
    if depth > 1:
        for o in inner:
            yield from origins(o, words, depth - 1)


def coordinated_nouns(noun: Token) -> list[Token]:
    """The nouns coordinated with an event noun: "killings and [rapes]", "[attacks] and raids"."""
    out = [noun.head] if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" else []
    return out + [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]


def purpose_partners(verb: Token, words: frozenset[str]) -> list[Token]:
    """The partner named on the verb an infinitive is the purpose of: "joined hands [with] X to
    exchange intelligence" (not a verb of its own subject: "X said it would work with Y")."""
    if verb.dep_ not in ("xcomp", "advcl") or not syntax.is_verb(verb.head) or verb.tag_ != "VB" \
            or not any(c.tag_ == "TO" for c in verb.children) \
            or any(c.dep_ in syntax.SUBJECT_DEPS for c in verb.children):
        return []
    return [o for w in words for o in syntax.prep_objects(verb.head, w)]


def appositions(noun: Token, words: frozenset[str]) -> list[Token]:
    """The name in apposition to a noun, or its named examples: "my friend, [Donald Trump]",
    "global networks such as [Interpol]", "groups including [Hamas]" (`words`: "appos" and the
    prepositions; "as" only after "such")."""
    out: list[Token] = []
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "appos" and "appos" in words and c.pos_ == "PROPN":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in words and (c.lower_ != "as" or any(
                g.lower_ == "such" for g in c.children) or c.doc[c.i - 1].lower_ == "such"):
            out += [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return out


def datives(verb: Token, words: frozenset[str]) -> list[Token]:
    """Who receives what a verb gives: "gave [lawmakers] an ultimatum", "provided aid [to] X"
    (a "to" the parser labels a dative)."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "dative":
            out += [g for g in c.children if g.dep_ == "pobj"] if c.lower_ in words else [] if c.pos_ == "ADP" else [c]
    return out


def act_owners(noun: Token, words: frozenset[str], lex: Lexicon) -> list[Token]:
    """Who made the demand or offer an act answers: "refused to meet [U.S.] demands", "agreed to
    meet [the strikers'] demands", "demands [from] X" (an event noun of the lexicon only: "refused
    to meet [U.S.] officials" names the partner, read elsewhere)."""
    if noun.pos_ != "NOUN" or not any(e.cameo != "-" for e in lex.lookup("N", noun.lemma_.lower()) or ()):
        return []
    out = [c for c in noun.children if c.dep_ in words and c.i < noun.i]
    return out + [o for w in words for o in syntax.prep_objects(noun, w)]


def object_partners(noun: Token, words: frozenset[str], lex: Lexicon) -> list[Token]:
    """The partner an object that is itself an act names by its own slots: "reaffirmed its
    commitment [to] X", "renewed support [for] X", "welcomed the agreement [with] X" (the
    prepositions of `words` its lexicon entries take)."""
    if noun.pos_ != "NOUN":
        return []
    entries = [e for e in lex.lookup("N", noun.lemma_.lower()) or () if e.cameo != "-"]
    preps = [p for p in dict.fromkeys(s[5:] for e in entries for s in e.target if s.startswith("prep:")) if p in words]
    return [o for p in preps for o in syntax.prep_objects(noun, p)]


# The dependencies followed from a trigger to an "on the part of" phrase hung anywhere on it.
PART_WALK = frozenset(("dobj", "prep", "pobj", "conj"))


def parts_of(trigger: Token, words: frozenset[str], depth: int = 7) -> list[Token]:
    """Whose failing a criticism or blame names: "blamed a lack of will [on the part of] X",
    "criticised the lack of cooperation on the part of X" (wherever the parser hangs it in the
    trigger's phrase, not inside a clause of its own)."""
    out: list[Token] = []
    todo = [(trigger, depth)]
    while todo:
        tok, left = todo.pop()
        for c in tok.children:
            if c.dep_ not in PART_WALK:
                continue
            if c.dep_ == "pobj" and c.lemma_.lower() in words and tok.lower_ == "on":
                out += syntax.prep_objects(c, "of")
            elif left > 1:
                todo.append((c, left - 1))
    return out


def purpose_acts(verb: Token) -> list[Token]:
    """The infinitives that give an act's purpose: "gathered [to protest] police violence",
    "fired tear gas [to disperse] the crowd" (no subject of their own)."""
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
            and any(g.tag_ == "TO" for g in c.children) and not any(g.dep_ in syntax.SUBJECT_DEPS for g in c.children)]


def condition_subjects(verb: Token, words: frozenset[str]) -> list[Token]:
    """Who must act to avert a threat: "threatened to close the border [unless Mexico] does more",
    "warned of sanctions [if Iran] resumes enrichment" (on the threat or on its content)."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    return [g for h in holders for c in h.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in words for m in c.children)
            for g in c.children if g.dep_ == "nsubj"]


def owned_object(obj: Token) -> bool:
    """Is an object owned by a possessive pronoun ("its troops", "their forces")? In an
    infinitive that shares its verb's subject, that is the doer's own."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children)


# How deep an "of" chain is followed to the thing a criticism names ("the direction [of] US trade
# policy"), and the prepositions of an event noun that name that thing.
OWNED_DEPTH = 3
THING_MODIFIER_DEPS = frozenset(("compound", "amod", "poss"))


def thing_owners(nouns: list[Token], names_actor: Callable[[Token], bool]) -> list[Token]:
    """The modifiers that say whose a criticised or opposed thing is, down its "of" chain: "US
    [trade] policy", "the direction of [US] trade policy", "the deployment of the [American]
    missile system", or the state it is in ("abuses in [Turkey]"). Only on nouns that name no
    actor themselves: "the killing of [American] journalists" is aimed at the killers, not at
    America."""
    out: list[Token] = []
    todo = nouns
    for _ in range(OWNED_DEPTH):
        below: list[Token] = []
        for noun in todo:
            if noun.pos_ != "NOUN" or names_actor(noun):
                continue
            out += [c for c in noun.children if c.dep_ in THING_MODIFIER_DEPS and c.i < noun.i]
            # "the restriction of press freedom [in Turkey]": a state's own ground
            out += [c for c in syntax.prep_objects(noun, "in") if c.pos_ == "PROPN"]
            below += syntax.prep_objects(noun, "of")
        todo = below
    return out


# Modifiers that name an event noun's doer before it: "[US] support", "[Russian] help", "an [EU]
# investigation"; and the name a participle modifier takes ("a [UN]-led investigation").
DOER_MODIFIER_DEPS = frozenset(("compound", "amod", "nmod", "poss"))


def act_doers(noun: Token) -> list[Token]:
    """The words before an act noun that may name who does the act."""
    out = []
    for c in noun.children:
        if c.i > noun.i or c.dep_ not in DOER_MODIFIER_DEPS:
            continue
        if c.tag_ == "VBN":  # "UN-led", "Saudi-backed": the participle's own modifier
            out.extend(g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod"))
        else:
            out.append(c)
    return out

