"""The scorers: macro-F1, actor names, the ACLED field scores and CASE labels."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.evaluate.events import KEYS, actor_key, evaluate_acled_events, gold_case_label, macro_f1


@pytest.mark.parametrize("gold, predicted, expected", [
    (["a", "b"], ["a", "b"], 100.0),
    (["a", "a", "b"], ["a", "b", "b"], (2 * 1 / 3 + 2 * 1 / 3) / 2 * 100),
    (["a"], ["b"], 0.0),
])
def test_macro_f1(gold: list[str], predicted: list[str], expected: float) -> None:
    assert macro_f1(gold, predicted) == pytest.approx(expected)


@pytest.mark.parametrize("name, key", [
    ("Civilians (Mali)", "civilians"), ("Military Forces of Mali (2021-)", "military forces of mali (2021-)"),
    ("Islamic State (West Africa) - Greater Sahara Faction", "islamic state (west africa) - greater sahara faction"),
    (None, ""), ("  Protesters  (Burkina Faso) ", "protesters"),
])
def test_actor_key(name: str | None, key: str) -> None:
    assert actor_key(name) == key


def test_case_labels() -> None:
    assert gold_case_label("AIR_STRIKE") == "AIR_STRIKE"
    assert gold_case_label("NATURAL_DISASTER") == "NONE"


@pytest.mark.slow
def test_hand_made_acled_file(hand_made_csv: Path, events_gazetteer: str, tmp_path: Path) -> None:
    saved = tmp_path / "predicted.csv"
    figures = evaluate_acled_events(hand_made_csv, gazetteer=events_gazetteer, save=saved)
    assert list(figures) == list(KEYS)
    assert figures["rows"] == 3
    assert figures["sub_event_type_accuracy"] == 100.0
    assert figures["fatalities_exact"] == 100.0 and figures["event_date_exact"] == 100.0
    with open(saved, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with open(hand_made_csv, encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
    assert list(rows[0]) == header and len(rows) == 3
    assert rows[2]["sub_event_type"] == "Air/drone strike" and rows[0]["fatalities"] == "4"


def test_bad_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.csv"):
        evaluate_acled_events(path)
