"""Response models: what the OpenAPI schema documents for each endpoint.

Store summaries (counts, map points, entities, places, mentions) are the store's own dataclasses.
Models of analysis parts allow extra fields, so fields that later stages add to the dataclasses
in :mod:`dateline.models` pass through without a change here.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

# summaries the store already defines serve as response models as they are
from ..store.base import Count, EntitySummary, EventLocation, Mention, PlaceSummary


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorBody(BaseModel):
    status: int
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorOut(BaseModel):
    """Every error: ``{"error": {"status": 404, "message": "no article with id ..."}}``."""

    error: ErrorBody


class PageOut(BaseModel):
    total: int
    limit: int | None
    offset: int
    next_offset: int | None


class ArticleSummary(Open):
    id: str
    published: str
    title: str | None
    source: str | None
    url: str | None
    duplicate_of: str | None
    lead: str


class ArticlePage(PageOut):
    items: list[ArticleSummary]


class PlaceOut(Open):
    start: int
    end: int
    text: str
    name: str = ""
    geonameid: int | None = None
    country_code: str | None = None
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None


class EventOut(Open):
    id: int
    article_id: str
    published: str
    event_type: str
    sub_event_type: str
    event_date: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    location: PlaceOut | None = None
    fatalities: int | None = None
    notes: str = ""
    sentence: int | None = None
    start: int | None = None
    end: int | None = None
    evidence: dict[str, dict[str, Any]] = {}


class EventPage(PageOut):
    items: list[EventOut]


class Highlight(BaseModel):
    start: int
    end: int
    kind: str  # "sentence", "trigger" or "field"
    label: str


class Segment(BaseModel):
    start: int
    end: int
    text: str
    kinds: list[str]
    labels: list[str]


class ArticleText(ArticleSummary):
    text: str
    stages: list[str]
    date_precision: str
    language: str | None


class ArticleDetail(BaseModel):
    article: ArticleText
    highlights: list[Highlight]
    segments: list[Segment]
    events: list[EventOut]
    entities: list[dict[str, Any]]
    places: list[dict[str, Any]]
    timexes: list[dict[str, Any]]


class EventDetail(ArticleDetail):
    event: EventOut


class CountsOut(BaseModel):
    by: str
    items: list[Count]


class LocationsOut(BaseModel):
    items: list[EventLocation]
    limit: int
    events: int


class TimelineEntryOut(Open):
    date: str
    sentences: list[str]
    article_ids: list[str]
    score: float


class TimelineOut(BaseModel):
    query: str | None
    given_query: str | None
    entries: list[TimelineEntryOut]


class EntityPage(PageOut):
    items: list[EntitySummary]


class MentionPage(PageOut):
    items: list[Mention]


class EntityDetail(BaseModel):
    entity: EntitySummary
    mentions: MentionPage
    events: EventPage


class PlacePage(PageOut):
    items: list[PlaceSummary]


class PlaceDetail(BaseModel):
    place: PlaceSummary
    mentions: MentionPage
    events: EventPage


class SearchOut(BaseModel):
    query: str
    articles: ArticlePage
    events: EventPage
    entities: EntityPage
    places: PlacePage


class Overview(BaseModel):
    stats: dict[str, Any]
    event_types: list[Count]
    countries: list[Count]
    event_months: list[Count]
    article_months: list[Count]


class IngestProblemOut(BaseModel):
    path: str
    location: str
    message: str


class IngestOut(BaseModel):
    run_id: str
    read: int
    added: int
    existing: int
    near_duplicates: int
    analysed: int
    errors: list[IngestProblemOut]
    added_ids: list[str]
