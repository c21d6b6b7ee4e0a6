"""How much place lookup adds to coding time.

    .venv/bin/python bench/places.py [--articles 200] [--corpus PATH]

Parses articles with the coder's spaCy pipeline (the baseline), then times, over the same
parsed documents, `article_context` per article plus `event_location` (and, for comparison,
`resolve_event_date`) for every verb as a stand-in trigger (more calls than the coder makes:
it asks only for the events it found). Also reports the gazetteer's cold (build) and warm
(cached) load times and the process's peak memory. Prints ratios against the parse.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "guardian_syria_2017-2019.jsonl.gz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1

    from eventcoder.dates import resolve_event_date
    from eventcoder.nlp import load_pipeline
    from eventcoder.places import Gazetteer, PlaceResolver

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        Gazetteer.load(cache_dir=tmp)
        cold = time.perf_counter() - t
        t = time.perf_counter()
        gaz = Gazetteer.load(cache_dir=tmp)
        warm = time.perf_counter() - t
    nlp = load_pipeline()
    t = time.perf_counter()
    resolver = PlaceResolver(gaz, nlp)
    setup = time.perf_counter() - t

    articles = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("text"):
                articles.append(row)
            if len(articles) >= args.articles:
                break
    texts = [a["text"] for a in articles]

    t = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t

    calls = located = 0
    t = time.perf_counter()
    for a, doc in zip(articles, docs):
        ctx = resolver.article_context(a["text"], (), {})
        for sent in doc.sents:
            for tok in sent:
                if tok.pos_ == "VERB":
                    calls += 1
                    located += resolver.event_location(sent, tok, ctx, (ctx.dominant, None)) is not None
    places = time.perf_counter() - t

    # as the coder may call it: the sentence's place names found once, shared by its events
    t = time.perf_counter()
    for a, doc in zip(articles, docs):
        ctx = resolver.article_context(a["text"], (), {})
        for sent in doc.sents:
            mentions = None
            for tok in sent:
                if tok.pos_ == "VERB":
                    if mentions is None:
                        mentions = resolver.mentions(sent, ctx)
                    resolver.event_location(sent, tok, ctx, (ctx.dominant, None), mentions=mentions)
    shared = time.perf_counter() - t

    pub = date(2018, 1, 1)
    t = time.perf_counter()
    for doc in docs:
        for sent in doc.sents:
            for tok in sent:
                if tok.pos_ == "VERB":
                    resolve_event_date(sent, tok, pub)
    dates = time.perf_counter() - t

    words = sum(len(d) for d in docs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {len(docs)}, tokens {words:,}, triggers (verbs) {calls:,}, located {located:,}")
    print(f"gazetteer: {len(gaz.places):,} places, {len(gaz.index):,} names; "
          f"cold load (build) {cold:.2f} s, warm load (cache) {warm:.2f} s; resolver setup {setup:.2f} s")
    print(f"parse (baseline)                {parse:7.2f} s")
    print(f"article_context+event_location  {places:7.2f} s   ratio {places / parse:.3f}   "
          f"({1e6 * places / max(calls, 1):.0f} us per trigger)")
    print(f"  same, mentions once per sentence {shared:7.2f} s   ratio {shared / parse:.3f}")
    print(f"resolve_event_date              {dates:7.2f} s   ratio {dates / parse:.3f}")
    print(f"peak memory {peak:.0f} MB (model, gazetteer, parsed docs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
