"""`eventcoder evaluate` (placeholder until its module lands)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("evaluate", help="(not yet available)")
    p.set_defaults(func=lambda args: (print("eventcoder evaluate: not yet available"), 1)[1])
