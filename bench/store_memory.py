"""Peak memory of `eventcoder ingest` as the corpus grows (the store must stream).

Ingests the first N articles of a corpus (default ../shared allsides_12k) into a fresh store,
for each N given, and prints the peak RSS of the ingest process with the time taken.

    .venv/bin/python bench/store_memory.py --articles 1000 10000
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "allsides_12k.jsonl.gz"


def measure(corpus: Path, n: int, workers: int, tmp: Path) -> tuple[float, float, str]:
    src = tmp / f"first_{n}.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as fh, open(src, "w", encoding="utf-8") as out:
        for k, line in enumerate(fh):
            if k >= n:
                break
            out.write(line)
    db = tmp / f"m{n}.duckdb"
    # each measurement in its own child so ru_maxrss is that run's peak only
    code = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(r.stdout.strip().splitlines()[0] if r.stdout.strip() else r.stderr[-500:])\n"
    )
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "eventcoder", "ingest",
                          str(src), "--db", str(db), "-q", "--workers", str(workers)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    peak_kb, note = out.stdout.splitlines()[:2]
    return int(peak_kb) / 1024, time.monotonic() - t0, note


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (needs ../shared)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        rows = [(n, *measure(args.corpus, n, args.workers, Path(tmp))) for n in args.articles]
    base = rows[0][1]
    print(f"{'articles':>9} {'peak RSS MB':>12} {'x first':>8} {'seconds':>8}  closing note")
    for n, mb, secs, note in rows:
        print(f"{n:>9,} {mb:>12.0f} {mb / base:>8.2f} {secs:>8.1f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
