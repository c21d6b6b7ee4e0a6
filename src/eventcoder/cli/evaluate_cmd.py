"""`eventcoder evaluate GOLD`: run the coder on a gold file and print its scores."""

from __future__ import annotations

import argparse
import json
import sys

from .common import add_confidence_option

FORMAT_CHOICES = ("auto", "plover-gsr", "plover-gsr-actors", "petrarch-xml", "conflibert-class",
                  "conflibert-ner", "jsonl")


def register(sub) -> None:
    p = sub.add_parser(
        "evaluate", help="score the coder against a gold-standard file",
        description="Run the coder over a gold file (each sentence as a one-sentence article, with "
                    "the gold date if any) and print precision/recall/F1 per CAMEO root and PLOVER type, "
                    "per actor level, and the confusion between roots. See docs/gold-format.md.")
    p.add_argument("gold", help="gold file")
    p.add_argument("--format", choices=FORMAT_CHOICES, default="auto",
                   help="gold format (default: detected from name and content)")
    p.add_argument("--actors", action="store_true",
                   help="evaluate actors: resolver accuracy on gold actor texts (PLOVER GSR, JSONL "
                        "with source_text/target_text) or actor spans (ConfliBERT NER)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N gold items")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="coder worker processes")
    p.add_argument("--show-errors", type=int, default=0, metavar="K",
                   help="list K missed, K spurious and K wrong-actor events (or misclassed sentences)")
    p.add_argument("--main-event", choices=("first", "confidence"), default="first",
                   help="class gold: the sentence's main event is its first asserted event (default) "
                        "or the one with the highest confidence")
    add_confidence_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..evaluate import evaluate, read_gold, render_text, to_dict

    fmt, actors = args.format, args.actors
    if fmt == "plover-gsr-actors":
        fmt, actors = "plover-gsr", True
    if args.limit is not None and args.limit < 1:
        print("eventcoder evaluate: --limit must be at least 1", file=sys.stderr)
        return 2
    gold = read_gold(args.gold, fmt).limited(args.limit)
    try:
        from ..pipeline import Coder
    except ImportError as exc:
        print(f"eventcoder evaluate: the coder is not available ({exc})", file=sys.stderr)
        return 2
    result = evaluate(gold, Coder(min_confidence=args.min_confidence, tune_gc=True), workers=args.workers, main_event=args.main_event, actors=actors)
    if args.json:
        json.dump(to_dict(result, args.show_errors), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(result, args.show_errors))
    return 0
