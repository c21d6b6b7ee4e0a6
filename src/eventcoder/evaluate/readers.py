"""Gold readers: one function per format, each returning a `GoldSet`.

    plover-gsr        PLOVER_GSR_CAMEO.txt (JSON array; old 0.5 labels mapped)
    petrarch-xml      PETRARCH validation / unit-test XML (<Sentence>, <EventCoding>, <Text>)
    conflibert-class  TSV: sentence TAB PentaClass label 0-4
    conflibert-ner    CoNLL-style "token TAG" lines (B-S/I-S source, B-T/I-T target, B-R/I-R both)
    jsonl             our own format, documented in docs/gold-format.md

`read_gold(path, fmt="auto")` dispatches; `detect_format(path)` guesses from name and content.
Malformed input raises `InputError(path, line, message)`.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..tables import CameoTable
from . import codes
from .gold import GoldActor, GoldEvent, GoldItem, GoldSet
from .readers_conll import read_conflibert_ner
from .readers_xml import read_petrarch_xml

# The GSR readme: "All date fields are set to 2000-01-01". Not a real date: passing it on would
# make the resolver's dated roles (who was president when) wrong for most sentences.
PLOVER_PLACEHOLDER_DATE = "2000-01-01"

FORMATS = ("plover-gsr", "petrarch-xml", "conflibert-class", "conflibert-ner", "jsonl")


def _open_text(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def detect_format(path: str | Path) -> str:
    """Guess the gold format from the file name, then from its first few KB."""
    p = Path(path)
    name = p.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    if name.endswith(".xml"):
        return "petrarch-xml"
    try:
        with _open_text(p) as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise InputError(str(p), None, f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(str(p), None, "not UTF-8 text") from None
    stripped = head.lstrip()
    if stripped.startswith("[") and ('"eventText"' in head or "PLOVER" in head):
        return "plover-gsr"
    if stripped.startswith("{"):
        return "jsonl"
    if "<Sentence" in head or "<Validation" in head:
        return "petrarch-xml"
    lines = [ln for ln in head.splitlines()[:-1] if ln.strip()][:20]
    if lines and all("\t" in ln and ln.rsplit("\t", 1)[1].strip().isdigit() for ln in lines):
        return "conflibert-class"
    if lines and all(len(ln.split()) == 2 and _is_bio(ln.split()[1]) for ln in lines):
        return "conflibert-ner"
    raise InputError(str(p), None, "cannot tell the gold format; pass --format")


def _is_bio(tag: str) -> bool:
    return tag == "O" or (len(tag) > 2 and tag[:2] in ("B-", "I-"))


def read_gold(path: str | Path, fmt: str = "auto") -> GoldSet:
    p = Path(path)
    if not p.exists():
        raise InputError(str(p), None, "no such file")
    if fmt == "auto":
        fmt = detect_format(p)
    readers = {
        "plover-gsr": read_plover_gsr,
        "petrarch-xml": read_petrarch_xml,
        "conflibert-class": read_conflibert_class,
        "conflibert-ner": read_conflibert_ner,
        "jsonl": read_jsonl,
    }
    if fmt not in readers:
        raise InputError(str(p), None, f"unknown gold format {fmt!r} (one of {', '.join(FORMATS)})")
    return readers[fmt](p)


# ---------------------------------------------------------------- PLOVER GSR

def _iter_json_array(path: Path) -> Iterator[tuple[int, Any]]:
    """(line, element) for each element of a top-level JSON array, so errors name a line."""
    text = path.read_text(encoding="utf-8")
    dec = json.JSONDecoder()
    pos = len(text) - len(text.lstrip())
    if not text.startswith("[", pos):
        raise InputError(str(path), 1, "expected a JSON array")
    pos += 1
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text):
            raise InputError(str(path), text.count("\n", 0, pos) + 1, "unterminated JSON array")
        if text[pos] == "]":
            return
        line = text.count("\n", 0, pos) + 1
        try:
            obj, pos = dec.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), exc.lineno, f"bad JSON: {exc.msg}") from None
        yield line, obj


def _plover_actors(value: Any) -> list[dict]:
    # The GSR has lists of actor objects, but also "" and stray strings where none is given.
    if isinstance(value, list):
        return [a for a in value if isinstance(a, dict) and a.get("code")]
    return []


def _actor_pairs(sources: list[str | None], targets: list[str | None],
                 reciprocal: bool) -> tuple[tuple[str | None, str | None], ...]:
    if not targets and reciprocal and len(sources) > 1:
        # "Jordan and Britain agreed": each side is source and target of the other.
        return tuple((a, b) for i, a in enumerate(sources) for j, b in enumerate(sources) if i != j)
    return tuple((s, t) for s in (sources or [None]) for t in (targets or [None]))


def read_plover_gsr(path: Path) -> GoldSet:
    gold = GoldSet(str(path), "plover-gsr", "events")
    order: list[str] = []
    by_text: dict[str, dict[str, Any]] = {}
    for line, rec in _iter_json_array(path):
        if not isinstance(rec, dict):
            raise InputError(str(path), line, "expected a JSON object")
        label = str(rec.get("event") or "")
        if label.upper() == "DOCUMENT":
            continue
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            gold.skipped.append(f"{line}: {rec.get('id')} has no text")
            continue
        ptype = codes.plover_label(label)
        if ptype is None:
            gold.skipped.append(f"{line}: {rec.get('id')} has unknown event type {label!r}")
            continue
        src, tgt = _plover_actors(rec.get("source")), _plover_actors(rec.get("target"))
        info = rec.get("textInfo")
        markup = str(info.get("markup") or "") if isinstance(info, dict) else str(info or "")
        reciprocal = "SRC/TAR" in markup
        scodes = [codes.normalise_code(a["code"], a.get("sector")) for a in src]
        tcodes = [codes.normalise_code(a["code"], a.get("sector")) for a in tgt]
        event = GoldEvent(
            cameo=None, root=None, plover_type=ptype,
            source_code=scodes[0] if scodes else None,
            target_code=tcodes[0] if tcodes else None,
            source_text=str(src[0].get("actorText") or "") or None if src else None,
            target_text=str(tgt[0].get("actorText") or "") or None if tgt else None,
            alt_pairs=_actor_pairs(scodes, tcodes, reciprocal),
            gold_id=str(rec.get("id") or f"line-{line}"), line=line,
        )
        role = "both" if reciprocal and not tgt else "source"
        actors = [GoldActor(str(a.get("actorText") or ""), codes.normalise_code(a["code"], a.get("sector")),
                            role, a.get("sector")) for a in src]
        actors += [GoldActor(str(a.get("actorText") or ""), codes.normalise_code(a["code"], a.get("sector")),
                             "target", a.get("sector")) for a in tgt]
        slot = by_text.get(text)
        if slot is None:
            order.append(text)
            date = _iso_date(rec.get("date"))
            slot = by_text[text] = {"id": event.gold_id, "date": None if date == PLOVER_PLACEHOLDER_DATE else date,
                                    "events": [], "actors": [], "line": line}
        slot["events"].append(event)
        slot["actors"].extend(a for a in actors if a.text)
    for text in order:
        s = by_text[text]
        gold.items.append(GoldItem(s["id"], text, s["date"], tuple(s["events"]),
                                   actors=tuple(s["actors"]), line=s["line"]))
    return gold


def _iso_date(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- ConfliBERT class TSV

def read_conflibert_class(path: Path) -> GoldSet:
    gold = GoldSet(str(path), "conflibert-class", "class")
    with _open_text(path) as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                raise InputError(str(path), n, "expected 'sentence<TAB>label'")
            text, label = line.rsplit("\t", 1)
            if label.strip() not in ("0", "1", "2", "3", "4"):
                raise InputError(str(path), n, f"label must be 0-4 (PentaClass), got {label!r}")
            gold.items.append(GoldItem(f"class-{n}", text.strip(), None, label=int(label), line=n))
    return gold


# ---------------------------------------------------------------- JSONL (ours)

def _code_list(value: Any, path: Path, n: int, what: str) -> list[str | None]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [codes.normalise_code(value)]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [codes.normalise_code(v) for v in value]
    raise InputError(str(path), n, f"{what} must be a code, a list of codes, or null")


def _jsonl_event(obj: Any, table: CameoTable, path: Path, n: int, item_id: str) -> GoldEvent:
    if not isinstance(obj, dict):
        raise InputError(str(path), n, "each event must be an object")
    cameo = obj.get("cameo")
    if cameo is not None:
        cameo = str(cameo).strip()
        if not (cameo.isdigit() and 2 <= len(cameo) <= 4):
            raise InputError(str(path), n, f"cameo must be a 2-4 digit code, got {cameo!r}")
    plover = obj.get("plover")
    ptype = codes.plover_label(plover) if plover else codes.plover_of_cameo(table, cameo)
    if plover and ptype is None:
        raise InputError(str(path), n, f"unknown PLOVER type {plover!r}")
    if cameo is None and ptype is None:
        raise InputError(str(path), n, "an event needs 'cameo' or 'plover'")
    src = _code_list(obj.get("source"), path, n, "source")
    tgt = _code_list(obj.get("target"), path, n, "target")
    return GoldEvent(
        cameo=cameo, root=cameo[:2] if cameo else None, plover_type=ptype,
        source_code=src[0] if src else None, target_code=tgt[0] if tgt else None,
        source_text=obj.get("source_text"), target_text=obj.get("target_text"),
        alt_pairs=_actor_pairs(src, tgt, False) if len(src) > 1 or len(tgt) > 1 else (),
        gold_id=item_id, line=n,
    )


def read_jsonl(path: Path) -> GoldSet:
    table = CameoTable.load()
    items: list[GoldItem] = []
    kinds: set[str] = set()
    seen: set[str] = set()
    with _open_text(path) as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), n, f"bad JSON: {exc.msg}") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise InputError(str(path), n, "each line must be an object with a 'text' string")
            item_id = str(obj.get("id") or f"line-{n}")
            if item_id in seen:
                raise InputError(str(path), n, f"duplicate id {item_id!r}")
            seen.add(item_id)
            date = obj.get("date")
            if date is not None and _iso_date(date) is None:
                raise InputError(str(path), n, f"date must be ISO YYYY-MM-DD, got {date!r}")
            label = obj.get("label")
            if "events" in obj:
                if not isinstance(obj["events"], list):
                    raise InputError(str(path), n, "'events' must be a list ([] = no event)")
                events = tuple(_jsonl_event(e, table, path, n, item_id) for e in obj["events"])
                kinds.add("events")
            elif label is not None:
                if label not in (0, 1, 2, 3, 4):
                    raise InputError(str(path), n, f"label must be 0-4 (PentaClass), got {label!r}")
                events = ()
                kinds.add("class")
            else:
                raise InputError(str(path), n, "a line needs 'events' (event gold) or 'label' (class gold)")
            actors = tuple(
                GoldActor(e.source_text if side == "source" else e.target_text,
                          e.source_code if side == "source" else e.target_code, side)
                for e in events for side in ("source", "target")
                if (e.source_text if side == "source" else e.target_text)
            )
            items.append(GoldItem(item_id, obj["text"], _iso_date(date), events,
                                  label=label if "events" not in obj else None, actors=actors, line=n))
    if len(kinds) > 1:
        raise InputError(str(path), None, "mixes event lines and label lines; use one kind per file")
    return GoldSet(str(path), "jsonl", kinds.pop() if kinds else "events", items)


__all__ = ["FORMATS", "detect_format", "read_conflibert_class", "read_conflibert_ner",
           "read_gold", "read_jsonl", "read_petrarch_xml", "read_plover_gsr"]
