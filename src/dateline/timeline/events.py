"""An event timeline: the coded events a query concerns, in date order, with their notes."""

from __future__ import annotations

from ..store.base import EventQuery, Store, StoredEvent


def event_timeline(store: Store, query: str, *, date_from: str | None = None,
                   date_to: str | None = None, limit: int | None = None) -> list[StoredEvent]:
    """Events whose notes, actors, country or region match ``query`` (empty: all events).

    Sorted by event date (undated events last, by publication date), each once.
    """
    queries = _queries(query.strip(), date_from, date_to)
    found: dict[int, StoredEvent] = {}
    for q in queries:
        for event in store.events(q):
            found.setdefault(event.id, event)
    ordered = sorted(found.values(), key=lambda e: (e.event.event_date or "9999", e.published, e.id))
    return ordered[:limit] if limit else ordered


def _queries(query: str, date_from: str | None, date_to: str | None) -> list[EventQuery]:
    if not query:
        return [EventQuery(date_from=date_from, date_to=date_to, limit=None)]
    return [EventQuery(text=query, date_from=date_from, date_to=date_to, limit=None),
            EventQuery(actor=query, date_from=date_from, date_to=date_to, limit=None),
            EventQuery(country=query, date_from=date_from, date_to=date_to, limit=None),
            EventQuery(admin1=query, date_from=date_from, date_to=date_to, limit=None)]
