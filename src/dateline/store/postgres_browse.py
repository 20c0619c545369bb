"""PostgreSQL's side of :mod:`dateline.store.browse`: the same queries, results and order.

``%s`` placeholders, ``lower()`` and ``ILIKE`` for SQLite's case-insensitive comparisons,
``GREATEST`` for SQLite's two-argument ``max``, ``->>`` for ``json_extract``, and ``COLLATE "C"``
where SQLite sorts text bytewise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .base import ArticleQuery
from .browse import Browse


class PostgresBrowse(Browse):
    """Browsing queries for :class:`~dateline.store.postgres.PostgresStore`."""

    MARK = "%s"
    LIKE = "ILIKE"
    GREATEST = "GREATEST"
    BYTEWISE = ' COLLATE "C"'
    PLACE_COUNTRY = "p.data->>'country'"
    #: SQLite sorts NULL first; PostgreSQL last unless told
    EVENT_ORDER = {"date": "e.event_date NULLS FIRST, e.id",
                   "-date": "e.event_date DESC NULLS LAST, e.id DESC",
                   "-fatalities": "COALESCE(e.fatalities, -1) DESC, e.event_date DESC NULLS LAST, e.id DESC"}

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._all(sql, params)

    def _article_filter(self, query: ArticleQuery) -> tuple[str, list[Any]]:
        raise NotImplementedError

    def _article_scope(self, query: ArticleQuery) -> tuple[str, list[Any]]:
        return self._article_filter(query)

    def _same_text(self, column: str) -> str:
        return f"lower({column}) = lower(%s)"

    def _in_names(self, expr: str, names: list[str]) -> tuple[str, list[Any]]:
        return f"{expr} = ANY(%s)", [list(names)]

    def _location_rows(self, where: str, params: list[Any]) -> list[tuple[Any, ...]]:
        # the place's names from any of its rows (they agree at one point); ordered so that ties
        # for the most common type break as in SQLite
        return self._all(
            "SELECT e.latitude, e.longitude, e.event_type, COUNT(*), MIN(e.location), MIN(e.country), "
            "MIN(e.admin1), COALESCE(SUM(e.fatalities), 0), MIN(e.event_date), MAX(e.event_date) "
            f'FROM events e {where} GROUP BY 1, 2, 3 ORDER BY 1, 2, e.event_type COLLATE "C"', params)
