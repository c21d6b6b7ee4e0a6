"""`eventcoder summary --db F`: what the store holds, in a few lines."""

from __future__ import annotations

import argparse

from .ingest_cmd import DEFAULT_DB


def register(sub) -> None:
    p = sub.add_parser("summary", help="a short summary of the event store")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    p.add_argument("--top", type=int, default=5, help="how many dyads, roots and clusters to list")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..store import EventStore

    with EventStore(args.db, read_only=True) as store:
        print(store.summary(args.top).format())
    return 0
