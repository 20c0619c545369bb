"""Query parameters shared by the API and the pages, checked before any query runs.

Each ``*_filters`` function is a FastAPI dependency that turns parameters into a store query
object; a malformed value raises :class:`~dateline.errors.QueryError` (a 400 with a message).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request

from ..errors import QueryError
from ..store.base import ArticleQuery, EntityQuery, EventQuery, PlaceQuery

#: The largest page any list endpoint returns.
MAX_LIMIT = 1000
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD; a month or year covers all its days"
Text = Annotated[str | None, Query(max_length=300)]


@dataclass
class Paging:
    limit: int
    offset: int


def paging(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")] = 50,
           offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")] = 0) -> Paging:
    return Paging(limit, offset)


def check_date(name: str, value: str | None) -> str | None:
    """``value`` if it is a real date prefix (2022, 2022-02, 2022-02-28), else a QueryError."""
    if value is None or value == "":
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        dt.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError as exc:
        raise QueryError(f"{name}={value!r} is not a date: {exc}") from None
    return value


def check_range(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    start, end = check_date("date_from", date_from), check_date("date_to", date_to)
    if start and end and start[:len(end)] > end:
        raise QueryError(f"date_from={start} is after date_to={end}; swap them")
    return start, end


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``min_lon,min_lat,max_lon,max_lat`` in degrees, checked."""
    if not value:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise QueryError(f"bbox={value!r}: expected four numbers min_lon,min_lat,max_lon,max_lat") from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise QueryError(f"bbox={value!r}: need -180 <= min_lon <= max_lon <= 180 and "
                         "-90 <= min_lat <= max_lat <= 90")
    return west, south, east, north


DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN, description="From this date. " + DATE_HELP)]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Up to this date. " + DATE_HELP)]


def article_filters(q: Annotated[str | None, Query(max_length=300, description=(
                        'Full-text search: words are ANDed, "quoted phrases" kept'))] = None,
                    date_from: DateFrom = None, date_to: DateTo = None,
                    source: Annotated[str | None, Query(max_length=300)] = None,
                    duplicates: Annotated[bool, Query(description="Include near-duplicates")] = True,
                    ) -> ArticleQuery:
    start, end = check_range(date_from, date_to)
    return ArticleQuery(search=q or None, date_from=start, date_to=end, source=source or None,
                        include_duplicates=duplicates, order="rank" if q else "-published")


EventOrder = Literal["date", "-date", "-fatalities"]


def event_filters(
        country: Annotated[str | None, Query(max_length=100, description="Country name")] = None,
        admin1: Annotated[str | None, Query(max_length=200, description="First-level region")] = None,
        event_type: Annotated[str | None, Query(max_length=100, description="ACLED event type")] = None,
        sub_event_type: Annotated[str | None, Query(max_length=100)] = None,
        actor: Annotated[str | None, Query(max_length=200, description="Part of actor 1 or 2")] = None,
        location: Annotated[str | None, Query(max_length=200, description="Exact place name")] = None,
        date_from: DateFrom = None, date_to: DateTo = None,
        bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
        q: Annotated[str | None, Query(max_length=300, description=(
            "Text in the notes, the place or an actor"))] = None,
        article_id: Annotated[str | None, Query(max_length=100)] = None,
        background: Annotated[bool, Query(description="Include background events")] = True,
        order: Annotated[EventOrder, Query(description="Sort order")] = "date") -> EventQuery:
    start, end = check_range(date_from, date_to)
    return EventQuery(country=country or None, admin1=admin1 or None, event_type=event_type or None,
                      sub_event_type=sub_event_type or None, actor=actor or None,
                      date_from=start, date_to=end, bbox=parse_bbox(bbox), text=q or None,
                      article_id=article_id or None, include_background=background,
                      location=location or None, order=order)


def entity_filters(q: Annotated[str | None, Query(max_length=300, description="Part of the name")] = None,
                   label: Annotated[str | None, Query(max_length=50, description="PERSON, ORG ...")] = None,
                   actor_type: Annotated[str | None, Query(max_length=100)] = None,
                   country: Annotated[str | None, Query(max_length=100)] = None) -> EntityQuery:
    return EntityQuery(search=q or None, label=label or None, actor_type=actor_type or None,
                       country=country or None)


def place_filters(q: Annotated[str | None, Query(max_length=300, description="Part of the name")] = None,
                  country_code: Annotated[str | None, Query(max_length=3, description="ISO alpha-2")] = None,
                  admin1: Annotated[str | None, Query(max_length=200)] = None) -> PlaceQuery:
    return PlaceQuery(search=q or None, country_code=country_code or None, admin1=admin1 or None)


def _query_names(dependant: Any) -> set[str]:
    """The query parameters an endpoint and all its dependencies declare."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def known_params_only(request: Request) -> None:
    """Reject parameters the endpoint does not take, so a typo never silently widens a filter."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise QueryError(f"unknown parameter {', '.join(map(repr, unknown))}; this endpoint takes: "
                         f"{', '.join(sorted(known)) or 'no parameters'}")


KnownParams = Depends(known_params_only)
