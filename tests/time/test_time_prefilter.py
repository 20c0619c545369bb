"""The speed-ups of the candidate scan find exactly what the plain scan finds: the trigger
alternation grouped by first letter, and the rules skipped where none of their words occurs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time import grammar
from dateline.time.grammar import _TRIGGER_WORDS, RULES, TRIGGER, find_candidates, regions
from dateline.time.prefilter import NEEDS, folded

#: The trigger as it was written before: one flat alternation.
PLAIN_TRIGGER = re.compile(
    rf"(?i:\b(?:{grammar._MONTH_DAY_STEMS})|{'|'.join(_TRIGGER_WORDS)})"
    r"|(?<!\d)(?:1[0-9]|20)\d\d(?!\d)|\d0'?s\b|'\d\d|\d:\d\d|\d\s*[ap]\.?\s?m\b|\d/\d|\bQ[1-4]\b"
    r"|\bH[12]\b|\bFY|GMT|UTC")

WORDS = ["on", "March", "may", "3", "2012", "'09", "the", "last", "two", "weeks", "ago", "Monday", "MON",
         "at", "10", "p.m.", "noon", "o'clock", "in", "morning", "tonight", "fall", "of", "since", "year",
         "years", "decade", "1990s", "twenties", "nineteen", "eighty-four", "Q3", "FY", "GMT", "fiscal",
         "quarter", "half", "Christmas", "every", "other", "day", "-long", "century", "a", "while",
         "for", "some", "time", "now", "recently", "ſecond", "ıt", "İ", "Kelvin", "K", "-", ",", ".",
         "\n", "summers", "weekends", "all", "per", "president", "election", "21st", "١٢",
         "Good", "Friday", "Easter", "St.", "Patrick's", "Day", "daily", "twice", "currently", "the", "long",
         "term", "0s", "'90s"]


def plain_candidates(text: str) -> list[tuple[int, int, str, int]]:
    """The scan before the speed-ups: every rule over every region."""
    found = []
    for start, end in regions(text):
        for priority, rule in enumerate(RULES):
            for match in rule.pattern.finditer(text, start, end):
                if match.end() > match.start() and (rule.check is None or rule.check(text, match)):
                    found.append((match.start(), match.end(), rule.family, priority))
    return sorted(found, key=lambda c: (c[0], -(c[1] - c[0]), c[3]))


texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_same_candidates_as_every_rule_everywhere(text: str) -> None:
    assert [(c.start, c.end, c.family, c.priority) for c in find_candidates(text)] == plain_candidates(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, st.text(max_size=60), st.text("ſıİKKkSsIiQ3'0s :/-", max_size=30)))
def test_trigger_grouped_by_letter_matches_the_plain_alternation(text: str) -> None:
    assert [m.span() for m in TRIGGER.finditer(text)] == [m.span() for m in PLAIN_TRIGGER.finditer(text)]


def test_every_family_listed_is_a_rule() -> None:
    assert set(NEEDS) <= {rule.family for rule in RULES}


@pytest.mark.parametrize("text, lowered", [
    ("Last MONTH", "last month"),
    ("ſecond", None),  # the long s matches "s" in the rules, not in str.lower()
    ("İstanbul", None),  # lower() lengthens it
])
def test_folded(text: str, lowered: str | None) -> None:
    assert folded(text) == lowered
