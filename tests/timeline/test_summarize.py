"""The timeline summarizer on a hand-written story."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.models import TimelineEntry
from dateline.timeline.dates import day_value
from dateline.timeline.summarize import default_dates, query_terms, summarize

D = dt.date


@pytest.mark.parametrize("value, day", [
    ("2021-05-24", D(2021, 5, 24)),
    ("2021-05-24T10:00", D(2021, 5, 24)),
    ("2021-05", None),
    ("2021-W21", None),
    ("PRESENT_REF", None),
    ("2021-02-30", None),
    (None, None),
])
def test_day_value(value, day):
    assert day_value(value) == day


@pytest.mark.parametrize("query, terms", [
    ("Ruritania coup", ["ruritania", "coup"]),
    ("the coup in Ruritania", ["coup", "ruritania"]),
    (["Ruritania", "Coup"], ["ruritania", "coup"]),
])
def test_query_terms(query, terms):
    assert query_terms(query) == terms


def test_most_mentioned_day_comes_first_and_entries_are_in_date_order(story):
    entries = summarize(story, "Ruritania", dates=3, sentences=1)
    days = [e.date for e in entries]
    assert "2021-05-24" in days and days == sorted(days) and len(entries) == 3


def test_every_sentence_is_linked_to_the_article_it_came_from(story):
    texts = {a.id: a.text for a in story}
    for entry in summarize(story, "Ruritania", dates=4, sentences=2):
        assert len(entry.sentences) == len(entry.article_ids) <= 2
        for sentence, article_id in zip(entry.sentences, entry.article_ids):
            assert sentence in texts[article_id]


def test_sentences_must_match_the_query(story):
    entries = summarize(story, "Ruritania", dates=10, sentences=3)
    assert all("ruritania" in s.lower() for e in entries for s in e.sentences)
    assert summarize(story, "volcano", dates=5) == []


def test_the_period_is_respected(story):
    entries = summarize(story, "Ruritania", dates=10, date_from=D(2021, 5, 26), date_to=D(2021, 6, 2))
    assert entries and all("2021-05-26" <= e.date <= "2021-06-02" for e in entries)


def test_no_sentence_is_repeated(story):
    entries = summarize(story, "Ruritania", dates=10, sentences=3)
    sentences = [s for e in entries for s in e.sentences]
    assert len(sentences) == len(set(sentences))


def test_defaults_come_from_the_data(story):
    entries = summarize(story, "Ruritania")
    assert 1 <= len(entries) <= 40
    assert all(isinstance(e, TimelineEntry) and 1 <= len(e.sentences) <= 2 for e in entries)


@pytest.mark.parametrize("scores, expected", [
    ([1.0, 0.9, 0.8], 3),
    ([5, 4.9, 4.8, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2], 5),
    ([10] * 3 + [1] * 60, 8),
    ([100 - i for i in range(100)], 10),
    ([1000 / (i + 1) for i in range(2000)], 40),
])
def test_default_dates(scores, expected):
    ranked = [(D(2021, 1, 1) + dt.timedelta(days=i), s) for i, s in enumerate(scores)]
    assert default_dates(ranked) == expected


def test_an_empty_collection_gives_an_empty_timeline():
    assert summarize([], "anything") == []
