"""Stores: SQLite (embedded default) and PostgreSQL behind one interface."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import (
    ArticleQuery,
    EntityCount,
    EntityQuery,
    EventQuery,
    IngestProblem,
    Store,
    StoredEvent,
    StoreStats,
)
from .sqlite import SQLiteStore

__all__ = ["ArticleQuery", "EntityCount", "EntityQuery", "EventQuery", "IngestProblem", "SQLiteStore",
           "Store", "StoredEvent", "StoreStats", "open_store"]


def open_store(url: str | Path = "dateline.db") -> Store:
    """Open a store from a path (SQLite) or a ``postgresql://`` URL."""
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        try:
            from .postgres import PostgresStore  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            raise StoreError(f"PostgreSQL support is not available ({exc}): "
                             "pip install 'dateline[postgres]'") from None
        return PostgresStore(text)  # type: ignore[no-any-return,unused-ignore]
    if text.startswith("sqlite:///"):
        text = text.removeprefix("sqlite:///")
    return SQLiteStore(text)
