"""Shared fixtures: an in-memory store, a hand-built article, a CLI runner, the shared data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.models import Article
from dateline.store import SQLiteStore
from dateline.store.base import Store
from shared_data import ROOT, SHARED, SHARED_DATA, shared_path  # noqa: F401 - used by tests and conftests


@pytest.fixture
def store() -> Iterator[SQLiteStore]:
    with SQLiteStore(":memory:") as s:
        yield s


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article() -> Article:
    text = ("Gunmen attacked the village of Solhan in Burkina Faso on Friday, killing at least "
            "132 civilians, the government said.\n\nThe attack came two days after soldiers "
            "were ambushed near Dori.")
    return Article(id="a1", text=text, published="2021-06-06", date_precision="day",
                   source="hand-written")


@pytest.fixture
def seed_path() -> Path:
    return shared_path("corpus", "seed")


# -- PostgreSQL (scale) ------------------------------------------------------------------------------
# Tests that need a real server get one from DATELINE_TEST_POSTGRES (`eval "$(.ci/postgres start)"`
# starts one). Where the variable is unset or the server unreachable they skip, except under CI,
# where PostgreSQL is required and they fail.
def _postgres_missing(reason: str) -> None:
    message = (f"needs a PostgreSQL server: {reason}. Start one with "
               '`eval "$(.ci/postgres start)"` (sets DATELINE_TEST_POSTGRES)')
    if os.environ.get("CI"):
        pytest.fail(f"{message}; required because CI is set", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get("DATELINE_TEST_POSTGRES")
    if not url:
        _postgres_missing("DATELINE_TEST_POSTGRES is not set")
    try:
        import psycopg

        psycopg.connect(url, connect_timeout=5).close()
    except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
        _postgres_missing(f"cannot connect to {url}: {exc}")
    return str(url)


@pytest.fixture
def postgres_schema_url(postgres_url: str) -> Iterator[str]:
    """A URL whose tables live in a fresh schema, dropped after the test."""
    import uuid

    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def postgres_store(postgres_schema_url: str) -> Iterator[Store]:
    from dateline.store.postgres import PostgresStore

    with PostgresStore(postgres_schema_url) as s:
        yield s
