"""The entities stage on hand-built articles, and the `dateline entities` command."""

from __future__ import annotations

from typing import Any

from dateline.cli import cli
from dateline.models import Article
from dateline.pipeline import Pipeline


def _actors(article: Article) -> dict[str, tuple[str | None, str | None]]:
    return {e.text: (e.canonical, e.actor_type) for e in article.entities if e.label == "ACTOR"}


def test_stage_types_generic_mentions_with_document_country(nlp: Any, article: Article) -> None:
    done = Pipeline.from_names(["sentences", "entities"])(article)
    actors = _actors(done)
    assert actors["Gunmen"] == ("Unidentified Armed Group (Burkina Faso)", "Political Militias")
    assert actors["civilians"] == ("Civilians (Burkina Faso)", "Civilians")
    assert actors["soldiers"] == ("Military Forces of Burkina Faso (2015-)", "State Forces")
    assert "entities" in done.stages
    assert all(e.sentence is not None for e in done.entities)


def test_offsets_point_at_the_mention(nlp: Any, article: Article) -> None:
    done = Pipeline.from_names(["sentences", "entities"])(article)
    for entity in done.entities:
        assert done.text[entity.start:entity.end] == entity.text


def test_entities_command_counts_mentions(nlp: Any, article: Article, db_path: str, runner: Any) -> None:
    from dateline.store import SQLiteStore

    with SQLiteStore(db_path) as store:
        store.add_articles([article])
        store.save_analysis([Pipeline.from_names(["sentences", "entities"])(article)])
    result = runner.invoke(cli, ["entities", "--db", db_path, "--type", "state", "--json"])
    assert result.exit_code == 0, result.output
    assert '"Military Forces of Burkina Faso (2015-)"' in result.output
    bad = runner.invoke(cli, ["entities", "--db", db_path, "--type", "pirates-of-the-sky"])
    assert bad.exit_code != 0 and "unknown actor type" in bad.output
