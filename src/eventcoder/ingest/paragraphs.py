"""Paragraph spans: the units the coder hands to spaCy one at a time.

Parsing cost and memory grow with the length of what spaCy gets, and some inputs arrive
as one multi-megabyte line. So paragraphs are split on newlines and any paragraph longer
than `max_len` is cut further: at the last sentence end inside the limit, else at the last
whitespace, else (a run with no spaces at all) exactly at the limit.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s")
_SPACE = re.compile(r"\s")
_LOOKBACK = 2_000  # search for a cut point this far back from the limit, then widen


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """End of the last match of `pattern` inside text[lo:hi], searching backwards in
    growing windows so a long cut costs about the distance it looks back."""
    width = _LOOKBACK
    while True:
        window_lo = max(lo, hi - width)
        last = None
        for m in pattern.finditer(text, window_lo, hi):
            last = m.end()
        if last is not None or window_lo == lo:
            return last
        width *= 4


def _cut(text: str, start: int, end: int, max_len: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    while end - start > max_len:
        limit = start + max_len
        cut = _last(_SENTENCE_END, text, start + 1, limit + 1)
        if cut is None:
            cut = _last(_SPACE, text, start + 1, limit + 1)
        if cut is None or cut <= start:
            cut = limit
        piece = _trim(text, start, cut)
        if piece is not None:
            spans.append(piece)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    piece = _trim(text, start, end)
    if piece is not None:
        spans.append(piece)
    return spans


def split_paragraphs(text: str, max_len: int = 10_000) -> list[tuple[int, int]]:
    """(start, end) character spans of the non-blank paragraphs of `text`, whitespace
    trimmed, each at most `max_len` characters long."""
    if max_len < 1:
        raise ValueError(f"max_len must be positive, got {max_len}")
    spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        span = _trim(text, m.start(), m.end())
        if span is None:
            continue
        if span[1] - span[0] <= max_len:
            spans.append(span)
        else:
            spans.extend(_cut(text, span[0], span[1], max_len))
    return spans
