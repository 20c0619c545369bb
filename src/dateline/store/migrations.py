"""Schema migrations, applied in order and recorded in ``schema_migrations``.

Each migration is ``(version, name, statements)``. Never edit a released migration: add one.
"""

from __future__ import annotations

SQLITE_MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "articles, analysis layers, ingest errors", [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            published TEXT NOT NULL,
            date_precision TEXT NOT NULL,
            pub_date TEXT NOT NULL,
            title TEXT, url TEXT, source TEXT, external_id TEXT, language TEXT, origin TEXT,
            duplicate_of TEXT REFERENCES articles(id),
            text TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            stages TEXT NOT NULL DEFAULT '[]',
            ingested_at TEXT NOT NULL,
            signature BLOB)""",
        "CREATE INDEX articles_pub_date ON articles(pub_date)",
        "CREATE INDEX articles_source ON articles(source)",
        "CREATE INDEX articles_duplicate_of ON articles(duplicate_of)",
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid',
            tokenize='porter unicode61 remove_diacritics 2')""",
        """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END""",
        """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END""",
        """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END""",
        """CREATE TABLE sentences (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            data TEXT NOT NULL, PRIMARY KEY (article_id, idx))""",
        """CREATE TABLE timexes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, tid TEXT, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            type TEXT NOT NULL, value TEXT NOT NULL, sentence INTEGER,
            data TEXT NOT NULL, PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX timexes_value ON timexes(value)",
        """CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            text TEXT NOT NULL, label TEXT NOT NULL, canonical TEXT, actor_type TEXT, country TEXT,
            sentence INTEGER, data TEXT NOT NULL, PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX entities_canonical ON entities(canonical)",
        """CREATE TABLE places (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            text TEXT NOT NULL, name TEXT, geonameid INTEGER, country_code TEXT, admin1 TEXT,
            latitude REAL, longitude REAL, geo_precision INTEGER, sentence INTEGER,
            data TEXT NOT NULL, PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX places_geonameid ON places(geonameid)",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            event_date TEXT, time_precision INTEGER,
            actor1 TEXT, actor2 TEXT,
            country TEXT, admin1 TEXT, location TEXT, latitude REAL, longitude REAL,
            geo_precision INTEGER, fatalities INTEGER, background INTEGER NOT NULL DEFAULT 0,
            sentence INTEGER, notes TEXT, data TEXT NOT NULL,
            UNIQUE (article_id, idx))""",
        "CREATE INDEX events_date ON events(event_date)",
        "CREATE INDEX events_country_type_date ON events(country, event_type, event_date)",
        "CREATE INDEX events_type_date ON events(event_type, event_date)",
        """CREATE TABLE ingest_errors (
            id INTEGER PRIMARY KEY, run_id TEXT NOT NULL, path TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '', message TEXT NOT NULL, created_at TEXT NOT NULL)""",
    ]),
    (10, "entities: indexes for counting actors by type and label", [
        "CREATE INDEX entities_actor_type ON entities(actor_type, canonical)",
        "CREATE INDEX entities_label ON entities(label, canonical)",
    ]),
    (50, "web: indexes for browsing entities, places and map points", [
        "CREATE INDEX entities_name ON entities(COALESCE(canonical, text))",
        "CREATE INDEX places_name ON places(COALESCE(NULLIF(name, ''), text))",
        # covering indexes: counts and map points read these instead of the wide event rows
        "CREATE INDEX events_type_deaths ON events(event_type, fatalities)",
        "CREATE INDEX events_country_deaths ON events(country, fatalities)",
        "CREATE INDEX events_date_deaths ON events(event_date, fatalities)",
        "CREATE INDEX events_deaths_date ON events(COALESCE(fatalities, -1), event_date)",
        """CREATE INDEX events_point ON events(latitude, longitude, event_type, fatalities, event_date,
            location, country, admin1)""",
    ]),
]
