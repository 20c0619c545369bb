"""The pipeline stage "time" fills article.timexes with sentence indices; the store keeps them."""

from __future__ import annotations

from dateline.models import Article
from dateline.pipeline import Pipeline


def test_stage_sets_timexes_with_sentences(article: Article) -> None:
    result = Pipeline.from_names(["sentences", "time"])(article)
    found = [(t.text, t.type, t.value, t.sentence) for t in result.timexes]
    assert found == [("Friday", "DATE", "2021-06-04", 0), ("two days", "DURATION", "P2D", 1)]
    assert "time" in result.stages
    for timex in result.timexes:
        assert timex.tid and timex.text == result.text[timex.start:timex.end]


def test_stage_timexes_round_trip_through_the_store(store, article: Article) -> None:
    store.add_articles([article])
    store.save_analysis([Pipeline.from_names(["sentences", "time"])(article)])
    loaded = store.get_article(article.id)
    assert [t.to_dict() for t in loaded.timexes] == [t.to_dict() for t in article.timexes]
