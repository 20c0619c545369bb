"""SQLite's side of :mod:`dateline.store.browse`: how its SQL spells the browsing queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from .base import ArticleQuery
from .browse import Browse


class BrowseQueries(Browse):
    """Browsing queries for :class:`~dateline.store.sqlite.SQLiteStore` (needs ``conn``)."""

    conn: sqlite3.Connection

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def _where(self, query: ArticleQuery) -> tuple[str, list[Any], str]:
        raise NotImplementedError

    def _article_scope(self, query: ArticleQuery) -> tuple[str, list[Any]]:
        join, params, where = self._where(query)
        return f"{join} {where}", params

    def _same_text(self, column: str) -> str:
        return f"{column} = ? COLLATE NOCASE"

    def _in_names(self, expr: str, names: list[str]) -> tuple[str, list[Any]]:
        return f"{expr} IN ({', '.join('?' * len(names))})", list(names)

    def _location_rows(self, where: str, params: list[Any]) -> list[tuple[Any, ...]]:
        # the place's names from any of its rows (they agree at one point): SQLite's bare columns
        # take them from one row; MAX() of each text column would triple the time
        return self._rows(
            "SELECT e.latitude, e.longitude, e.event_type, COUNT(*), e.location, e.country, e.admin1, "
            "COALESCE(SUM(e.fatalities), 0), MIN(e.event_date), MAX(e.event_date) "
            f"FROM events e {where} GROUP BY 1, 2, 3", params)
