"""`eventcoder code PATH...`: code articles and print event records."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import nullcontext

from ..errors import InputError, InputWarning
from ..record import Event
from .common import add_coder_options, build_coder, progress, report_problems


def register(sub) -> None:
    p = sub.add_parser("code", help="code articles into CAMEO/PLOVER events")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt, .jsonl, .jsonl.gz, .csv, a directory, or - for stdin")
    p.add_argument("--date", help="publication date (YYYY-MM-DD) for articles without one")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    p.add_argument("-o", "--output", help="write here instead of stdout")
    add_coder_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..ingest.readers import iter_inputs

    coder = build_coder(args)
    problems: list[InputError] = []
    n_articles = n_events = 0
    out_cm = open(args.output, "w", encoding="utf-8", newline="") if args.output else nullcontext(sys.stdout)  # noqa: SIM115
    with out_cm as out:
        writer = _writer(args.format, out)
        items = iter_inputs(args.paths, default_date=args.date)
        bar = progress(args.paths)
        for item, events in coder.code_articles(items, workers=args.workers):
            if isinstance(item, InputError):
                problems.append(item)
                if not isinstance(item, InputWarning):
                    continue
                continue
            n_articles += 1
            n_events += len(events)
            bar.update(1)
            for ev in events:
                writer(ev)
        bar.close()
        if args.format == "table":
            writer(None)
    print(f"coded {n_articles} articles, {n_events} events", file=sys.stderr)
    return report_problems(problems)


def _writer(fmt: str, out):
    if fmt == "jsonl":
        return lambda ev: out.write(ev.to_json() + "\n")
    if fmt == "csv":
        state: dict = {}

        def write_csv(ev: Event) -> None:
            row = ev.flat()
            if "w" not in state:
                state["w"] = csv.DictWriter(out, fieldnames=list(row))
                state["w"].writeheader()
            state["w"].writerow(row)

        return write_csv
    rows: list[Event] = []

    def write_table(ev: Event | None) -> None:
        if ev is not None:
            rows.append(ev)
            return
        out.write(format_table(rows))

    return write_table


def format_table(events: list[Event]) -> str:
    """A readable table: date, source, code, target, place, trigger, evidence."""
    head = ("date", "source", "cameo", "plover", "target", "location", "trigger")
    body = []
    for ev in events:
        body.append((
            ev.date or "-",
            ev.source.code if ev.source else "-",
            ev.cameo,
            ev.plover.type or "-",
            ev.target.code if ev.target else "-",
            (ev.location.name if ev.location else "-")[:20],
            ev.trigger.text,
        ))
    widths = [max(len(str(r[i])) for r in [head, *body]) for i in range(len(head))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(head, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for ev, r in zip(events, body):
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
        lines.append("      " + json.dumps(ev.sentence_text[:160], ensure_ascii=False))
    return "\n".join(lines) + "\n"
