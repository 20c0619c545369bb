"""`dateline timex` and `dateline eval time`: thin commands over tag_text and evaluate_time."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.cli import cli

GOLD = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" '
        'value="2022-02-17" functionInDocument="CREATION_TIME">Feb 17</TIMEX3></DCT>\n<TEXT>\n'
        'Officers seized power in <TIMEX3 tid="t1" type="DATE" value="2020-08">August 2020'
        '</TIMEX3> and again <TIMEX3 tid="t2" type="DURATION" value="P9M">nine months</TIMEX3> '
        'later.\n</TEXT>\n</TimeML>\n')


def test_timex_prints_a_table(runner) -> None:
    result = runner.invoke(cli, ["timex", "Troops left last month.", "--dct", "2022-02-17"])
    assert result.exit_code == 0, result.output
    assert "last month" in result.output and "2022-01" in result.output


def test_timex_json_has_anchor_and_tid(runner) -> None:
    text = "Officers seized power in August 2020 and again nine months later."
    result = runner.invoke(cli, ["timex", text, "--dct", "2022-02-17", "--json"])
    found = json.loads(result.output)
    assert [(t["text"], t["value"], t["anchor"]) for t in found] == [
        ("August 2020", "2020-08", None), ("nine months later", "2021-05", "t1")]


def test_timex_rejects_a_bad_date(runner) -> None:
    result = runner.invoke(cli, ["timex", "last month", "--dct", "yesterday"])
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.output


def test_eval_time_json_keys(runner, tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d1.tml").write_text(GOLD, encoding="utf-8")
    result = runner.invoke(cli, ["eval", "time", str(tmp_path / "gold"), "--json",
                                 "--save", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert list(summary) == ["strict_f1", "relaxed_f1", "type_f1", "value_f1", "precision", "recall",
                             "n_gold", "n_system", "docs", "seconds"]
    assert summary["value_f1"] == 100.0 and (tmp_path / "out" / "d1.tml").exists()


def test_eval_time_scores_another_system(runner, tmp_path: Path) -> None:
    for name in ("gold", "system"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "d1.tml").write_text(GOLD, encoding="utf-8")
    result = runner.invoke(cli, ["eval", "time", str(tmp_path / "gold"), "--system-dir",
                                 str(tmp_path / "system"), "--json"])
    assert json.loads(result.output)["strict_f1"] == 100.0


def test_eval_time_on_an_empty_folder_is_a_clear_error(runner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["eval", "time", str(tmp_path)])
    assert result.exit_code == 1 and "no *.tml" in result.output
