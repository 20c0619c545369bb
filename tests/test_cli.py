"""The command line over a real store: ingest, list, show, errors, process, summary."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from dateline.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2020-08-19\n\nSoldiers detained President Keita in Bamako on Tuesday.")
    (folder / "b.txt").write_text("date 2021-05-25\n\nMali's army detained the interim president again.")
    (folder / "bad.txt").write_text("no date here")
    return folder


def test_ingest_reports_and_exit_status(runner: CliRunner, tmp_path: Path, db_path: str) -> None:
    result = runner.invoke(cli, ["ingest", str(corpus(tmp_path)), "--db", db_path])
    assert result.exit_code == 1
    assert "2 added" in result.output and "1 errors" in result.output
    assert "bad.txt:line 1: no date line" in result.output
    again = runner.invoke(cli, ["ingest", str(tmp_path / "in" / "a.txt"), "--db", db_path, "--json"])
    assert again.exit_code == 0 and json.loads(again.output)["existing"] == 1


def test_listing_show_errors_process_and_summary(runner: CliRunner, tmp_path: Path, db_path: str) -> None:
    runner.invoke(cli, ["ingest", str(corpus(tmp_path)), "--db", db_path])
    listed = json.loads(runner.invoke(cli, ["articles", "--db", db_path, "--json", "--search", "Keita"]).output)
    assert [a["published"] for a in listed] == ["2020-08-19"]
    shown = runner.invoke(cli, ["show", listed[0]["id"][:6], "--db", db_path])
    assert shown.exit_code == 0 and "Soldiers detained President Keita" in shown.output
    errors = json.loads(runner.invoke(cli, ["errors", "--db", db_path, "--json"]).output)
    assert errors[0]["message"].startswith("no date line")
    processed = runner.invoke(cli, ["process", "--db", db_path, "--stages", "sentences", "--json"])
    assert json.loads(processed.output)["done"] == 2
    again = runner.invoke(cli, ["process", "--db", db_path, "--stages", "sentences", "--json"])
    assert json.loads(again.output)["done"] == 0
    summary = runner.invoke(cli, ["summary", "--db", db_path])
    assert "2 articles" in summary.output and "2020-08-19 to 2021-05-25" in summary.output


def test_errors_are_one_clear_line(runner: CliRunner, db_path: str) -> None:
    result = runner.invoke(cli, ["show", "nope", "--db", db_path])
    assert result.exit_code == 1 and "no article with id 'nope'" in result.output
    bad_map = runner.invoke(cli, ["ingest", "x", "--map", "date", "--db", db_path])
    assert bad_map.exit_code == 2 and "expected FIELD=COLUMN" in bad_map.output
    stage = runner.invoke(cli, ["process", "--db", db_path, "--stages", "nonsense"])
    assert stage.exit_code == 1 and "unknown stage 'nonsense'" in stage.output


def test_every_command_is_documented_with_an_example() -> None:
    def walk(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
        found = []
        for name, command in group.commands.items():
            found.append((prefix + name, command))
            if isinstance(command, click.Group):
                found.extend(walk(command, prefix + name + " "))
        return found
    for name, command in walk(cli):
        assert "Example:" in (command.help or ""), f"`dateline {name}` help has no example"
