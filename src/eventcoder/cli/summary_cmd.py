"""`eventcoder summary` (placeholder until its module lands)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("summary", help="(not yet available)")
    p.set_defaults(func=lambda args: (print("eventcoder summary: not yet available"), 1)[1])
