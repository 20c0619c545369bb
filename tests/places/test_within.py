"""_within (one bisection per word) answers what scanning every covered span answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dateline.places.candidates import _within

spans = st.tuples(st.integers(0, 50), st.integers(0, 15)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(spans, max_size=10), st.lists(spans, max_size=10))
def test_same_as_scanning_every_span(covered: list[tuple[int, int]], words: list[tuple[int, int]]) -> None:
    inside = _within(covered)
    for start, end in words:
        assert inside(start, end) == any(s <= start and end <= e for s, e in covered)
