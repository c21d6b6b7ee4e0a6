"""`eventcoder` command line: a thin layer over the library.

Each subcommand lives in its own module in this package and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int` (exit status).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import EventcoderError

# module name in this package -> imported lazily so `--help` stays fast
SUBCOMMANDS = ("code", "actor", "place", "ingest", "query", "export", "summary", "evaluate")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventcoder", description="Code political events from news text.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in SUBCOMMANDS:
        module = importlib.import_module(f".{name}_cmd", __name__)
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except EventcoderError as exc:
        print(f"eventcoder: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
