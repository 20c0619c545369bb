"""find_cues skips a sentence that the union of all cue patterns does not match, and finds
exactly what scanning with every kind's pattern finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dateline.events.lexicon import ANY_CUE, COMPILED, CUES, Cue, _compile, find_cues

PLAIN_UNION = _compile(tuple(p for patterns in CUES.values() for p in patterns))

WORDS = ["killed", "attack", "protesters", "clashed", "with", "police", "the", "in", "Mali", "-",
         "airstrike", "looted", "shops", "arrested", "were", "on", "Monday", "suicide", "bomber",
         "agreement", "signed", "took", "control", "of", "town", ",", ".", "no", "casualties"]


def every_kind(text: str, start: int, end: int) -> list[Cue]:
    found = [Cue(name, m.start(), m.end(), m.group())
             for name, pattern in COMPILED.items() for m in pattern.finditer(text, start, end)]
    return sorted(found, key=lambda c: (c.start, -c.end))


@given(st.lists(st.sampled_from(WORDS), max_size=25), st.integers(0, 40), st.integers(0, 40))
def test_same_cues_as_every_kinds_pattern(words: list[str], cut_start: int, cut_end: int) -> None:
    text = " ".join(words)
    start, end = min(cut_start, len(text)), max(0, len(text) - cut_end)
    assert find_cues(text, start, end) == every_kind(text, start, end)


def test_a_sentence_without_cues_has_none() -> None:
    assert find_cues("The minister spoke to reporters in the capital on Monday.") == []


@given(st.lists(st.sampled_from(WORDS), max_size=25), st.integers(0, 40), st.integers(0, 40))
def test_grouped_union_matches_where_the_plain_union_does(words: list[str], cut_start: int,
                                                          cut_end: int) -> None:
    text = " ".join(words)
    start, end = min(cut_start, len(text)), max(0, len(text) - cut_end)
    assert (ANY_CUE.search(text, start, end) is None) == (PLAIN_UNION.search(text, start, end) is None)
