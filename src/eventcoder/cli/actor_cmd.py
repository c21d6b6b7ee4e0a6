"""`eventcoder actor "TEXT"`: resolve a phrase to its actor code, printing the rule that decided.

    eventcoder actor "an American destroyer"                 -> USAMIL
    eventcoder actor "the government" --context "Caracas"    -> VENGOV
    eventcoder actor "Trump" --date 2022-03-01               -> USAELI
    eventcoder actor --json - < phrases.jsonl                one JSON object per input line
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from ..errors import InputError


def register(sub) -> None:
    p = sub.add_parser("actor", help="resolve an actor phrase to its CAMEO actor code",
                       description="Resolve a phrase (\"Venezuela's opposition-led congress\") to a CAMEO-style "
                                   "actor code, printing code, country, sectors, name and the deciding rule.")
    p.add_argument("text", help='the phrase; "-" reads phrases from stdin, one a line (JSON Lines '
                                '{"text", "date", "context"} or plain text)')
    p.add_argument("--date", help="publication date YYYY-MM-DD: decides who holds which office")
    p.add_argument("--context", help="text of the article around the phrase (sets its dominant country)")
    p.add_argument("--actors", action="extend", nargs="+", default=[], metavar="FILE",
                   help="extra actor dictionaries (people/organisations TSV or PETRARCH format)")
    p.add_argument("--data-dir", metavar="DIR",
                   help="read countries/sectors/organisations/people.tsv from DIR instead of the package's")
    p.add_argument("--json", action="store_true", help="write one JSON object per phrase")
    p.set_defaults(func=run)


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(where, None, f"date {value!r} is not YYYY-MM-DD") from None


def _record(actor) -> dict[str, Any]:
    if actor is None:
        return {"code": None, "country": None, "sectors": [], "name": None, "rule": None}
    return {"code": actor.code, "country": actor.country, "sectors": list(actor.sectors), "name": actor.name,
            "rule": actor.rule}


def _line(actor, text: str) -> str:
    if actor is None:
        return f"{text}\t-\t(not a political actor)"
    return "\t".join((text, actor.code or "-", actor.country or "-", "|".join(actor.sectors) or "-",
                      actor.name or "-", actor.rule or "-"))


def _inputs(args) -> list[tuple[str, dt.date | None, str | None, str | None]]:
    """(text, date, context, error) per phrase, in input order."""
    default_date = _date(args.date, "--date")
    if args.text != "-":
        return [(args.text, default_date, args.context, None)]
    out = []
    for n, raw in enumerate(sys.stdin, 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except ValueError as exc:
                out.append((line, None, None, f"<stdin>:{n}: {exc}"))
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                out.append((line, None, None, f'<stdin>:{n}: needs a "text" string'))
                continue
            try:
                date = _date(obj.get("date"), f"<stdin>:{n}") or default_date
            except InputError as exc:
                out.append((line, None, None, str(exc)))
                continue
            out.append((obj["text"], date, obj.get("context") or args.context, None))
        else:
            out.append((line, default_date, args.context, None))
    return out


def run(args) -> int:
    inputs = _inputs(args)
    from ..actors.kb import ActorKB
    from ..actors.resolver import ActorResolver
    from ..nlp import load_pipeline

    resolver = ActorResolver(ActorKB.load(args.data_dir, extra_files=args.actors), load_pipeline(), learn=False)
    status = 0
    for text, date, context, error in inputs:
        if error is not None:
            status = 1
            print(json.dumps({"text": text, "error": error}) if args.json else f"error: {error}",
                  file=sys.stdout if args.json else sys.stderr)
            continue
        actor = resolver.resolve_text(text, date, context)
        print(json.dumps(_record(actor), ensure_ascii=False) if args.json else _line(actor, text))
    return status
