"""The hand-written actor tables: each sentence's actors found with the right name and type.

``actor_sentences.json`` (72 sentences) was used while developing the stage;
``actor_sentences_heldout.json`` (30) was written afterwards and measured without changes. Both
are held to the floors in ``tests/quality/entities.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.entities.evaluate import TableScore, load_table, score_table

HERE = Path(__file__).parent
TABLES = ["actor_sentences.json", "actor_sentences_heldout.json"]
FLOORS = json.loads((HERE.parent / "quality" / "entities.json").read_text())


@pytest.fixture(scope="module")
def scores(nlp: Any) -> dict[str, TableScore]:
    return {name: score_table(HERE / name, nlp) for name in TABLES}


def test_main_table_is_large_enough() -> None:
    rows = load_table(HERE / TABLES[0])
    assert len(rows) >= 60
    assert sum(len(r["actors"]) for r in rows) >= 150


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("figure", ["share_correct", "type_correct", "found"])
def test_actor_table_quality_floor(scores: dict[str, TableScore], table: str, figure: str) -> None:
    measured = scores[table].as_dict()[figure]
    floor = FLOORS[table][figure] - FLOORS["tolerance"]
    assert measured >= floor, f"{table}: {figure} fell to {measured}% (floor {floor}%); misses: " \
                              f"{scores[table].misses}"
