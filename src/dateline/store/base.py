"""The Store interface: what every backend (SQLite, PostgreSQL) provides.

Nothing above the store writes SQL. Callers pass query objects and get model objects back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from ..models import Article, Event


@dataclass
class ArticleQuery:
    """Filters for listing articles. Dates are ISO prefixes compared on the publication date."""

    date_from: str | None = None
    date_to: str | None = None
    search: str | None = None  # full-text query (FTS5 / tsvector syntax reduced to words)
    source: str | None = None
    ids: Sequence[str] | None = None
    include_duplicates: bool = True
    limit: int | None = 50
    offset: int = 0
    order: str = "published"  # "published", "-published" or "rank" (with search)


@dataclass
class EventQuery:
    """Filters for listing events."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    text: str | None = None  # substring of the notes, the place or an actor
    article_id: str | None = None
    include_background: bool = True
    limit: int | None = 100
    offset: int = 0
    location: str | None = None  # exact place name of the event (case-insensitive)
    order: str = "date"  # "date", "-date" (newest first) or "-fatalities"


@dataclass
class EntityQuery:
    """Filters for counting entity mentions (``dateline entities``) and for listing entities
    grouped by their canonical name, else their text (the web views)."""

    actor_type: str | None = None  # an ACLED actor type name, e.g. "State Forces"
    label: str | None = None  # ACTOR, PERSON, ORG, GPE, NORP ...
    country: str | None = None  # ISO alpha-2
    search: str | None = None  # a substring of the canonical name or the mention
    actors_only: bool = False  # only mentions resolved to an actor type
    limit: int | None = 50
    offset: int = 0
    name: str | None = None  # exactly this name (as :class:`EntitySummary` gives it)


@dataclass
class EntityCount:
    """One canonical entity and how often the store's articles mention it."""

    name: str  # the canonical name, or the mention text where there is none
    label: str
    actor_type: str | None = None
    country: str | None = None
    mentions: int = 0
    articles: int = 0
    forms: list[str] = field(default_factory=list)  # the most frequent ways it is written


@dataclass
class StoredEvent:
    """An event with where it came from."""

    id: int
    article_id: str
    event: Event
    published: str = ""


@dataclass
class IngestProblem:
    """A document that could not be ingested, as kept in ``ingest_errors``."""

    path: str
    location: str
    message: str
    run_id: str = ""
    created_at: str = ""


@dataclass
class StoreStats:
    articles: int = 0
    duplicates: int = 0
    first_date: str | None = None
    last_date: str | None = None
    sources: dict[str, int] = field(default_factory=dict)
    analysed: dict[str, int] = field(default_factory=dict)
    layers: dict[str, int] = field(default_factory=dict)
    ingest_errors: int = 0


#: What :meth:`Store.event_counts` can group events by.
EventCountKey = Literal["day", "month", "year", "event_type", "sub_event_type", "country", "admin1"]


@dataclass
class Count:
    """One group of a count: its key (a month "2022-01", a type, a country ...) and its size."""

    key: str | None
    count: int
    fatalities: int = 0


@dataclass
class EventLocation:
    """Events grouped by the point they are placed at (for maps)."""

    latitude: float
    longitude: float
    location: str | None
    country: str | None
    admin1: str | None
    events: int
    fatalities: int
    first_date: str | None = None
    last_date: str | None = None
    top_event_type: str | None = None


@dataclass
class EntitySummary:
    name: str  # canonical name, else the mention text
    label: str
    actor_type: str | None
    country: str | None
    mentions: int
    articles: int
    first_date: str | None = None
    last_date: str | None = None


@dataclass
class PlaceQuery:
    """Filters for listing places, grouped by GeoNames id (else by name)."""

    search: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    limit: int | None = 50
    offset: int = 0
    key: str | None = None  # exactly this place (as :class:`PlaceSummary` gives its key)


@dataclass
class PlaceSummary:
    key: str  # the GeoNames id as text, else the name: what place_mentions() takes
    name: str
    geonameid: int | None
    country_code: str | None
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    mentions: int
    articles: int


@dataclass
class Mention:
    """Where an entity or place is mentioned: the article, the span, and its sentence."""

    article_id: str
    published: str
    title: str | None
    start: int
    end: int
    text: str
    sentence: int | None
    context: str  # the sentence holding the mention (or a window of text around it)
    context_start: int  # offset of ``context`` in the article text


@runtime_checkable
class Store(Protocol):
    """Persistence for articles, their analysis layers and ingest errors."""

    url: str

    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: Any) -> None: ...

    # articles
    def add_articles(self, articles: Sequence[Article],
                     signatures: Sequence[bytes | None] | None = None) -> list[bool]: ...
    def has_article(self, article_id: str) -> bool: ...
    def get_article(self, article_id: str, layers: bool = True) -> Article: ...
    def articles(self, query: ArticleQuery | None = None) -> list[Article]: ...
    def count_articles(self, query: ArticleQuery | None = None) -> int: ...
    def iter_articles(self, ids: Iterable[str] | None = None, *, pending_stages: Sequence[str] = (),
                      batch: int = 200) -> Iterator[Article]: ...
    def article_ids(self, pending_stages: Sequence[str] = ()) -> list[str]: ...
    def signatures(self) -> Iterator[tuple[str, bytes]]: ...

    # analysis
    def save_analysis(self, articles: Sequence[Article]) -> None: ...
    def events(self, query: EventQuery | None = None) -> list[StoredEvent]: ...
    def count_events(self, query: EventQuery | None = None) -> int: ...
    def entity_counts(self, query: EntityQuery | None = None) -> list[EntityCount]: ...

    # ingest errors and summary
    def add_ingest_errors(self, problems: Sequence[IngestProblem]) -> None: ...
    def ingest_errors(self, run_id: str | None = None, limit: int | None = 1000) -> list[IngestProblem]: ...
    def stats(self) -> StoreStats: ...
    def schema_version(self) -> int: ...

    # browsing (web API and dashboard)
    def get_event(self, event_id: int) -> StoredEvent: ...
    def event_counts(self, by: EventCountKey, query: EventQuery | None = None) -> list[Count]: ...
    def event_locations(self, query: EventQuery | None = None,
                        limit: int | None = 5000) -> list[EventLocation]: ...
    def article_counts(self, by: Literal["day", "month", "year"],
                       query: ArticleQuery | None = None) -> list[Count]: ...
    def entities(self, query: EntityQuery | None = None) -> list[EntitySummary]: ...
    def count_entities(self, query: EntityQuery | None = None) -> int: ...
    def entity_mentions(self, name: str, limit: int | None = 50, offset: int = 0) -> list[Mention]: ...
    def count_entity_mentions(self, name: str) -> int: ...
    def places(self, query: PlaceQuery | None = None) -> list[PlaceSummary]: ...
    def count_places(self, query: PlaceQuery | None = None) -> int: ...
    def place_mentions(self, key: str, limit: int | None = 50, offset: int = 0) -> list[Mention]: ...
    def count_place_mentions(self, key: str) -> int: ...
