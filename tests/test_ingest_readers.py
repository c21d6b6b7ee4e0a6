"""Readers: every input form, and every way input can be bad without stopping the run."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from eventcoder.errors import InputError, InputWarning
from eventcoder.ingest.readers import iter_inputs
from eventcoder.record import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def read(*paths, **kw) -> list[Article | InputError]:
    return list(iter_inputs([str(p) for p in paths], **kw))


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def problems(items) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


# --- JSONL ---------------------------------------------------------------------------


def test_jsonl_good_rows_become_articles_with_metadata():
    items = read(FIXTURES / "rows.jsonl")
    by_id = {a.id: a for a in articles(items)}
    first = by_id["w1"]
    assert first.date == "2019-03-04"
    assert first.source == "Wire One"
    assert first.title == "Ministers meet in Valletta"
    assert first.url == "https://example.org/w1"
    assert first.text.startswith("VALLETTA (Reuters) - Foreign ministers")
    assert first.origin == f"{FIXTURES / 'rows.jsonl'}:1"
    # "March 5, 2019" and "2019/3/6" are normalised to ISO
    no_id = next(a for a in articles(items) if a.title == "No id here")
    assert no_id.date == "2019-03-05"
    assert no_id.id == Article.text_id(no_id.text)  # no id: a hash of the text
    assert no_id.origin.endswith("rows.jsonl:3")  # line numbers count the blank line
    assert by_id["7"].date == "2019-03-06"  # numeric id written out


def test_jsonl_empty_text_is_an_article_not_an_error():
    items = read(FIXTURES / "rows.jsonl")
    empty = next(a for a in articles(items) if a.id == "7")
    assert empty.text == ""
    assert not any(e.line == 4 for e in problems(items))


def test_jsonl_bad_rows_are_reported_by_line_and_reading_goes_on():
    items = read(FIXTURES / "rows.jsonl")
    errors = {e.line: e for e in problems(items) if not isinstance(e, InputWarning)}
    assert set(errors) == {5, 6, 7, 8}
    assert "malformed JSON" in errors[5].message
    assert "not an object" in errors[6].message and "array" in errors[6].message
    assert errors[7].message == "missing 'text' field"
    assert "must be a string" in errors[8].message and "number" in errors[8].message
    assert str(errors[5]).startswith(f"{FIXTURES / 'rows.jsonl'}:5: ")
    # rows after the bad ones are still read
    assert {"baddate", "vague"} <= {a.id for a in articles(items)}


@pytest.mark.parametrize(
    "article_id,value,line", [("baddate", "2017-13-45", 9), ("vague", "yesterday-ish", 10)]
)
def test_invalid_date_warns_with_file_line_and_value_and_nulls_the_date(article_id, value, line):
    items = read(FIXTURES / "rows.jsonl", default_date="2020-01-01")
    article = next(a for a in articles(items) if a.id == article_id)
    assert article.date is None  # never guessed, not even from --date
    warning = next(w for w in items if isinstance(w, InputWarning) and w.line == line)
    assert value in warning.message
    assert str(warning).startswith(f"{FIXTURES / 'rows.jsonl'}:{line}:")
    assert items.index(warning) < items.index(article)


def test_default_date_fills_only_missing_dates(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Troops left the town."})
        + "\n"
        + json.dumps({"id": "b", "date": "", "text": "Aid arrived."})
        + "\n"
        + json.dumps({"id": "c", "date": "2016-05-04", "text": "Talks resumed."})
        + "\n"
    )
    dates = {a.id: a.date for a in articles(read(path, default_date="2017/12/1"))}
    assert dates == {"a": "2017-12-01", "b": "2017-12-01", "c": "2016-05-04"}


def test_invalid_default_date_is_refused_at_once():
    with pytest.raises(InputError, match="not a valid date"):
        read(FIXTURES / "rows.jsonl", default_date="2017-02-30")


def test_gzipped_jsonl_is_read_and_a_truncated_last_row_reported():
    items = read(FIXTURES / "nested" / "wire.jsonl.gz")
    assert [a.id for a in articles(items)] == ["gz0", "gz1", "gz2"]
    assert articles(items)[2].text.startswith("NAIROBI (AP) —")  # UTF-8 kept
    [error] = problems(items)
    assert error.line == 4 and "malformed JSON" in error.message


def test_corrupt_gzip_stops_that_file_only(tmp_path):
    bad = tmp_path / "a_bad.jsonl.gz"
    bad.write_bytes(b"this is not gzip data at all\n")
    truncated = tmp_path / "b_truncated.jsonl.gz"
    blob = gzip.compress(
        b"".join(
            json.dumps({"id": f"r{i}", "text": "Strikers blocked the port. " * 20}).encode() + b"\n"
            for i in range(200)
        )
    )
    truncated.write_bytes(blob[: len(blob) // 2])
    good = tmp_path / "c_good.jsonl"
    good.write_text(json.dumps({"id": "ok", "text": "Voters went to the polls."}) + "\n")
    items = read(tmp_path)
    errors = problems(items)
    assert any(e.path == str(bad) and "cannot read" in e.message for e in errors)
    assert any(e.path == str(truncated) and "cannot read" in e.message for e in errors)
    assert any(a.id == "r0" for a in articles(items))  # rows before the cut are kept
    assert articles(items)[-1].id == "ok"


def test_gzip_data_in_a_plain_jsonl_file_gets_a_hint(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(gzip.compress(b'{"text": "x"}\n'))
    [error] = read(path)
    assert "gzip" in error.message and ".jsonl.gz" in error.message


def test_nul_bytes_in_a_jsonl_row_fail_that_row_only(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "Talks opened in Doha."}\n'
        b'{"id": "b", "text": "bro\x00ken"}\n'
        b'{"id": "c", "text": "Talks closed in Doha."}\n'
    )
    items = read(path)
    assert [a.id for a in articles(items)] == ["a", "c"]
    [error] = problems(items)
    assert error.line == 2 and "NUL" in error.message


def test_invalid_utf8_row_falls_back_to_cp1252_with_one_warning(tmp_path):
    path = tmp_path / "latin.jsonl"
    rows = ['{"id": "a", "text": "Le café ferme."}', '{"id": "b", "text": "Liège vote."}']
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1252"))
    items = read(path)
    assert [a.text for a in articles(items)] == ["Le café ferme.", "Liège vote."]
    [warning] = problems(items)
    assert isinstance(warning, InputWarning)
    assert warning.line == 1
    assert "byte 27" in warning.message and "cp1252" in warning.message


# --- CSV -----------------------------------------------------------------------------


def test_csv_rows_multiline_fields_and_a_broken_row():
    path = FIXTURES / "table.csv"
    items = read(path)
    got = {a.id: a for a in articles(items)}
    assert list(got) == ["c1", "c3", "c4"]
    assert got["c1"].text == "Chile and Peru agreed to resume talks, officials said."
    assert got["c1"].origin == f"{path}:2"
    assert got["c3"].date == "2020-01-15"  # "15 January 2020"
    assert "\n\nSecond paragraph" in got["c3"].text
    assert got["c4"].text == "" and got["c4"].date is None and got["c4"].origin == f"{path}:7"
    [error] = problems(items)
    assert error.line == 3 and error.message == "row has 4 fields, header has 5"


def test_csv_without_text_column_is_refused(tmp_path):
    path = tmp_path / "meta.csv"
    path.write_text("id,date,body\n1,2020-01-01,hello\n")
    [error] = read(path)
    assert error.line == 1 and "'text' column" in error.message


def test_csv_with_bom_and_huge_field(tmp_path):
    path = tmp_path / "big.csv"
    text = "Delegates debated the budget. " * 5_000  # 150k chars: over csv's default 131,072
    path.write_bytes(b"\xef\xbb\xbfid,text\n" + f'big,"{text}"\n'.encode())
    [article] = read(path)
    assert article.id == "big" and article.text == text


# --- plain text ----------------------------------------------------------------------


def test_txt_id_date_from_file_name_and_source_from_dateline():
    [article] = read(FIXTURES / "nested" / "harbour_talks_2019-03-04.txt")
    assert article.id == "harbour_talks_2019-03-04"
    assert article.date == "2019-03-04"
    assert article.source == "Reuters"
    assert article.origin == str(FIXTURES / "nested" / "harbour_talks_2019-03-04.txt")


def test_txt_date_from_a_dateline_only_when_it_has_a_year():
    [article] = read(FIXTURES / "undated.txt")
    assert article.date == "2021-12-02" and article.source == "AFP"


def test_txt_default_date_wins(tmp_path):
    [article] = read(
        FIXTURES / "nested" / "harbour_talks_2019-03-04.txt", default_date="2019-03-09"
    )
    assert article.date == "2019-03-09"
    path = tmp_path / "story.txt"
    path.write_text("LIMA (Reuters) - Peru's congress voted on Thursday.")
    assert read(path)[0].date is None  # no date anywhere: None, never today


def test_binary_file_is_not_text():
    [error] = read(FIXTURES / "image.txt")
    assert "not a text file" in error.message and "NUL" in error.message
    assert error.line is None


def test_cp1252_txt_decodes_with_a_warning_naming_the_byte():
    warning, article = read(FIXTURES / "cafe_cp1252.txt")
    assert isinstance(warning, InputWarning)
    assert "byte 7" in warning.message and "0xe9" in warning.message
    assert article.text.startswith("The café owner said “we will reopen”")


def test_article_over_max_chars_is_an_error(tmp_path):
    (tmp_path / "long.txt").write_text("word " * 101)
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"id": "long", "text": "x" * 600})
        + "\n"
        + json.dumps({"id": "short", "text": "Rain fell."})
        + "\n"
    )
    items = read(tmp_path, max_chars=500)
    messages = {(e.path.rsplit("/", 1)[-1], e.line): e.message for e in problems(items)}
    assert messages[("long.txt", None)] == "article too large: 505 chars, limit 500"
    assert messages[("rows.jsonl", 1)] == "article too large: 600 chars, limit 500"
    assert [a.id for a in articles(items)] == ["short"]


def test_txt_exactly_at_and_over_the_limit(tmp_path):
    (tmp_path / "a.txt").write_text("é" * 50)  # 50 chars, 100 bytes
    (tmp_path / "b.txt").write_text("é" * 51)
    items = read(tmp_path, max_chars=50)
    assert [a.id for a in articles(items)] == ["a"]
    assert problems(items)[0].message == "article too large: 51 chars, limit 50"


def test_a_row_too_long_to_read_is_skipped_without_loading_it(tmp_path):
    path = tmp_path / "rows.jsonl"
    with path.open("w") as f:
        f.write(json.dumps({"id": "huge", "text": "y" * 1_200_000}) + "\n")
        f.write(json.dumps({"id": "after", "text": "The port reopened."}) + "\n")
    items = read(path, max_chars=30)  # rows over ~1 MB are not even read
    assert [a.id for a in articles(items)] == ["after"]
    [error] = problems(items)
    assert error.line == 1 and error.message.startswith("article too large: row over")


# --- paths, directories, stdin -------------------------------------------------------


def test_missing_file_and_unknown_extension():
    items = read(FIXTURES / "nope.jsonl", FIXTURES / "notes.md", FIXTURES / "undated.txt")
    assert [type(i) for i in items] == [InputError, InputError, Article]
    assert items[0].message == "no such file"
    assert "unknown input type" in items[1].message


def test_directory_is_read_recursively_in_sorted_order():
    items = read(FIXTURES)
    origins = [a.origin.replace(str(FIXTURES) + "/", "") for a in articles(items)]
    files = list(dict.fromkeys(o.split(":")[0] for o in origins))
    assert files == [
        "cafe_cp1252.txt",
        "rows.jsonl",
        "table.csv",
        "undated.txt",
        "nested/harbour_talks_2019-03-04.txt",
        "nested/wire.jsonl.gz",
    ]
    assert not any("notes.md" in str(e) for e in problems(items))  # skipped, not an error


def test_empty_directory_warns(tmp_path):
    [warning] = read(tmp_path)
    assert isinstance(warning, InputWarning) and "no " in warning.message


def test_stdin_jsonl_after_blank_lines():
    data = b"\n  \n" + b'{"id": "s1", "text": "Envoys met in Oslo."}\n{"broken\n'
    items = list(iter_inputs(["-"], stdin=io.BytesIO(data)))
    assert items[0].id == "s1" and items[0].origin == "<stdin>:3"
    assert isinstance(items[1], InputError) and items[1].line == 4


def test_stdin_plain_text_is_one_article():
    data = "\nBEIRUT (AP) — Lebanon's cabinet met on Sunday.\n\nIt agreed a budget.\n"
    items = list(iter_inputs(["-"], default_date="2019-01-06", stdin=io.BytesIO(data.encode())))
    [article] = items
    assert article.text == data
    assert article.id == Article.text_id(data)
    assert article.date == "2019-01-06" and article.source == "AP"
    assert article.origin == "<stdin>"


def test_stdin_binary_is_refused():
    [error] = list(iter_inputs(["-"], stdin=io.BytesIO(b"\x00\x01\x02binary")))
    assert "NUL" in error.message


# --- streaming -----------------------------------------------------------------------


def _write_big(path: Path, rows: int) -> None:
    text = "The coalition accused the ministry of delaying the count. " * 30
    lines = (
        json.dumps({"id": f"r{i}", "date": "2018-02-03", "text": text}) + "\n" for i in range(rows)
    )
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt") as f:
            f.writelines(lines)
    elif path.suffix == ".csv":
        with path.open("w") as f:
            f.write("id,date,text\n")
            f.writelines(f'r{i},2018-02-03,"{text}"\n' for i in range(rows))
    else:
        with path.open("w") as f:
            f.writelines(lines)


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz", "big.csv"])
def test_large_files_are_streamed_not_loaded(tmp_path, name):
    path = tmp_path / name
    _write_big(path, rows=3_000)  # about 5 MB of text
    tracemalloc.start()
    try:
        count = 0
        for item in iter_inputs([str(path)]):
            assert isinstance(item, Article)
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 3_000
    assert peak < 1_000_000, f"peak {peak} bytes: the file was not streamed"


# --- the shared corpora (real data) --------------------------------------------------


@pytest.mark.shared
def test_shared_reuters_corpus_reads_cleanly():
    path = SHARED / "data" / "corpora" / "reuters_politics_2017.jsonl.gz"
    if not path.exists():
        pytest.skip(f"../shared corpus not found at {path}")
    items = read(path)
    assert problems(items) == []
    assert len(items) == 1008
    assert all(a.date and a.date.startswith("2017-") for a in items)
