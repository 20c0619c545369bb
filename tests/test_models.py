from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.models import Article, Event, Place, Timex, parse_publication_date


@pytest.mark.parametrize("value,expected", [
    ("2022-02-17", ("2022-02-17", "day")), ("2022-02", ("2022-02", "month")), ("2022", ("2022", "year")),
    ("2022-02-17T10:30:00Z", ("2022-02-17T10:30:00Z", "time")),
    ("2022-02-17 10:30", ("2022-02-17T10:30", "time")), (" 2020-01-01 ", ("2020-01-01", "day")),
])
def test_publication_dates_keep_their_precision(value: str, expected: tuple[str, str]) -> None:
    assert parse_publication_date(value) == expected


@pytest.mark.parametrize("value,message", [
    ("2022-02-30", "day is out of range"), ("2022-13", "month must be in 1..12"),
    ("17/02/2022", "not an ISO date"), ("yesterday", "not an ISO date"), ("", "not an ISO date"),
])
def test_bad_publication_dates(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_publication_date(value)


def test_publication_date_is_first_day_of_the_period() -> None:
    assert str(Article("x", "t", "2022-02").publication_date) == "2022-02-01"
    assert str(Article("x", "t", "2022-02-17T23:00:00Z").publication_date) == "2022-02-17"


parts = st.builds(Timex, start=st.integers(0, 100), end=st.integers(0, 100), text=st.text(max_size=10),
                  type=st.sampled_from(["DATE", "DURATION"]), value=st.text(max_size=10))
places = st.builds(Place, start=st.integers(0, 9), end=st.integers(0, 9), text=st.text(max_size=5),
                   latitude=st.none() | st.floats(-90, 90), geonameid=st.none() | st.integers(1, 10**7))
events = st.builds(Event, event_type=st.text(max_size=10), sub_event_type=st.text(max_size=10),
                   location=st.none() | places, fatalities=st.none() | st.integers(0, 1000))


@given(text=st.text(max_size=50), timexes=st.lists(parts, max_size=3), places=st.lists(places, max_size=3),
       events=st.lists(events, max_size=3), meta=st.dictionaries(st.text(max_size=5), st.integers()))
def test_article_dict_round_trip(text: str, timexes: list[Timex], places: list[Place],
                                 events: list[Event], meta: dict[str, int]) -> None:
    article = Article("id", text, "2020-01-01", timexes=timexes, places=places, events=events, meta=meta)
    assert Article.from_dict(article.to_dict()) == article


evidence = st.dictionaries(st.text(max_size=5), st.dictionaries(st.text(max_size=5),
                                                               st.integers() | st.lists(st.text(max_size=3))))


@given(event=events, evidence=evidence)
def test_part_to_dict_is_asdict(event: Event, evidence: dict) -> None:
    """The fast ``to_dict`` gives what ``dataclasses.asdict`` gives, nested parts and containers
    included, and copies the containers (changing the dict leaves the part alone)."""
    from dataclasses import asdict

    event.evidence = evidence
    data = event.to_dict()
    assert data == asdict(event)
    data["evidence"].clear()
    assert event.evidence == evidence
