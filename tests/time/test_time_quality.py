"""Quality floors: the TE3 figures of tests/quality/time.json must not drop (small tolerance).

Runs the tagger over TempEval-3 platinum and the whole of TBAQ-cleaned (TimeBank and AQUAINT),
a fixed set of 276 documents that takes a few seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.evaluate.time import evaluate_time

FLOORS = json.loads((Path(__file__).parent.parent / "quality" / "time.json").read_text())
MEASURES = ("strict_f1", "relaxed_f1", "type_f1", "value_f1")


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(FLOORS["datasets"]))
def test_quality_does_not_drop_below_the_floor(name: str, shared) -> None:
    floor = FLOORS["datasets"][name]
    summary = evaluate_time(shared(*floor["path"].split("/"))).summary()
    assert summary["n_gold"] == floor["n_gold"], "the data set changed: re-measure the floors"
    for measure in MEASURES:
        assert summary[measure] >= floor[measure] - FLOORS["tolerance"], (name, measure, summary)
