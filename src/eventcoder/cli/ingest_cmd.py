"""`eventcoder ingest PATH... --db F`: code articles and store them (idempotent, resumable)."""

from __future__ import annotations

import argparse
import sys
import time

DEFAULT_DB = "events.duckdb"


def register(sub) -> None:
    p = sub.add_parser("ingest", help="code articles into a DuckDB event store",
                       description="Read articles, code them and store articles, events and "
                                   "deduplicated event clusters. Articles already stored with the "
                                   "same coder version are skipped; re-running after a kill resumes.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files (.txt .jsonl .jsonl.gz .csv), directories, or - for stdin")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (created when missing; default {DEFAULT_DB})")
    p.add_argument("--workers", type=int, default=1, help="coding processes (default 1)")
    p.add_argument("--batch-size", type=int, default=100,
                   help="articles per transaction (default 100)")
    p.add_argument("--date", help="publication date for articles that have none (YYYY-MM-DD)")
    p.add_argument("--actors", nargs="+", default=[], metavar="FILE",
                   help="extra actor dictionaries (TSV or PETRARCH format)")
    p.add_argument("--window-days", type=int, default=None,
                   help="dedup window in days (stored with the store; a change rebuilds the clusters)")
    p.add_argument("--rebuild-clusters", action="store_true",
                   help="recompute all clusters from the stored events (PATHs optional)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import StoreError
    from ..store import EventStore

    if not args.paths and not args.rebuild_clusters and args.window_days is None:
        raise StoreError("ingest: give PATHs to ingest, or --rebuild-clusters")
    if args.batch_size < 1 or args.workers < 1:
        raise StoreError("ingest: --batch-size and --workers must be at least 1")
    if args.window_days is not None and args.window_days < 0:
        raise StoreError("ingest: --window-days must be >= 0")
    with EventStore(args.db, window_days=args.window_days) as store:
        if args.rebuild_clusters or (args.window_days is not None and args.window_days != store.window_days):
            window = args.window_days if args.window_days is not None else store.window_days
            t0 = time.monotonic()
            n = store.rebuild_clusters(window)
            print(f"rebuilt clusters with a ±{window}-day window: {n:,} clusters "
                  f"({time.monotonic() - t0:.1f} s)")
        if not args.paths:
            return 0
        return _ingest(store, args)


def _ingest(store, args: argparse.Namespace) -> int:
    from ..ingest.readers import iter_inputs
    from ..pipeline import Coder

    progress = None if args.quiet else _Progress(sys.stderr)
    if progress:
        progress.say("loading the coder…")
    coder = Coder(actor_files=tuple(args.actors), registry_rows=store.registry_rows() or None, tune_gc=True)
    report = store.ingest(coder, iter_inputs(args.paths, default_date=args.date),
                          workers=args.workers, batch_size=args.batch_size,
                          label=" ".join(args.paths), progress=progress)
    print(closing_note(store, report))
    return 1 if report.failed else 0


def closing_note(store, report) -> str:
    s = store.summary(5)
    rate = report.read / report.seconds if report.seconds else 0.0
    lines = [
        (f"read {report.read:,} articles: {report.new:,} new, {report.skipped:,} skipped "
         f"(already stored), {report.recoded:,} re-coded; {report.errors:,} input errors, "
         f"{report.warnings:,} warnings"),
        (f"stored {report.events:,} events; the store now holds {s.articles:,} articles, "
         f"{s.events:,} events, {s.clusters:,} clusters (dedup window ±{s.window_days} day(s))"),
        f"events in multi-article clusters: {s.multi_article_share:.1%}",
    ]
    if report.recoded:
        olds = ", ".join(f"{v} ({n:,})" for v, n in report.recoded_from.most_common())
        lines.append(f"re-coded {report.recoded:,} articles stored by another coder version "
                     f"[{olds}] with {report.coder_version}; clusters were updated in place "
                     f"(`eventcoder ingest --rebuild-clusters --db {store.path}` recomputes them in ingest order)")
    if s.largest:
        lines.append("largest clusters (articles, mentions: dyad, code, date):")
        for cid, src, tgt, cameo, name, date, country, mentions, _srcs, arts in s.largest:
            lines.append(f"  #{cid} {arts} articles, {mentions} mentions: {src or '-'} -> {tgt or '-'} "
                         f"{cameo} {(name or '')[:40]} {date or ''} {country or ''}".rstrip())
    lines.append(f"time {report.seconds:.1f} s ({rate:.1f} articles/s), coder {report.coder_version}")
    if report.messages:
        lines.append("input problems" + (" (first ones; all are in the input_errors table):"
                                         if report.errors + report.warnings > len(report.messages) else ":"))
        lines.extend(f"  {m}" for m in report.messages)
    return "\n".join(lines)


class _Progress:
    """One line on stderr at most every two seconds."""

    def __init__(self, stream, every: float = 2.0):
        self.stream = stream
        self.every = every
        self.last = 0.0

    def say(self, text: str) -> None:
        self.stream.write(f"ingest: {text}\n")
        self.stream.flush()

    def __call__(self, report) -> None:
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        rate = report.read / report.seconds if report.seconds else 0.0
        self.say(f"{report.read:,} read, {report.new:,} new, {report.skipped:,} skipped, "
                 f"{report.recoded:,} re-coded, {report.events:,} events, "
                 f"{report.errors:,} errors ({rate:.1f} articles/s)")
