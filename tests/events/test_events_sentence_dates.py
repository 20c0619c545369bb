"""SentenceDates (the per-article index find_frames uses) returns what date_timexes does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dateline.events.detect import SentenceDates, date_timexes
from dateline.models import Article, Sentence, Timex

spans = st.tuples(st.integers(0, 60), st.integers(0, 12))
timexes = st.lists(st.tuples(spans, st.sampled_from(["DATE", "DURATION", "TIME"]),
                             st.sampled_from(["2021-10-01", "2021", "PRESENT_REF", None, "XXXX-10"])),
                   max_size=12)


@given(timexes, st.lists(spans, min_size=1, max_size=6))
def test_same_dates_as_date_timexes(found: list, sentence_spans: list) -> None:
    article = Article(id="a", text="x" * 80, published="2022-02-17")
    article.timexes = [Timex(start=s, end=s + n, text="", type=kind, value=value, tid=f"t{i}")
                       for i, ((s, n), kind, value) in enumerate(found)]
    dates = SentenceDates(article)
    for start, length in sentence_spans:
        sentence = Sentence(start=start, end=start + length, text="")
        assert dates(sentence) == date_timexes(article, sentence)
        assert dates(sentence) == date_timexes(article, sentence)  # asked twice, as _joins does

