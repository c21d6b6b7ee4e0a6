"""Every export is read back: GDELT (61 columns, types), Parquet (pyarrow, DuckDB), CSV, PLOVER."""

from __future__ import annotations

import csv
import json

import duckdb
import pyarrow.parquet as pq
import pytest
from store_support import same_event_reports

from eventcoder.errors import StoreError
from eventcoder.store import EventStore
from eventcoder.store.gdelt import COLUMNS, TYPES


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("x") / "x.duckdb"
    with EventStore(path) as store:
        store.write(same_event_reports(), "v1")
    return path


@pytest.fixture
def store(db):
    with EventStore(db, read_only=True) as s:
        yield s


def test_gdelt_layout(store, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    n = store.export("gdelt", out)
    assert n == store.counts()["clusters"] == 5
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert len(COLUMNS) == 61 and COLUMNS[0] == "GLOBALEVENTID" and COLUMNS[-1] == "SOURCEURL"
    assert COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    # typed read, as a GDELT loader would do it
    con = duckdb.connect()
    cols = "{" + ", ".join(f"'{c}': '{TYPES[c]}'" for c in COLUMNS) + "}"
    rows = con.execute(f"SELECT * FROM read_csv('{out}', delim='\t', header=false, quote='',"
                       f" columns={cols}) ORDER BY NumArticles DESC, GLOBALEVENTID").fetchall()
    top = dict(zip(COLUMNS, rows[0]))
    assert top["SQLDATE"] == 20171201 and top["MonthYear"] == 201712 and top["Year"] == 2017
    assert 2017.91 < top["FractionDate"] < 2017.92
    assert (top["Actor1Code"], top["Actor1CountryCode"], top["Actor1Type1Code"]) == ("VENGOV", "VEN", "GOV")
    assert (top["Actor2Code"], top["Actor2CountryCode"]) == ("USAGOV", "USA")
    assert (top["EventCode"], top["EventBaseCode"], top["EventRootCode"]) == ("112", "112", "11")
    assert (top["QuadClass"], top["GoldsteinScale"]) == (3, -2.0)
    assert (top["NumMentions"], top["NumSources"], top["NumArticles"]) == (4, 2, 3)
    assert top["IsRootEvent"] == 1 and top["AvgTone"] is None
    assert (top["ActionGeo_Type"], top["ActionGeo_FullName"], top["ActionGeo_CountryCode"]) == (4, "Caracas", "VEN")
    assert (top["ActionGeo_Lat"], top["ActionGeo_Long"]) == (10.49, -66.88)
    assert top["Actor1Geo_Type"] == 0 and top["Actor1Geo_FullName"] is None
    assert len(str(top["DATEADDED"])) == 14
    assert top["SOURCEURL"] == "https://example.org/r1"


def test_parquet_read_by_pyarrow_and_duckdb(store, tmp_path):
    for what, n in (("events", 8), ("clusters", 5), ("articles", 4)):
        out = tmp_path / f"{what}.parquet"
        assert store.export("parquet", out, what) == n
        table = pq.read_table(out)
        assert table.num_rows == n
        assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchall()[0][0] == n
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    first = events[0]
    assert first["source_code"] == "VENGOV" and first["plover_context"] == ["economic"]
    assert str(first["date"]) == "2017-12-01"
    clusters = pq.read_table(tmp_path / "clusters.parquet").to_pylist()
    assert max(c["mentions"] for c in clusters) == 4


def test_csv_read_back(store, tmp_path):
    out = tmp_path / "events.csv"
    assert store.export("csv", out, "events") == 8
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8
    assert rows[0]["cameo"] == "112" and rows[0]["plover_context"] == "economic"
    assert rows[0]["sentence_text"].startswith("Sentence 0 of r1")
    out = tmp_path / "clusters.csv"
    assert store.export("csv", out, "clusters") == 5
    typed = duckdb.connect().execute(f"SELECT max(mentions), sum(articles) FROM read_csv('{out}')").fetchall()
    assert typed == [(4, 7)]


def test_plover_jsonl(store, tmp_path):
    out = tmp_path / "events.jsonl"
    n = store.export("plover", out)
    objs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(objs) == 8  # every invented event has a PLOVER type
    first = objs[0]
    assert first["event_type"] == "ACCUSE" and first["context"] == ["economic"]
    assert first["source"] == {"text": "vengov", "code": "VENGOV", "country": "VEN", "sector": "GOV", "name": None}
    assert first["date"] == "2017-12-01" and first["cameo"] == "112" and first["goldstein"] == -2.0
    assert first["evidence"]["sentence"].startswith("Sentence 0 of r1")
    assert first["evidence"]["trigger"] == "blamed" and first["evidence"]["news_source"] == "Reuters"
    assert first["location"]["name"] == "Caracas"
    assert first["cluster_mentions"] == 4 and isinstance(first["cluster_id"], int)
    sourceless = [o for o in objs if o["source"] is None]
    assert len(sourceless) == 1 and sourceless[0]["target"]["code"] == "USAGOV"


def test_export_errors(store, tmp_path):
    with pytest.raises(StoreError, match="format"):
        store.export("xml", tmp_path / "x")
    with pytest.raises(StoreError, match="does not exist"):
        store.export("csv", tmp_path / "missing" / "x.csv")
    with pytest.raises(StoreError, match="one object per event"):
        store.export("plover", tmp_path / "x.jsonl", "clusters")
