"""Actors: who is who in the news, on the date of the article.

    kb = ActorKB.load(extra_files=("my_actors.txt",))      # data files, once
    resolver = ActorResolver(kb, nlp, registry=PersonRegistry())
    article = resolver.for_article(docs, offsets, pub_date, dateline_places)
    article.resolve(head_token, speaker=None) -> list[Actor]
    resolver.resolve_text("Venezuela's opposition-led congress") -> Actor(code="VENLEG", ...)

Modules: `kb` (loading, name index) with `tsv` and `petrarch` readers, `matcher` (spaCy phrase
matchers), `resolver` (entry points), `context` (per-article state) with `article_people`,
`people` (title introductions), `phrases` (noun-phrase reading), `compose`, `coref`
(pronouns), `registry` (people learned across articles).
"""

from __future__ import annotations

__all__ = ["ActorKB", "ActorResolver", "ArticleActors", "PersonRegistry"]


def __getattr__(name: str):
    # spaCy is imported only when the resolver is asked for.
    if name == "ActorKB":
        from .kb import ActorKB

        return ActorKB
    if name == "ActorResolver":
        from .resolver import ActorResolver

        return ActorResolver
    if name == "ArticleActors":
        from .context import ArticleActors

        return ArticleActors
    if name == "PersonRegistry":
        from .registry import PersonRegistry

        return PersonRegistry
    raise AttributeError(name)
