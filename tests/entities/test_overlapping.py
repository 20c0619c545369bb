"""_overlapping (bisection over the model's entities) finds what scanning them all finds."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from dateline.entities.nlp import _overlapping


@dataclass
class Ent:
    start: int
    end: int


@given(st.lists(st.integers(1, 4), max_size=12), st.integers(0, 40), st.integers(1, 5))
def test_same_as_scanning_every_entity(steps: list[int], start: int, length: int) -> None:
    ents, position = [], 0
    for i, step in enumerate(steps):  # entities in order, not overlapping, gaps between some
        ents.append(Ent(position + i % 2, position + step))
        position += step
    ends = [e.end for e in ents]
    expected = [e for e in ents if e.start < start + length and start < e.end]
    assert _overlapping(ents, ends, start, start + length) == expected
