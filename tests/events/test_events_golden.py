"""The founding example: the seed article's coups, airstrike and withdrawal, with evidence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.ingest import to_article
from dateline.ingest.readers import read_path
from dateline.models import Article, Event
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def seed_events(events_pipeline: Pipeline, shared_file: Callable[..., Path]) -> tuple[Article, list[Event]]:
    seed = shared_file("corpus", "seed")
    files = [str(p) for p in sorted(seed.iterdir()) if p.is_file() and not p.name.startswith(".")]
    documents = [d for d in read_path(files[0], fmt="text") if not isinstance(d, Exception)]
    article = events_pipeline(to_article(documents[0]))  # type: ignore[arg-type]
    return article, article.events


def _find(events: list[Event], sub: str, date: str, country: str) -> Event:
    found = [e for e in events if e.sub_event_type == sub and (e.event_date or "").startswith(date)
             and e.location is not None and e.location.country == country]
    assert found, f"no {sub} in {country} dated {date}: {[(e.sub_event_type, e.event_date) for e in events]}"
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("date, country", [("2020-08", "Mali"), ("2021-05", "Mali"), ("2022-01", "Burkina Faso"),
                                           ("2021-09", "Guinea")])
def test_coups(seed_events: tuple[Article, list[Event]], date: str, country: str) -> None:
    coup = _find(seed_events[1], "Non-violent transfer of territory", date, country)
    assert coup.event_type == "Strategic developments" and coup.background
    assert coup.actor1 and coup.actor1.startswith("Military Forces of")


@pytest.mark.slow
def test_french_airstrike(seed_events: tuple[Article, list[Event]]) -> None:
    strike = _find(seed_events[1], "Air/drone strike", "2021", "Mali")
    assert strike.fatalities == 19 and strike.actor1 and "France" in strike.actor1
    assert strike.actor2 == "Civilians (Mali)" and strike.background and strike.time_precision == 3


@pytest.mark.slow
def test_withdrawal_announced_on_publication_day(seed_events: tuple[Article, list[Event]]) -> None:
    found = [e for e in seed_events[1] if e.event_date == "2022-02-17" and not e.background
             and e.sub_event_type == "Change to group/activity"]
    assert found and found[0].actor1 and "France" in found[0].actor1


@pytest.mark.slow
def test_every_field_points_at_its_sentence(seed_events: tuple[Article, list[Event]]) -> None:
    article, events = seed_events
    for event in events:
        for field in ("event_type", "sub_event_type", "event_date", "notes", "fatalities"):
            assert field in event.evidence, (field, event.sub_event_type)
        for field, proof in event.evidence.items():
            if proof.get("start") is None:
                continue
            sentence = article.sentences[proof["sentence"]]
            assert sentence.start <= proof["start"] < proof["end"] <= sentence.end, field
            assert 0 <= proof["confidence"] <= 1
