"""A failure of the coder on one article is reported with the article's origin and the rest of
the stream is coded, in order; the error crosses process boundaries intact."""

from __future__ import annotations

import pickle

from eventcoder.errors import CodingError, InputError
from eventcoder.pipeline import Coder
from eventcoder.record import Article


class _FailsOnMarkedArticle(Coder):
    """The real coder, except that coding an article whose text contains BOOM raises, as a
    bug in a later stage would."""

    def _code(self, parsed):
        if "BOOM" in parsed.article.text:
            raise ValueError("stage exploded")
        return super()._code(parsed)


def test_one_failing_article_does_not_end_the_run():
    coder = _FailsOnMarkedArticle()
    texts = ["Rebels attacked an army post in Goma on Tuesday.", "BOOM. Police arrested ten protesters.",
             "The minister condemned the attack on Friday."]
    items = [Article(id=f"a{i}", text=t, date="2023-06-14", origin=f"news.jsonl:{i + 1}")
             for i, t in enumerate(texts)]
    out = list(coder.code_articles(items))
    assert [type(item) for item, _ in out] == [Article, CodingError, Article]
    err = out[1][0]
    assert isinstance(err, InputError) and (err.path, err.line) == ("news.jsonl", 2)
    assert "ValueError: stage exploded" in str(err) and "a1" in str(err)
    assert out[0][1] and out[2][1]  # the neighbours are coded
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is CodingError and str(again) == str(err)
