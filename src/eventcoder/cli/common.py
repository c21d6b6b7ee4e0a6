"""Options and helpers shared by the commands that code articles."""

from __future__ import annotations

import os
import sys

from ..errors import InputError, InputWarning


def add_coder_options(p) -> None:
    p.add_argument("--workers", type=int, default=max(1, os.cpu_count() or 1),
                   help="processes to code with (default: all cores)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor dictionary (TSV or PETRARCH format); repeatable")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="extra event lexicon (lexicon.tsv format); repeatable")
    add_confidence_option(p)


def add_confidence_option(p) -> None:
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="only events at least this likely to be right (events/data/confidence.tsv; "
                        "0.5 keeps the events that name both sides)")


def build_coder(args, **kwargs):
    from ..pipeline import Coder

    return Coder(actor_files=args.actors, lexicon_files=args.lexicon,
                 min_confidence=getattr(args, "min_confidence", 0.0), tune_gc=True, **kwargs)


def progress(paths):
    """A progress bar on stderr, for input that may hold many articles."""
    from tqdm import tqdm

    single = len(paths) == 1 and paths[0].endswith(".txt")
    return tqdm(unit=" articles", file=sys.stderr, disable=single,
                mininterval=1.0, leave=False)


def report_problems(problems: list[InputError]) -> int:
    """List input problems at the end; the exit status is 1 when some input could not be coded."""
    errors = [p for p in problems if not isinstance(p, InputWarning)]
    warnings = [p for p in problems if isinstance(p, InputWarning)]
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} input(s) failed; the rest was coded", file=sys.stderr)
        return 1
    return 0
