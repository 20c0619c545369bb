"""The command line: dateline events (table, JSON, ACLED CSV, filters) and dateline eval events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.events.export import ACLED_COLUMNS
from dateline.models import Article, Event, Place
from dateline.store import SQLiteStore


@pytest.fixture
def events_db(db_path: str) -> str:
    mali = Place(30, 35, "Gossi", name="Gossi", country_code="ML", country="Mali", admin1="Tombouctou",
                 latitude=15.82, longitude=-1.30, geo_precision=1)
    niger = Place(0, 6, "Niamey", name="Niamey", country_code="NE", country="Niger", latitude=13.51,
                  longitude=2.11, geo_precision=1)
    article = Article(id="a1", text="x" * 80, published="2021-10-05", source="hand-written")
    article.events = [
        Event("Battles", "Armed clash", event_date="2021-10-04", time_precision=1, actor1="JNIM",
              inter1="2", actor2="Military Forces of Mali (2021-)", inter2="1", location=mali, fatalities=3),
        Event("Protests", "Peaceful protest", event_date="2021-10-05", time_precision=1,
              actor1="Protesters (Niger)", inter1="6", location=niger),
        Event("Strategic developments", "Non-violent transfer of territory", event_date="2020-08",
              time_precision=3, location=mali, background=True),
    ]
    with SQLiteStore(db_path) as store:
        store.add_articles([article])
        store.save_analysis([article])
    return db_path


def test_table_and_filters(runner: CliRunner, events_db: str) -> None:
    result = runner.invoke(cli, ["events", "--db", events_db])
    assert result.exit_code == 0 and "Armed clash" in result.output and "Peaceful protest" in result.output
    result = runner.invoke(cli, ["events", "--db", events_db, "--country", "ML", "--type", "battles"])
    assert "Armed clash" in result.output and "Peaceful protest" not in result.output
    result = runner.invoke(cli, ["events", "--db", events_db, "--no-background", "--json"])
    assert [e["sub_event_type"] for e in json.loads(result.output)] == ["Armed clash", "Peaceful protest"]
    result = runner.invoke(cli, ["events", "--db", events_db, "--actor", "JNIM", "--from", "2021-10", "--json"])
    assert len(json.loads(result.output)) == 1


def test_acled_csv(runner: CliRunner, events_db: str) -> None:
    result = runner.invoke(cli, ["events", "--db", events_db, "--csv", "--type", "Armed clash"])
    lines = result.output.splitlines()
    assert lines[0] == ",".join(ACLED_COLUMNS) and len(lines) == 2 and "hand-written" in lines[1]


def test_unknown_type_is_a_clear_error(runner: CliRunner, events_db: str) -> None:
    result = runner.invoke(cli, ["events", "--db", events_db, "--type", "picnic"])
    assert result.exit_code == 1 and "unknown event type 'picnic'" in result.output


def test_help_has_examples(runner: CliRunner) -> None:
    for command in (["events"], ["eval", "events"], ["eval", "case2021"]):
        assert "Example:" in runner.invoke(cli, [*command, "--help"]).output


@pytest.mark.slow
def test_eval_events_json(runner: CliRunner, hand_made_csv: Path, events_gazetteer: str, tmp_path: Path) -> None:
    saved = tmp_path / "out.csv"
    result = runner.invoke(cli, ["eval", "events", str(hand_made_csv), "--json", "--gazetteer", events_gazetteer,
                                 "--save", str(saved)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["rows"] == 3 and "sub_event_type_macro_f1" in figures and saved.exists()
