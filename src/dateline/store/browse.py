"""Read-only aggregate queries for browsing a store: counts, map points, entities, places.

One implementation for both back ends. :class:`Browse` writes each query once; the stores mix it
in and say how their SQL differs in a few class attributes and small methods (placeholder, case-
insensitive comparison, bytewise sorting, JSON access, a list parameter). The web layer calls
these through the :class:`~dateline.store.base.Store` protocol and never writes SQL itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from ..errors import NotFound, StoreError
from ..models import Event
from .base import (
    ArticleQuery,
    Count,
    EntityCount,
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

EVENT_KEYS: dict[str, str] = {
    "day": "substr(e.event_date, 1, 10)", "month": "substr(e.event_date, 1, 7)",
    "year": "substr(e.event_date, 1, 4)", "event_type": "e.event_type",
    "sub_event_type": "e.sub_event_type", "country": "e.country", "admin1": "e.admin1",
}
DATE_KEYS = {"day": 10, "month": 7, "year": 4}
ENTITY_NAME = "COALESCE(e.canonical, e.text)"
PLACE_NAME = "COALESCE(NULLIF(p.name, ''), p.text)"
PLACE_KEY = f"COALESCE(CAST(p.geonameid AS TEXT), {PLACE_NAME})"
#: The sentence that holds a mention (by offset), and the mention's context: that sentence, or
#: a window of 240 characters around the mention where sentences were not split.
SENTENCE_JOIN = ("LEFT JOIN sentences s ON s.article_id = {t}.article_id "
                 "AND s.start_char <= {t}.start_char AND {t}.start_char < s.end_char")
CONTEXT = ("CASE WHEN s.idx IS NULL THEN {greatest}({t}.start_char - 120, 0) ELSE s.start_char END",
           "CASE WHEN s.idx IS NULL THEN {t}.end_char + 120 - {greatest}({t}.start_char - 120, 0) "
           "ELSE s.end_char - s.start_char END")


def limit_clause(limit: int | None, offset: int = 0) -> str:
    return f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""


def and_clause(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f"WHERE {clause}"


def _where(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


def end_of(date_prefix: str) -> str:
    """The last day a date prefix covers, so ``--to 2022-02`` includes 2022-02-28."""
    if len(date_prefix) == 4:
        return f"{date_prefix}-12-31"
    if len(date_prefix) == 7:
        return f"{date_prefix}-31"
    return date_prefix[:10]


def _json(value: Any) -> Any:
    """A JSON column's value: SQLite gives text, PostgreSQL's jsonb the decoded value."""
    return json.loads(value) if isinstance(value, str) else value


class Browse:
    """Aggregates over the analysis layers, mixed into a store that supplies the hooks below."""

    #: parameter placeholder, case-insensitive LIKE, two-argument maximum, bytewise text order
    MARK = "?"
    LIKE = "LIKE"
    GREATEST = "max"
    BYTEWISE = ""
    #: the place's country name kept in its JSON ``data``
    PLACE_COUNTRY = "json_extract(p.data, '$.country')"
    #: event orders (SQLite sorts NULL first)
    EVENT_ORDER = {"date": "e.event_date, e.id", "-date": "e.event_date DESC, e.id DESC",
                   "-fatalities": "COALESCE(e.fatalities, -1) DESC, e.event_date DESC, e.id DESC"}

    # -- hooks -------------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _article_scope(self, query: ArticleQuery) -> tuple[str, list[Any]]:
        """The joins and WHERE clause that select the query's articles (alias ``a``)."""
        raise NotImplementedError

    def _same_text(self, column: str) -> str:
        """``column`` equals a parameter, ignoring case."""
        raise NotImplementedError

    def _in_names(self, expr: str, names: list[str]) -> tuple[str, list[Any]]:
        """``expr`` is one of ``names``."""
        raise NotImplementedError

    def _location_rows(self, where: str, params: list[Any]) -> list[tuple[Any, ...]]:
        """Events per (latitude, longitude, event type) with the place's names, deaths, dates."""
        raise NotImplementedError

    def _one_value(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self._rows(sql, params)[0][0])

    # -- events ------------------------------------------------------------------------------
    def get_event(self, event_id: int) -> StoredEvent:
        rows = self._rows("SELECT e.id, e.article_id, e.data, a.published FROM events e JOIN articles a "
                          f"ON a.id = e.article_id WHERE e.id = {self.MARK}", (int(event_id),))
        if not rows:
            raise NotFound(f"no event with id {event_id}; `dateline serve` lists them at /events")
        row = rows[0]
        return StoredEvent(row[0], row[1], Event.from_dict(_json(row[2])), row[3])

    def _event_filter(self, query: EventQuery) -> tuple[str, list[Any]]:
        """The WHERE clause of an event query; equality ignores case."""
        clauses: list[str] = []
        params: list[Any] = []
        equal = {"e.country": query.country, "e.admin1": query.admin1, "e.event_type": query.event_type,
                 "e.sub_event_type": query.sub_event_type, "e.location": query.location}
        for column, value in equal.items():
            if value is not None:
                clauses.append(self._same_text(column))
                params.append(value)
        m, like = self.MARK, self.LIKE
        if query.article_id is not None:
            clauses.append(f"e.article_id = {m}")
            params.append(query.article_id)
        if query.actor:
            clauses.append(f"(e.actor1 {like} {m} OR e.actor2 {like} {m})")
            params += [f"%{query.actor}%"] * 2
        for clause, value in ((f"e.event_date >= {m}", query.date_from),
                              (f"e.event_date <= {m}", query.date_to and end_of(query.date_to))):
            if value:
                clauses.append(clause)
                params.append(value)
        if query.bbox:
            clauses.append(f"e.longitude BETWEEN {m} AND {m} AND e.latitude BETWEEN {m} AND {m}")
            params += [query.bbox[0], query.bbox[2], query.bbox[1], query.bbox[3]]
        if query.text:
            clauses.append("(" + " OR ".join(f"e.{c} {like} {m}" for c in ("notes", "location", "actor1",
                                                                          "actor2")) + ")")
            params += [f"%{query.text}%"] * 4
        if not query.include_background:
            clauses.append("e.background = 0")
        return _where(clauses), params

    def events(self, query: EventQuery | None = None) -> list[StoredEvent]:
        query = query or EventQuery()
        where, params = self._event_filter(query)
        order = self.EVENT_ORDER.get(query.order)
        if order is None:
            raise StoreError(f"unknown event order {query.order!r}; use one of {', '.join(self.EVENT_ORDER)}")
        rows = self._rows(f"SELECT e.id, e.article_id, e.data, a.published FROM events e "
                          f"JOIN articles a ON a.id = e.article_id {where} "
                          f"ORDER BY {order} {limit_clause(query.limit, query.offset)}", params)
        return [StoredEvent(r[0], r[1], Event.from_dict(_json(r[2])), r[3]) for r in rows]

    def count_events(self, query: EventQuery | None = None) -> int:
        where, params = self._event_filter(query or EventQuery())
        return self._one_value(f"SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id "
                               f"{where}", params)

    def event_counts(self, by: EventCountKey, query: EventQuery | None = None) -> list[Count]:
        """Events and fatalities per group; dates in order, other keys largest first.

        The query's filters (all on the events table) apply; its limit and offset do not.
        """
        if by not in EVENT_KEYS:
            raise StoreError(f"cannot count events by {by!r}; use one of {', '.join(EVENT_KEYS)}")
        where, params = self._event_filter(query or EventQuery())
        key = f"{EVENT_KEYS[by]}{self.BYTEWISE} NULLS FIRST"
        order = key if by in DATE_KEYS else f"2 DESC, {key}"
        rows = self._rows(f"SELECT {EVENT_KEYS[by]}, COUNT(*), COALESCE(SUM(e.fatalities), 0) FROM events e "
                          f"{where} GROUP BY 1 ORDER BY {order}", params)
        return [Count(r[0], int(r[1]), int(r[2])) for r in rows]

    def event_locations(self, query: EventQuery | None = None,
                        limit: int | None = 5000) -> list[EventLocation]:
        """Placed events grouped by point, most events first (the query's paging is ignored).

        Each point carries its most common event type (for the colour of its marker).
        """
        where, params = self._event_filter(query or EventQuery())
        where = and_clause(where, "e.latitude IS NOT NULL AND e.longitude IS NOT NULL")
        points: dict[tuple[float, float], EventLocation] = {}
        top: dict[tuple[float, float], int] = {}
        for lat, lon, kind, count, location, country, admin1, deaths, first, last in self._location_rows(
                where, params):
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
        if by not in DATE_KEYS:
            raise StoreError(f"cannot count articles by {by!r}; use day, month or year")
        scope, params = self._article_scope(query or ArticleQuery())
        rows = self._rows(f"SELECT substr(a.pub_date, 1, {DATE_KEYS[by]}), COUNT(*) "
                          f"FROM articles a {scope} GROUP BY 1 ORDER BY 1", params)
        return [Count(r[0], int(r[1])) for r in rows]

    # -- entities ----------------------------------------------------------------------------
    def _entity_where(self, query: EntityQuery) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if query.name is not None:
            clauses.append(f"{ENTITY_NAME} = {self.MARK}")
            params.append(query.name)
        if query.search:
            clauses.append(f"(e.canonical {self.LIKE} {self.MARK} OR e.text {self.LIKE} {self.MARK})")
            params += [f"%{query.search}%"] * 2
        for column, value in (("e.label", query.label), ("e.actor_type", query.actor_type),
                              ("e.country", query.country)):
            if value:
                clauses.append(self._same_text(column))
                params.append(value)
        if query.actors_only:
            clauses.append("e.actor_type IS NOT NULL")
        return _where(clauses), params

    def entity_counts(self, query: EntityQuery | None = None) -> list[EntityCount]:
        """Canonical entities with their mention and article counts, most mentioned first."""
        query = query or EntityQuery()
        where, params = self._entity_where(query)
        rows = self._rows(
            f"SELECT {ENTITY_NAME} AS name, e.label, e.actor_type, e.country, COUNT(*), "
            f"COUNT(DISTINCT e.article_id) FROM entities e {where} GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, "
            f"{ENTITY_NAME}{self.BYTEWISE} {limit_clause(query.limit, query.offset)}", params)
        counts = [EntityCount(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
        self._add_forms(counts, where, params)
        return counts

    def _add_forms(self, counts: list[EntityCount], where: str, params: list[Any]) -> None:
        """The three commonest ways each entity is written."""
        by_key = {(c.name, c.label, c.actor_type, c.country): c for c in counts}
        if not by_key:
            return
        clause, names = self._in_names(ENTITY_NAME, sorted({c.name for c in counts}))
        rows = self._rows(
            f"SELECT {ENTITY_NAME}, e.label, e.actor_type, e.country, e.text, COUNT(*) FROM entities e "
            f"{and_clause(where, clause)} GROUP BY 1, 2, 3, 4, 5 ORDER BY 6 DESC, e.text{self.BYTEWISE}",
            [*params, *names])
        for row in rows:
            found = by_key.get((row[0], row[1], row[2], row[3]))
            if found is not None and len(found.forms) < 3:
                found.forms.append(row[4])

    def entities(self, query: EntityQuery | None = None) -> list[EntitySummary]:
        """Entities by name (canonical, else as written), most mentioned first."""
        query = query or EntityQuery()
        where, params = self._entity_where(query)
        rows = self._rows(
            f"SELECT {ENTITY_NAME} AS name, MAX(e.actor_type), MAX(e.country), COUNT(*), "
            "COUNT(DISTINCT e.article_id), MIN(a.pub_date), MAX(a.pub_date) FROM entities e "
            f"JOIN articles a ON a.id = e.article_id {where} GROUP BY 1 ORDER BY 4 DESC, "
            f"{ENTITY_NAME}{self.BYTEWISE} {limit_clause(query.limit, query.offset)}", params)
        labels = self._main_labels([r[0] for r in rows])
        return [EntitySummary(r[0], labels.get(r[0], ""), r[1], r[2], int(r[3]), int(r[4]), r[5], r[6])
                for r in rows]

    def _main_labels(self, names: list[str]) -> dict[str, str]:
        """The label most mentions of each name carry (PERSON, ORG, ...)."""
        if not names:
            return {}
        clause, params = self._in_names(ENTITY_NAME, names)
        rows = self._rows(f"SELECT {ENTITY_NAME}, e.label, COUNT(*) FROM entities e WHERE {clause} "
                          f"GROUP BY 1, 2 ORDER BY 3, e.label{self.BYTEWISE} DESC", params)
        return {name: label for name, label, _ in rows}  # later (more frequent) rows win

    def count_entities(self, query: EntityQuery | None = None) -> int:
        where, params = self._entity_where(query or EntityQuery())
        return self._one_value(f"SELECT COUNT(DISTINCT {ENTITY_NAME}) FROM entities e {where}", params)

    def entity_mentions(self, name: str, limit: int | None = 50, offset: int = 0) -> list[Mention]:
        """Mentions of an entity (by the name :meth:`entities` gives), newest articles first."""
        return self._mentions("entities", "e", f"{ENTITY_NAME} = {self.MARK}", [name], limit, offset)

    def count_entity_mentions(self, name: str) -> int:
        return self._one_value(f"SELECT COUNT(*) FROM entities e WHERE {ENTITY_NAME} = {self.MARK}", (name,))

    # -- places ------------------------------------------------------------------------------
    def _place_where(self, query: PlaceQuery) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if query.key is not None:
            clause, key_params = self._place_match(query.key)
            clauses.append(clause)
            params += key_params
        if query.search:
            clauses.append(f"(p.name {self.LIKE} {self.MARK} OR p.text {self.LIKE} {self.MARK})")
            params += [f"%{query.search}%"] * 2
        for column, value in (("p.country_code", query.country_code), ("p.admin1", query.admin1)):
            if value:
                clauses.append(self._same_text(column))
                params.append(value)
        return _where(clauses), params

    def places(self, query: PlaceQuery | None = None) -> list[PlaceSummary]:
        """Places by GeoNames id (else by name), most mentioned first."""
        query = query or PlaceQuery()
        where, params = self._place_where(query)
        rows = self._rows(
            f"SELECT {PLACE_KEY}, MAX({PLACE_NAME}{self.BYTEWISE}), MAX(p.geonameid), MAX(p.country_code), "
            f"MAX({self.PLACE_COUNTRY}), MAX(p.admin1), AVG(p.latitude), AVG(p.longitude), "
            f"COUNT(*), COUNT(DISTINCT p.article_id) FROM places p {where} GROUP BY 1 "
            f"ORDER BY 9 DESC, 2 {limit_clause(query.limit, query.offset)}", params)
        return [PlaceSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], int(r[8]), int(r[9]))
                for r in rows]

    def count_places(self, query: PlaceQuery | None = None) -> int:
        where, params = self._place_where(query or PlaceQuery())
        return self._one_value(f"SELECT COUNT(DISTINCT {PLACE_KEY}) FROM places p {where}", params)

    def _place_match(self, key: str) -> tuple[str, list[Any]]:
        if key.isdigit():
            return f"p.geonameid = {self.MARK}", [int(key)]
        return f"p.geonameid IS NULL AND {PLACE_NAME} = {self.MARK}", [key]

    def place_mentions(self, key: str, limit: int | None = 50, offset: int = 0) -> list[Mention]:
        """Mentions of a place (by the key :meth:`places` gives), newest articles first."""
        clause, params = self._place_match(key)
        return self._mentions("places", "p", clause, params, limit, offset)

    def count_place_mentions(self, key: str) -> int:
        clause, params = self._place_match(key)
        return self._one_value(f"SELECT COUNT(*) FROM places p WHERE {clause}", params)

    # -- shared ------------------------------------------------------------------------------
    def _mentions(self, table: str, t: str, clause: str, params: list[Any], limit: int | None,
                  offset: int) -> list[Mention]:
        start, length = (part.format(t=t, greatest=self.GREATEST) for part in CONTEXT)
        rows = self._rows(
            f"SELECT {t}.article_id, a.published, a.title, {t}.start_char, {t}.end_char, {t}.text, "
            f"s.idx, {start}, substr(a.text, {start} + 1, {length}) FROM {table} {t} "
            f"JOIN articles a ON a.id = {t}.article_id {SENTENCE_JOIN.format(t=t)} WHERE {clause} "
            f"ORDER BY a.pub_date DESC, {t}.article_id, {t}.idx {limit_clause(limit, offset)}", params)
        return [Mention(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8], r[7]) for r in rows]
