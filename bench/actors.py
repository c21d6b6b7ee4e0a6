"""Actor resolver throughput: mentions resolved per second, against spaCy parsing the same text.

    .venv/bin/python bench/actors.py [--repeat 200] [--data DIR] [--text FILE]

Parses the article once (parse time is the baseline), then repeatedly builds the per-article
state (`for_article`: matching, introductions, dominant country) and resolves every nominal
head, as the coder does. Reads the seed from ../shared when present, else a built-in article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "data" / "seed" / "venezuela_talks_2017-12-01.txt"
BUILT_IN = """Colombian Foreign Minister Ana Perez met Chilean President Luis Vargas in Bogota on Monday.
Perez said the two governments would sign a trade accord, while Vargas told reporters he was hopeful.
Vargas said Perez had criticised him in the past, and U.S. officials urged both sides to agree.
The minister later visited the Colombian congress, where opposition lawmakers protested.
Opposition leader Marta Ruiz said the government had ignored riot police abuses against students.
She said her party would vote against the accord backed by Washington and the United Nations.
"We will not be silenced," Ruiz said, as Venezuelan troops and Colombian rebels clashed near the border."""
NOMINAL = ("NOUN", "PROPN", "PRON")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--data", help="actor data directory (default: the package's, else the test fixtures)")
    ap.add_argument("--text", help="article to use (one paragraph a line)")
    args = ap.parse_args(argv)

    from eventcoder.actors.kb import PACKAGED, ActorKB
    from eventcoder.actors.resolver import ActorResolver
    from eventcoder.ingest.normalise import normalise
    from eventcoder.nlp import load_pipeline

    data = args.data
    if data is None and not all((ROOT / "src/eventcoder/actors/data" / n).is_file() for n in PACKAGED):
        data = str(ROOT / "tests/fixtures/actors")
    t0 = time.perf_counter()
    kb = ActorKB.load(data)
    t1 = time.perf_counter()
    nlp = load_pipeline()
    t2 = time.perf_counter()
    resolver = ActorResolver(kb, nlp, learn=False)
    t3 = time.perf_counter()
    source = Path(args.text) if args.text else SEED if SEED.is_file() else None
    text = normalise(source.read_text(encoding="utf-8")) if source else BUILT_IN
    lines = [line for line in text.split("\n") if line.strip()]
    offsets, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            offsets.append(pos)
        pos += len(line) + 1

    docs = list(nlp.pipe(lines))  # warm-up
    parses = []
    for _ in range(5):
        t = time.perf_counter()
        docs = list(nlp.pipe(lines))
        parses.append(time.perf_counter() - t)
    parse = statistics.median(parses)
    heads = [(d, tok.i) for d, doc in enumerate(docs) for tok in doc if tok.pos_ in NOMINAL]

    builds, resolves, mentions = [], [], 0
    for _ in range(args.repeat):  # medians: the machine may be shared
        t = time.perf_counter()
        actors = resolver.for_article(docs, offsets, dt.date(2017, 12, 1))
        t_mid = time.perf_counter()
        mentions = sum(len(actors.resolve(docs[d][i])) for d, i in heads)
        builds.append(t_mid - t)
        resolves.append(time.perf_counter() - t_mid)
    build, resolve = statistics.median(builds), statistics.median(resolves)
    words = sum(len(doc) for doc in docs)
    print(f"knowledge base: {kb!r}; load {t1 - t0:.2f}s, matcher compile {t3 - t2:.2f}s (spaCy load {t2 - t1:.2f}s)")
    print(f"article: {len(docs)} paragraphs, {words} tokens, {len(heads)} nominal heads, "
          f"{mentions} actors resolved ({source.name if source else 'built-in text'})")
    print(f"spaCy parse (baseline):   {parse * 1000:8.2f} ms/article (median of 5)")
    print(f"for_article (state):      {build * 1000:8.2f} ms/article (median of {args.repeat})")
    print(f"resolve() over all heads: {resolve * 1000:8.2f} ms/article ({len(heads) / resolve:,.0f} heads/s)")
    total = build + resolve
    print(f"actor resolution total:   {total * 1000:8.2f} ms/article = {total / parse:.1%} of parse time; "
          f"{mentions / total:,.0f} mentions/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
