"""`eventcoder actor`: one phrase, or JSON Lines / plain lines from stdin, in order."""

from __future__ import annotations

import io
import json

from actors_support import FIXTURES

from eventcoder.cli import main


def test_one_phrase_prints_code_country_sectors_name_rule(capsys):
    status = main(["actor", "Venezuela's opposition-led congress", "--data-dir", str(FIXTURES)])
    out = capsys.readouterr().out.strip().split("\t")
    assert status == 0
    assert out[1:5] == ["VENLEG", "VEN", "LEG|OPP", "-"] and "opposition-led" in out[5]


def test_date_and_context_options(capsys):
    main(["actor", "Trump", "--date", "2022-03-01", "--data-dir", str(FIXTURES)])
    assert "\tUSAELI\t" in capsys.readouterr().out
    main(["actor", "the government", "--context", "Riot police in Caracas fired tear gas.",
          "--data-dir", str(FIXTURES), "--json"])
    assert json.loads(capsys.readouterr().out)["code"] == "VENGOV"


def test_json_lines_from_stdin_in_order(capsys, monkeypatch):
    lines = [
        json.dumps({"text": "Trump", "date": "2017-12-01"}),
        "an American destroyer",
        json.dumps({"text": "Trump", "date": "2022-06-01"}),
        json.dumps({"text": "the opposition", "context": "Venezuela"}),
        "violence",
        json.dumps({"text": "Trump", "date": "June 2022"}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    status = main(["actor", "--json", "-", "--data-dir", str(FIXTURES)])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o.get("code") for o in out] == ["USAGOV", "USAMIL", "USAELI", "VENOPP", None, None]
    assert out[0]["name"] == "Donald Trump" and out[0]["sectors"] == ["GOV"] and out[0]["rule"]
    assert set(out[1]) == {"code", "country", "sectors", "name", "rule"}
    assert "June 2022" in out[5]["error"] and status == 1


def test_user_actor_files(capsys, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("GRAND_DUKE_OTTO [DEUELI]\n", encoding="utf-8")
    main(["actor", "grand duke otto", "--actors", str(mine), "--data-dir", str(FIXTURES), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert out["code"] == "DEUELI" and out["rule"] == "mine.txt:GRAND DUKE OTTO"


def test_bad_actor_file_is_a_clean_error(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("NO_CODE_HERE\n", encoding="utf-8")
    status = main(["actor", "x", "--actors", str(bad), "--data-dir", str(FIXTURES)])
    assert status == 2 and "bad.txt:1" in capsys.readouterr().err
