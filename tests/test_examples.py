"""The bundled example corpus (examples/) ingests cleanly and exercises near-duplicate linking."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.ingest import ingest
from dateline.store import SQLiteStore
from dateline.store.base import ArticleQuery

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FILE_NAME = re.compile(r"^\d{3}_[a-z0-9]+(-[a-z0-9]+)*\.txt$")
DATE_LINE = re.compile(r"^date (\d{4}-\d{2}-\d{2})\n\n")
ALL = ArticleQuery(limit=None)


@pytest.fixture(scope="module")
def ingested() -> tuple[SQLiteStore, object]:
    store = SQLiteStore(":memory:")
    report = ingest([str(EXAMPLES)], store)
    return store, report


def test_every_file_is_stored_without_errors(ingested) -> None:
    store, report = ingested
    assert report.errors == []
    assert report.read == report.added >= 45
    assert store.count_articles() >= 45


def test_dates_span_the_sahel_crisis(ingested) -> None:
    store, _ = ingested
    years = {a.published[:4] for a in store.articles(ALL)}
    assert min(years) == "2012"
    assert max(years) == "2023"


def test_reprinted_wire_stories_are_linked_to_their_original(ingested) -> None:
    store, report = ingested
    linked = {_slug(a.origin): _slug(store.get_article(a.duplicate_of, layers=False).origin)
              for a in store.articles(ALL) if a.duplicate_of}
    reprints = {_slug(str(p)) for p in EXAMPLES.glob("*-reprint.txt")}
    assert report.near_duplicates >= 3
    assert set(linked) == reprints
    assert all(copy.removesuffix("-reprint") == original for copy, original in linked.items())


def _slug(path: str | None) -> str:
    """``examples/024_radisson-bamako-siege-2015-reprint.txt`` -> ``radisson-bamako-siege-2015-reprint``."""
    return Path(path or "").stem.split("_", 1)[1]


def test_folder_holds_only_numbered_dated_text_in_chronological_order() -> None:
    names = sorted(p.name for p in EXAMPLES.iterdir())
    assert all(FILE_NAME.match(n) for n in names), names
    dates = [DATE_LINE.match((EXAMPLES / n).read_text(encoding="utf-8")) for n in names]
    assert all(dates), "every file starts with 'date YYYY-MM-DD' and a blank line"
    published = [m.group(1) for m in dates if m]
    assert published == sorted(published)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_each_report_is_a_short_news_story(path: Path) -> None:
    body = DATE_LINE.sub("", path.read_text(encoding="utf-8"))
    assert 150 <= len(body.split()) <= 400
    assert "\n\n" in body.strip(), "paragraphs are separated by blank lines"
