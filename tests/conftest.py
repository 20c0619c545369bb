"""Shared fixtures: an in-memory store, a hand-built article, a CLI runner, the shared data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.models import Article
from dateline.store import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
SHARED_DATA = SHARED / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a message saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared evaluation data at {path} (absent here)")
    return path


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
