"""Read articles from files, directories and stdin, one at a time.

`iter_inputs` streams: JSONL (plain or gzipped) and CSV are read a row at a time, never
whole. Bad input never stops a run: each problem is yielded as an `InputError` naming
file and line (an `InputWarning` when the article is still usable) and reading goes on.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import IO, Any

from eventcoder.dates.publication import date_in_filename, parse_publication_date
from eventcoder.errors import InputError, InputWarning
from eventcoder.ingest.dateline import parse_dateline
from eventcoder.record import Article

Item = Article | InputError
KINDS = (".jsonl.gz", ".jsonl", ".csv", ".txt")  # longest suffix first
STDIN = "-"
STDIN_LABEL = "<stdin>"
_SNIFF_BYTES = 8192
_JSON_OVERHEAD = 6  # a character can take six bytes in JSON ("\u00e9"); bounds a row's size


@dataclass(frozen=True)
class _Options:
    default_date: str | None
    max_chars: int

    @property
    def row_bytes(self) -> int:
        """Longest row worth reading: anything longer holds a text over max_chars."""
        return self.max_chars * _JSON_OVERHEAD + 1_000_000


# News articles run to tens of thousands of characters; anything over 200,000 is not an
# article (a book, a dump, a concatenation) and would hold gigabytes of parses: it is refused
# with its file and line.
MAX_ARTICLE_CHARS = 200_000


def iter_inputs(
    paths: Sequence[str],
    default_date: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Articles from `paths` (files, directories, "-" for stdin), with an `InputError`
    in place of each unreadable file or row. `default_date` fills in missing dates;
    `stdin` replaces sys.stdin's byte stream (for embedding and tests).

    Raises InputError at once if `default_date` itself is not a valid date.
    """
    if default_date is not None:
        parsed = parse_publication_date(default_date)
        if parsed is None:
            raise InputError("--date", None, f"not a valid date: {default_date!r}")
        default_date = parsed.isoformat()
    opts = _Options(default_date, max_chars)
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, opts)
        elif os.path.isdir(path):
            yield from _read_directory(path, opts)
        else:
            yield from _read_path(path, opts)


def input_kind(path: str) -> str | None:
    """The reader for a file name (".jsonl.gz", ".jsonl", ".csv", ".txt"), or None."""
    lower = path.lower()
    return next((k for k in KINDS if lower.endswith(k)), None)


def _read_directory(root: str, opts: _Options) -> Iterator[Item]:
    found = False
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and input_kind(name) is not None:
                found = True
                yield from _read_path(os.path.join(dirpath, name), opts)
    if not found:
        yield InputWarning(root, None, f"no {', '.join(reversed(KINDS))} files in directory")


def _read_path(path: str, opts: _Options) -> Iterator[Item]:
    kind = input_kind(path)
    if kind is None:
        yield InputError(path, None, f"unknown input type (expected {', '.join(KINDS)})")
        return
    if not os.path.exists(path):
        yield InputError(path, None, "no such file")
        return
    try:
        if kind == ".txt":
            stem = os.path.basename(path)[: -len(".txt")]
            with open(path, "rb") as f:
                yield from _read_text(f, path, opts, stem=stem)
        elif kind == ".jsonl.gz":
            with gzip.open(path, "rb") as f:
                yield from _read_jsonl(_lines(f, path, opts), path, opts)
        else:
            with open(path, "rb") as f:
                lines = _lines(f, path, opts)
                yield from (_read_jsonl if kind == ".jsonl" else _read_csv)(lines, path, opts)
    except OSError as e:  # unreadable, a directory named like a file, ...
        yield InputError(path, None, f"cannot read: {e.strerror or e}")


# --- raw lines: sniffing, size limits, decoding --------------------------------------


@dataclass
class _Line:
    number: int  # 1-based
    text: str | None  # None: the line was unusable and `problem` says why
    problem: InputError | None = None  # an error, or a warning when text is still set


def _sniff(head: bytes) -> str | None:
    """Why `head` (a file's first bytes) is not UTF-8 text, or None if it may be."""
    if head.startswith(b"\x1f\x8b"):
        return "not a text file: gzip-compressed data (name it .jsonl.gz)"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "not a text file: UTF-16 (re-encode it as UTF-8)"
    nul = head.find(b"\x00")
    if nul != -1 and (b"\n" not in head[:nul] or head.count(b"\x00") * 100 > len(head)):
        return f"not a text file: NUL byte at byte {nul}"
    return None  # a stray NUL in a later row fails only that row


def _decode(
    data: bytes, path: str, line: int | None, offset: int
) -> tuple[str, InputWarning | None]:
    """UTF-8, else cp1252 (what most mis-encoded news copy is) with a warning."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        bad = data[e.start]
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:  # bytes cp1252 leaves undefined: take them as Latin-1
            text = data.decode("latin-1")
        where = f"byte {offset + e.start}"
        return text, InputWarning(
            path, line, f"invalid UTF-8 at {where} (0x{bad:02x}); decoded as cp1252"
        )


def _lines(stream: IO[bytes], path: str, opts: _Options) -> Iterator[_Line]:
    """Decoded lines (with their line ends), each checked for NUL bytes and size; a read
    error (a corrupt or truncated gzip stream) ends the file with an error."""
    peek = getattr(stream, "peek", None)
    number, offset, warned = 0, 0, False
    try:
        head = peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if peek is not None else b""
        problem = _sniff(head)
        if problem is not None:
            yield _Line(1, None, InputError(path, None, problem))
            return
        limit = opts.row_bytes
        while True:
            data = stream.readline(limit)
            if not data:
                return
            number += 1
            start = offset
            offset += len(data)
            if len(data) == limit and not data.endswith(b"\n"):
                while chunk := stream.readline(limit):  # skip the rest of the row
                    offset += len(chunk)
                    if chunk.endswith(b"\n"):
                        break
                message = f"article too large: row over {limit} bytes, limit {opts.max_chars} chars"
                yield _Line(number, None, InputError(path, number, message))
                continue
            if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data, start = data[3:], start + 3  # UTF-8 byte-order mark
            nul = data.find(b"\x00")
            if nul != -1:
                message = f"not text: NUL byte at byte {start + nul}"
                yield _Line(number, None, InputError(path, number, message))
                continue
            text, warning = _decode(data, path, number, start)
            if warning is not None and not warned:
                warned = True  # once per file: every later line would say the same
                yield _Line(number, text, warning)
            else:
                yield _Line(number, text)
    except (OSError, EOFError, zlib.error) as e:
        yield _Line(number + 1, None, InputError(path, number + 1, f"cannot read: {e}"))


# --- formats -------------------------------------------------------------------------


def _read_jsonl(lines: Iterable[_Line], path: str, opts: _Options) -> Iterator[Item]:
    for line in lines:
        if line.problem is not None:
            yield line.problem
        if line.text is None or not line.text.strip():
            continue
        try:
            row = json.loads(line.text.rstrip("\r\n"))
        except json.JSONDecodeError as e:
            yield InputError(path, line.number, f"malformed JSON at column {e.colno}: {e.msg}")
            continue
        except (ValueError, RecursionError) as e:  # a 5,000-digit number, deep nesting
            yield InputError(path, line.number, f"malformed JSON: {e}")
            continue
        if not isinstance(row, dict):
            yield InputError(path, line.number, f"row is a JSON {_json_type(row)}, not an object")
            continue
        yield from _article_from_row(row, path, line.number, opts)


class _CsvSource:
    """Feeds decoded lines to csv.reader, remembering where each record began and any
    line problems met on the way (yielded by the caller after the record)."""

    def __init__(self, lines: Iterable[_Line]):
        self._lines = iter(lines)
        self.first: int | None = None
        self.problems: list[InputError] = []

    def __iter__(self) -> _CsvSource:
        return self

    def __next__(self) -> str:
        while True:
            line = next(self._lines)
            if line.problem is not None:
                self.problems.append(line.problem)
            if line.text is not None:
                if self.first is None:
                    self.first = line.number
                return line.text


def _read_csv(lines: Iterable[_Line], path: str, opts: _Options) -> Iterator[Item]:
    # The csv module's field limit is process-wide; raise it once to what any article
    # may need (articles over max_chars are refused below, with their line).
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    source = _CsvSource(lines)
    reader = csv.reader(source)
    header: list[str] | None = None
    while True:
        source.first = None
        try:
            record = next(reader)
        except StopIteration:
            record = None
        except csv.Error as e:
            yield from source.problems
            source.problems.clear()
            yield InputError(path, source.first, f"malformed CSV: {e}")
            continue
        yield from source.problems
        source.problems.clear()
        if record is None:
            break
        line = source.first
        if not record or not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in record]
            if "text" not in header:
                yield InputError(path, line, f"CSV header has no 'text' column: {record!r}")
                return
            continue
        if len(record) != len(header):
            message = f"row has {len(record)} fields, header has {len(header)}"
            yield InputError(path, line, message)
            continue
        row = {name: (value if value != "" else None) for name, value in zip(header, record)}
        if row.get("text") is None:
            row["text"] = ""  # an empty CSV cell is empty text, not a missing field
        yield from _article_from_row(row, path, line, opts)


def _read_text(
    stream: IO[bytes], path: str, opts: _Options, stem: str | None = None, prefix: bytes = b""
) -> Iterator[Item]:
    """One plain-text article (a .txt file, or stdin that is not JSONL)."""
    limit = opts.max_chars * 4 + 3  # UTF-8 takes at most 4 bytes a character, plus a BOM
    data = prefix + stream.read(max(0, limit + 1 - len(prefix)))
    if len(data) > limit:
        size = _size(stream)
        if size is not None:
            message = f"article too large: at least {size // 4} chars, limit {opts.max_chars}"
        else:
            message = f"article too large: over {limit} bytes, limit {opts.max_chars} chars"
        yield InputError(path, None, message)
        return
    problem = _sniff(data[:_SNIFF_BYTES])
    nul = data.find(b"\x00")
    if problem is None and nul != -1:
        problem = f"not a text file: NUL byte at byte {nul}"
    if problem is not None:
        yield InputError(path, None, problem)
        return
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    text, warning = _decode(data[bom:], path, None, bom)
    if warning is not None:
        yield warning
    if len(text) > opts.max_chars:
        yield InputError(
            path, None, f"article too large: {len(text)} chars, limit {opts.max_chars}"
        )
        return
    dateline = parse_dateline(text)
    date = opts.default_date
    if date is None and stem is not None:
        found = date_in_filename(stem)
        date = found.isoformat() if found else None
    if date is None and dateline is not None and dateline.date is not None:
        found = parse_publication_date(dateline.date)  # only when it names the year
        date = found.isoformat() if found else None
    yield Article(
        id=stem if stem else Article.text_id(text),
        text=text,
        date=date,
        source=dateline.source if dateline is not None else None,
        origin=path,
    )


def _size(stream: IO[bytes]) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size or None
    except (OSError, AttributeError, ValueError):  # a pipe or an in-memory stream
        return None


def _read_stdin(stream: IO[bytes], opts: _Options) -> Iterator[Item]:
    """JSONL when the first non-blank character is "{", else one plain-text article."""
    lines = _lines(stream, STDIN_LABEL, opts)
    leading: list[_Line] = []
    for line in lines:
        leading.append(line)
        if line.text is None or line.text.strip():
            break
    first = leading[-1] if leading else None
    if first is not None and first.text is not None and first.text.lstrip().startswith("{"):
        yield from _read_jsonl(chain(leading, lines), STDIN_LABEL, opts)
        return
    yield from (line.problem for line in leading if line.problem is not None)
    if first is not None and first.text is None:  # binary, oversize or unreadable
        return
    prefix = "".join(line.text or "" for line in leading).encode("utf-8")
    yield from _read_text(stream, STDIN_LABEL, opts, prefix=prefix)


# --- rows ----------------------------------------------------------------------------


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {dict: "object", list: "array", str: "string"}.get(type(value), type(value).__name__)


def _scalar(value: Any) -> str | None:
    """A metadata value as a string: numbers are written out, empty means absent."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def _article_from_row(
    row: dict[str, Any], path: str, line: int | None, opts: _Options
) -> Iterator[Item]:
    text = row.get("text")
    if text is None:
        yield InputError(path, line, "missing 'text' field")
        return
    if not isinstance(text, str):
        yield InputError(path, line, f"'text' must be a string, got a JSON {_json_type(text)}")
        return
    if len(text) > opts.max_chars:
        yield InputError(
            path, line, f"article too large: {len(text)} chars, limit {opts.max_chars}"
        )
        return
    for name in ("id", "date", "title", "source", "url"):
        value = row.get(name)
        if isinstance(value, (dict, list)):
            yield InputWarning(path, line, f"'{name}' is a JSON {_json_type(value)}, ignored")
    date = opts.default_date
    written = _scalar(row.get("date"))
    if written is not None:
        parsed = parse_publication_date(written.strip())
        if parsed is None:
            yield InputWarning(path, line, f"invalid date {written!r}; date set to null")
            date = None
        else:
            date = parsed.isoformat()
    yield Article(
        id=_scalar(row.get("id")) or Article.text_id(text),
        text=text,
        date=date,
        title=_scalar(row.get("title")),
        source=_scalar(row.get("source")),
        url=_scalar(row.get("url")),
        origin=f"{path}:{line}" if line is not None else path,
    )
