"""The HTML pages. Each has a ``.json`` twin (``/entities/Wagner.json``) served by the same view.

Pages are rendered on the server with Jinja2 (they work without JavaScript); the dashboard adds
its map and timeline with JavaScript over the /api endpoints.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..store.base import EntityQuery, PlaceQuery
from . import views
from .api import ArticleFilters, EventFilters, PagingDep, StoreDep, cached_timeline
from .app import HERE, vendor_missing
from .params import DateFrom, DateTo, KnownParams, check_range, entity_filters, place_filters

router = APIRouter(dependencies=[KnownParams], include_in_schema=False)
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["urlpart"] = lambda value: quote(str(value), safe="")
templates.env.filters["tojson_attr"] = lambda value: json.dumps(value, ensure_ascii=False)
templates.env.globals["version"] = __version__

HighlightParam = Annotated[list[str] | None, Query(max_length=20)]


def split_json(ref: str) -> tuple[str, bool]:
    return (ref[:-5], True) if ref.endswith(".json") else (ref, False)


def json_twin(request: Request) -> str:
    path = request.url.path.rstrip("/") or "/index"
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{path}.json{query}"


def respond(request: Request, template: str, data: dict[str, Any], as_json: bool | None = None,
            **context: Any) -> Response:
    """The view's data as JSON (for a .json path) or rendered into its page."""
    if as_json if as_json is not None else request.url.path.endswith(".json"):
        return JSONResponse(data)
    return templates.TemplateResponse(request, template, {
        "data": data, "json_url": json_twin(request), "params": dict(request.query_params), **context})


def render_error(request: Request, status: int, message: str) -> str:
    template = templates.get_template("error.html")
    return template.render(request=request, status=status, message=message, json_url=None, params={})


@router.get("/", response_class=HTMLResponse)
@router.get("/index.json")
def dashboard(request: Request, store: StoreDep, filters: EventFilters) -> Response:
    """The dashboard: the page at once (its filters checked), its data from /index.json.

    The page asks for its twin first thing, so the data is computed while the browser loads the
    page's scripts and styles.
    """
    if not request.url.path.endswith(".json"):
        return respond(request, "dashboard.html", {}, missing=vendor_missing())
    order = "-date" if "order" not in request.query_params else filters.order  # newest first
    return JSONResponse(views.dashboard(store, replace(filters, order=order)))


@router.get("/search")
@router.get("/search.json")
def search(request: Request, store: StoreDep,
           q: Annotated[str, Query(max_length=300)] = "") -> Response:
    data = views.search(store, q, 20) if q.strip() else {"query": "", "empty": True}
    return respond(request, "search.html", data)


@router.get("/articles")
@router.get("/articles.json")
def articles(request: Request, store: StoreDep, query: ArticleFilters, pages: PagingDep) -> Response:
    data = views.list_articles(store, replace(query, limit=pages.limit, offset=pages.offset))
    return respond(request, "articles.html", data)


@router.get("/articles/{ref:path}")
def article(request: Request, store: StoreDep, ref: str, hl: HighlightParam = None) -> Response:
    article_id, as_json = split_json(ref)
    return respond(request, "article.html", views.article_detail(store, article_id, hl), as_json)


@router.get("/events")
@router.get("/events.json")
def events(request: Request, store: StoreDep, query: EventFilters, pages: PagingDep) -> Response:
    data = views.list_events(store, replace(query, limit=pages.limit, offset=pages.offset))
    return respond(request, "events.html", data)


@router.get("/events/{ref}")
def event(request: Request, store: StoreDep, ref: str) -> Response:
    event_id, as_json = split_json(ref)
    if not event_id.isdigit() or len(event_id) > 18:
        from ..errors import QueryError
        raise QueryError(f"event id {event_id!r} should be a number, as in /events/12")
    return respond(request, "event.html", views.event_detail(store, int(event_id)), as_json)


@router.get("/entities")
@router.get("/entities.json")
def entities(request: Request, store: StoreDep, query: Annotated[EntityQuery, Depends(entity_filters)],
             pages: PagingDep) -> Response:
    data = views.list_entities(store, replace(query, limit=pages.limit, offset=pages.offset))
    return respond(request, "entities.html", data)


@router.get("/entities/{ref:path}")
def entity(request: Request, store: StoreDep, ref: str, pages: PagingDep) -> Response:
    name, as_json = split_json(ref)
    return respond(request, "entity.html", views.entity_detail(store, name, pages.limit, pages.offset),
                   as_json)


@router.get("/places")
@router.get("/places.json")
def places(request: Request, store: StoreDep, query: Annotated[PlaceQuery, Depends(place_filters)],
           pages: PagingDep) -> Response:
    data = views.list_places(store, replace(query, limit=pages.limit, offset=pages.offset))
    return respond(request, "places.html", data)


@router.get("/places/{ref:path}")
def place(request: Request, store: StoreDep, ref: str, pages: PagingDep) -> Response:
    key, as_json = split_json(ref)
    return respond(request, "place.html", views.place_detail(store, key, pages.limit, pages.offset),
                   as_json, missing=vendor_missing())


@router.get("/timeline")
@router.get("/timeline.json")
def timeline(request: Request, store: StoreDep,
             q: Annotated[str | None, Query(max_length=300)] = None,
             date_from: DateFrom = None, date_to: DateTo = None,
             dates: Annotated[int, Query(ge=1, le=200)] = 20) -> Response:
    start, end = check_range(date_from, date_to)
    return respond(request, "timeline.html", cached_timeline(request, store, q or None, start, end, dates, 1))
