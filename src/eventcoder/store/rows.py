"""Records -> flat rows for the store, and the Arrow schemas the writer bulk-inserts with."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import pyarrow as pa

from ..record import Actor, Article, Event

_S = pa.string()
_LIST = pa.list_(pa.string())

EVENT_SCHEMA = pa.schema([
    ("event_id", _S), ("article_id", _S), ("seq", pa.int64()), ("sentence_index", pa.int32()),
    ("sentence_text", _S), ("date", pa.date32()), ("date_method", _S), ("date_precision", _S),
    ("article_date", pa.date32()),
    *[(f"{side}_{f}", t) for side in ("source", "target") for f, t in (
        ("code", _S), ("country", _S), ("sector", _S), ("sectors", _LIST), ("text", _S),
        ("name", _S), ("rule", _S))],
    ("cameo", _S), ("cameo_root", _S), ("cameo_name", _S), ("quad_class", pa.int32()),
    ("goldstein", pa.float64()), ("plover_type", _S), ("plover_mode", _S), ("plover_context", _LIST),
    ("trigger_text", _S), ("trigger_start", pa.int32()), ("trigger_end", pa.int32()),
    ("location_name", _S), ("location_country", _S), ("location_admin1", _S),
    ("location_lat", pa.float64()), ("location_lon", pa.float64()), ("location_feature", _S),
    ("location_method", _S), ("location_geonameid", pa.int64()), ("location_precision", _S),
    ("confidence", pa.float64()), ("modality", _S), ("news_source", _S), ("url", _S),
    ("cluster_id", pa.int64()), ("extra", _S),
])

ARTICLE_SCHEMA = pa.schema([
    ("id", _S), ("seq", pa.int64()), ("text_hash", _S), ("title", _S), ("date", pa.date32()),
    ("source", _S), ("url", _S), ("origin", _S), ("coder_version", _S),
    ("ingested_at", pa.timestamp("us")), ("run_id", pa.int64()), ("n_chars", pa.int32()),
    ("n_events", pa.int32()),
])


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def to_date(value: str | None) -> dt.date | None:
    """ISO day, month (`2017-12`) or year (`2017`) -> the first day it covers; else None."""
    if not value:
        return None
    s = str(value)[:10]
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        if len(s) == 7:
            return dt.date.fromisoformat(s + "-01")
        if len(s) == 4:
            return dt.date(int(s), 1, 1)
    except ValueError:
        return None
    return None


def _actor(prefix: str, actor: Actor | None, row: dict[str, Any]) -> None:
    if actor is None:
        for f in ("code", "country", "sector", "sectors", "text", "name", "rule"):
            row[f"{prefix}_{f}"] = None
        return
    row[f"{prefix}_code"] = actor.code
    row[f"{prefix}_country"] = actor.country
    row[f"{prefix}_sector"] = actor.sector
    row[f"{prefix}_sectors"] = list(actor.sectors) if actor.sectors else None
    row[f"{prefix}_text"] = actor.text
    row[f"{prefix}_name"] = actor.name
    row[f"{prefix}_rule"] = actor.rule


def event_row(event: Event, article: Article, seq: int) -> dict[str, Any]:
    """One `events` row; outlet and url fall back to the article's."""
    row: dict[str, Any] = {
        "event_id": event.event_id, "article_id": event.article_id, "seq": seq,
        "sentence_index": event.sentence_index, "sentence_text": event.sentence_text,
        "date": to_date(event.date), "date_method": event.date_method,
        "date_precision": event.date_precision,
        "article_date": to_date(event.article_date or article.date),
    }
    _actor("source", event.source, row)
    _actor("target", event.target, row)
    loc = event.location
    row.update({
        "cameo": event.cameo, "cameo_root": event.cameo_root, "cameo_name": event.cameo_name,
        "quad_class": event.quad_class, "goldstein": event.goldstein,
        "plover_type": event.plover.type, "plover_mode": event.plover.mode,
        "plover_context": list(event.plover.context),
        "trigger_text": event.trigger.text, "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_admin1": loc.admin1 if loc else None,
        "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
        "location_feature": loc.feature if loc else None,
        "location_method": loc.method if loc else None,
        "location_geonameid": loc.geonameid if loc else None,
        "location_precision": loc.precision if loc else None,
        "confidence": event.confidence, "modality": event.modality,
        "news_source": event.news_source or article.source, "url": event.url or article.url,
        "cluster_id": None,
        "extra": json.dumps(event.extra, ensure_ascii=False, default=str) if event.extra else None,
    })
    return row


def article_row(article: Article, seq: int, coder_version: str, ingested_at: dt.datetime,
                run_id: int, n_events: int) -> dict[str, Any]:
    return {
        "id": article.id, "seq": seq, "text_hash": text_hash(article.text), "title": article.title,
        "date": to_date(article.date), "source": article.source, "url": article.url,
        "origin": article.origin, "coder_version": coder_version, "ingested_at": ingested_at,
        "run_id": run_id, "n_chars": len(article.text), "n_events": n_events,
    }


def table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)
