"""Hand-built articles and events for the store tests (invented text, no coder needed)."""

from __future__ import annotations

from eventcoder.record import (
    Actor,
    Article,
    Event,
    Location,
    Plover,
    Trigger,
    quad_class_of,
)

PLACES = {"VEN": ("Caracas", 10.49, -66.88), "USA": ("Washington", 38.9, -77.04),
          "FRA": ("Paris", 48.85, 2.35), "DOM": ("Santo Domingo", 18.47, -69.89)}


def actor(code: str | None, name: str | None = None) -> Actor | None:
    if code is None:
        return None
    sector = code[3:6] or None
    return Actor(code=code, country=code[:3], sector=sector, text=code.lower(), name=name,
                 sectors=(sector,) if sector else ())


def event(article: Article, index: int, source: str | None, target: str | None, cameo: str,
          date: str | None, where: str | None = None, goldstein: float = -2.0,
          plover: str | None = "ACCUSE", sentence: str | None = None) -> Event:
    start = 10 + index
    loc = None
    if where:
        name, lat, lon = PLACES[where]
        loc = Location(name=name, country=where, lat=lat, lon=lon, feature="city", geonameid=1000 + index)
    return Event(
        event_id=Event.make_id(article.id, index, start, source, target, cameo),
        article_id=article.id, sentence_index=index,
        sentence_text=sentence or f"Sentence {index} of {article.id}: {source} and {target}.",
        date=date, source=actor(source), target=actor(target), cameo=cameo, cameo_root=cameo[:2],
        quad_class=quad_class_of(cameo[:2]), goldstein=goldstein,
        plover=Plover(plover, None, ("economic",) if plover else ()),
        trigger=Trigger("blamed", start, start + 6), location=loc, confidence=0.8,
        date_method="publication", date_precision="day", article_date=article.date,
        news_source=article.source, url=article.url, cameo_name="Accuse",
    )


def article(aid: str, outlet: str | None = "Reuters", date: str | None = "2017-12-01",
            text: str | None = None) -> Article:
    return Article(id=aid, text=text or f"Invented article {aid} about talks.", date=date,
                   title=f"Title {aid}", source=outlet, url=f"https://example.org/{aid}",
                   origin=f"test.jsonl:{aid}")


def same_event_reports() -> list[tuple[Article, list[Event]]]:
    """Four articles (three outlets) reporting Venezuela accusing the US, a day apart at most,
    plus unrelated events that must stay apart."""
    a1 = article("r1", "Reuters", "2017-12-01")
    a2 = article("r2", "AP", "2017-12-02")
    a3 = article("r3", "Reuters", "2017-12-01")
    a4 = article("r4", "AFP", "2017-12-01")
    return [
        (a1, [event(a1, 0, "VENGOV", "USAGOV", "112", "2017-12-01", "VEN"),
              event(a1, 3, "VENGOV", "USAGOV", "111", "2017-12-01")]),  # second mention, same article
        (a2, [event(a2, 0, "VENGOV", "USAGOV", "112", "2017-12-02", "VEN"),
              event(a2, 1, "FRAGOV", "VENGOV", "036", "2017-12-02", goldstein=4.0, plover="AGREE")]),
        (a3, [event(a3, 1, "VENGOV", "USAGOV", "112", "2017-12-01", None),
              event(a3, 2, "VENGOV", "USAGOV", "112", "2017-12-01", "FRA")]),  # other country: apart
        (a4, [event(a4, 0, "VENGOV", "USAGOV", "112", "2017-12-05", "VEN"),  # 4 days later: apart
              event(a4, 1, None, "USAGOV", "112", "2017-12-01")]),  # no source: own article only
    ]


# -- synthetic corpora for ingest tests (invented sentences, deterministic by index) -----------
COUNTRIES = (("Venezuela", "CARACAS"), ("Colombia", "BOGOTA"), ("Cuba", "HAVANA"),
             ("France", "PARIS"), ("Germany", "BERLIN"), ("Japan", "TOKYO"), ("Mexico", "MEXICO CITY"),
             ("Brazil", "BRASILIA"))
ACTS = ("accused {b} of interfering in its elections", "condemned {b} over the border dispute",
        "threatened to impose sanctions on {b}", "praised {b} for its help after the floods",
        "signed a trade agreement with {b}", "expelled diplomats from {b}",
        "called on {b} to release the detained journalists", "met officials from {b} to discuss trade")
OUTLETS = ("Reuters", "AP", "AFP", "Example Wire")


def synthetic_rows(n: int, start: str = "2017-11-01") -> list[dict]:
    """`n` short invented articles; few dyads and acts over 12 days, so reports repeat."""
    import datetime as dt
    import random

    first = dt.date.fromisoformat(start)
    rows = []
    for i in range(n):
        r = random.Random(i)
        (a, city), (b, _) = r.sample(COUNTRIES, 2)
        act = r.choice(ACTS).format(b=b)
        outlet = r.choice(OUTLETS)
        day = first + dt.timedelta(days=r.randrange(12))
        text = (f"{city} ({outlet}) - {a} {act}, officials said. "
                f"The government of {a} said talks with {b} would go on, according to report {i}.")
        rows.append({"id": f"syn-{i:05d}", "date": day.isoformat(), "source": outlet,
                     "title": f"{a} and {b}", "text": text})
    return rows


def write_jsonl(path, rows: list[dict], bad_line: bool = False) -> None:
    import json

    with open(path, "w", encoding="utf-8") as fh:
        for k, row in enumerate(rows):
            fh.write(json.dumps(row) + "\n")
            if bad_line and k == len(rows) // 2:
                fh.write("{this is not json\n")
