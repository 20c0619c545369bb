"""Quality floors (tests/quality/events.json) on a fixed subset of the ACLED development file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.evaluate.events import evaluate_acled_events

SPEC = json.loads((Path(__file__).parents[1] / "quality" / "events.json").read_text("utf-8"))
TOLERANCE = 1.0  # percentage points


@pytest.mark.slow
def test_acled_floors(events_gazetteer: str, shared_file: Callable[..., Path]) -> None:
    spec = SPEC["acled"]
    path = shared_file(*spec["file"].split("/"))
    shared_file("data", "geo", "geonames", "ML.txt")
    rows = list(range(spec["start"], spec["stop"], spec["step"]))[:spec["rows"]]
    figures = evaluate_acled_events(path, rows=rows, gazetteer=events_gazetteer)
    low = {k: (figures[k], v) for k, v in spec["floors"].items() if figures[k] is None or figures[k] < v - TOLERANCE}
    assert not low, f"below the quality floor (measured, floor): {low}"
