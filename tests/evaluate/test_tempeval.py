"""The TempEval-3 scorer: pairing, counts, and the official figures on HeidelTime's output."""

from __future__ import annotations

import pytest

from dateline.evaluate.tempeval import align, count_document, te3_scores
from dateline.evaluate.time import evaluate_time
from dateline.evaluate.timeml import parse_timeml
from dateline.models import Timex


def span(start: int, end: int, value: str = "2013", type_: str = "DATE") -> Timex:
    return Timex(start, end, "x" * (end - start), type_, value)


ALIGN_ROWS = [
    # gold spans, system spans, expected (gold, system) pairs
    ([(0, 5)], [(0, 5)], [(0, 0)]),
    ([(0, 5)], [(2, 8)], [(0, 0)]),
    ([(3, 8)], [(0, 5)], [(0, 0)]),
    ([(0, 5)], [(6, 9)], []),
    ([(0, 10)], [(0, 3), (5, 9)], [(0, 0)]),  # a gold timex pairs once
    ([(0, 3), (5, 9)], [(0, 10)], [(0, 0)]),
]


@pytest.mark.parametrize("gold,system,pairs", ALIGN_ROWS)
def test_alignment_pairs_overlaps_one_to_one(gold, system, pairs) -> None:
    result = align([span(*g) for g in gold], [span(*s) for s in system])
    assert result.pairs == pairs


def test_counts_and_scores_follow_the_te3_definitions(markup) -> None:
    gold = parse_timeml(markup["gold"]).timexes
    system = parse_timeml(markup["system"]).timexes
    counts = count_document(gold, system)
    assert (counts.gold, counts.system, counts.relaxed, counts.strict) == (4, 4, 3, 2)
    assert (counts.type, counts.value) == (2, 1)
    scores = te3_scores(counts)
    assert scores["relaxed_f1"] == 75.0 and scores["strict_f1"] == 50.0
    assert scores["type_f1"] == round(2 / 3 * 75, 2) and scores["value_f1"] == 25.0


def test_evaluate_reads_the_input_folder_and_system_files(te3_folders) -> None:
    result = evaluate_time(te3_folders["gold"], system_dir=te3_folders["system"])
    assert result.summary()["relaxed_f1"] == 75.0 and result.summary()["docs"] == 1


def test_evaluate_saves_timeml_that_scores_the_same(te3_folders, tmp_path) -> None:
    saved = tmp_path / "saved"
    first = evaluate_time(te3_folders["gold"], save_dir=saved)
    again = evaluate_time(te3_folders["gold"], system_dir=saved)
    assert (saved / "doc1.tml").exists()
    assert first.summary()["value_f1"] == again.summary()["value_f1"]


@pytest.mark.shared
def test_scorer_reproduces_the_official_figures_on_heideltime(shared) -> None:
    gold = shared("data", "time", "te3-platinum")
    system = shared("data", "time", "heideltime-te3-platinum")
    summary = evaluate_time(gold, system_dir=system).summary()
    assert (summary["strict_f1"], summary["relaxed_f1"], summary["type_f1"], summary["value_f1"]) == \
        (81.78, 90.71, 83.27, 78.07)
