"""Where events happened: an offline gazetteer, place names in sentences, event locations.

    gaz = Gazetteer.load()                        # built once, then cached on disk
    resolver = PlaceResolver(gaz, nlp)
    ctx = resolver.article_context(text, dateline_places, actor_countries)
    loc = resolver.event_location(sentence, trigger, ctx, (source_iso3, target_iso3))
"""

from __future__ import annotations

from .gazetteer import Gazetteer, Place
from .resolver import GeoContext, PlaceMention, PlaceResolver, to_location

__all__ = ["Gazetteer", "GeoContext", "Place", "PlaceMention", "PlaceResolver", "to_location"]
