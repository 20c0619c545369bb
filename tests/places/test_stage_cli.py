from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import cli
from dateline.models import Article
from dateline.pipeline import Pipeline
from dateline.places import Gazetteer
from dateline.places.build import create_empty


def _tiny_path(tmp_path: Path, tiny_dump: Path, runner: CliRunner) -> str:
    path = tmp_path / "g.sqlite"
    create_empty(path)
    result = runner.invoke(cli, ["gazetteer", "import", str(tiny_dump), "--gazetteer", str(path)])
    assert result.exit_code == 0, result.output
    assert "10 places imported" in result.output
    return str(path)


def test_stage_fills_places_with_sentences(tiny_gazetteer: Gazetteer) -> None:
    article = Article(
        id="t1",
        published="2021-05-03",
        text="Soldiers left Saint-Amour on Monday.\n\nMilitants then attacked villages near Gossa (Kolo).",
    )
    article.entities = []
    article.stages = ["sentences", "entities"]  # reuse the (empty) NER layer: no spaCy needed
    pipeline = Pipeline.from_names(["sentences", "places"], places={"gazetteer": str(tiny_gazetteer.path)})
    article = pipeline(article)
    assert [(p.text, p.sentence, p.geonameid) for p in article.places] == [
        ("Saint-Amour", 0, 9000100),
        ("Gossa", 1, 9000101),
        ("Kolo", 1, 9000020),
    ]
    assert article.places[1].geo_precision == 2


def test_cli_search_info_geocode(tmp_path: Path, tiny_dump: Path, runner: CliRunner) -> None:
    path = _tiny_path(tmp_path, tiny_dump, runner)
    found = runner.invoke(cli, ["gazetteer", "search", "gossa", "--gazetteer", path, "--json"])
    assert [p["geonameid"] for p in json.loads(found.output)] == [9000102, 9000101]
    info = json.loads(runner.invoke(cli, ["gazetteer", "info", "--gazetteer", path, "--json"]).output)
    assert info["places"] == 10 and info["sources"][0]["rows"] == 10
    place = json.loads(runner.invoke(cli, ["geocode", "Gossa (Kolo)", "--gazetteer", path, "--json"]).output)
    assert place["geonameid"] == 9000101
    missing = runner.invoke(cli, ["geocode", "Atlantis", "--gazetteer", path])
    assert missing.exit_code == 1 and "no place named" in missing.output


def test_cli_import_error_is_one_line(tmp_path: Path, tiny_dump: Path, runner: CliRunner) -> None:
    path = _tiny_path(tmp_path, tiny_dump, runner)
    bad = tmp_path / "empty.zip"
    bad.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    result = runner.invoke(cli, ["gazetteer", "import", str(bad), "--gazetteer", path])
    assert result.exit_code == 1 and "no GeoNames .txt dump" in result.output


def test_eval_geo_cli_on_a_hand_written_file(tmp_path: Path, tiny_dump: Path, runner: CliRunner) -> None:
    path = _tiny_path(tmp_path, tiny_dump, runner)
    xml = tmp_path / "mini.xml"
    xml.write_text(
        """<articles><article docid="1"><text>Troops reached Bandi near Saint-Amour.</text>
    <toponyms><toponym><start>15</start><end>20</end><phrase>Bandi</phrase>
    <gaztag geonameid="9000103"><lat>12.4</lat><lon>-1.6</lon></gaztag></toponym>
    <toponym><start>26</start><end>37</end><phrase>Saint-Amour</phrase>
    <gaztag geonameid="9000100"><lat>15.0</lat><lon>-2.0</lon></gaztag></toponym></toponyms>
    </article></articles>""",
        "utf-8",
    )
    result = runner.invoke(
        cli,
        [
            "eval",
            "geo",
            str(xml),
            "--gold-spans",
            "--json",
            "--gazetteer",
            path,
            "--save",
            str(tmp_path / "pred.jsonl"),
        ],
    )
    figures = json.loads(result.output)
    assert figures["acc_161km"] == 100.0 and figures["exact_id"] == 100.0 and figures["n_gold"] == 2
    assert {"precision", "recall", "f1", "median_km", "mean_km", "n_system"} <= set(figures)
    rows = [json.loads(line) for line in (tmp_path / "pred.jsonl").read_text().splitlines()]
    assert rows[0]["document"] == "1" and rows[0]["geonameid"] == 9000103
