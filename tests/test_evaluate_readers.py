"""Gold readers: our own small files in each format, then the real gold files in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED, needs_shared

from eventcoder.errors import InputError
from eventcoder.evaluate import codes
from eventcoder.evaluate.readers import detect_format, read_gold
from eventcoder.evaluate.readers_conll import detokenise

FIX = Path(__file__).resolve().parent / "fixtures" / "gold"
GOLD = SHARED / "data" / "gold"


@pytest.mark.parametrize("name, fmt", [
    ("plover_gsr.txt", "plover-gsr"), ("petrarch.xml", "petrarch-xml"), ("class.tsv", "conflibert-class"),
    ("ner.txt", "conflibert-ner"), ("events.jsonl", "jsonl"),
])
def test_detect_format(name, fmt):
    assert detect_format(FIX / name) == fmt


def test_detect_format_refuses_unknown_text():
    with pytest.raises(InputError, match="cannot tell the gold format"):
        detect_format(FIX / "unknown.txt")


def test_plover_gsr_groups_maps_and_skips():
    g = read_gold(FIX / "plover_gsr.txt")
    assert g.kind == "events"
    # DOCUMENT header dropped, unknown label skipped, two records sharing a text grouped.
    assert [i.id for i in g.items] == ["TEST-GSR-AGREE-0001", "TEST-GSR-COERCE-0001", "TEST-GSR-DEMAND-0001",
                                       "TEST-GSR-FIGHT-0001", "TEST-GSR-PROTEST-0001"]
    assert g.n_events == 6
    assert len(g.skipped) == 1 and "DANCE" in g.skipped[0]
    types = [[e.plover_type for e in i.events] for i in g.items]
    assert types == [["AGREE"], ["COERCE"], ["REQUEST"], ["ASSAULT", "ACCUSE"], ["PROTEST"]]
    agree = g.items[0].events[0]
    # SRC/TAR with no target: each side is the other's target.
    assert set(agree.pairs) == {("NOR", "CHL"), ("CHL", "NOR")}
    assert {a.role for a in g.items[0].actors} == {"both"}
    coerce = g.items[1].events[0]
    assert coerce.pairs == (("BRACOP", "BRACVL"),)
    assert g.items[1].date is None  # the GSR's placeholder date is not passed on
    protest = g.items[4].events[0]
    # legacy JAP -> JPN, ethnic suffix dropped, a stray string target means no target
    assert protest.pairs == (("JPNCVL", None),)
    assert [(a.text, a.code) for a in g.items[3].actors] == [
        ("Rebels", "CODREB"), ("an army convoy", "CODMIL"), ("the army", "CODMIL"), ("Rwanda", "RWA")]


def test_petrarch_xml_is_scanned_not_parsed():
    g = read_gold(FIX / "petrarch.xml")
    assert [i.id for i in g.items] == ["T_1", "T_2", "T_3", "T_5"]
    assert [len(i.events) for i in g.items] == [2, 0, 0, 1]
    assert len(g.skipped) == 2  # error record and evaluate="false"
    t1 = g.items[0]
    assert t1.date == "2017-03-05"
    assert t1.text.startswith("The French prime minister travelled to Rabat on Sunday and said he was")
    assert [(e.cameo, e.root, e.plover_type, e.source_code, e.target_code) for e in t1.events] == [
        ("042", "04", "CONSULT", "FRAGOV", "MAR"), ("036", "03", "AGREE", "FRAGOV", "MAR")]
    assert g.items[1].text == "The weather in Oslo was cold & wet on Sunday."
    t5 = g.items[3]
    assert t5.date == "2017-03-06"  # YYMMDD
    # the coding quoted inside a comment is not read; "---GOV" has no country
    assert [(e.cameo, e.source_code, e.target_code) for e in t5.events] == [("1121", "GOV", "PERGOV")]
    assert t5.events[0].line == 47


def test_petrarch_xml_without_text_names_the_line(tmp_path):
    p = tmp_path / "bad.xml"
    p.write_text('<Sentences>\n<Sentence id="X" date="20200101">\n<EventCoding eventcode="010" />\n</Sentence>\n')
    with pytest.raises(InputError) as exc:
        read_gold(p, "petrarch-xml")
    assert exc.value.line == 2 and "no <Text>" in str(exc.value)


def test_conflibert_class():
    g = read_gold(FIX / "class.tsv")
    assert g.kind == "class"
    assert [i.label for i in g.items] == [4, 1, 0, 3, 2, 4]
    assert g.items[-1].line == 7 and g.items[0].date is None


def test_conflibert_class_bad_label(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_text("A sentence.\t2\nAnother one.\t7\n")
    with pytest.raises(InputError) as exc:
        read_gold(p, "conflibert-class")
    assert exc.value.line == 2


def test_conflibert_ner_spans_and_text():
    g = read_gold(FIX / "ner.txt")
    assert g.kind == "spans" and len(g.items) == 3
    first = g.items[0]
    assert first.text == "Police in Lagos arrested the governor's aide."
    assert [(s.role, s.text) for s in first.spans] == [("source", "Police in Lagos"), ("target", "the governor's aide")]
    for s in first.spans:
        assert first.text[s.start:s.end] == s.text
    second = g.items[1]
    assert second.text == "Kenya and Somalia held cross-border talks on Monday."
    assert [(s.role, s.text) for s in second.spans] == [("both", "Kenya"), ("both", "Somalia")]
    assert g.items[2].text == 'The minister said "peace is near".' and g.items[2].spans == ()


def test_detokenise_offsets():
    text, offs = detokenise(["(", "UN", ")", "said", "it", "isn", "'t", "ready", "."])
    assert text == "(UN) said it isn't ready."
    assert [text[s:e] for s, e in offs] == ["(", "UN", ")", "said", "it", "isn", "'t", "ready", "."]


def test_jsonl_reader():
    g = read_gold(FIX / "events.jsonl")
    assert g.kind == "events" and [i.id for i in g.items] == ["g1", "g2", "g3", "g4", "g5"]
    g1, g2, g3, g4, g5 = g.items
    assert g1.date == "2022-05-02" and g1.events[0].plover_type == "ASSAULT" and g1.events[0].root == "19"
    assert [(a.text, a.code, a.role) for a in g1.actors] == [
        ("Russian troops", "RUSMIL", "source"), ("Ukrainian villages", "UKRCVL", "target")]
    assert len(g2.events) == 2 and g3.events == () and g3.date is None
    assert g4.events[0].cameo is None and g4.events[0].plover_type == "AGREE"
    assert set(g4.events[0].pairs) == {("CHL", None), ("PER", None)}
    assert g5.events[0].target_code is None  # "---": country unknown, nothing else


@pytest.mark.parametrize("line, message", [
    ('{"text": "x", "events": [{"cameo": "1a"}]}', "2-4 digit"),
    ('{"text": "x", "events": [{"plover": "HUG"}]}', "unknown PLOVER type"),
    ('{"text": "x", "events": [{"source": "USA"}]}', "needs 'cameo' or 'plover'"),
    ('{"text": "x"}', "needs 'events'"),
    ('{"text": "x", "date": "05/02/2022", "events": []}', "ISO"),
    ('{"text": "x", "events": [}', "bad JSON"),
])
def test_jsonl_errors_name_the_line(tmp_path, line, message):
    p = tmp_path / "g.jsonl"
    p.write_text('{"text": "fine", "events": []}\n' + line + "\n")
    with pytest.raises(InputError, match=message) as exc:
        read_gold(p)
    assert exc.value.line == 2


def test_actor_code_comparison():
    assert codes.codes_match("IGO", "IGOUNO", "country")  # a bare IGO in the gold means some IGO
    assert not codes.codes_match("IGOUNO", "IGOEUREEC", "country")
    assert codes.codes_match("IGOUNOMIL", "IGOUNO", "country")
    assert not codes.codes_match("IGOUNOMIL", "IGOUNO", "full")
    assert codes.codes_match("---REB", "REB", "full") and codes.country_key("---REB") is None
    assert codes.codes_match("JAP", "JPNGOV", "country")
    assert codes.country_key("CIV") == "CIV"  # Cote d'Ivoire, not a sector
    assert codes.codes_match(None, None, "country") and not codes.codes_match("USA", None, "country")
    assert codes.normalise_code("CIV", "CIVsrp") == "CIVCVL"


def test_pentaclass_and_old_plover_labels():
    assert [codes.pentaclass(f"{r:02d}") for r in range(1, 21)] == [
        0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4]
    assert codes.plover_label("FIGHT") == "ASSAULT" and codes.plover_label("investigate") == "ACCUSE"
    assert codes.plover_label("NOT-A-TYPE") is None


# ---------------------------------------------------------------- the real gold files

@needs_shared
def test_real_plover_gsr():
    g = read_gold(GOLD / "plover" / "PLOVER_GSR_CAMEO.txt")
    assert g.format == "plover-gsr"
    assert g.n_events == 322 and len(g.items) == 316 and not g.skipped
    assert sum(len(i.actors) for i in g.items) == 650
    types = {e.plover_type for i in g.items for e in i.events}
    assert types <= set(codes.PLOVER_TYPES) and len(types) == 16


@needs_shared
def test_real_petr2_validation():
    g = read_gold(GOLD / "petrarch" / "PETR2_GSR_validation.xml")
    assert len(g.items) == 78 and g.n_events == 80
    assert sum(1 for i in g.items if not i.events) == 12  # noevents="True"
    assert g.items[0].date == "2008-08-04"


@needs_shared
def test_real_petrarch_unit_tests():
    g = read_gold(GOLD / "petrarch" / "PETR.UnitTest.records.xml")
    assert len(g.items) == 277 and len(g.skipped) == 7 and g.n_events == 359


@needs_shared
def test_real_conflibert_class():
    g = read_gold(GOLD / "conflibert" / "cameo_class_train.tsv")
    assert len(g.items) == 1349
    assert [sum(i.label == k for i in g.items) for k in range(5)] == [240, 248, 303, 337, 221]


@needs_shared
def test_real_conflibert_ner():
    g = read_gold(GOLD / "conflibert" / "cameo_ner_train.txt")
    assert len(g.items) == 1153 and sum(len(i.spans) for i in g.items) == 2162
    for item in g.items:
        for s in item.spans:
            assert item.text[s.start:s.end] == s.text
