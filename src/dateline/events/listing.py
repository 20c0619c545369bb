"""Stored events for people: filters from what a user types, table rows and ACLED CSV rows."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import QueryError
from ..store.base import ArticleQuery, EventQuery, Store, StoredEvent
from .export import event_row
from .taxonomy import BY_NAME, EVENT_TYPES

TABLE_COLUMNS = ["event_date", "sub_event_type", "actor1", "actor2", "location", "country",
                 "fatalities", "background", "article"]


def type_filter(value: str | None) -> tuple[str | None, str | None]:
    """ ``"battles"`` -> ("Battles", None); ``"air/drone strike"`` -> (None, "Air/drone strike")."""
    if not value:
        return None, None
    text = value.strip().lower()
    for name in EVENT_TYPES:
        if name.lower() == text or name.lower().split("/")[0] == text:
            return name, None
    for name in BY_NAME:
        if name.lower() == text:
            return None, name
    known = "; ".join(EVENT_TYPES) + "; or a sub-event type such as " + ", ".join(list(BY_NAME)[:4])
    raise QueryError(f"unknown event type {value!r}: use one of {known} (dateline events --help)")


def country_filter(value: str | None) -> str | None:
    """A country name as stored ("Mali") from a name, an ISO code or a demonym."""
    if not value:
        return None
    from ..entities import find_country
    from ..entities.countries import country_name

    code = find_country(value)
    if code is None:
        raise QueryError(f"unknown country {value!r}: give a name (Mali) or an ISO code (ML)")
    return country_name(code)


def event_query(*, country: str | None = None, type_: str | None = None, actor: str | None = None,
                date_from: str | None = None, date_to: str | None = None, background: bool = True,
                limit: int | None = 100, offset: int = 0) -> EventQuery:
    """An :class:`EventQuery` from command-line values, checked."""
    event_type, sub_event_type = type_filter(type_)
    return EventQuery(country=country_filter(country), event_type=event_type,
                      sub_event_type=sub_event_type, actor=actor, date_from=date_from,
                      date_to=date_to, include_background=background, limit=limit, offset=offset)


def table_rows(found: Sequence[StoredEvent]) -> list[dict[str, Any]]:
    rows = []
    for stored in found:
        event, place = stored.event, stored.event.location
        rows.append({"id": stored.id, "event_date": event.event_date, "event_type": event.event_type,
                     "sub_event_type": event.sub_event_type, "actor1": event.actor1,
                     "actor2": event.actor2, "location": place.name if place else None,
                     "country": place.country if place else None, "fatalities": event.fatalities,
                     "background": "yes" if event.background else "", "article": stored.article_id[:10],
                     "published": stored.published})
    return rows


def acled_rows(store: Store, found: Sequence[StoredEvent]) -> Iterator[dict[str, Any]]:
    """ACLED CSV rows; ``source`` is the article's source, ``data_id`` the stored event's id."""
    ids = sorted({s.article_id for s in found})
    sources = {a.id: a.source or a.id for a in store.articles(ArticleQuery(ids=ids, limit=None))}
    for stored in found:
        row = event_row(stored.event, {"data_id": stored.id, "event_id_cnty": f"DL{stored.id}",
                                       "event_id_no_cnty": stored.id,
                                       "source": sources.get(stored.article_id, stored.article_id),
                                       "timestamp": ""})
        yield row
