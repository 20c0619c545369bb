"""The shared store: PostgreSQL (psycopg 3) with tsvector full-text search.

Selected by a URL: ``open_store("postgresql://user@host/db")``, or ``--db postgresql://...`` on
the command line. Libpq parameters go in the URL's query string (``?options=-csearch_path%3Dnews``
puts the tables in schema ``news``). It behaves as :class:`~dateline.store.sqlite.SQLiteStore`:
same methods, same results, same order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ..errors import NotFound, StoreError
from ..models import Article
from .base import ArticleQuery, IngestProblem, StoreStats
from .browse import end_of as _end_of
from .postgres_browse import PostgresBrowse
from .postgres_migrations import POSTGRES_MIGRATIONS
from .sqlite import LAYER_TABLES, _event_row, fts_query, now

ARTICLE_COLUMNS = ("id", "published", "date_precision", "pub_date", "title", "url", "source",
                   "external_id", "language", "origin", "duplicate_of", "text", "meta", "stages",
                   "ingested_at", "signature")

#: Columns written for each analysis layer (the events id is generated).
LAYER_COLUMNS = {
    "sentences": ("article_id", "idx", "start_char", "end_char", "data"),
    "timexes": ("article_id", "idx", "tid", "start_char", "end_char", "type", "value", "sentence",
                "data"),
    "entities": ("article_id", "idx", "start_char", "end_char", "text", "label", "canonical",
                 "actor_type", "country", "sentence", "data"),
    "places": ("article_id", "idx", "start_char", "end_char", "text", "name", "geonameid",
               "country_code", "admin1", "latitude", "longitude", "geo_precision", "sentence", "data"),
    "events": ("article_id", "idx", "event_type", "sub_event_type", "event_date", "time_precision",
               "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
               "geo_precision", "fatalities", "background", "sentence", "notes", "data"),
}

_SELECT_ARTICLE = f"SELECT {', '.join('a.' + c for c in ARTICLE_COLUMNS[:-1])} FROM articles a"


def clean_text(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL: replace it with U+FFFD (same length, so offsets hold)."""
    return value.replace("\x00", "\ufffd") if value and "\x00" in value else value


def to_json(data: Any) -> str:
    """JSON for a JSONB column, which rejects the NUL escape as text does."""
    return json.dumps(data, ensure_ascii=False).replace("\\u0000", "\\ufffd")


class PostgresStore(PostgresBrowse):
    """``PostgresStore("postgresql://localhost/dateline")``: the schema is migrated on open."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}; check that the "
                             "server runs and the URL's user, password and database") from None
        self.migrate()

    # -- plumbing --------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def migrate(self) -> None:
        """Apply the migrations not yet recorded, each in its own transaction, under a lock."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(hashtext('dateline migrations'))")
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                              "KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            applied = {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}
            for version, name, statements in POSTGRES_MIGRATIONS:
                if version not in applied:
                    self._apply(version, name, statements)

    def _apply(self, version: int, name: str, statements: list[str]) -> None:
        with self.conn.transaction():
            for sql in statements:
                self.conn.execute(sql)
            self.conn.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)", (version, name, now()))

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
        row = self.conn.execute(sql, params).fetchone()
        assert row is not None
        return row

    # -- articles --------------------------------------------------------------------------
    def add_articles(self, articles: Sequence[Article],
                     signatures: Sequence[bytes | None] | None = None) -> list[bool]:
        """Insert articles in one transaction; returns, per article, whether it was new."""
        signatures = signatures or [None] * len(articles)
        rows = [_article_row(a, s) for a, s in zip(articles, signatures, strict=True)]
        sql = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES "
               f"({', '.join(['%s'] * len(ARTICLE_COLUMNS))}) ON CONFLICT (id) DO NOTHING RETURNING id")
        added = []
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.executemany(sql, rows, returning=True)
            for _ in rows:
                added.append(cur.fetchone() is not None)
                cur.nextset()
        return added

    def has_article(self, article_id: str) -> bool:
        return bool(self._all("SELECT 1 FROM articles WHERE id = %s", (article_id,)))

    def get_article(self, article_id: str, layers: bool = True) -> Article:
        rows = self._all(f"{_SELECT_ARTICLE} WHERE a.id = %s", (article_id,))
        if not rows:
            prefix = article_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = self._all(f"{_SELECT_ARTICLE} WHERE a.id LIKE %s ORDER BY a.id LIMIT 2", (prefix,))
            if len(rows) != 1:
                raise NotFound(f"no article with id {article_id!r}; `dateline articles` lists them")
        article = _row_to_article(rows[0])
        if layers:
            self._load_layers([article])
        return article

    def _load_layers(self, articles: list[Article]) -> None:
        by_id = {a.id: a for a in articles}
        for name in LAYER_TABLES:
            part_type = Article.LAYERS[name]
            rows = self._all(f"SELECT article_id, data FROM {name} WHERE article_id = ANY(%s) "
                             "ORDER BY article_id, idx", (list(by_id),))
            for article_id, data in rows:
                getattr(by_id[article_id], name).append(part_type.from_dict(data))

    def _where(self, query: ArticleQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.search:
            terms = fts_query(query.search)
            clauses.append("a.search @@ websearch_to_tsquery('english', %s)" if terms else "FALSE")
            params += [terms] if terms else []
        if query.date_from:
            clauses.append("a.pub_date >= %s")
            params.append(query.date_from)
        if query.date_to:
            clauses.append("a.pub_date <= %s")
            params.append(_end_of(query.date_to))
        if query.source:
            clauses.append("a.source = %s")
            params.append(query.source)
        if query.ids is not None:
            clauses.append("a.id = ANY(%s)")
            params.append(list(query.ids))
        if not query.include_duplicates:
            clauses.append("a.duplicate_of IS NULL")
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def articles(self, query: ArticleQuery | None = None) -> list[Article]:
        query = query or ArticleQuery()
        where, params = self._where(query)
        order = {"published": "a.pub_date, a.published, a.id",
                 "-published": "a.pub_date DESC, a.published DESC, a.id",
                 "rank": "a.pub_date, a.id"}[query.order]
        if query.order == "rank" and query.search and fts_query(query.search):
            order = "ts_rank_cd(a.search, websearch_to_tsquery('english', %s)) DESC, a.pub_date, a.id"
            params.append(fts_query(query.search))
        limit = f"LIMIT {int(query.limit)} OFFSET {int(query.offset)}" if query.limit is not None else ""
        rows = self._all(f"{_SELECT_ARTICLE} {where} ORDER BY {order} {limit}", params)
        return [_row_to_article(r) for r in rows]

    def count_articles(self, query: ArticleQuery | None = None) -> int:
        where, params = self._where(query or ArticleQuery())
        return int(self._one(f"SELECT COUNT(*) FROM articles a {where}", params)[0])

    def article_ids(self, pending_stages: Sequence[str] = ()) -> list[str]:
        """All ids in publication order; with ``pending_stages``, those not yet through all of them."""
        if not pending_stages:
            return [r[0] for r in self._all("SELECT id FROM articles ORDER BY pub_date, id")]
        return [r[0] for r in self._all("SELECT id FROM articles WHERE NOT stages @> %s "
                                        "ORDER BY pub_date, id", (Jsonb(list(pending_stages)),))]

    def iter_articles(self, ids: Iterable[str] | None = None, *, pending_stages: Sequence[str] = (),
                      batch: int = 200) -> Iterator[Article]:
        chosen = list(ids) if ids is not None else self.article_ids(pending_stages)
        for i in range(0, len(chosen), batch):
            chunk = chosen[i:i + batch]
            order = {article_id: n for n, article_id in enumerate(chunk)}
            rows = self._all(f"{_SELECT_ARTICLE} WHERE a.id = ANY(%s)", (chunk,))
            articles = sorted((_row_to_article(r) for r in rows), key=lambda a: order[a.id])
            if articles:
                self._load_layers(articles)
            yield from articles

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        with self.conn.transaction(), self.conn.cursor(name="dateline_signatures") as cur:
            cur.execute("SELECT id, signature FROM articles WHERE signature IS NOT NULL "
                        "ORDER BY pub_date, id")
            for article_id, blob in cur:
                yield article_id, bytes(blob)

    # -- analysis layers ---------------------------------------------------------------------
    def save_analysis(self, articles: Sequence[Article]) -> None:
        """Replace the analysis layers of each article and record the stages it has been through."""
        if not articles:
            return
        ids = [a.id for a in articles]
        with self.conn.transaction(), self.conn.cursor() as cur:
            for name in LAYER_TABLES:
                cur.execute(f"DELETE FROM {name} WHERE article_id = ANY(%s)", (ids,))
            for name, rows in _layer_rows(articles).items():
                if rows:
                    with cur.copy(f"COPY {name} ({', '.join(LAYER_COLUMNS[name])}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
            cur.executemany("UPDATE articles SET stages = %s, language = %s WHERE id = %s",
                            [(Jsonb(a.stages), a.language, a.id) for a in articles])

    def _article_filter(self, query: ArticleQuery) -> tuple[str, list[Any]]:
        return self._where(query)

    # -- ingest errors and summary ------------------------------------------------------------
    def add_ingest_errors(self, problems: Sequence[IngestProblem]) -> None:
        if not problems:
            return
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.executemany("INSERT INTO ingest_errors (run_id, path, location, message, created_at) "
                            "VALUES (%s, %s, %s, %s, %s)",
                            [(p.run_id, clean_text(p.path), clean_text(p.location),
                              clean_text(p.message), p.created_at or now()) for p in problems])

    def ingest_errors(self, run_id: str | None = None, limit: int | None = 1000) -> list[IngestProblem]:
        sql = "SELECT run_id, path, location, message, created_at FROM ingest_errors"
        params: list[Any] = []
        if run_id:
            sql += " WHERE run_id = %s"
            params.append(run_id)
        sql += " ORDER BY id" + (f" LIMIT {int(limit)}" if limit is not None else "")
        return [IngestProblem(r[1], r[2], r[3], r[0], r[4]) for r in self._all(sql, params)]

    def stats(self) -> StoreStats:
        first, last, count, dups = self._one(
            "SELECT MIN(pub_date), MAX(pub_date), COUNT(*), COUNT(duplicate_of) FROM articles")
        sources = dict(self._all("SELECT COALESCE(source, ''), COUNT(*) FROM articles "
                                 "GROUP BY 1 ORDER BY 2 DESC LIMIT 20"))
        analysed = dict(self._all("SELECT s, COUNT(*) FROM articles, jsonb_array_elements_text(stages) "
                                  "AS s GROUP BY s ORDER BY MIN(pub_date), s"))
        layers = {name: int(self._one(f"SELECT COUNT(*) FROM {name}")[0]) for name in LAYER_TABLES}
        errors = int(self._one("SELECT COUNT(*) FROM ingest_errors")[0])
        return StoreStats(int(count), int(dups), first, last, sources, analysed, layers, errors)


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    head, at, tail = url.rpartition("@")
    if not at or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, user = head.partition("//")
    return f"{scheme}//{user.split(':')[0]}:***@{tail}"


def _article_row(article: Article, signature: bytes | None) -> tuple[Any, ...]:
    return (article.id, article.published, article.date_precision,
            article.publication_date.isoformat(), clean_text(article.title), article.url,
            article.source, article.external_id, article.language, clean_text(article.origin),
            article.duplicate_of, clean_text(article.text), to_json(article.meta),
            Jsonb(article.stages), now(), signature)


def _row_to_article(row: Sequence[Any]) -> Article:
    values = dict(zip(ARTICLE_COLUMNS, row, strict=False))
    values.pop("pub_date")
    values.pop("ingested_at")
    values["meta"] = values["meta"] or {}
    return Article(**values)


def _layer_rows(articles: Sequence[Article]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of each layer table, the same values as SQLite stores (JSON as text for COPY)."""
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in LAYER_TABLES}
    for a in articles:
        rows["sentences"] += [(a.id, i, s.start, s.end, to_json(s.to_dict()))
                              for i, s in enumerate(a.sentences)]
        rows["timexes"] += [(a.id, i, t.tid, t.start, t.end, t.type, t.value, t.sentence,
                             to_json(t.to_dict())) for i, t in enumerate(a.timexes)]
        rows["entities"] += [(a.id, i, e.start, e.end, clean_text(e.text), e.label, e.canonical,
                              e.actor_type, e.country, e.sentence, to_json(e.to_dict()))
                             for i, e in enumerate(a.entities)]
        rows["places"] += [(a.id, i, p.start, p.end, clean_text(p.text), p.name, p.geonameid,
                            p.country_code, p.admin1, p.latitude, p.longitude, p.geo_precision,
                            p.sentence, to_json(p.to_dict())) for i, p in enumerate(a.places)]
        rows["events"] += [_event_row(a.id, i, ev)[:-1] + (to_json(ev.to_dict()),)
                           for i, ev in enumerate(a.events)]
    return rows


