"""resolve_event_date on parsed sentences: which expression belongs to which trigger."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import DateResolution, resolve_event_date

PUB = date(2017, 12, 1)  # a Friday


@pytest.fixture(scope="module")
def parse():
    from eventcoder.nlp import load_pipeline

    nlp = load_pipeline()

    def run(text: str, trigger: str):
        doc = nlp(text)
        sent = next(iter(doc.sents))
        tok = next(t for t in sent if t.text == trigger)
        return sent, tok

    return run


def date_of(parse, text: str, trigger: str, pub: date | None = PUB) -> DateResolution:
    sent, tok = parse(text, trigger)
    return resolve_event_date(sent, tok, pub)


def test_weekday_attached_to_trigger(parse):
    r = date_of(parse, "Government and opposition delegates began a new round of talks in the "
                       "Dominican Republic on Friday.", "began")
    assert (r.date, r.method, r.precision, r.text) == ("2017-12-01", "relative", "day", "Friday")


def test_weekday_across_year_boundary(parse):
    r = date_of(parse, "Rebels attacked an army post on Friday.", "attacked", date(2018, 1, 2))
    assert r.date == "2017-12-29"


def test_lower_cased_sentence(parse):
    r = date_of(parse, "the two sides met in geneva last week and will meet again in january .", "met")
    assert (r.date, r.precision, r.method) == ("2017-11-20", "week", "period")


def test_future_expression_used_only_by_its_own_verb(parse):
    text = "The two sides met in Geneva last week and will meet again in January."
    assert date_of(parse, text, "meet").date == "2018-01-01"
    assert date_of(parse, text, "met").date == "2017-11-20"


def test_expression_on_another_verb_is_ignored(parse):
    text = "He was re-elected in October and anticipates a win in elections set for December."
    r = date_of(parse, text, "anticipates")
    assert (r.date, r.method) == ("2017-12-01", "publication")
    r = date_of(parse, text, "elected")
    assert (r.date, r.precision, r.method) == ("2017-10-01", "month", "explicit")


def test_background_period_not_publication_day(parse):
    text = ("The coalition, which failed to oust the president in months of street protests "
            "this year, is now pressing for a fair vote next year.")
    r = date_of(parse, text, "failed")
    assert (r.date, r.precision, r.method) == ("2017-01-01", "year", "period")
    # the main clause keeps the publication date: neither the relative clause's period nor
    # the future "next year" inside its object
    r = date_of(parse, text, "pressing")
    assert (r.date, r.method) == ("2017-12-01", "publication")


def test_date_of_the_reporting_clause_dates_the_report(parse):
    r = date_of(parse, "Officials said on Wednesday that rebels attacked the town.", "attacked")
    assert r.date == "2017-11-29"


def test_relative_clause_date_stays_with_its_verb(parse):
    text = "Maduro, who won re-election in May, said on Tuesday that talks would continue."
    assert date_of(parse, text, "said").date == "2017-11-28"
    assert date_of(parse, text, "won").date == "2017-05-01"


def test_future_year_not_used_for_another_event(parse):
    text = "Opponents accused Maduro, who hopes to win re-election in 2018, of fraud."
    assert date_of(parse, text, "accused").method == "publication"
    assert date_of(parse, text, "win").date == "2018-01-01"


def test_boundary_expression_is_not_the_event_date(parse):
    r = date_of(parse, "Fighting has continued since 2011.", "continued")
    assert r.method == "publication"


@pytest.mark.parametrize("text, trigger, pub, expected", [
    ("Protesters clashed with police yesterday.", "clashed", date(2018, 1, 1), "2017-12-31"),
    ("Protesters clashed with police two days ago.", "clashed", date(2018, 3, 1), "2018-02-27"),
    ("The minister resigned last month.", "resigned", date(2018, 1, 15), "2017-12-01"),
    ("The army launched an offensive in December.", "launched", date(2018, 1, 5), "2017-12-01"),
    ("The treaty was signed on Dec. 3, 2016.", "signed", date(2018, 1, 5), "2016-12-03"),
    ("Turkey shelled the town earlier this year.", "shelled", date(2017, 12, 1), "2017-01-01"),
    ("The ministers will meet on Friday.", "meet", date(2018, 1, 2), "2018-01-05"),
])
def test_forms_in_sentences(parse, text, trigger, pub, expected):
    assert date_of(parse, text, trigger, pub).date == expected


def test_no_date_in_text(parse):
    r = date_of(parse, "The foreign minister condemned the attack.", "condemned")
    assert r == DateResolution("2017-12-01", "publication", "day", None)
    r = date_of(parse, "The foreign minister condemned the attack.", "condemned", None)
    assert r == DateResolution(None, None, None, None)


def test_no_publication_date_but_full_date_in_text(parse):
    r = date_of(parse, "The treaty was signed on Dec. 3, 2016.", "signed", None)
    assert (r.date, r.method) == ("2016-12-03", "explicit")
