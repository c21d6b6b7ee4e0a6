"""A short account of what the store holds (`eventcoder summary`, and ingest's closing note)."""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from ..tables import CameoTable
from .queries import largest_clusters


@dataclass
class Summary:
    articles: int
    events: int
    clusters: int
    multi_article_share: float  # share of events whose cluster spans more than one article
    window_days: int
    top_dyads: list[tuple] = field(default_factory=list)  # source, target, events, clusters, goldstein sum
    top_roots: list[tuple] = field(default_factory=list)  # root, name, events, goldstein sum
    largest: list[tuple] = field(default_factory=list)  # see queries.largest_clusters

    def format(self) -> str:
        lines = [
            f"articles  {self.articles:>9,}",
            f"events    {self.events:>9,}",
            f"clusters  {self.clusters:>9,}   (dedup window ±{self.window_days} day(s))",
            f"events in multi-article clusters: {self.multi_article_share:.1%}",
        ]
        if self.top_dyads:
            lines.append("top dyads (source -> target: events, clusters, Goldstein sum)")
            for s, t, n, c, g in self.top_dyads:
                lines.append(f"  {s or '-':<12} -> {t or '-':<12} {n:>7,} {c:>7,} {g:>9.1f}")
        if self.top_roots:
            lines.append("top CAMEO roots (events, Goldstein sum)")
            for root, name, n, g in self.top_roots:
                lines.append(f"  {root} {(name or '')[:34]:<34} {n:>7,} {g:>9.1f}")
        if self.largest:
            lines.append("largest clusters (articles, mentions: dyad, code, date, place)")
            for cid, s, t, cameo, name, date, country, mentions, _src, arts in self.largest:
                lines.append(f"  #{cid:<7} {arts:>4} {mentions:>5}: {s or '-'} -> {t or '-'} "
                             f"{cameo} {(name or '')[:30]} {date or '-'} {country or ''}".rstrip())
        return "\n".join(lines)


def summarise(con: duckdb.DuckDBPyConnection, n: int = 5) -> Summary:
    (a, e, c, multi, window) = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
        " (SELECT count(*) FROM clusters),"
        " (SELECT coalesce(sum(mentions) FILTER (WHERE articles > 1), 0) FROM clusters),"
        " (SELECT value FROM meta WHERE key = 'dedup.window_days')").fetchall()[0]
    dyads = con.execute(
        "SELECT source_code, target_code, count(*), count(DISTINCT cluster_id),"
        " coalesce(sum(goldstein), 0) FROM events"
        " WHERE source_code IS NOT NULL AND target_code IS NOT NULL"
        " GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT ?", [n]).fetchall()
    roots = con.execute(
        "SELECT cameo_root, count(*), coalesce(sum(goldstein), 0) FROM events"
        " GROUP BY ALL ORDER BY 2 DESC, 1 LIMIT ?", [n]).fetchall()
    names = CameoTable.load()
    largest = [r for r in largest_clusters(con, n).fetchall() if r[-1] > 1]
    return Summary(
        articles=a, events=e, clusters=c, multi_article_share=(multi / e) if e else 0.0,
        window_days=int(window or 0), top_dyads=dyads,
        top_roots=[(r, names.get(r).name if r in names else None, k, g) for r, k, g in roots], largest=largest,
    )
