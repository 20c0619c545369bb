"""Alternations grouped by first letter match where, and what, the plain alternation does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.patterns import _opens_with, first_chars, grouped_alternation

PATTERNS = ["day", "decade", r"daily\b", "d?awn", "(?:land)?mines?", "lately", r"new\s+year", "now\b",
            r"\d+ days", "yrs?\b", "night|evening", "[ée]tat"]
GROUPED = re.compile(grouped_alternation(PATTERNS), re.IGNORECASE)
PLAIN = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.IGNORECASE)
WORDS = ["day", "Daily", "decades", "dawn", "awning", "landmines", "mine", "lately", "New  Year", "now",
         "nowhere", "3 days", "yr", "yrs", "Night", "evening", "état", "etat", "the", ","]


@given(st.lists(st.sampled_from(WORDS), max_size=20))
def test_the_same_matches_as_the_plain_alternation(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.span() for m in GROUPED.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


@pytest.mark.parametrize("pattern, chars", [
    ("killed", {"k"}),
    ("(?:land)?mines?", {"l", "m"}),
    ("(?:seized|took) power", {"s", "t"}),
    ("(?-i:March)", {"m"}),
    ("[ée]tat", {"é", "e"}),
    (r"\w+ed", None),  # a class: unknown
    ("(?:a)?", None),  # can match nothing
])
def test_first_chars(pattern: str, chars: set[str] | None) -> None:
    assert first_chars(pattern) == (frozenset(chars) if chars is not None else None)


@pytest.mark.parametrize("pattern, char, opens", [
    ("day", "d", True),
    ("Day", "d", True),
    (r"new\s+year", "n", True),
    ("d?awn", "d", False),  # the letter is optional
    ("day|night", "d", False),  # the rest would not be one pattern
    (r"\day", "d", False),  # an escape, not the letter
    ("(?:day)", "d", False),  # a group: the look-ahead form is used
])
def test_opens_with(pattern: str, char: str, opens: bool) -> None:
    assert _opens_with(pattern, char) is opens
