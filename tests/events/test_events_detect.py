"""Event frames: which sentences report events and which belong together; dates and precision."""

from __future__ import annotations

import pytest

from dateline.events.dates import event_date, is_background, last_day, precision
from dateline.events.detect import find_frames, is_generic
from dateline.models import Article, Timex
from dateline.sentences import split_sentences


def article(text: str, timexes: list[tuple[str, str]] = (), published: str = "2021-03-10") -> Article:
    """An article with sentences and hand-placed DATE timexes ``(text, value)``."""
    a = Article(id="t", text=text, published=published)
    a.sentences = split_sentences(text)
    for words, value in timexes:
        start = text.index(words)
        a.timexes.append(Timex(start, start + len(words), words, "DATE", value))
    return a


def test_outcome_sentences_join_their_event() -> None:
    a = article("Gunmen attacked the village. Seven people were killed.\n\nIn a separate attack, soldiers "
                "clashed with militants near the river.")
    frames = find_frames(a)
    assert [f.sentences for f in frames] == [[0, 1], [2]]


def test_a_new_date_starts_a_new_event() -> None:
    a = article("On 2 March, gunmen attacked the village. On 5 March, soldiers clashed with the gunmen.",
                [("2 March", "2021-03-02"), ("5 March", "2021-03-05")])
    assert len(find_frames(a)) == 2


def test_again_splits_one_sentence_into_one_event_per_date() -> None:
    a = article("Officers toppled the president in August 2020 and again in May 2021.",
                [("August 2020", "2020-08"), ("May 2021", "2021-05")], published="2022-02-17")
    frames = find_frames(a)
    assert [event_date(a, f).value for f in frames] == ["2020-08", "2021-05"]


def test_followed_suit_repeats_the_event_before() -> None:
    a = article("Soldiers toppled the president in August 2020. Officers in the next country followed suit "
                "last month.", [("August 2020", "2020-08"), ("last month", "2022-01")], published="2022-02-17")
    frames = find_frames(a)
    assert len(frames) == 2 and frames[1].copy_of is frames[0]


def test_generic_mentions_are_dropped() -> None:
    a = article("Protest movements have grown across the region in recent years.")
    frames = find_frames(a)
    assert frames and all(is_generic(a, f) for f in frames)


@pytest.mark.parametrize("text, words, value, expected", [
    ("On 3 October 2021, gunmen attacked.", "3 October 2021", "2021-10-03", 1),
    ("Around 3 October 2021, gunmen attacked.", "3 October 2021", "2021-10-03", 2),
    ("On 3 October 2021 (as reported), gunmen attacked.", "3 October 2021", "2021-10-03", 2),
    ("Around 3 October 2021 (month of), gunmen attacked.", "3 October 2021", "2021-10-03", 3),
    ("In October 2021 gunmen attacked.", "October 2021", "2021-10", 3),
    ("Last week gunmen attacked.", "Last week", "2021-W40", 2),
])
def test_time_precision(text: str, words: str, value: str, expected: int) -> None:
    a = article(text, [(words, value)])
    assert precision(a, a.timexes[0]) == expected


def test_undated_events_take_the_publication_date_as_approximate() -> None:
    a = article("Gunmen attacked the village.")
    date = event_date(a, find_frames(a)[0])
    assert (date.value, date.precision, date.source) == ("2021-03-10", 2, "publication date")


@pytest.mark.parametrize("value, published, background", [
    ("2020-08", "2022-02-17", True), ("2022-02-10", "2022-02-17", False), ("2022-01", "2022-02-17", True),
    ("2022-02", "2022-02-17", False),
])
def test_background(value: str, published: str, background: bool) -> None:
    from dateline.events.dates import EventDate

    a = Article(id="t", text="", published=published)
    assert is_background(a, EventDate(value, 3, 0, 1, 0.9, "timex"), 14) is background


@pytest.mark.parametrize("value, day", [("2020-08", "2020-08-31"), ("2021", "2021-12-31"),
                                        ("2020-02", "2020-02-29"), ("2021-12", "2021-12-31")])
def test_last_day(value: str, day: str) -> None:
    assert last_day(value).isoformat() == day
