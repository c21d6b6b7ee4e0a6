"""Non-literal readings of trigger words (figurative.tsv, docs/coding-rules.md "Figurative
triggers"): figurative violence, wishes, other senses of "charge", "capture", "demonstrate",
"deploy", and force words with abstract doers. Sentences written for these tests; each
category also has a literal sentence that must keep its code."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.framing import Figures

FORCE = {"18", "19", "20"}


def _roots(events) -> set[str]:
    return {c[:2] for c, _, _ in events}


@pytest.mark.parametrize("text", [
    "The two governments are locked in a diplomatic battle over the islands.",
    "Germany and Turkey waged a war of words over the rally ban.",
    "The British government declared war on obesity.",
    "The Indian prime minister captured the imagination of voters.",
    "Democrats are holding the budget hostage.",
    "The Turkish president bombed in the polls after the speech.",
    "The opposition party is fighting for votes in the north.",
    "The Labour Party has been fighting to stop the closure of the hospital.",
    "The Scottish and UK governments clashed over a second referendum.",
    "The new policy attacks the rights of the poor, the Democratic senator said.",
    "The parents crossed the border without papers.",
])
def test_figurative_violence_is_no_force(code, text):
    events = code(text)
    assert not _roots(events) & FORCE, events


@pytest.mark.parametrize("text, root", [
    ("Trump attacked the loyalty of the intelligence agencies.", "11"),
    ("The president launched a fierce attack on the agency's credibility.", "11"),
    ("Senator Smith hit out at the Prime Minister over the budget.", "11"),
    ("Merkel shot down the idea of new talks with Britain.", "12"),
    ("The Hungarian government is fighting the EU's refugee quota in court.", "11"),
])
def test_figurative_violence_is_recoded(code, text, root):
    events = code(text)
    assert events and _roots(events) == {root}, events


@pytest.mark.parametrize("text, root", [
    ("Israeli jets bombed a Hamas base in Gaza.", "19"),
    ("Russian troops crossed the border into Ukraine.", "19"),
    ("Police shot dead a gunman in Paris.", "19"),
    ("Syrian rebels fought for control of the town.", "19"),
    ("Militants attacked a market in Maiduguri, killing 20 people.", "18"),
    ("Haftar's forces used missiles to target rebel positions near Benghazi.", "19"),
    ("Taliban fighters stepped up their war against the Afghan government.", "19"),
])
def test_literal_violence_stays(code, text, root):
    assert root in _roots(code(text))


@pytest.mark.parametrize("text", [
    "The Greek government wanted a deal with its creditors.",
    "The Italian prime minister wants the European Commission to be more flexible.",
])
def test_a_wish_is_no_demand(code, text):
    events = code(text)
    assert not _roots(events) & {"10", "02"}, events


def test_a_demand_stays(code):
    assert "10" in _roots(code("The Chinese foreign minister demanded that Japan apologise."))
    # wanting what a demand class names is a negotiating demand (lexicon), not a bare wish
    assert "10" in _roots(code("The Venezuelan government also wants recognition for its assembly."))


def test_charge_in_its_other_senses(code):
    assert not code("The Congress set up a commission charged with monitoring the elections.")
    assert _roots(code("The Kenyan prosecutor charged that the Ugandan interior ministry had hidden the documents.")) == {"11"}
    assert "17" in _roots(code("Police charged a man with the murder of a woman."))


def test_an_accusation_called_absurd_is_denied(code):
    events = code("Moscow branded the accusation absurd.")
    assert [c for c, _, _ in events] == ["016"], events


def test_talks_ended_together_took_place(code):
    events = code("Iran and the European Union ended two days of talks in Vienna on Friday.")
    assert _roots(events) == {"04"}, events
    assert "16" in _roots(code("Iran ended talks with the European Union on Monday."))


def test_showing_and_deploying_what_is_no_force(code):
    assert not code("Thousands of Chileans demonstrated their support for the Palestinian cause.")
    assert "14" in _roots(code("Thousands of students demonstrated against the government in Santiago."))
    assert not code("His actions reinforce European concerns about the Turkish president.")
    assert "15" in _roots(code("NATO deployed 4,000 troops in Poland."))


def test_bad_rows_name_file_and_line(tmp_path: Path):
    path = tmp_path / "figurative.tsv"
    path.write_text("# header\nattack\t19\tobj\tplan\tany\tdrop\tok\nfight\t19\tnope\tx\tany\tdrop\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        Figures.load(path)
    assert "figurative.tsv" in str(err.value) and "3" in str(err.value)


def test_packaged_rows_use_known_codes():
    table = Path(__file__).resolve().parents[1] / "src/eventcoder/tables/cameo.tsv"
    if not table.is_file():
        pytest.skip(f"no CAMEO table at {table}")
    codes = {line.split("\t")[0] for line in table.read_text(encoding="utf-8").splitlines()}
    figures = Figures.load()
    for figs in figures._rows.values():
        for fig in figs:
            assert fig.action in ("drop", "verbal") or fig.action in codes, fig
            assert all(len(r) in (2, 3, 4) and r.isdigit() for r in fig.roots), fig


def test_a_government_fighting_alone_may_be_its_forces(code):
    assert "19" in _roots(code("The Iraqi government has been fighting in Mosul for months."))
