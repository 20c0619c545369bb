"""The offline gazetteer: a SQLite index of GeoNames places and their names.

Built on first use from packages (:mod:`dateline.places.build`), extended with GeoNames dump files
(:mod:`dateline.places.geonames`). Lookups go through :func:`~dateline.places.normalize.name_key`,
so case, accents, punctuation and "St."/"Saint" do not matter.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from ..models import Place
from .normalize import name_key

#: Bump when the schema or the package build changes; an older index is rebuilt.
SCHEMA_VERSION = "5"

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS places (
        geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL, longitude REAL,
        feature_class TEXT, feature_code TEXT, country_code TEXT, admin1_code TEXT,
        admin2_code TEXT, population INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS names (
        key TEXT NOT NULL, geonameid INTEGER NOT NULL, is_main INTEGER NOT NULL,
        PRIMARY KEY (key, geonameid)) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS names_geonameid ON names(geonameid)",
    "CREATE INDEX IF NOT EXISTS places_source ON places(source)",
    """CREATE TABLE IF NOT EXISTS admin (
        country_code TEXT NOT NULL, level INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
        geonameid INTEGER, PRIMARY KEY (country_code, level, code)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS countries (
        code TEXT PRIMARY KEY, iso3 TEXT, name TEXT NOT NULL, geonameid INTEGER,
        population INTEGER, continent TEXT, neighbours TEXT)""",
    """CREATE TABLE IF NOT EXISTS sources (
        source TEXT PRIMARY KEY, path TEXT, rows INTEGER, imported_at TEXT)""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
]

_COLUMNS = (
    "geonameid",
    "name",
    "latitude",
    "longitude",
    "feature_class",
    "feature_code",
    "country_code",
    "admin1_code",
    "admin2_code",
    "population",
    "source",
)

#: ACLED geo_precision by feature: 1 a town or village, 2 part of a region, 3 a region or country.
REGION_CODES = frozenset(
    {"ADM1", "ADM1H", "PCLI", "PCL", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "CONT", "RGN", "ZN"}
    | {"OCN", "SEA", "GULF"}
)


@dataclass(frozen=True)
class GazetteerEntry:
    """One gazetteer row: a GeoNames place."""

    geonameid: int
    name: str
    latitude: float | None
    longitude: float | None
    feature_class: str | None
    feature_code: str | None
    country_code: str | None
    admin1_code: str | None
    admin2_code: str | None
    population: int
    source: str

    @cached_property
    def is_country(self) -> bool:  # read a million times per 200 articles by the coherence scores
        return (self.feature_code or "").startswith("PCL")

    @property
    def is_admin1(self) -> bool:
        return self.feature_code == "ADM1"

    @property
    def is_populated(self) -> bool:
        return self.feature_class == "P"

    @property
    def geo_precision(self) -> int:
        if self.feature_code in REGION_CODES or self.source == "dateline":
            return 3
        return 1 if self.feature_class in ("P", "S") else 2


def default_path(setting: str = "") -> Path:
    """The index file: the ``gazetteer`` setting, else the user cache folder."""
    if setting:
        return Path(setting).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "dateline" / "gazetteer.sqlite"


class Gazetteer:
    """``Gazetteer.default().search("Gossi")``: candidates for a place name, best first."""

    _default: dict[str, Gazetteer] = {}
    _lock = threading.Lock()

    def __init__(
        self,
        path: str | Path,
        *,
        build: bool = True,
        progress: Callable[[str, int, int | None], None] | None = None,
    ) -> None:
        self.path = Path(path)
        if build and not self.is_built(self.path):
            from .build import build_gazetteer

            build_gazetteer(self.path, progress=progress)
        self.conn = _connect(self.path)
        self._cache: dict[tuple[str, str | None], list[GazetteerEntry]] = {}
        self._main: dict[tuple[str, str | None], set[int]] = {}
        self._admin: dict[tuple[str, int, str], str] = {}
        self._countries: dict[str, dict[str, Any]] | None = None

    @classmethod
    def default(
        cls, settings: Any = None, progress: Callable[[str, int, int | None], None] | None = None
    ) -> Gazetteer:
        """The shared index at the default location, built on first use."""
        if settings is None:
            from ..settings import Settings

            settings = Settings()
        path = default_path(settings["gazetteer"])
        with cls._lock:
            if str(path) not in cls._default:
                cls._default[str(path)] = cls(path, progress=progress)
            return cls._default[str(path)]

    @staticmethod
    def is_built(path: Path) -> bool:
        if not path.exists():
            return False
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            conn.close()
        except sqlite3.DatabaseError:
            return False
        return bool(row) and row[0] == SCHEMA_VERSION

    def close(self) -> None:
        self.conn.close()

    def clear_cache(self) -> None:
        self._cache.clear()
        self._main.clear()
        self.__dict__.pop("_kinds", None)  # recognition's cache of name kinds (geoparse._kinds)
        self._admin.clear()
        self._countries = None

    # -- lookups ------------------------------------------------------------------------------
    def lookup(self, name: str, country: str | None = None) -> list[GazetteerEntry]:
        """Every entry with this name (main or alternate), unranked."""
        key = name_key(name)
        cache_key = (key, country)
        if cache_key not in self._cache:
            sql = (
                f"SELECT {', '.join('p.' + c for c in _COLUMNS)}, n.is_main FROM names n "
                "JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ?"
            )
            params: list[Any] = [key]
            if country:
                sql += " AND p.country_code = ?"
                params.append(country.upper())
            rows = self.conn.execute(sql, params).fetchall()
            self._cache[cache_key] = [GazetteerEntry(*row[:-1]) for row in rows]
            self._main[cache_key] = {row[0] for row in rows if row[-1]}
            if len(self._cache) > 200_000:
                self._cache.clear()
                self._main.clear()
                return [GazetteerEntry(*row[:-1]) for row in rows]
        return self._cache[cache_key]

    def lookup_main(self, name: str) -> list[GazetteerEntry]:
        """Entries whose main name this is (alternate names too for countries and admin areas,
        whose aliases are curated): "White House" is not Casablanca here."""
        entries = self.lookup(name)
        main = self._main.get((name_key(name), None), set())
        return [e for e in entries if e.geonameid in main or e.feature_class != "P"]

    def has_name(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def get(self, geonameid: int) -> GazetteerEntry | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM places WHERE geonameid = ?", (geonameid,)
        ).fetchone()
        return GazetteerEntry(*row) if row else None

    def search(self, name: str, country: str | None = None, limit: int = 10) -> list[Place]:
        """Candidates for ``name`` as :class:`Place` objects, most likely first (no context)."""
        from .resolve import prior_score

        entries = sorted(self.lookup(name, country), key=prior_score, reverse=True)
        return [self.to_place(e, text=name, confidence=None) for e in entries[:limit]]

    def country_entry(self, code: str) -> GazetteerEntry | None:
        info = self.countries().get(code.upper())
        return self.get(info["geonameid"]) if info and info["geonameid"] else None

    def admin_entry(self, country_code: str | None, admin1_code: str | None) -> GazetteerEntry | None:
        """The first-level region with this code: ``admin_entry("ML", "08")`` -> Tombouctou Region."""
        row = self.conn.execute(
            "SELECT geonameid FROM admin WHERE country_code = ? AND level = 1 AND code = ?",
            (country_code, admin1_code),
        ).fetchone()
        return self.get(row[0]) if row and row[0] else None

    def countries(self) -> dict[str, dict[str, Any]]:
        if self._countries is None:
            rows = self.conn.execute(
                "SELECT code, iso3, name, geonameid, population, continent, neighbours FROM countries"
            ).fetchall()
            keys = ("code", "iso3", "name", "geonameid", "population", "continent", "neighbours")
            self._countries = {r[0]: dict(zip(keys, r, strict=True)) for r in rows}
        return self._countries

    def country_name(self, code: str | None) -> str | None:
        info = self.countries().get((code or "").upper())
        return info["name"] if info else None

    def admin_name(self, country_code: str | None, level: int, code: str | None) -> str | None:
        """Name of an admin1 (level 1) or admin2 (level 2) code: ``("ML", 1, "08")`` -> Tombouctou."""
        if not country_code or not code:
            return None
        if not self._admin:
            rows = self.conn.execute("SELECT country_code, level, code, name FROM admin")
            self._admin = {(r[0], r[1], r[2]): r[3] for r in rows}
        return self._admin.get((country_code, level, code))

    def to_place(
        self,
        entry: GazetteerEntry,
        *,
        text: str = "",
        start: int = 0,
        end: int = 0,
        confidence: float | None = None,
        geo_precision: int | None = None,
        sentence: int | None = None,
    ) -> Place:
        admin1 = entry.admin1_code
        return Place(
            start=start,
            end=end,
            text=text or entry.name,
            name=entry.name,
            geonameid=entry.geonameid,
            country_code=entry.country_code,
            country=self.country_name(entry.country_code),
            admin1=None
            if entry.is_country
            else (
                self.admin_name(entry.country_code, 1, admin1) or (entry.name if entry.is_admin1 else None)
            ),
            admin2=self.admin_name(entry.country_code, 2, f"{admin1}.{entry.admin2_code}")
            if admin1 and entry.admin2_code
            else None,
            latitude=entry.latitude,
            longitude=entry.longitude,
            feature_class=entry.feature_class,
            feature_code=entry.feature_code,
            geo_precision=geo_precision or entry.geo_precision,
            confidence=confidence,
            sentence=sentence,
        )

    def info(self) -> dict[str, Any]:
        """Counts by source and feature class, for ``dateline gazetteer info``."""
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        sources = [
            dict(zip(("source", "path", "rows", "imported_at"), r, strict=True))
            for r in self.conn.execute(
                "SELECT source, path, rows, imported_at FROM sources ORDER BY imported_at"
            )
        ]
        classes = dict(
            self.conn.execute(
                "SELECT coalesce(feature_class, '?'), count(*) FROM places GROUP BY 1 ORDER BY 2 DESC"
            )
        )
        return {
            "path": str(self.path),
            "places": one("SELECT count(*) FROM places"),
            "names": one("SELECT count(*) FROM names"),
            "countries": one("SELECT count(*) FROM countries"),
            "admin_names": one("SELECT count(*) FROM admin"),
            "feature_classes": classes,
            "sources": sources,
            "size_mb": round(self.path.stat().st_size / 1e6, 1),
        }


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        conn.execute("PRAGMA query_only = 0")
        conn.execute("SELECT 1 FROM places LIMIT 1")
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(
            f"cannot open the gazetteer {path}: {exc}; delete the file and it will "
            "be rebuilt, or set DATELINE_GAZETTEER to another path"
        ) from None
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        conn.execute(statement)


def insert_entries(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    marks = ", ".join("?" * len(_COLUMNS))
    conn.executemany(f"INSERT OR REPLACE INTO places ({', '.join(_COLUMNS)}) VALUES ({marks})", rows)


def insert_names(conn: sqlite3.Connection, geonameid: int, main: str, alternates: Iterable[str]) -> None:
    """Index a place under its main name and its alternate names."""
    keys = {name_key(main): 1}
    for alt in alternates:
        key = name_key(alt)
        if key and key not in keys:
            keys[key] = 0
    conn.executemany(
        "INSERT OR REPLACE INTO names (key, geonameid, is_main) VALUES (?, ?, ?)",
        [(k, geonameid, m) for k, m in keys.items() if k],
    )
