"""PostgreSQL twins of the SQLite store's counting and grouping queries.

Each method mirrors the SQLite one of the same name: same filters (case-insensitive equality via
``lower(...)``, ``ILIKE`` for SQLite's case-insensitive ``LIKE``), same grouping, same order
(``COLLATE "C"`` where SQLite sorts text bytewise).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .base import EntityCount, EntityQuery


class PostgresAggregates:
    """Mixed into :class:`~dateline.store.postgres.PostgresStore`."""

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def entity_counts(self, query: EntityQuery | None = None) -> list[EntityCount]:
        """Canonical entities with their mention and article counts, most mentioned first."""
        query = query or EntityQuery()
        where, params = _entity_where(query)
        limit = f"LIMIT {int(query.limit)} OFFSET {int(query.offset)}" if query.limit is not None else ""
        rows = self._all(
            "SELECT COALESCE(canonical, text) AS name, label, actor_type, country, COUNT(*), "
            f"COUNT(DISTINCT article_id) FROM entities {where} GROUP BY 1, 2, 3, 4 "
            f'ORDER BY 5 DESC, COALESCE(canonical, text) COLLATE "C" {limit}', params)
        counts = [EntityCount(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
        self._add_forms(counts, where, params)
        return counts

    def _add_forms(self, counts: list[EntityCount], where: str, params: list[Any]) -> None:
        """The three commonest ways each entity is written."""
        by_key = {(c.name, c.label, c.actor_type, c.country): c for c in counts}
        if not by_key:
            return
        clause = f"{where} AND" if where else "WHERE"
        rows = self._all(
            "SELECT COALESCE(canonical, text), label, actor_type, country, text, COUNT(*) FROM entities "
            f"{clause} COALESCE(canonical, text) = ANY(%s) "
            'GROUP BY 1, 2, 3, 4, 5 ORDER BY 6 DESC, text COLLATE "C"',
            [*params, sorted({c.name for c in counts})])
        for row in rows:
            found = by_key.get((row[0], row[1], row[2], row[3]))
            if found is not None and len(found.forms) < 3:
                found.forms.append(row[4])


def _entity_where(query: EntityQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("actor_type", query.actor_type), ("label", query.label),
                          ("country", query.country)):
        if value is not None:
            clauses.append(f"lower({column}) = lower(%s)")
            params.append(value)
    if query.search:
        clauses.append("(canonical ILIKE %s OR text ILIKE %s)")
        params += [f"%{query.search}%"] * 2
    if query.actors_only:
        clauses.append("actor_type IS NOT NULL")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params
