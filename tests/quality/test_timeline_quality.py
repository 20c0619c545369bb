"""Quality floor of timeline summarization on a fixed subset of Timeline17 (news-tls setup).

The subset (three small topics, five gold timelines) keeps the test inside the CI budget; the
full benchmark is in docs/BENCHMARKS.md. Fails when a change drops AR-1, AR-2 or Date-F1 below
the floors in tests/quality/timeline.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.evaluate.tls_eval import evaluate_tls
from shared_data import shared_path

FLOORS = json.loads((Path(__file__).parent / "timeline.json").read_text())


@pytest.mark.slow
@pytest.mark.shared
def test_timeline_quality_floor():
    root = shared_path("data", "tls", "t17")
    result = evaluate_tls(root, topics=FLOORS["subset"])
    overall = result["overall"]
    for metric, floor in FLOORS["floors"].items():
        assert overall[metric] >= floor - FLOORS["tolerance"], (metric, overall[metric], floor)
