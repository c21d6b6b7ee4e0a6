"""`eventcoder query --db F`: events, series, top lists, or read-only SQL over the store."""

from __future__ import annotations

import argparse
import sys

from .ingest_cmd import DEFAULT_DB

# columns shown by the table format when listing events or clusters
EVENT_COLUMNS = ("date", "source_code", "target_code", "cameo", "plover_type", "goldstein",
                 "location_country", "cluster_id", "news_source", "sentence_text")
CLUSTER_COLUMNS = ("cluster_id", "date", "source_code", "target_code", "cameo", "cameo_name",
                   "location_country", "mentions", "sources", "articles", "goldstein")


def register(sub) -> None:
    p = sub.add_parser(
        "query", help="query the event store (read-only)",
        description="List events (or clusters with --clusters), time series (--series), top lists "
                    "(--top), or run read-only SQL (--sql). Actor and code filters match prefixes.")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    p.add_argument("--sql", help="a read-only SQL statement (SELECT, WITH, DESCRIBE, SHOW, ...)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="table (default), csv, or json (JSON Lines)")
    p.add_argument("--limit", type=int, help="at most N rows")
    f = p.add_argument_group("filters")
    f.add_argument("--actor", help="source or target code prefix, e.g. VEN")
    f.add_argument("--source", help="source code prefix")
    f.add_argument("--target", help="target code prefix")
    f.add_argument("--dyad", metavar="SRC,TGT", help="source and target prefixes, e.g. VENGOV,USA")
    f.add_argument("--cameo", help="CAMEO code prefix, e.g. 112")
    f.add_argument("--root", help="CAMEO root, e.g. 11")
    f.add_argument("--plover", help="PLOVER type, e.g. ACCUSE")
    f.add_argument("--quad", type=int, choices=(1, 2, 3, 4), help="quad class")
    f.add_argument("--country", help="where it happened (ISO3)")
    f.add_argument("--from", dest="date_from", metavar="DATE", help="first date (YYYY-MM-DD)")
    f.add_argument("--to", dest="date_to", metavar="DATE", help="last date (YYYY-MM-DD)")
    m = p.add_argument_group("what to show")
    m.add_argument("--clusters", action="store_true",
                   help="deduplicated events (clusters) instead of event mentions")
    m.add_argument("--series", choices=("day", "daily", "week", "weekly", "month", "monthly", "year"),
                   help="counts and Goldstein sums per period")
    m.add_argument("--by", default="dyad",
                   choices=("dyad", "none", "source", "target", "root", "quad_class", "plover", "country"),
                   help="series grouping (default dyad; quad_class gives the quad-class series)")
    m.add_argument("--top", choices=("actors", "dyads", "roots", "codes", "plover", "countries", "quad_class"),
                   help="the most frequent actors, dyads, roots, ...")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import StoreError
    from ..store import EventStore, Filter, output, queries

    filt = _filter(args, Filter, StoreError)
    with EventStore(args.db, read_only=True, external_access=False) as store:
        if args.sql:
            if filt != Filter() or args.series or args.top or args.clusters:
                raise StoreError("query: --sql cannot be combined with filters, --series, --top or --clusters")
            rel = store.sql(args.sql)
            if args.limit:
                rel = rel.limit(args.limit)
        elif args.series and args.top:
            raise StoreError("query: choose --series or --top")
        elif args.series:
            rel = store.series(args.series, filt, by=args.by, unit=_unit(args))
            if args.limit:
                rel = rel.limit(args.limit)
        elif args.top:
            rel = store.top(args.top, args.limit or 10, filt, unit=_unit(args))
        else:
            fn = queries.clusters if args.clusters else queries.events
            rel = fn(store.con, filt, args.limit)
            if args.format == "table":
                rel = rel.select(", ".join(CLUSTER_COLUMNS if args.clusters else EVENT_COLUMNS))
        output.write(rel, args.format, sys.stdout, table_rows=args.limit or 50)
    return 0


def _unit(args: argparse.Namespace) -> str:
    return "clusters" if args.clusters else "events"


def _filter(args: argparse.Namespace, Filter, StoreError):
    source, target = args.source, args.target
    if args.dyad:
        parts = [x.strip() for x in args.dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            raise StoreError(f"query: --dyad takes SRC,TGT (e.g. VENGOV,USA); got {args.dyad!r}")
        source, target = parts
    return Filter(actor=args.actor, source=source, target=target, cameo=args.cameo, root=args.root,
                  plover=args.plover, quad_class=args.quad, country=args.country,
                  date_from=args.date_from, date_to=args.date_to)
