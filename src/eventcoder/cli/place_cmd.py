"""`eventcoder place "TEXT" [--context TEXT]`: show how place names in TEXT are resolved."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "place", help="show how the place names in a text are resolved (for checking by hand)",
        description="Lists each place name found in TEXT with the place chosen (name, country, "
                    "admin1, lat, lon, population) and why, then the location the coder would "
                    "give an event at each sentence's main verb.",
    )
    p.add_argument("text", help="the text (one or more sentences); '-' reads standard input")
    p.add_argument("--context", default=None, metavar="TEXT",
                   help="article text that sets the country context (default: TEXT itself)")
    p.add_argument("--dateline", action="append", default=[], metavar="PLACE",
                   help="a dateline place of the article; repeatable")
    p.add_argument("--alternatives", type=int, default=2, metavar="N",
                   help="runner-up candidates to show per name (default: 2)")
    p.add_argument("--min-population", type=int, default=None, metavar="N",
                   help="smallest city population in the gazetteer (default: the library's)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..nlp import load_pipeline
    from ..places import Gazetteer, PlaceResolver
    from ..places.gazetteer import DEFAULT_MIN_POPULATION

    text = sys.stdin.read() if args.text == "-" else args.text
    gaz = Gazetteer.load(args.min_population or DEFAULT_MIN_POPULATION)
    nlp = load_pipeline()
    resolver = PlaceResolver(gaz, nlp)
    ctx = resolver.article_context(args.context if args.context is not None else text, args.dateline)
    shares = ", ".join(f"{c} {s:.2f}" for c, s in sorted(ctx.countries.items(), key=lambda kv: -kv[1])[:5])
    print(f"context: {shares or '(no countries)'}; lower-case: {'yes' if ctx.lower_case else 'no'}")
    for p in ctx.dateline:
        print(f"dateline: {p.name}, {p.country}")
    doc = nlp(text)
    found = False
    for sent in doc.sents:
        mentions = resolver.mentions(sent, ctx)
        for m in mentions:
            found = True
            best = m.best
            print(f'"{m.text}" -> {_describe(best.place)}')
            print(f"    why: {best.why}{' (qualifies the name before it)' if m.qualifier else ''}")
            for alt in m.ranked[1:1 + max(args.alternatives, 0)]:
                print(f"    or:  {_describe(alt.place)}  [{alt.score:.2f}: {alt.why}]")
        trigger = sent.root
        loc = resolver.event_location(sent, trigger, ctx, (ctx.dominant, None))
        where = (f"{loc.name}, {loc.country} ({loc.feature}; {loc.method})" if loc else "none")
        print(f'event at "{trigger.text}": {where}')
    if not found:
        print("no place names found")
    return 0


def _describe(place) -> str:
    coords = f"{place.lat:.4f}, {place.lon:.4f}" if place.lat is not None else "no coordinates"
    return (f"{place.name} | {place.country} | admin1: {place.admin1 or '-'} | {coords} | "
            f"population {place.population:,} | {place.feature}"
            + (f" | geonameid {place.geonameid}" if place.geonameid else ""))
