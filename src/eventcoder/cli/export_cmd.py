"""`eventcoder export --db F --format parquet|csv|gdelt|plover|registry -o OUT`."""

from __future__ import annotations

import argparse

from .ingest_cmd import DEFAULT_DB


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="export events, clusters or the registry from the store",
        description="parquet/csv: the events, clusters or articles table; gdelt: one row per "
                    "cluster in the GDELT 2.0 event layout (61 tab-separated columns, no header); "
                    "plover: PLOVER/POLECAT-style JSON Lines, one object per event; registry: the "
                    "learned people as TSV.")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    p.add_argument("--format", required=True, choices=("parquet", "csv", "gdelt", "plover", "registry"))
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    p.add_argument("--what", default="events", choices=("events", "clusters", "articles"),
                   help="table for parquet/csv (default events)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..store import EventStore

    with EventStore(args.db, read_only=True) as store:
        n = store.export(args.format, args.output, args.what)
    label = {"gdelt": "clusters", "plover": "events", "registry": "people"}.get(args.format, args.what)
    print(f"wrote {n:,} {label} to {args.output} ({args.format})")
    return 0
