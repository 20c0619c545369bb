"""Read-only aggregate queries for browsing a SQLite store: counts, map points, entities, places.

:class:`~dateline.store.sqlite.SQLiteStore` inherits these; the web layer calls them through the
:class:`~dateline.store.base.Store` protocol and never writes SQL itself.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Literal

from ..errors import NotFound, StoreError
from ..models import Event
from .base import (
    ArticleQuery,
    Count,
    EntityQuery,
    EntitySummary,
    EventCountKey,
    EventLocation,
    EventQuery,
    Mention,
    PlaceQuery,
    PlaceSummary,
    StoredEvent,
)

_EVENT_KEYS: dict[str, str] = {
    "day": "substr(e.event_date, 1, 10)", "month": "substr(e.event_date, 1, 7)",
    "year": "substr(e.event_date, 1, 4)", "event_type": "e.event_type",
    "sub_event_type": "e.sub_event_type", "country": "e.country", "admin1": "e.admin1",
}
_DATE_KEYS = {"day": 10, "month": 7, "year": 4}
_ENTITY_NAME = "COALESCE(e.canonical, e.text)"
_PLACE_NAME = "COALESCE(NULLIF(p.name, ''), p.text)"
_PLACE_KEY = f"COALESCE(CAST(p.geonameid AS TEXT), {_PLACE_NAME})"
#: The sentence that holds a mention (by offset), and the mention's context: that sentence, or
#: a window of 240 characters around the mention where sentences were not split.
_SENTENCE_JOIN = ("LEFT JOIN sentences s ON s.article_id = {t}.article_id "
                  "AND s.start_char <= {t}.start_char AND {t}.start_char < s.end_char")
_CONTEXT = ("CASE WHEN s.idx IS NULL THEN max({t}.start_char - 120, 0) ELSE s.start_char END",
            "CASE WHEN s.idx IS NULL THEN {t}.end_char + 120 - max({t}.start_char - 120, 0) "
            "ELSE s.end_char - s.start_char END")


def _limit(limit: int | None, offset: int = 0) -> str:
    return f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f"WHERE {clause}"


class BrowseQueries:
    """Aggregates over the analysis layers; mixed into SQLiteStore (needs ``conn``)."""

    conn: sqlite3.Connection

    def _event_filter(self, query: EventQuery) -> tuple[str, list[Any]]:
        raise NotImplementedError

    def _where(self, query: ArticleQuery) -> tuple[str, list[Any], str]:
        raise NotImplementedError

    # -- events ------------------------------------------------------------------------------
    def get_event(self, event_id: int) -> StoredEvent:
        row = self.conn.execute("SELECT e.id, e.article_id, e.data, a.published FROM events e "
                                "JOIN articles a ON a.id = e.article_id WHERE e.id = ?",
                                (int(event_id),)).fetchone()
        if row is None:
            raise NotFound(f"no event with id {event_id}; `dateline serve` lists them at /events")
        return StoredEvent(row[0], row[1], Event.from_dict(json.loads(row[2])), row[3])

    def event_counts(self, by: EventCountKey, query: EventQuery | None = None) -> list[Count]:
        """Events and fatalities per group; dates in order, other keys largest first.

        The query's filters (all on the events table) apply; its limit and offset do not.
        """
        if by not in _EVENT_KEYS:
            raise StoreError(f"cannot count events by {by!r}; use one of {', '.join(_EVENT_KEYS)}")
        where, params = self._event_filter(query or EventQuery())
        order = "1" if by in _DATE_KEYS else "2 DESC, 1"
        rows = self.conn.execute(
            f"SELECT {_EVENT_KEYS[by]}, COUNT(*), COALESCE(SUM(e.fatalities), 0) FROM events e "
            f"{where} GROUP BY 1 ORDER BY {order}", params)
        return [Count(r[0], int(r[1]), int(r[2])) for r in rows]

    def event_locations(self, query: EventQuery | None = None,
                        limit: int | None = 5000) -> list[EventLocation]:
        """Placed events grouped by point, most events first (the query's paging is ignored).

        Each point carries its most common event type (for the colour of its marker).
        """
        where, params = self._event_filter(query or EventQuery())
        where = _and(where, "e.latitude IS NOT NULL AND e.longitude IS NOT NULL")
        rows = self.conn.execute(
            # the place's names from any of its rows (they agree at one point): MAX() of each
            # text column would triple the time
            "SELECT e.latitude, e.longitude, e.event_type, COUNT(*), e.location, e.country, e.admin1, "
            "COALESCE(SUM(e.fatalities), 0), MIN(e.event_date), MAX(e.event_date) "
            f"FROM events e {where} GROUP BY 1, 2, 3", params)
        points: dict[tuple[float, float], EventLocation] = {}
        top: dict[tuple[float, float], int] = {}
        for lat, lon, kind, count, location, country, admin1, deaths, first, last in rows:
            point = points.get((lat, lon))
            if point is None:
                point = points[(lat, lon)] = EventLocation(lat, lon, location, country, admin1, 0, 0,
                                                           first, last, kind)
            point.events += count
            point.fatalities += deaths
            if first and (point.first_date is None or first < point.first_date):
                point.first_date = first
            if last and (point.last_date is None or last > point.last_date):
                point.last_date = last
            if count > top.get((lat, lon), 0):
                top[(lat, lon)], point.top_event_type = count, kind
        ranked = sorted(points.values(), key=lambda p: (-p.events, p.latitude, p.longitude))
        return ranked[:limit] if limit is not None else ranked

    # -- articles ----------------------------------------------------------------------------
    def article_counts(self, by: Literal["day", "month", "year"],
                       query: ArticleQuery | None = None) -> list[Count]:
        """Articles per publication day, month or year, in date order (paging ignored)."""
        if by not in _DATE_KEYS:
            raise StoreError(f"cannot count articles by {by!r}; use day, month or year")
        join, params, where = self._where(query or ArticleQuery())
        rows = self.conn.execute(f"SELECT substr(a.pub_date, 1, {_DATE_KEYS[by]}), COUNT(*) "
                                 f"FROM articles a {join} {where} GROUP BY 1 ORDER BY 1", params)
        return [Count(r[0], int(r[1])) for r in rows]

    # -- entities ----------------------------------------------------------------------------
    def _entity_where(self, query: EntityQuery) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if query.name is not None:
            clauses.append(f"{_ENTITY_NAME} = ?")
            params.append(query.name)
        if query.search:
            clauses.append("(e.canonical LIKE ? OR e.text LIKE ?)")
            params += [f"%{query.search}%"] * 2
        for column, value in (("e.label", query.label), ("e.actor_type", query.actor_type),
                              ("e.country", query.country)):
            if value:
                clauses.append(f"{column} = ? COLLATE NOCASE")
                params.append(value)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def entities(self, query: EntityQuery | None = None) -> list[EntitySummary]:
        """Entities by name (canonical, else as written), most mentioned first."""
        query = query or EntityQuery()
        where, params = self._entity_where(query)
        rows = self.conn.execute(
            f"SELECT {_ENTITY_NAME} AS name, MAX(e.actor_type), MAX(e.country), COUNT(*), "
            "COUNT(DISTINCT e.article_id), MIN(a.pub_date), MAX(a.pub_date) FROM entities e "
            f"JOIN articles a ON a.id = e.article_id {where} GROUP BY 1 ORDER BY 4 DESC, 1 "
            f"{_limit(query.limit, query.offset)}", params).fetchall()
        labels = self._main_labels([r[0] for r in rows])
        return [EntitySummary(r[0], labels.get(r[0], ""), r[1], r[2], int(r[3]), int(r[4]), r[5], r[6])
                for r in rows]

    def _main_labels(self, names: list[str]) -> dict[str, str]:
        """The label most mentions of each name carry (PERSON, ORG, ...)."""
        if not names:
            return {}
        marks = ", ".join("?" * len(names))
        rows = self.conn.execute(
            f"SELECT {_ENTITY_NAME}, e.label, COUNT(*) FROM entities e WHERE {_ENTITY_NAME} IN ({marks}) "
            "GROUP BY 1, 2 ORDER BY 3, 2 DESC", names)
        return {name: label for name, label, _ in rows}  # later (more frequent) rows win

    def count_entities(self, query: EntityQuery | None = None) -> int:
        where, params = self._entity_where(query or EntityQuery())
        return int(self.conn.execute(f"SELECT COUNT(DISTINCT {_ENTITY_NAME}) FROM entities e {where}",
                                     params).fetchone()[0])

    def entity_mentions(self, name: str, limit: int | None = 50, offset: int = 0) -> list[Mention]:
        """Mentions of an entity (by the name :meth:`entities` gives), newest articles first."""
        return self._mentions("entities", "e", f"{_ENTITY_NAME} = ?", [name], limit, offset)

    def count_entity_mentions(self, name: str) -> int:
        return int(self.conn.execute(f"SELECT COUNT(*) FROM entities e WHERE {_ENTITY_NAME} = ?",
                                     (name,)).fetchone()[0])

    # -- places ------------------------------------------------------------------------------
    def _place_where(self, query: PlaceQuery) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if query.key is not None:
            clause, key_params = self._place_match(query.key)
            clauses.append(clause)
            params += key_params
        if query.search:
            clauses.append("(p.name LIKE ? OR p.text LIKE ?)")
            params += [f"%{query.search}%"] * 2
        for column, value in (("p.country_code", query.country_code), ("p.admin1", query.admin1)):
            if value:
                clauses.append(f"{column} = ? COLLATE NOCASE")
                params.append(value)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def places(self, query: PlaceQuery | None = None) -> list[PlaceSummary]:
        """Places by GeoNames id (else by name), most mentioned first."""
        query = query or PlaceQuery()
        where, params = self._place_where(query)
        rows = self.conn.execute(
            f"SELECT {_PLACE_KEY}, MAX({_PLACE_NAME}), MAX(p.geonameid), MAX(p.country_code), "
            "MAX(json_extract(p.data, '$.country')), MAX(p.admin1), AVG(p.latitude), AVG(p.longitude), "
            f"COUNT(*), COUNT(DISTINCT p.article_id) FROM places p {where} GROUP BY 1 ORDER BY 9 DESC, 2 "
            f"{_limit(query.limit, query.offset)}", params).fetchall()
        return [PlaceSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], int(r[8]), int(r[9]))
                for r in rows]

    def count_places(self, query: PlaceQuery | None = None) -> int:
        where, params = self._place_where(query or PlaceQuery())
        return int(self.conn.execute(f"SELECT COUNT(DISTINCT {_PLACE_KEY}) FROM places p {where}",
                                     params).fetchone()[0])

    def _place_match(self, key: str) -> tuple[str, list[Any]]:
        if key.isdigit():
            return "p.geonameid = ?", [int(key)]
        return f"p.geonameid IS NULL AND {_PLACE_NAME} = ?", [key]

    def place_mentions(self, key: str, limit: int | None = 50, offset: int = 0) -> list[Mention]:
        """Mentions of a place (by the key :meth:`places` gives), newest articles first."""
        clause, params = self._place_match(key)
        return self._mentions("places", "p", clause, params, limit, offset)

    def count_place_mentions(self, key: str) -> int:
        clause, params = self._place_match(key)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM places p WHERE {clause}", params).fetchone()[0])

    # -- shared ------------------------------------------------------------------------------
    def _mentions(self, table: str, t: str, clause: str, params: list[Any], limit: int | None,
                  offset: int) -> list[Mention]:
        start, length = (part.format(t=t) for part in _CONTEXT)
        rows = self.conn.execute(
            f"SELECT {t}.article_id, a.published, a.title, {t}.start_char, {t}.end_char, {t}.text, "
            f"s.idx, {start}, substr(a.text, {start} + 1, {length}) FROM {table} {t} "
            f"JOIN articles a ON a.id = {t}.article_id {_SENTENCE_JOIN.format(t=t)} WHERE {clause} "
            f"ORDER BY a.pub_date DESC, {t}.article_id, {t}.idx {_limit(limit, offset)}", params)
        return [Mention(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8], r[7]) for r in rows]

