"""PostgreSQL: the same schema versions as SQLite, parallel processing on it, and `dateline migrate`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scale_helpers import expected_analysis, snapshot

from dateline.cli import cli
from dateline.errors import StoreError
from dateline.models import Article, Event, Place
from dateline.process import process_store
from dateline.store import IngestProblem, SQLiteStore, open_store
from dateline.store.base import Store
from dateline.store.migrations import SQLITE_MIGRATIONS
from dateline.store.postgres_migrations import POSTGRES_MIGRATIONS
from dateline.store.transfer import copy_store


def test_every_sqlite_migration_has_a_postgres_twin() -> None:
    sqlite = {version: name for version, name, _ in SQLITE_MIGRATIONS}
    postgres = {version: name for version, name, _ in POSTGRES_MIGRATIONS}
    assert sqlite == postgres, "add the PostgreSQL twin of each SQLite migration (postgres_migrations.py)"


def with_events(article: Article) -> Article:
    place = Place(0, 5, "Gao", name="Gao", country_code="ML", country="Mali", latitude=16.27, longitude=-0.04)
    article.events = [Event("Battles", "Armed clash", article.published, 1, actor1="Rebels",
                            location=place, fatalities=3, notes=f"clash {article.id}")]
    article.stages = ["sentences", "events"]
    return article


def filled_sqlite(path: Path, corpus: list[Article]) -> SQLiteStore:
    store = SQLiteStore(path)
    store.add_articles(corpus, [bytes([n]) * 8 for n in range(len(corpus))])
    store.save_analysis([with_events(a) for a in corpus[:20]])
    store.add_ingest_errors([IngestProblem("bad.jsonl", "line 3", "no date", "run1")])
    return store


def test_parallel_processing_on_postgres_gives_the_single_process_result(
        postgres_store: Store, corpus: list[Article], stage_names: list[str]) -> None:
    postgres_store.add_articles(corpus)
    process_store(postgres_store, stage_names, workers=2, batch_size=9)
    assert snapshot(postgres_store)["articles"] == expected_analysis(corpus, stage_names)


def test_copy_sqlite_to_postgres_and_back_keeps_everything(postgres_schema_url: str, tmp_path: Path,
                                                           corpus: list[Article]) -> None:
    with filled_sqlite(tmp_path / "s.db", corpus) as source, open_store(postgres_schema_url) as target:
        report = copy_store(source, target)
        assert report.tables["articles"] == 37 and report.tables["events"] == 20
        assert report.tables["ingest_errors"] == 1 and not report.skipped_columns
        assert snapshot(target) == snapshot(source)
        assert list(target.signatures()) == list(source.signatures())
        assert target.ingest_errors()[0].message == "no date"
        target.save_analysis([with_events(target.get_article("art030"))])  # ids continue after copy
        assert max(e.id for e in target.events()) == 21
        with SQLiteStore(tmp_path / "back.db") as back:
            copy_store(target, back)
            assert snapshot(back) == snapshot(target)


def test_migrate_refuses_a_target_that_has_articles(postgres_store: Store, tmp_path: Path,
                                                    corpus: list[Article]) -> None:
    with filled_sqlite(tmp_path / "s.db", corpus) as source:
        postgres_store.add_articles(corpus[:1])
        with pytest.raises(StoreError, match="already holds 1 articles"):
            copy_store(source, postgres_store)


def test_migrate_command(postgres_schema_url: str, tmp_path: Path, corpus: list[Article]) -> None:
    filled_sqlite(tmp_path / "s.db", corpus).close()
    result = CliRunner().invoke(cli, ["migrate", "--from", str(tmp_path / "s.db"),
                                      "--to", postgres_schema_url, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["tables"]["sentences"] == 0
    listed = CliRunner().invoke(cli, ["articles", "--db", postgres_schema_url, "--search", "Gao", "--json"])
    assert listed.exit_code == 0 and len(json.loads(listed.output)) > 0


def test_text_with_nul_characters_is_stored_with_offsets_intact(postgres_store: Store) -> None:
    article = Article(id="nul", text="Gao\x00 attack", published="2021-01-01")
    postgres_store.add_articles([article])
    assert postgres_store.get_article("nul").text == "Gao\ufffd attack"


def test_unreachable_server_says_what_to_check() -> None:
    with pytest.raises(StoreError, match="check that the server runs") as error:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    assert "secret" not in str(error.value) and "nobody:***@" in str(error.value)
