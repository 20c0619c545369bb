"""SQLite and PostgreSQL answer every query alike: one table of calls, run against both.

When you add a Store method, add its calls here: the PostgreSQL twin is then checked for free.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import asdict, is_dataclass
from typing import Any

import pytest

from dateline.models import Article, Entity, Event, Place, Sentence
from dateline.store import ArticleQuery, EntityQuery, EventQuery, SQLiteStore
from dateline.store.base import PlaceQuery, Store

COUNTRIES = [("Mali", "ML"), ("Burkina Faso", "BF"), ("Niger", "NE")]
ACTORS = [("JNIM", "Rebel Groups"), ("Military Forces of Mali", "State Forces"), ("Wagner Group", None),
          ("Protesters (Mali)", "Protesters")]
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]


def fake_article(n: int, rng: random.Random) -> Article:
    country, code = COUNTRIES[n % 4 % 3]  # one place, one country: points agree on their names
    actor, kind = rng.choice(ACTORS)
    text = f"{actor} fighters struck near Gao-{n} in {country} on day {n}; {rng.randint(1, 9)} died."
    place = Place(0, 3, "Gao", name=f"Gao-{n % 4}", country_code=code, country=country,
                  admin1=f"Region {n % 4}", latitude=15 + n % 4, longitude=-1 - n % 4, geo_precision=1)
    events = [Event(*rng.choice(TYPES), f"2021-{1 + n % 12:02d}-{1 + n % 27:02d}", 1, actor1=actor,
                    actor2=rng.choice(ACTORS)[0], location=place, fatalities=rng.randint(0, 9),
                    notes=f"note {n} about {actor}", background=n % 7 == 0)]
    entities = [Entity(0, len(actor), actor.upper() if n % 3 == 0 else actor,
                       "ACTOR" if kind else "ORG", actor, kind, code, 0),
                Entity(0, 5, country, "GPE", country, None, code, 0)]
    return Article(id=f"p{n:03d}", text=text, published=f"2021-{1 + n % 12:02d}-{1 + n % 27:02d}",
                   source=f"wire{n % 2}", sentences=[Sentence(0, len(text), text)], entities=entities,
                   places=[place], events=events, stages=["sentences", "entities", "places", "events"])


CALLS: list[tuple[str, Callable[[Store], Any]]] = [
    ("events", lambda s: s.events()),
    ("events by country", lambda s: s.events(EventQuery(country="mali", limit=5, offset=2))),
    ("events by type and dates", lambda s: s.events(EventQuery(event_type="battles", date_from="2021-03",
                                                               date_to="2021-08"))),
    ("events by actor", lambda s: s.count_events(EventQuery(actor="wagner"))),
    ("events by text", lambda s: s.count_events(EventQuery(text="NOTE 1"))),
    ("events without background", lambda s: s.count_events(EventQuery(include_background=False))),
    ("events in a box", lambda s: s.count_events(EventQuery(bbox=(-2.5, 14.0, -1.5, 17.5)))),
    ("entity counts", lambda s: s.entity_counts()),
    ("actors", lambda s: s.entity_counts(EntityQuery(actors_only=True, limit=2))),
    ("entities by type", lambda s: s.entity_counts(EntityQuery(actor_type="state forces"))),
    ("entities by search", lambda s: s.entity_counts(EntityQuery(search="mali", country="ml"))),
    ("articles by source", lambda s: [a.id for a in s.articles(ArticleQuery(source="wire1", limit=7))]),
    ("articles newest first", lambda s: [a.id for a in s.articles(ArticleQuery(order="-published"))]),
    ("search", lambda s: sorted(a.id for a in s.articles(ArticleQuery(search="Wagner fighters")))),
    ("count search", lambda s: s.count_articles(ArticleQuery(search='"Gao 7"', date_from="2021-02"))),
    ("pending", lambda s: s.article_ids(pending_stages=["time"])),
    ("events newest first", lambda s: s.events(EventQuery(order="-date", limit=10))),
    ("events deadliest first", lambda s: s.events(EventQuery(order="-fatalities", limit=10))),
    ("events at a location", lambda s: s.count_events(EventQuery(location="gao-1"))),
    ("one event", lambda s: s.get_event(3)),
    ("event counts by month", lambda s: s.event_counts("month")),
    ("event counts by type", lambda s: s.event_counts("event_type", EventQuery(country="Mali"))),
    ("event locations", lambda s: s.event_locations()),
    ("article counts", lambda s: s.article_counts("month", ArticleQuery(source="wire0"))),
    ("entities", lambda s: s.entities()),
    ("entities found", lambda s: s.entities(EntityQuery(search="wagner", limit=3))),
    ("actors only", lambda s: s.entities(EntityQuery(actors_only=True))),
    ("count actors", lambda s: s.count_entities(EntityQuery(actors_only=True))),
    ("count entities", lambda s: s.count_entities(EntityQuery(label="gpe"))),
    ("entity mentions", lambda s: s.entity_mentions("JNIM", limit=5)),
    ("count entity mentions", lambda s: s.count_entity_mentions("Mali")),
    ("places", lambda s: s.places()),
    ("places found", lambda s: s.places(PlaceQuery(search="gao-2", country_code="ne"))),
    ("count places", lambda s: s.count_places()),
    ("place mentions", lambda s: s.place_mentions("Gao-1", limit=4)),
    ("count place mentions", lambda s: s.count_place_mentions("Gao-3")),
]


def plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value))
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


@pytest.fixture
def both(postgres_store: Store) -> Iterator[tuple[Store, Store]]:
    rng = random.Random(5)
    articles = [fake_article(n, rng) for n in range(40)]
    with SQLiteStore(":memory:") as sqlite:
        for store in (sqlite, postgres_store):
            store.add_articles(articles)
            store.save_analysis(articles)
        yield sqlite, postgres_store


@pytest.mark.parametrize("name, call", CALLS, ids=[c[0] for c in CALLS])
def test_both_backends_answer_alike(both: tuple[Store, Store], name: str,
                                    call: Callable[[Store], Any]) -> None:
    sqlite, postgres = both
    expected = plain(call(sqlite))
    assert expected not in ([], 0, None), f"{name}: the data should give a non-empty answer"
    assert plain(call(postgres)) == expected
