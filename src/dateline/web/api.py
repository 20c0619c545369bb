"""The JSON API under /api, documented by its OpenAPI schema (/api/openapi.json, /api/docs)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from ..store.base import ArticleQuery, EntityQuery, EventCountKey, EventQuery, PlaceQuery, Store
from . import schemas, views
from .params import (
    DateFrom,
    DateTo,
    KnownParams,
    Paging,
    article_filters,
    check_range,
    entity_filters,
    event_filters,
    paging,
    place_filters,
)
from .upload import ingest_uploads, require_token

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": schemas.ErrorOut, "description": text}
    for code, text in ((400, "Bad parameter"), (404, "Not found"), (422, "Invalid parameter"))}

router = APIRouter(prefix="/api", dependencies=[KnownParams], responses=ERRORS)


def get_store(request: Request) -> Iterator[Store]:
    """A store connection for this request alone (endpoints run in worker threads)."""
    with request.app.state.pool.checkout() as store:
        yield store


StoreDep = Annotated[Store, Depends(get_store)]
PagingDep = Annotated[Paging, Depends(paging)]
ArticleFilters = Annotated[ArticleQuery, Depends(article_filters)]
EventFilters = Annotated[EventQuery, Depends(event_filters)]


@router.get("/overview", response_model=schemas.Overview, tags=["overview"])
def overview(store: StoreDep) -> JSONResponse:
    """Totals of the store, and events by type, country and month, and articles by month."""
    return JSONResponse(views.overview(store))


@router.get("/articles", response_model=schemas.ArticlePage, tags=["articles"])
def articles(store: StoreDep, query: ArticleFilters, pages: PagingDep) -> JSONResponse:
    """Articles, newest first (best match first with `q`)."""
    return JSONResponse(views.list_articles(store, replace(query, limit=pages.limit, offset=pages.offset)))


@router.get("/articles/counts", response_model=schemas.CountsOut, tags=["articles"])
def article_counts(store: StoreDep, query: ArticleFilters,
                   by: Literal["day", "month", "year"] = "month") -> JSONResponse:
    """Articles per publication day, month or year."""
    return JSONResponse({"by": by, "items": [c.__dict__ for c in store.article_counts(by, query)]})


@router.get("/articles/{article_id}", response_model=schemas.ArticleDetail, tags=["articles"])
def article(store: StoreDep, article_id: Annotated[str, Path(max_length=100)],
            hl: Annotated[list[str] | None, Query(max_length=20, description=(
                "Sentences to highlight (a timeline entry's)"))] = None) -> JSONResponse:
    """One article (id or unique prefix) with its analysis layers and events."""
    return JSONResponse(views.article_detail(store, article_id, hl))


@router.get("/events", response_model=schemas.EventPage, tags=["events"])
def events(store: StoreDep, query: EventFilters, pages: PagingDep) -> JSONResponse:
    """Coded events, filtered; each carries its sentence and evidence spans."""
    return JSONResponse(views.list_events(store, replace(query, limit=pages.limit, offset=pages.offset)))


@router.get("/events/locations", response_model=schemas.LocationsOut, tags=["events"])
def event_locations(store: StoreDep, query: EventFilters,
                    limit: Annotated[int, Query(ge=1, le=20_000)] = 5000) -> JSONResponse:
    """Placed events grouped by point (for a map), most events first."""
    return JSONResponse(views.event_locations(store, query, limit))


@router.get("/events/{event_id}", response_model=schemas.EventDetail, tags=["events"])
def event(store: StoreDep, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> JSONResponse:
    """One event with its source article, the supporting sentence and evidence spans marked."""
    return JSONResponse(views.event_detail(store, event_id))


@router.get("/counts", response_model=schemas.CountsOut, tags=["events"])
def counts(store: StoreDep, query: EventFilters, by: EventCountKey = "month") -> JSONResponse:
    """Events and fatalities by day, month, year, type, sub-type, country or admin1."""
    return JSONResponse(views.event_counts(store, by, query))


@router.get("/timeline", response_model=schemas.TimelineOut, tags=["timeline"])
def timeline(request: Request, store: StoreDep,
             q: Annotated[str | None, Query(max_length=300, description=(
                 "What the timeline is about (default: the store's main subject)"))] = None,
             date_from: DateFrom = None, date_to: DateTo = None,
             dates: Annotated[int, Query(ge=1, le=200, description="Entries")] = 10,
             sentences: Annotated[int, Query(ge=1, le=10, description="Sentences per entry")] = 1,
             ) -> JSONResponse:
    """A timeline for a query, built by `dateline.timeline.build_timeline` (as the CLI does)."""
    start, end = check_range(date_from, date_to)
    return JSONResponse(cached_timeline(request, store, q or None, start, end, dates, sentences))


TIMELINE_TTL_S = 60.0


def cached_timeline(request: Request, store: Store, *args: Any) -> dict[str, Any]:
    """Timelines are the slowest view: keep each for a minute, or until articles are added."""
    cache: dict[Any, tuple[float, dict[str, Any]]] = request.app.state.timeline_cache
    key = (args, store.count_articles())
    hit = cache.get(key)
    if hit and time.monotonic() - hit[0] < TIMELINE_TTL_S:
        return hit[1]
    data = views.timeline(store, *args)
    if len(cache) >= 64:
        cache.clear()
    cache[key] = (time.monotonic(), data)
    return data


@router.get("/entities", response_model=schemas.EntityPage, tags=["entities"])
def entities(store: StoreDep, query: Annotated[EntityQuery, Depends(entity_filters)],
             pages: PagingDep) -> JSONResponse:
    """Named entities by canonical name, most mentioned first."""
    return JSONResponse(views.list_entities(store, replace(query, limit=pages.limit, offset=pages.offset)))


@router.get("/entities/{name:path}", response_model=schemas.EntityDetail, tags=["entities"])
def entity(store: StoreDep, name: str, pages: PagingDep) -> JSONResponse:
    """One entity, its mentions (paginated) and the events it takes part in."""
    return JSONResponse(views.entity_detail(store, name, pages.limit, pages.offset))


@router.get("/places", response_model=schemas.PlacePage, tags=["places"])
def places(store: StoreDep, query: Annotated[PlaceQuery, Depends(place_filters)],
           pages: PagingDep) -> JSONResponse:
    """Places by GeoNames id (else by name), most mentioned first."""
    return JSONResponse(views.list_places(store, replace(query, limit=pages.limit, offset=pages.offset)))


@router.get("/places/{key:path}", response_model=schemas.PlaceDetail, tags=["places"])
def place(store: StoreDep, key: str, pages: PagingDep) -> JSONResponse:
    """One place (GeoNames id or name), its mentions (paginated) and the events there."""
    return JSONResponse(views.place_detail(store, key, pages.limit, pages.offset))


@router.get("/search", response_model=schemas.SearchOut, tags=["overview"])
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=300)],
           limit: Annotated[int, Query(ge=1, le=100)] = 10) -> JSONResponse:
    """Articles, events, entities and places matching `q`."""
    return JSONResponse(views.search(store, q, limit))


@router.post("/ingest", response_model=schemas.IngestOut, tags=["ingest"],
             dependencies=[Depends(require_token)],
             responses={401: {"model": schemas.ErrorOut}, 403: {"model": schemas.ErrorOut},
                        413: {"model": schemas.ErrorOut}})
def ingest(request: Request, store: StoreDep,
           files: Annotated[list[UploadFile], File(
               description="Files in any format `dateline ingest` reads")],
           fmt: Annotated[Literal["text", "jsonl", "csv", "tsv", "html", "feed"] | None,
                          Form(alias="format")] = None,
           field_map: Annotated[str | None, Form(alias="map", max_length=500, description=(
               "FIELD=COLUMN,... for JSONL/CSV records"))] = None,
           analyse: Annotated[bool, Form(description="Run the analysis pipeline on new articles")] = False,
           ) -> JSONResponse:
    """Ingest uploaded files (needs `Authorization: Bearer TOKEN`; off unless the server has one)."""
    report = ingest_uploads(store, files, request.app.state.settings, fmt=fmt, field_map=field_map,
                            analyse=analyse)
    return JSONResponse(report)
