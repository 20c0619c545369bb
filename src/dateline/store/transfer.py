"""Copy a whole store into another backend: SQLite into PostgreSQL (``dateline migrate``) or back.

Every table of the source that the target also has is copied, column by column where both have
the column, in one transaction on the target: an interrupted copy leaves the target as it was.
Ids are kept (events keep their numbers) and identity sequences are moved past them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import StoreError
from .base import Store
from .sqlite import SQLiteStore

#: Tables that belong to one backend's machinery, never copied.
SKIPPED = ("schema_migrations", "sqlite_sequence")

Progress = Callable[[str, int, int], None]  # table, rows copied, rows in the table


@dataclass
class CopyReport:
    tables: dict[str, int] = field(default_factory=dict)
    skipped_columns: dict[str, list[str]] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def copy_store(source: Store, target: Store, *, progress: Progress | None = None,
               chunk: int = 5000) -> CopyReport:
    """Copy every table of ``source`` into the empty store ``target``."""
    if target.count_articles():
        raise StoreError(f"{_name(target)} already holds {target.count_articles()} articles: migrate "
                         "into an empty database (or a new schema)")
    report = CopyReport()
    source_tables = _tables(source)
    target_tables = dict(_tables(target))
    missing = [name for name, _ in source_tables if name not in target_tables]
    if missing:
        raise StoreError(f"{_name(target)} has no table {', '.join(missing)}: its schema lacks a "
                         "migration that the source has; upgrade dateline on the target")
    with _writing(target):
        for name, columns in source_tables:
            shared = [c for c in columns if c in target_tables[name]]
            report.skipped_columns.update({name: [c for c in columns if c not in shared]}
                                          if len(shared) < len(columns) else {})
            total = _count(source, name)
            rows = _read(source, name, shared, chunk)
            report.tables[name] = _write(target, name, shared, rows, total, progress)
        _advance_identities(target)
    return report


def _name(store: Store) -> str:
    from .postgres import _redact
    return _redact(str(store.url))


def _is_sqlite(store: Store) -> bool:
    return isinstance(store, SQLiteStore)


def _tables(store: Store) -> list[tuple[str, list[str]]]:
    """(table, copyable columns) in creation order, articles first."""
    if _is_sqlite(store):
        conn: Any = store.conn  # type: ignore[attr-defined]
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
        virtual = [n for n, sql in tables if sql.upper().startswith("CREATE VIRTUAL TABLE")]
        names = [n for n, _ in tables if not any(n == v or n.startswith(v + "_") for v in virtual)]
        found = [(n, [r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')]) for n in names]
    else:
        rows = store.conn.execute(  # type: ignore[attr-defined]
            "SELECT c.table_name, c.column_name FROM information_schema.columns c "
            "JOIN pg_class t ON t.relname = c.table_name AND t.relnamespace = "
            "(SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
            "WHERE c.table_schema = current_schema() AND c.is_generated = 'NEVER' "
            "ORDER BY t.oid, c.ordinal_position").fetchall()
        found = []
        for table, column in rows:
            if not found or found[-1][0] != table:
                found.append((table, []))
            found[-1][1].append(column)
    found = [(n, cols) for n, cols in found if n not in SKIPPED]
    return sorted(found, key=lambda item: item[0] != "articles")


def _count(store: Store, table: str) -> int:
    row = store.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()  # type: ignore[attr-defined]
    return int(row[0])


def _read(store: Store, table: str, columns: Sequence[str], chunk: int) -> Iterator[tuple[Any, ...]]:
    names = ", ".join(f'"{c}"' for c in columns)
    if _is_sqlite(store):
        cursor: Any = store.conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid')  # type: ignore[attr-defined]
        while rows := cursor.fetchmany(chunk):
            yield from (tuple(r) for r in rows)
        return
    conn: Any = store.conn  # type: ignore[attr-defined]
    with conn.transaction(), conn.cursor(name=f"copy_{table}") as cursor:
        cursor.itersize = chunk
        cursor.execute(f'SELECT {names} FROM "{table}" ORDER BY 1')
        for row in cursor:
            yield tuple(json.dumps(v) if isinstance(v, dict | list) else v for v in row)


def _write(store: Store, table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]],
           total: int, progress: Progress | None) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    done = 0
    if _is_sqlite(store):
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        for row in rows:
            store.conn.execute(sql, row)  # type: ignore[attr-defined]
            done = _tick(progress, table, done, total)
    else:
        from .postgres import clean_text
        with store.conn.cursor() as cursor, cursor.copy(  # type: ignore[attr-defined]
                f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([clean_text(v) if isinstance(v, str) else v for v in row])
                done = _tick(progress, table, done, total)
    if progress:
        progress(table, done, total)
    return done


def _tick(progress: Progress | None, table: str, done: int, total: int) -> int:
    done += 1
    if progress and done % 1000 == 0:
        progress(table, done, total)
    return done


class _writing:
    """One transaction on the target; foreign keys checked at the end (ids refer forwards too)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: Any = store.conn  # type: ignore[attr-defined]

    def __enter__(self) -> None:
        if isinstance(self.conn, sqlite3.Connection):
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
        else:
            self._tx = self.conn.transaction()
            self._tx.__enter__()
            self.conn.execute("SET CONSTRAINTS ALL DEFERRED")

    def __exit__(self, kind: Any, value: Any, tb: Any) -> None:
        if isinstance(self.conn, sqlite3.Connection):
            self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
        else:
            self._tx.__exit__(kind, value, tb)


def _advance_identities(store: Store) -> None:
    """Move PostgreSQL identity sequences past the copied ids."""
    if _is_sqlite(store):
        return
    conn: Any = store.conn  # type: ignore[attr-defined]
    rows = conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = current_schema() AND is_identity = 'YES'").fetchall()
    for table, column in rows:
        conn.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
                     f'COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)')
