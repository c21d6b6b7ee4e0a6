"""Reader for PETRARCH validation and unit-test records (format `petrarch-xml`).

These files are XML in spirit only: `#` banner lines outside any tag (dropped), `<Sentence .../>`
written self-closing and then closed again with `</Sentence>`, commented-out parses. So they
are scanned, not parsed: comments are blanked (keeping line numbers), each record runs from
one `<Sentence ...>` tag to the next, and its `<EventCoding>` tags and `<Text>` are read
with regular expressions.

- `<EventCoding sourcecode= targetcode= eventcode=>`: one gold event each.
- `<EventCoding noevents="True">` or no coding at all: the gold says no event.
- `<EventCoding error="...">` (discards, bad parses, datelines): the record is skipped.
- `date="YYYYMMDD"` (also `YYMMDD`); anything else gives date None.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from ..errors import InputError
from ..tables import CameoTable
from . import codes
from .gold import GoldEvent, GoldItem, GoldSet

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BANNER = re.compile(r"^[ \t]*#.*$", re.MULTILINE)  # "#" lines outside any tag
_BEGIN = re.compile(r"<Sentences\s*>")
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>")
_END = re.compile(r"</Sentences\s*>")
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_ATTR = re.compile(r"""([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_SPACE = re.compile(r"\s+")


def _blank(match: re.Match) -> str:
    # Keep the newlines so that offsets still give the right line numbers.
    return "\n" * match.group(0).count("\n")


def _attrs(s: str) -> dict[str, str]:
    return {m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(s)}


def _date(value: str | None) -> str | None:
    v = (value or "").strip()
    if not v.isdigit():
        return None
    if len(v) == 8:
        y, m, d = int(v[:4]), int(v[4:6]), int(v[6:])
    elif len(v) == 6:
        yy = int(v[:2])
        y, m, d = (2000 + yy if yy < 70 else 1900 + yy), int(v[2:4]), int(v[4:])
    else:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _code(value: str | None) -> str | None:
    v = (value or "").strip().strip('"').strip()
    return codes.normalise_code(v) if v else None


def read_petrarch_xml(path: Path) -> GoldSet:
    gold = GoldSet(str(path), "petrarch-xml", "events")
    table = CameoTable.load()
    try:
        text = _BANNER.sub("", _COMMENT.sub(_blank, path.read_text(encoding="utf-8")))
    except UnicodeDecodeError:
        raise InputError(str(path), None, "not UTF-8 text") from None
    begin = _BEGIN.search(text)
    starts = list(_SENTENCE.finditer(text, begin.end() if begin else 0))
    if not starts:
        raise InputError(str(path), None, "no <Sentence> records found")
    end_all = _END.search(text)
    seen: dict[str, int] = {}
    for k, m in enumerate(starts):
        stop = starts[k + 1].start() if k + 1 < len(starts) else (end_all.start() if end_all else len(text))
        body = text[m.end():stop]
        line = text.count("\n", 0, m.start()) + 1
        attrs = _attrs(m.group(1))
        sid = attrs.get("id") or f"line-{line}"
        if sid in seen:  # the unit-test file reuses a few ids
            seen[sid] += 1
            sid = f"{sid}#{seen[sid]}"
        else:
            seen[sid] = 1
        tm = _TEXT.search(body)
        if tm is None:
            raise InputError(str(path), line, f"record {sid} has no <Text>")
        sentence = _SPACE.sub(" ", html.unescape(tm.group(1))).strip()
        events: list[GoldEvent] = []
        skip = None
        for cm in _CODING.finditer(body):
            ca = _attrs(cm.group(1))
            cline = text.count("\n", 0, m.end() + cm.start()) + 1
            if "error" in ca:
                skip = f"{cline}: {sid} skipped (error={ca['error']!r})"
                break
            if ca.get("noevents", "").lower() == "true":
                continue
            cameo = (ca.get("eventcode") or "").strip()
            if not cameo[:2].isdigit():  # the unit tests have made-up codes like "174K"
                raise InputError(str(path), cline, f"EventCoding without a CAMEO eventcode in {sid}")
            events.append(GoldEvent(
                cameo=cameo, root=cameo[:2], plover_type=codes.plover_of_cameo(table, cameo),
                source_code=_code(ca.get("sourcecode")), target_code=_code(ca.get("targetcode")),
                gold_id=sid, line=cline,
            ))
        if skip:
            gold.skipped.append(skip)
            continue
        if attrs.get("evaluate", "true").lower() == "false":
            gold.skipped.append(f"{line}: {sid} skipped (evaluate=false)")
            continue
        gold.items.append(GoldItem(sid, sentence, _date(attrs.get("date")), tuple(events), line=line))
    return gold
