"""Counts written in words or digits: "seven", "twenty-five", "1,081", "about thirty", "dozens".

:func:`find_counts` returns each count with its span and whether it is an estimate. Vague
quantities follow the conventions ACLED states in its own notes ("unknown fatalities coded as 3",
"scores ... coded as 20"): several/many/numerous 10, a dozen 12, dozens 12, scores 20, hundreds
100, an unknown or unspecified number 3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

#: Vague quantities and the figure coded for each (all are estimates).
VAGUE = {
    "several": 10, "many": 10, "numerous": 10, "multiple": 10, "a dozen": 12, "dozens": 12,
    "dozens of": 12, "scores": 20, "scores of": 20, "hundreds": 100, "hundreds of": 100,
    "thousands": 1000, "a couple of": 2, "a couple": 2, "a few": 3, "some": 3,
    "an unknown number": 3, "an unspecified number": 3, "an unidentified number": 3,
    "unknown number": 3, "unspecified number": 3, "a number of": 3, "an undisclosed number": 3,
}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_NUMBER_WORDS = rf"(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_APPROX = (r"(?:at least|about|around|approximately|nearly|almost|over|more than|some|roughly|up to|"
           r"an estimated|close to|no fewer than|not fewer than|no less than|not less than|as many as|"
           r"fewer than|less than|some|over|above)")

_ONE = rf"(?:{_DIGITS}|{_NUMBER_WORDS})"
COUNT_RE = re.compile(
    rf"(?<![\w-])(?:between\s+(?P<low>{_ONE})\s*(?:and|to|-)\s*{_ONE}|"
    rf"(?P<approx>{_APPROX}\s+)?(?:(?P<digits>{_DIGITS})|(?P<vague>{_VAGUE})|"
    rf"(?P<words>{_NUMBER_WORDS})))(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    text: str
    estimate: bool = False
    article: bool = False  # "a"/"an"/"one": a single person, counted only next to a person noun


def words_to_int(text: str) -> int | None:
    """``"twenty-five"`` -> 25, ``"one hundred and two"`` -> 102; None if not a number."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def _to_count(match: re.Match[str], offset: int) -> Count | None:
    approx = bool(match.group("approx"))
    if match.group("low"):  # "between five and eight": the lower bound, an estimate
        low = match.group("low").replace(",", "")
        value = int(low) if low.isdigit() else words_to_int(low)
        if value is None:
            return None
        return Count(value, match.start() + offset, match.end() + offset, match.group(), True)
    if match.group("digits"):
        value = int(match.group("digits").replace(",", ""))
        return Count(value, match.start() + offset, match.end() + offset, match.group(), False)
    if match.group("vague"):
        value = VAGUE[match.group("vague").lower()]
        return Count(value, match.start() + offset, match.end() + offset, match.group(), True)
    words = match.group("words")
    value = words_to_int(words)
    if value is None:
        return None
    single = words.lower() in ("a", "an", "single")
    return Count(value, match.start() + offset, match.end() + offset, match.group(),
                 approx and value >= 10, article=single and not approx)


def find_counts(text: str, offset: int = 0) -> list[Count]:
    """Every count in ``text``, with spans shifted by ``offset``."""
    counts = []
    for match in COUNT_RE.finditer(text):
        count = _to_count(match, offset)
        if count is not None:
            counts.append(count)
    return counts
