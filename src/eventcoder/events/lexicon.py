"""The event lexicon: data files in events/data/, validated and compiled once into lookups.

lexicon.tsv      trigger words -> CAMEO codes with the syntactic frame they need
light_verbs.tsv  verbs that hand their subject to a nominal event ("held talks")
speech.tsv       verbs of saying (speaker of a quote) and of belief (complement not asserted)
modality.tsv     negation, modal, conditional, future, hypothetical and question markers
accusation_cues  words that make a statement about another actor an accusation
contexts.tsv     PLOVER context cue words
reframe.tsv      how threatened / intended acts are recoded (13x, 03x)
reciprocal.tsv   acts coded both ways when several actors do them together
dyadic.tsv       acts always done to someone: not coded without a target
boilerplate.tsv  markers of web page furniture (link teasers, share bars): no event after one
effort_nouns.tsv heads whose compound modifier is the event ("a mediation effort")
doer_nouns.tsv   event nouns whose "of" object is the doer ("the withdrawal of X troops")
causes.tsv       non-actor subjects that harm without an act ("tornadoes injured", "smoking kills")
non_actors.tsv   head nouns that never name an actor ("tourist numbers", "Chinese demand")
political_content.tsv  words that make an unspecified appeal or demand political ("pushed for reforms")
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from ..tables import CameoTable
from .screens import ScreenTable

# An entry with this code says "these words in this frame are not an event" ("fire alarm"); being
# more specific, it wins over the plain entry for the same lemma.
BLOCK = "-"
CONDITION_KEYS = {"prt", "prep", "obj", "comp", "mod", "pobj", "aux", "subj", "cue", "objmod", "compsubj"}
# "stative": a passive that states its subject's position ("X is opposed to Y", "X is committed
# to Z"): the passive subject is the source, not the target.
# "converse": the subject is done to and the doer follows "from"/"by" ("X came under criticism
# from Y", "X drew condemnation from Y").
FLAG_CONDITIONS = {"pass", "active", "stative", "converse", "stated"}
DEFAULT_TARGET = (
    "dobj", "prep:against", "prep:on", "prep:with", "prep:to", "prep:at",
    "prep:toward", "prep:towards", "prep:into", "prep:between", "prep:over",
)


# conditions that name words of the trigger's complements: "prep" its prepositions, "obj" its
# objects, the others its children
SCREEN_KEYS = frozenset(("prep", "obj", "comp", "mod", "subj", "prt", "aux"))


@dataclass(frozen=True)
class Entry:
    cameo: str
    pos: str  # "V" | "N" | "A" (a predicative adjective: "is skeptical of")
    lemma: str
    conditions: tuple[tuple[str, frozenset[str]], ...]  # (key, allowed lemmas)
    flags: frozenset[str]
    target: tuple[str, ...]
    origin: str  # file:line, for explanations

    @cached_property
    def condition_map(self) -> dict[str, frozenset[str]]:
        return dict(self.conditions)

    @cached_property
    def screens(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """(key, allowed words) of the prep:, obj: and child-word conditions, for the cheap
        necessary test of triggers._may_hold (an obj: or child-word condition allowing any
        word, "*", screens nothing)."""
        return tuple((key, allowed) for key, allowed in self.condition_map.items()
                     if key == "prep" or (key in SCREEN_KEYS and "*" not in allowed))

    @property
    def specificity(self) -> int:
        return len(self.conditions) + len(self.flags)


@dataclass
class Lexicon:
    entries: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    # (verb, preposition) and (verb, object, preposition): "participate in", "take part in"
    light_phrases: frozenset[tuple[str, ...]] = frozenset()
    say_verbs: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    allege_verbs: frozenset[str] = frozenset()
    concede_verbs: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    effort_nouns: frozenset[str] = frozenset()
    doer_nouns: frozenset[str] = frozenset()  # "of" names the doer: "the withdrawal of X"
    natural_causes: frozenset[str] = frozenset()
    non_actors: frozenset[str] = frozenset()
    political_content: frozenset[str] = frozenset()
    markers: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> words
    accusation_cues: frozenset[str] = frozenset()
    contexts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # cue lemma -> contexts
    reframe: dict[tuple[str, str], str] = field(default_factory=dict)  # (frame, prefix) -> code
    reciprocal: tuple[str, ...] = ()
    reciprocal_lemmas: dict[str, frozenset[str]] = field(default_factory=dict)
    dyadic: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    cameo: CameoTable | None = None
    _lemma_hashes: object = None
    _say_hashes: object = None
    _tables: dict = field(default_factory=dict)  # (pos, lemma) -> ScreenTable, built when first asked
    _lowered: dict = field(default_factory=dict)  # string hash -> hash of the string lower-cased

    @property
    def lemma_hashes(self):
        """spaCy string hashes of every trigger lemma, for array-level candidate search."""
        if self._lemma_hashes is None:
            self._lemma_hashes = hash_set(lemma for _, lemma in self.entries)
        return self._lemma_hashes

    @property
    def say_hashes(self):
        if self._say_hashes is None:
            self._say_hashes = hash_set(self.say_verbs)
        return self._say_hashes

    def lookup(self, pos: str, lemma: str) -> list[Entry] | None:
        return self.entries.get((pos, lemma))

    def table(self, pos: str, lemma: str) -> ScreenTable | None:
        """The entries of `lookup` with their screens compiled (screens.py)."""
        table = self._tables.get((pos, lemma))
        entries = self.entries.get((pos, lemma))
        if table is None or table.entries is not entries:
            if not entries:
                return None
            table = self._tables[(pos, lemma)] = ScreenTable(entries)
        return table

    def lowered_hashes(self, hashes, strings) -> set[int]:
        """The string ids of the strings of `hashes` lower-cased (`strings`: a StringStore)."""
        lowered = self._lowered
        out = set()
        for h in hashes:
            low = lowered.get(h)
            if low is None:  # (the id a StringStore gives: a symbol's, or the hash)
                from spacy.strings import get_string_id

                low = lowered[h] = get_string_id(strings[h].lower())
            out.add(low)
        return out

    def marker(self, kind: str) -> frozenset[str]:
        return self.markers.get(kind, frozenset())

    def reframed(self, frame: str, code: str) -> str | None:
        """Recode an unasserted act (frame 'threat' or 'intent'); None when it is not coded."""
        for n in range(len(code), 1, -1):
            hit = self.reframe.get((frame, code[:n]))
            if hit:
                return hit
        return None

    def boilerplate_at(self, text: str) -> int | None:
        """Where the first marker of web page furniture starts in a sentence (boilerplate.tsv,
        case-sensitive), or None."""
        found = [at for marker in self.boilerplate if (at := text.find(marker)) >= 0]
        return min(found) if found else None

    def is_dyadic(self, code: str) -> bool:
        """Whether an act with this code is always done to someone (dyadic.tsv)."""
        return code.startswith(self.dyadic)

    def is_reciprocal(self, code: str, lemma: str | None = None) -> bool:
        """Whether an act with this code (and trigger lemma) done by several actors is mutual:
        "X and Y agreed to cooperate" is; "X and Y vowed to deliver funds" is not."""
        for prefix in self.reciprocal:
            if code.startswith(prefix):
                return lemma is None or lemma not in self.reciprocal_lemmas.get(prefix, ())
        return False

    @classmethod
    def load(cls, extra_lexicons: tuple[str | Path, ...] = (), data_dir: str | Path | None = None) -> Lexicon:
        """The packaged lexicon (or the files in `data_dir`) plus users' extra lexicon files."""
        data = Path(data_dir) if data_dir else resources.files(__package__) / "data"
        lex = cls(cameo=CameoTable.load())
        entries: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        for path in (data / "lexicon.tsv", *map(Path, extra_lexicons)):
            for entry in _read_entries(path, lex.cameo):
                entries[(entry.pos, entry.lemma)].append(entry)
        # Most specific first: the first entry whose conditions hold wins.
        lex.entries = {k: sorted(v, key=lambda e: -e.specificity) for k, v in entries.items()}
        light = [r[0].lower().split() for r in _rows(data / "light_verbs.tsv", 1)]
        lex.light_verbs = frozenset(w[0] for w in light if len(w) == 1)
        lex.light_phrases = frozenset(tuple(w) for w in light if len(w) > 1)
        speech = _rows(data / "speech.tsv", 2)
        lex.say_verbs = frozenset(r[0].lower() for r in speech if r[1] in ("say", "allege", "concede"))
        lex.belief_verbs = frozenset(r[0].lower() for r in speech if r[1] == "belief")
        lex.allege_verbs = frozenset(r[0].lower() for r in speech if r[1] == "allege")
        lex.concede_verbs = frozenset(r[0].lower() for r in speech if r[1] == "concede")
        lex.document_nouns = frozenset(r[0].lower() for r in speech if r[1] == "document")
        markers: dict[str, set[str]] = defaultdict(set)
        for word, kind, *_ in _rows(data / "modality.tsv", 2):
            markers[kind].add(word.lower())
        lex.markers = {k: frozenset(v) for k, v in markers.items()}
        lex.accusation_cues = frozenset(r[0].lower() for r in _rows(data / "accusation_cues.tsv", 1))
        contexts: dict[str, list[str]] = defaultdict(list)
        for ctx, cue, *_ in _rows(data / "contexts.tsv", 2):
            if ctx not in contexts[cue.lower()]:
                contexts[cue.lower()].append(ctx)
        lex.contexts = {k: tuple(v) for k, v in contexts.items()}
        for prefix, frame, code, *_ in _rows(data / "reframe.tsv", 3):
            lex.reframe[(frame, prefix)] = code
        lex.effort_nouns = frozenset(r[0].lower() for r in _rows(data / "effort_nouns.tsv", 1))
        rows = _rows(data / "reciprocal.tsv", 1)
        lex.reciprocal = tuple(r[0] for r in rows)
        # an optional third column names trigger lemmas that do not make the act mutual
        lex.reciprocal_lemmas = {r[0]: frozenset(w.lower() for w in r[2].split("|"))
                                 for r in rows if len(r) > 2 and r[2]}
        lex.dyadic = tuple(r[0] for r in _rows(data / "dyadic.tsv", 1))
        lex.boilerplate = tuple(r[0] for r in _rows(data / "boilerplate.tsv", 1))
        lex.doer_nouns = _optional_words(data / "doer_nouns.tsv")
        lex.natural_causes = _optional_words(data / "causes.tsv")
        lex.non_actors = _optional_words(data / "non_actors.tsv")
        lex.political_content = _optional_words(data / "political_content.tsv")
        return lex


def _rows(path, min_cols: int) -> list[list[str]]:
    """Rows of a TSV data file, comments and blank lines skipped, cells stripped."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < min_cols or not cells[0]:
            raise DataFileError(str(path), n, f"expected at least {min_cols} tab-separated columns")
        rows.append(cells)
    return rows


def _read_entries(path, cameo: CameoTable) -> list[Entry]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (5 - len(cells))
        code, pos, lemma, requires, target = cells[:5]
        where = f"{path}:{n}"
        if code != BLOCK and code not in cameo:
            raise DataFileError(str(path), n, f"unknown CAMEO code {code!r}")
        if pos not in ("V", "N", "A"):
            raise DataFileError(str(path), n, f"pos must be V, N or A, got {pos!r}")
        if not lemma or " " in lemma:
            raise DataFileError(str(path), n, f"lemma must be one token, got {lemma!r}")
        conditions, flags = [], set()
        for cond in requires.split():
            if cond in FLAG_CONDITIONS:
                flags.add(cond)
                continue
            key, _, values = cond.partition(":")
            if key not in CONDITION_KEYS or not values:
                raise DataFileError(str(path), n, f"unknown condition {cond!r}")
            conditions.append((key, frozenset(v.lower() for v in values.split("|"))))
        slots = tuple(s.strip() for s in target.split(",") if s.strip()) or DEFAULT_TARGET
        for slot in slots:
            if slot not in ("dobj", "iobj", "none", "nsubj", "compsubj") and not slot.startswith("prep:"):
                raise DataFileError(str(path), n, f"unknown target slot {slot!r}")
        out.append(Entry(code, pos, lemma.lower(), tuple(conditions), frozenset(flags), slots, where))
    return out


def _optional_words(path) -> frozenset[str]:
    """The lower-cased first cells of a word list the package may lack (empty when absent)."""
    return frozenset(r[0].lower() for r in _rows(path, 1)) if path.is_file() else frozenset()


def hash_set(words) -> frozenset[int]:
    """spaCy string hashes of `words`, for candidate search on attribute arrays."""
    from spacy.strings import hash_string

    return frozenset(hash_string(w) for w in words)
