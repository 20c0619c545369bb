"""The embedded default store: SQLite in WAL mode with FTS5 full-text search."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import NotFound, StoreError
from ..models import Article, Event
from .base import ArticleQuery, IngestProblem, StoreStats
from .browse import end_of as _end_of
from .migrations import SQLITE_MIGRATIONS
from .sqlite_browse import BrowseQueries

LAYER_TABLES = ("sentences", "timexes", "entities", "places", "events")

_ARTICLE_COLUMNS = ("id", "published", "date_precision", "pub_date", "title", "url", "source",
                    "external_id", "language", "origin", "duplicate_of", "text", "meta", "stages",
                    "ingested_at", "signature")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fts_query(text: str) -> str:
    """User words to a safe full-text query: quoted phrases kept, words ANDed, operators dropped."""
    phrases = re.findall(r'"([^"]+)"', text)
    rest = re.sub(r'"[^"]*"', " ", text)
    words = [w for w in re.findall(r"\w+", rest) if w.upper() not in ("AND", "OR", "NOT", "NEAR")]
    terms = [" ".join(re.findall(r"\w+", p)) for p in phrases] + words
    return " ".join(f'"{t}"' for t in terms if t)


def _pub_date(article: Article) -> str:
    return article.publication_date.isoformat()


class SQLiteStore(BrowseQueries):
    """``SQLiteStore("dateline.db")``; ``":memory:"`` for a throw-away store."""

    def __init__(self, path: str | Path = "dateline.db") -> None:
        self.path = str(path)
        self.url = self.path
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the store {self.path}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False,
                                        isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {self.path} as a dateline store: {exc}") from None

    # -- plumbing --------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def migrate(self) -> None:
        """Apply pending migrations under a write lock, so two processes opening a new store at
        once cannot both apply the same one."""
        applied = self._applied_versions()
        if all(version in applied for version, _, _ in SQLITE_MIGRATIONS):
            return
        with self._transaction():
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                              "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            applied = self._applied_versions()
            for version, name, statements in SQLITE_MIGRATIONS:
                if version in applied:
                    continue
                for sql in statements:
                    self.conn.execute(sql)
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, now()))

    def _applied_versions(self) -> set[int]:
        exists = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                   "AND name = 'schema_migrations'").fetchone()
        if not exists:
            return set()
        return {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    # -- articles --------------------------------------------------------------------------
    def add_articles(self, articles: Sequence[Article],
                     signatures: Sequence[bytes | None] | None = None) -> list[bool]:
        """Insert articles in one transaction; returns, per article, whether it was new."""
        signatures = signatures or [None] * len(articles)
        added = []
        with self._transaction():
            for article, signature in zip(articles, signatures):
                cursor = self.conn.execute(
                    f"INSERT OR IGNORE INTO articles ({', '.join(_ARTICLE_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})",
                    (article.id, article.published, article.date_precision, _pub_date(article),
                     article.title, article.url, article.source, article.external_id,
                     article.language, article.origin, article.duplicate_of, article.text,
                     json.dumps(article.meta), json.dumps(article.stages), now(), signature))
                added.append(cursor.rowcount == 1)
        return added

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def _row_to_article(self, row: sqlite3.Row) -> Article:
        return Article(id=row["id"], text=row["text"], published=row["published"],
                       date_precision=row["date_precision"], title=row["title"], url=row["url"],
                       source=row["source"], external_id=row["external_id"],
                       language=row["language"], origin=row["origin"],
                       duplicate_of=row["duplicate_of"], stages=json.loads(row["stages"]),
                       meta=json.loads(row["meta"] or "{}"))

    def get_article(self, article_id: str, layers: bool = True) -> Article:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            matches = self.conn.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT 2",
                                        (article_id + "%",)).fetchall()
            if len(matches) != 1:
                raise NotFound(f"no article with id {article_id!r}; `dateline articles` lists them")
            row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (matches[0][0],)).fetchone()
        article = self._row_to_article(row)
        if layers:
            self._load_layers([article])
        return article

    def _load_layers(self, articles: list[Article]) -> None:
        by_id = {a.id: a for a in articles}
        marks = ", ".join("?" * len(by_id))
        for name in LAYER_TABLES:
            part_type = Article.LAYERS[name]
            rows = self.conn.execute(
                f"SELECT article_id, data FROM {name} WHERE article_id IN ({marks}) "
                "ORDER BY article_id, idx", list(by_id))
            for row in rows:
                getattr(by_id[row[0]], name).append(part_type.from_dict(json.loads(row[1])))

    def _where(self, query: ArticleQuery) -> tuple[str, list[Any], str]:
        clauses, params, join = [], [], ""
        if query.search:
            join = "JOIN articles_fts f ON f.rowid = a.rowid"
            clauses.append("articles_fts MATCH ?")
            params.append(fts_query(query.search) or '""')
        if query.date_from:
            clauses.append("a.pub_date >= ?")
            params.append(query.date_from)
        if query.date_to:
            clauses.append("a.pub_date <= ?")
            params.append(_end_of(query.date_to))
        if query.source:
            clauses.append("a.source = ?")
            params.append(query.source)
        if query.ids is not None:
            clauses.append(f"a.id IN ({', '.join('?' * len(query.ids)) or 'NULL'})")
            params.extend(query.ids)
        if not query.include_duplicates:
            clauses.append("a.duplicate_of IS NULL")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return join, params, where

    def articles(self, query: ArticleQuery | None = None) -> list[Article]:
        query = query or ArticleQuery()
        join, params, where = self._where(query)
        order = {"published": "a.pub_date, a.published, a.id",
                 "-published": "a.pub_date DESC, a.published DESC, a.id",
                 "rank": "f.rank" if query.search else "a.pub_date, a.id"}[query.order]
        limit = f"LIMIT {int(query.limit)} OFFSET {int(query.offset)}" if query.limit is not None else ""
        rows = self.conn.execute(f"SELECT a.* FROM articles a {join} {where} ORDER BY {order} {limit}",
                                 params).fetchall()
        return [self._row_to_article(r) for r in rows]

    def count_articles(self, query: ArticleQuery | None = None) -> int:
        join, params, where = self._where(query or ArticleQuery())
        return int(self.conn.execute(f"SELECT COUNT(*) FROM articles a {join} {where}", params).fetchone()[0])

    def article_ids(self, pending_stages: Sequence[str] = ()) -> list[str]:
        """All ids in publication order; with ``pending_stages``, those not yet through all of them."""
        rows = self.conn.execute("SELECT id, stages FROM articles ORDER BY pub_date, id")
        wanted = set(pending_stages)
        return [r[0] for r in rows if not wanted or not wanted <= set(json.loads(r[1]))]

    def iter_articles(self, ids: Iterable[str] | None = None, *, pending_stages: Sequence[str] = (),
                      batch: int = 200) -> Iterator[Article]:
        chosen = list(ids) if ids is not None else self.article_ids(pending_stages)
        for i in range(0, len(chosen), batch):
            chunk = chosen[i:i + batch]
            marks = ", ".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk).fetchall()
            order = {article_id: n for n, article_id in enumerate(chunk)}
            articles = sorted((self._row_to_article(r) for r in rows), key=lambda a: order[a.id])
            if articles:
                self._load_layers(articles)
            yield from articles

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        for row in self.conn.execute("SELECT id, signature FROM articles WHERE signature IS NOT NULL "
                                     "ORDER BY pub_date, id"):
            yield row[0], bytes(row[1])

    # -- analysis layers ---------------------------------------------------------------------
    def save_analysis(self, articles: Sequence[Article]) -> None:
        """Replace the analysis layers of each article and record the stages it has been through."""
        with self._transaction():
            for article in articles:
                for name in LAYER_TABLES:
                    self.conn.execute(f"DELETE FROM {name} WHERE article_id = ?", (article.id,))
                self._insert_layers(article)
                self.conn.execute("UPDATE articles SET stages = ?, language = ? WHERE id = ?",
                                  (json.dumps(article.stages), article.language, article.id))

    def _insert_layers(self, article: Article) -> None:
        aid = article.id
        rows: dict[str, list[tuple[Any, ...]]] = {
            "sentences": [(aid, i, s.start, s.end, json.dumps(s.to_dict()))
                          for i, s in enumerate(article.sentences)],
            "timexes": [(aid, i, t.tid, t.start, t.end, t.type, t.value, t.sentence,
                         json.dumps(t.to_dict())) for i, t in enumerate(article.timexes)],
            "entities": [(aid, i, e.start, e.end, e.text, e.label, e.canonical, e.actor_type,
                          e.country, e.sentence, json.dumps(e.to_dict()))
                         for i, e in enumerate(article.entities)],
            "places": [(aid, i, p.start, p.end, p.text, p.name, p.geonameid, p.country_code,
                        p.admin1, p.latitude, p.longitude, p.geo_precision, p.sentence,
                        json.dumps(p.to_dict())) for i, p in enumerate(article.places)],
            "events": [_event_row(aid, i, ev) for i, ev in enumerate(article.events)],
        }
        columns = {
            "sentences": "article_id, idx, start_char, end_char, data",
            "timexes": "article_id, idx, tid, start_char, end_char, type, value, sentence, data",
            "entities": "article_id, idx, start_char, end_char, text, label, canonical, actor_type, "
                        "country, sentence, data",
            "places": "article_id, idx, start_char, end_char, text, name, geonameid, country_code, "
                      "admin1, latitude, longitude, geo_precision, sentence, data",
            "events": "article_id, idx, event_type, sub_event_type, event_date, time_precision, "
                      "actor1, actor2, country, admin1, location, latitude, longitude, geo_precision, "
                      "fatalities, background, sentence, notes, data",
        }
        for name, values in rows.items():
            if values:
                marks = ", ".join("?" * len(values[0]))
                self.conn.executemany(f"INSERT INTO {name} ({columns[name]}) VALUES ({marks})", values)

    def add_ingest_errors(self, problems: Sequence[IngestProblem]) -> None:
        if not problems:
            return
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO ingest_errors (run_id, path, location, message, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(p.run_id, p.path, p.location, p.message, p.created_at or now()) for p in problems])

    def ingest_errors(self, run_id: str | None = None, limit: int | None = 1000) -> list[IngestProblem]:
        sql = "SELECT run_id, path, location, message, created_at FROM ingest_errors"
        params: list[Any] = []
        if run_id:
            sql += " WHERE run_id = ?"
            params.append(run_id)
        sql += " ORDER BY id" + (f" LIMIT {int(limit)}" if limit is not None else "")
        return [IngestProblem(r[1], r[2], r[3], r[0], r[4]) for r in self.conn.execute(sql, params)]

    def stats(self) -> StoreStats:
        c = self.conn
        first, last, count, dups = c.execute(
            "SELECT MIN(pub_date), MAX(pub_date), COUNT(*), COUNT(duplicate_of) FROM articles").fetchone()
        sources = dict(c.execute("SELECT COALESCE(source, ''), COUNT(*) FROM articles "
                                 "GROUP BY 1 ORDER BY 2 DESC LIMIT 20").fetchall())
        analysed: dict[str, int] = {}
        for (stages,) in c.execute("SELECT stages FROM articles"):
            for name in json.loads(stages):
                analysed[name] = analysed.get(name, 0) + 1
        layers = {name: int(c.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0])
                  for name in LAYER_TABLES}
        errors = int(c.execute("SELECT COUNT(*) FROM ingest_errors").fetchone()[0])
        return StoreStats(count, dups, first, last, sources, analysed, layers, errors)


def _event_row(article_id: str, index: int, event: Event) -> tuple[Any, ...]:
    place = event.location
    return (article_id, index, event.event_type, event.sub_event_type, event.event_date,
            event.time_precision, event.actor1, event.actor2,
            place.country if place else None, place.admin1 if place else None,
            place.name if place else None, place.latitude if place else None,
            place.longitude if place else None, place.geo_precision if place else None,
            event.fatalities, int(event.background), event.sentence, event.notes,
            json.dumps(event.to_dict()))


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (Ctrl-C included)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: Any, value: Any, tb: Any) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
