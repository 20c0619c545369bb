"""Quality floors (tests/quality/places.json) on fixed subsets: the first documents of GeoWebNews
and LGL, and the first ACLED events, with the full package gazetteer and the Sahel dumps."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.evaluate.acled_places import evaluate_acled_places
from dateline.evaluate.geo import evaluate_geo
from dateline.places import Gazetteer

FLOORS = json.loads((Path(__file__).parents[1] / "quality" / "places.json").read_text("utf-8"))
TOLERANCE = 1.0  # percentage points


def _check(figures: dict[str, float], floors: dict[str, float]) -> None:
    low = {k: (figures[k], v) for k, v in floors.items() if figures[k] is None or figures[k] < v - TOLERANCE}
    assert not low, f"below the quality floor (measured, floor): {low}"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS["geo"]))
def test_geoparsing_floor(name: str, full_gazetteer: Gazetteer, shared: Callable[..., Path]) -> None:
    spec = FLOORS["geo"][name]
    path = shared("data", "geo", "geoparsing", spec["file"])
    figures = evaluate_geo(
        path, gold_spans=spec["gold_spans"], limit=spec["documents"], gazetteer=full_gazetteer
    )
    _check(figures, spec["floors"])


@pytest.mark.slow
def test_acled_places_floor(full_gazetteer: Gazetteer, shared: Callable[..., Path]) -> None:
    spec = FLOORS["acled"]
    shared("data", "geo", "geonames", "ML.txt")
    path = shared("data", "events", "acled", "acled_western_africa_2021Q4.csv")
    _check(evaluate_acled_places(path, limit=spec["events"], gazetteer=full_gazetteer), spec["floors"])
