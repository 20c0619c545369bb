"""The Store interface: what every backend (SQLite, PostgreSQL) provides.

Nothing above the store writes SQL. Callers pass query objects and get model objects back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

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
    text: str | None = None
    article_id: str | None = None
    include_background: bool = True
    limit: int | None = 100
    offset: int = 0


@dataclass
class EntityQuery:
    """Filters for counting entity mentions (``dateline entities``)."""

    actor_type: str | None = None  # an ACLED actor type name, e.g. "State Forces"
    label: str | None = None  # ACTOR, PERSON, ORG, GPE, NORP ...
    country: str | None = None  # ISO alpha-2
    search: str | None = None  # a substring of the canonical name or the mention
    actors_only: bool = False  # only mentions resolved to an actor type
    limit: int | None = 50
    offset: int = 0


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
