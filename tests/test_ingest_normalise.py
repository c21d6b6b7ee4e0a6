"""Normalising tokenised, lower-cased wire copy without moving any character offset."""

from __future__ import annotations

import pytest

from eventcoder.ingest.normalise import (
    for_parser,
    is_lowercased,
    normalise,
    repair_clitics,
    truecase,
)

WIRE = (
    "lisbon/madrid ( reuters ) - portugal s finance minister said on tuesday that "
    "we ve done our part and it s now up to brussels .\n"
    "i m not worried , he told reporters , adding that they re ready to talk .\n"
    "the u.s. s envoy and u.n. monitors will arrive in july , officials said .\n"
    "we ll see , said one diplomat ... he d rather wait .\n"
    "unions don t accept the plan and won t sign it .\n"
)


@pytest.mark.parametrize(
    "before,after",
    [
        ("venezuela s problems", "venezuela's problems"),
        ("we ve come", "we've come"),
        ("it s a long road", "it's a long road"),
        ("they don t agree", "they don't agree"),
        ("they re here", "they're here"),
        ("i m sure", "i'm sure"),
        ("we ll see", "we'll see"),
        ("he d rather not", "he'd rather not"),
        ("it can t last", "it can't last"),
        ("they won t go", "they won't go"),
        ("the u.s. s allies", "the u.s.'s allies"),
        ("let s talk", "let's talk"),
        ("the party s leader s office", "the party's leader's office"),
        ("at the end , it s done", "at the end , it's done"),
        ("ending with venezuela s", "ending with venezuela's"),
        ("THE ARMY S CHIEF", "THE ARMY'S CHIEF"),
    ],
)
def test_clitics_are_repaired(before, after):
    assert repair_clitics(before) == after
    assert normalise(before).lower() == after.lower()


@pytest.mark.parametrize(
    "text",
    [
        "President Harry S. Truman met the envoy.",
        "harry s. truman met the envoy .",
        "the s in the word is silent .",
        "a s b",
        "Senators John Roe (R., S.D.) and Ann Poe (D., S.C.) objected.",
        "Plan B s variants were rejected.",
        "He said the don of the clan fled.",
        "The Rev. I. M. Smith spoke.",
        "Ties of 4 d and 5 m were measured.",
        "If we re-elect him, they re-enter the race.",
        "Voters said that D.C. should decide; we knew that D.A.R.E. failed.",
    ],
)
def test_things_that_only_look_like_clitics_are_left(text):
    assert repair_clitics(text) == text


def test_ordinary_text_is_untouched():
    text = (
        "KIGALI (Reuters) - Rwanda's president met his Ugandan counterpart on Friday, "
        'the first such meeting in a year. "We\'ve agreed to reopen the border," he said.\n'
        "i.e. the talks went well; the U.N. welcomed them."
    )
    assert normalise(text) == text


def test_normalise_wire_copy():
    out = normalise(WIRE)
    assert len(out) == len(WIRE)
    lines = out.splitlines()
    assert lines[0].startswith("Lisbon/Madrid ( Reuters ) - Portugal's finance minister")
    assert "on Tuesday that we've done our part and it's now up to brussels ." in lines[0]
    assert lines[1].startswith("I'm not worried , he told reporters , adding that they're")
    assert lines[2].startswith("The U.S.'s envoy and U.N. monitors will arrive in July")
    assert lines[3] == "We'll see , said one diplomat ... he'd rather wait ."
    assert lines[4] == "Unions don't accept the plan and won't sign it ."


def test_is_lowercased():
    assert is_lowercased(WIRE)
    assert is_lowercased("the i.m.f. said so ( reuters ) .")
    assert not is_lowercased("The IMF said so (Reuters).")
    assert not is_lowercased("")
    assert not is_lowercased("2017 12 01 , 33 .")
    # a stray capital in a long lower-case text does not change the verdict
    assert is_lowercased("the talks went on . " * 60 + "NATO")


@pytest.mark.parametrize(
    "before,after",
    [
        ("the vote failed . then talks began .", "The vote failed . Then talks began ."),
        ("the vote failed. then talks began.", "The vote failed. Then talks began."),
        ("he and i agreed , i think .", "He and I agreed , I think ."),
        ("u.s. and u.k. troops", "U.S. and U.K. troops"),
        ("the e.u. and the u.n.", "The E.U. and the U.N."),
        ("u.s.-backed forces", "U.S.-backed forces"),
        ("gen. smith arrived . mr. lee left .", "Gen. smith arrived . Mr. lee left ."),
        ("talks in may and march on monday", "Talks in may and march on Monday"),
        ("he waited ... nothing came .", "He waited ... nothing came ."),
        ('" we will fight , " she said .', '" We will fight , " she said .'),
        ("one line\ntwo lines\n  three", "One line\nTwo lines\n  Three"),
        ("kabul ( afp ) - gunmen fled .", "Kabul ( AFP ) - Gunmen fled ."),
        ("the i.e. rule", "The i.e. rule"),
        ("straße closed", "Straße closed"),
        ("ßtraße", "ßtraße"),  # upper-case ß is two letters: left alone
    ],
)
def test_truecase(before, after):
    out = truecase(before)
    assert out == after
    assert len(out) == len(before)


def test_truecase_dateline_places_and_agency():
    out = truecase("rio de janeiro/sao paulo ( reuters ) - police raided offices .")
    assert out == "Rio de Janeiro/Sao Paulo ( Reuters ) - Police raided offices ."


def test_normalise_leaves_cased_text_casing_alone():
    text = "the new law, signed by the Governor of Texas, takes effect. it was debated."
    assert normalise(text) == text  # has capitals: not lower-cased copy


@pytest.mark.parametrize(
    "text",
    [
        WIRE,
        "ß" * 10 + " s " + "ǰ" * 5,  # letters whose upper case is longer
        "ﬁ s . ﬂ m",
        "\n\n\t it s\r\n don t\u2028 we ve ",
        "",
        "s",
        " s ",
    ],
)
def test_length_is_always_preserved(text):
    assert len(normalise(text)) == len(text)
    assert len(truecase(text)) == len(text)


@pytest.mark.parametrize("before, after", [
    ("talks on trade,-Mexican officials said", "talks on trade, Mexican officials said"),
    ("the architects Ana Ruiz,-Kenji Sato and others", "the architects Ana Ruiz, Kenji Sato and others"),
    ("It was a bad day.-The minister resigned.", "It was a bad day. The minister resigned."),
    ("U.S.-backed forces and U.N.-led talks", "U.S.-backed forces and U.N.-led talks"),
    ("A well-known, long-running dispute; -5 degrees", "A well-known, long-running dispute; -5 degrees"),
])
def test_glued_dashes_become_spaces(before, after):
    out = normalise(before)
    assert out == after and len(out) == len(before)


def test_the_parser_reads_spaced_hyphens_as_dashes():
    text = "The envoy visits Chile - Peru's main partner - on Monday; a well-known, 3-1 win."
    read = for_parser(text)
    assert len(read) == len(text)
    assert read == text.replace(" - ", " \u2013 ")
    assert normalise(text) == text  # the text records quote is untouched


def test_a_dash_ends_the_phrase_before_it(code):
    events = code("The Peruvian foreign minister visits Chile - Bolivia's main trading partner - on Monday.")
    assert any(c.startswith("04") and t == "CHL" for c, _, t in events), events


def test_hover_cards_are_blanked_to_the_same_length():
    text = ("With the help of Rep. Hal Quill Harold Ames QuillDemocrats seize on new evidence in hearing "
            "Key takeaways from the first hearing MORE (R-N.C.), a close ally, the bill passed.")
    out = for_parser(text)
    assert len(out) == len(text)
    assert "Democrats seize" not in out and "takeaways" not in out
    assert "(R-N.C.), a close ally, the bill passed." in out


def test_read_more_links_and_camel_case_names_stay():
    text = "Jesse Klaver, leader of GroenLinks (Green Left), called it low. READ MORE: Far-right MP found guilty"
    assert for_parser(text) == text


def test_a_hover_card_makes_no_event(code):
    events = code("Senate Republicans want President Trump Donald John TrumpGOP senators balk at lengthy "
                  "impeachment trial Warren goes local in race MORE to stop taking jabs at them.",
                  date="2019-12-10")
    assert not any(c.startswith("12") for c, _, _ in events), events
