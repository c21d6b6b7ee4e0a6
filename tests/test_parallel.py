"""Several workers code exactly what one worker codes, in the same order."""

from __future__ import annotations

from pathlib import Path

from eventcoder.errors import InputError
from eventcoder.ingest.readers import iter_inputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_two_workers_match_one_worker(coder):
    items = list(iter_inputs([str(EXAMPLES)]))
    # more articles than one chunk, so work is really spread over both workers
    items = items * 4
    one = [(getattr(i, "id", None), [e.to_dict() for e in evs]) for i, evs in coder.code_articles(items, workers=1, chunk=3)]
    two = [(getattr(i, "id", None), [e.to_dict() for e in evs]) for i, evs in coder.code_articles(items, workers=2, chunk=3)]
    assert len(one) == len(items)
    assert one == two
    assert sum(len(evs) for _, evs in one) > 20
    # input errors pass through in place
    assert [isinstance(i, InputError) for i in items] == [isinstance(i, InputError) for i, _ in coder.code_articles(items, workers=2, chunk=3)]


def test_worker_pool_is_started_once_and_reused(coder):
    items = [i for i in iter_inputs([str(EXAMPLES)]) if not isinstance(i, InputError)]
    pool = coder.start_workers(2)
    try:
        assert coder.start_workers(2) is pool  # already running: nothing to start
        first = [[e.to_dict() for e in evs] for _, evs in coder.code_articles(items, workers=2, chunk=1)]
        again = [[e.to_dict() for e in evs] for _, evs in coder.code_articles(items, workers=2, chunk=2)]
        assert coder._pool is pool
        assert first == again == [[e.to_dict() for e in evs] for _, evs in coder.code_articles(items, workers=1)]
    finally:
        coder.close()
    assert coder._pool is None


def test_a_coder_that_only_feeds_workers_never_loads_the_model(coder):
    from eventcoder.pipeline import Coder

    items = [i for i in iter_inputs([str(EXAMPLES)]) if not isinstance(i, InputError)][:3]
    parent = Coder()
    try:
        got = [[e.to_dict() for e in evs] for _, evs in parent.code_articles(items, workers=2, chunk=1)]
    finally:
        parent.close()
    # the workers coded; the parent process kept no spaCy model, dictionaries or gazetteer
    assert not {"nlp", "kb", "lexicon", "places"} & set(vars(parent))
    assert got == [[e.to_dict() for e in evs] for _, evs in coder.code_articles(items, workers=1)]
    # first use in this process loads them
    assert parent.code_text("Russia imposed sanctions on Ukraine.", "2018-01-01")
    assert "nlp" in vars(parent)
