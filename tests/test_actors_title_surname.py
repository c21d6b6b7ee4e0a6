"""A title and the surname of a KB person named in full earlier in the article is that person,
not an unknown one of the story's country (invented sentences)."""

from __future__ import annotations


def test_title_and_surname_of_a_known_person_named_before(code):
    events = code("Irish President Michael D. Higgins arrived in Bogota on Sunday. Colombian officials "
                  "welcomed him warmly. President Higgins praised the Colombian peace deal on Monday.",
                  date="2017-02-12")
    assert any(c == "051" and s == "IRLGOV" for c, s, _ in events), events
    assert not any(s == "COLGOV" and c == "051" and t is None for c, s, t in events), events


def test_a_known_surname_with_another_given_name_stays_apart(code):
    # a different given name before the surname: not the KB person
    events = code("Irish President Michael D. Higgins arrived in Lima. Peruvian police arrested "
                  "Maria Higgins, 34, a tourist, on Monday.", date="2017-02-12")
    assert not any(t == "IRLGOV" and c.startswith("17") for c, _, t in events), events


def test_a_known_surname_that_begins_another_name_is_not_that_person(code):
    events = code("Abe Kessler, the head of a New York rights group, criticised the mayor on Monday.",
                  date="2017-02-12")
    assert not any(s == "JPNGOV" for _, s, _ in events), events


def test_a_known_surname_before_a_common_noun_is_still_the_person(code):
    events = code("The Trump administration imposed new sanctions on Iran.", date="2017-02-12")
    assert any(c.startswith("16") and s == "USAGOV" and t == "IRN" for c, s, t in events), events


def test_a_known_name_with_a_generational_suffix_is_a_relative(code):
    # the son (or father) of a KB person is not that person, with or without a comma
    for name in ("Barack Obama Jr.", "Barack Obama, Jr.", "Barack Obama Sr."):
        events = code(f"Kenyan police arrested {name} in Nairobi on Monday.", date="2017-02-12")
        assert not any(t in ("USAGOV", "USAELI") for _, _, t in events), (name, events)


def test_a_suffix_in_the_kb_name_itself_is_still_the_person(code):
    events = code("President Ferdinand Marcos Jr. praised the Japanese government on Monday.",
                  date="2023-02-12")
    assert any(c.startswith("05") and s == "PHLGOV" for c, s, _ in events), events
