"""Paragraph spans: newline splitting, trimming, and bounded chunks for huge paragraphs."""

from __future__ import annotations

from itertools import pairwise

import pytest

from eventcoder.ingest.paragraphs import split_paragraphs


def texts(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_split_on_newlines_drop_blanks_and_trim():
    text = "  First para.  \n\n\t\nSecond para.\r\nThird.\n   \n"
    spans = split_paragraphs(text)
    assert texts(text, spans) == ["First para.", "Second para.", "Third."]
    assert spans[0] == (2, 13)


def test_empty_and_blank_text():
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\n\t ") == []


def test_long_paragraph_is_cut_at_sentence_ends():
    sentence = "The council voted to extend the curfew by a week. "
    text = sentence * 40  # 2,000 chars, one line
    spans = split_paragraphs(text, max_len=300)
    pieces = texts(text, spans)
    assert all(len(p) <= 300 for p in pieces)
    assert all(p.endswith("week.") and p.startswith("The council") for p in pieces)
    assert " ".join(pieces) == text.strip()


def test_without_sentence_ends_cut_at_whitespace():
    text = "alpha beta gamma delta " * 50
    spans = split_paragraphs(text, max_len=64)
    pieces = texts(text, spans)
    assert all(0 < len(p) <= 64 for p in pieces)
    assert " ".join(pieces).split() == text.split()  # no word is broken


def test_no_whitespace_at_all_is_cut_hard():
    text = "x" * 1_050
    spans = split_paragraphs(text, max_len=100)
    assert [e - s for s, e in spans] == [100] * 10 + [50]
    assert "".join(texts(text, spans)) == text


def test_five_megabyte_article_without_newlines_becomes_bounded_chunks():
    text = "Rebels shelled the airport. Aid flights were suspended. " * 90_000  # ~5 MB
    spans = split_paragraphs(text)
    assert len(spans) > 40
    assert max(e - s for s, e in spans) <= 100_000
    # spans are in order, disjoint, and together cover every non-space character
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    assert sum(len(text[s:e].replace(" ", "")) for s, e in spans) == len(text.replace(" ", ""))


def test_max_len_must_be_positive():
    with pytest.raises(ValueError):
        split_paragraphs("text", max_len=0)
