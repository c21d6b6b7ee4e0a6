"""`eventcoder query` (placeholder until its module lands)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("query", help="(not yet available)")
    p.set_defaults(func=lambda args: (print("eventcoder query: not yet available"), 1)[1])
