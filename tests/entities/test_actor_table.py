"""The hand-written actor table: each sentence's actors found with the right name and type.

The share correct is held to the floor in ``tests/quality/entities.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.entities.evaluate import load_table, score_table

HERE = Path(__file__).parent
TABLE = HERE / "actor_sentences.json"
FLOORS = json.loads((HERE.parent / "quality" / "entities.json").read_text())


@pytest.fixture(scope="module")
def table_score(nlp: Any) -> Any:
    return score_table(TABLE, nlp)


def test_table_is_large_enough() -> None:
    rows = load_table(TABLE)
    assert len(rows) >= 60
    assert sum(len(r["actors"]) for r in rows) >= 150


@pytest.mark.parametrize("figure", ["share_correct", "type_correct", "found"])
def test_actor_table_quality_floor(table_score: Any, figure: str) -> None:
    measured = table_score.as_dict()[figure]
    floor = FLOORS["actor_table"][figure] - FLOORS["tolerance"]
    assert measured >= floor, (f"{figure} fell to {measured}% (floor {floor}%); misses: "
                               f"{table_score.misses}")
