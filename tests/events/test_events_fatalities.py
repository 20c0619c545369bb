"""Fatality counts read from hand-written sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.events.fatalities import count_fatalities
from dateline.events.numbers import find_counts, words_to_int
from dateline.sentences import split_spans


def fatalities(text: str) -> tuple[int | None, bool]:
    found = count_fatalities(text, list(split_spans(text)))
    return found.count, found.estimate


@pytest.mark.parametrize("text, count", [
    ("Gunmen killed seven villagers in the market.", 7),
    ("Five gunmen and two gendarmes were killed in the clash.", 7),
    ("The attack left 24 dead.", 24),
    ("Soldiers killed at least 12 fighters, including two commanders.", 12),
    ("One policeman was killed and four others were wounded.", 1),
    ("Attackers killed a teacher, his wife and their son.", 3),
    ("There were no casualties.", 0),
    ("The bodies of five herders were found near the well.", 5),
    ("The explosion caused the death of 31 soldiers and two herders.", 33),
    ("A soldier was shot dead at the checkpoint.", 1),
    ("Fighters may have been killed in the strike.", None),
    ("Students protested over the killing of two classmates.", None),
    ("Gunmen killed a trader and abducted four other people.", 1),
    ("Militants killed 12 soldiers. Fatalities split across three events.", 4),
    ("Between five and eight militants were killed.", 5),
    ("Gunmen attacked the village on 3 March 2021 and killed 1,200 cattle.", None),
    ("The attack killed 10 people; other sources report 16 were killed.", 10),
])
def test_count(text: str, count: int | None) -> None:
    assert fatalities(text)[0] == count


@pytest.mark.parametrize("text, count", [("Dozens of people were killed.", 12),
                                         ("Several soldiers were killed in the ambush.", 10),
                                         ("Scores of insurgents were killed.", 20)])
def test_vague_counts_are_estimates(text: str, count: int) -> None:
    assert fatalities(text) == (count, True)


@pytest.mark.parametrize("text, value", [("seven", 7), ("twenty-five", 25), ("one hundred and two", 102),
                                         ("three thousand", 3000), ("forty four", 44)])
def test_words_to_int(text: str, value: int) -> None:
    assert words_to_int(text) == value


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell(n: int) -> str:
    """Our own spelling of 0-999, to check the reader against."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    rest = n % 100
    return _UNITS[n // 100] + " hundred" + (" and " + _spell(rest) if rest else "")


@given(st.integers(min_value=0, max_value=999))
def test_spelled_numbers_read_back(n: int) -> None:
    assert words_to_int(_spell(n)) == n
    assert [c.value for c in find_counts(f"killed {_spell(n)} people") if not c.article] == [n]
