"""What an expression means (a :class:`Reading`), and the reference time readings share.

Readings are made by the rule families of :mod:`.dates`, :mod:`.relative` and :mod:`.durations`;
:class:`ReferenceTime` keeps the last specific date the text mentioned, so that "nine months
later" after "August 2020" is 2021-05 and records which timex it was anchored on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .anchoring import tense_near
from .grammar import Candidate
from .lexicon import MODIFIERS
from .values import Period, parse_value

DCT = "DCT"
REF = "REF"


@dataclass
class Reading:
    """What an expression means: its TIMEX3 type, value and the attributes that go with it."""

    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None  # DCT, REF (an earlier timex) or None (absolute)
    quant: str | None = None
    freq: str | None = None
    offset: str | None = None  # "P9M" for "nine months later"
    start: int | None = None  # trimmed extent, when the match took a word that is not part of it
    end: int | None = None


def position_mod(words: str | None) -> str | None:
    """``early`` -> START, ``the end of`` -> END, ``mid-`` -> MID."""
    if not words:
        return None
    text = words.lower()
    for key, mod in (("beginning", "START"), ("start", "START"), ("early", "START"),
                     ("first", "START"), ("dawn", "START"), ("turn", "START"), ("mid", "MID"),
                     ("middle", "MID"), ("end", "END"), ("late", "END"), ("close", "END"),
                     ("rest", "END"), ("remainder", "END"), ("second half", "END"),
                     ("last days", "END"), ("opening", "START"), ("last", "END"), ("final", "END"),
                     ("closing", "END"), ("waning", "END"), ("dying", "END")):
        if key in text and not text.strip().startswith(("earlier", "later")):
            return mod
    return None


def relation(groups: dict[str, str | None]) -> str:
    """The relative word of a match, lower-cased: "this past" is "last", "this coming" is "next"."""
    rel = re.sub(r"\s+", " ", (groups.get("rel") or "").lower())
    return {"this past": "last", "this coming": "next"}.get(rel, rel)


def quantity_mod(words: str | None) -> str | None:
    if not words:
        return None
    return MODIFIERS.get(re.sub(r"\s+", " ", words.strip().lower())) or None


_OUTSIDE_MOD = re.compile(r"\b(about|just\s+over|over|within|just\s+under|under|only|just)\s+$", re.I)


_DETERMINER = re.compile(r"(?i:the|this|these|those|that|its|his|her|their|our|my|your)\s")


def outside_mod(text: str, start: int) -> str | None:
    """The mod of a modifier word TE3 leaves out of the extent ("about [a month]")."""
    match = _OUTSIDE_MOD.search(text[max(0, start - 16):start])
    if not match or (match.group(1).lower().endswith("over") and _DETERMINER.match(text, start)):
        return None  # "over the past five years": "over" is the span's preposition, not "more than"
    word = re.sub(r"\s+", " ", match.group(1).lower())
    return {"about": "APPROX", "just over": "MORE_THAN", "over": "MORE_THAN", "within": "EQUAL_OR_LESS",
            "just under": "LESS_THAN", "under": "LESS_THAN"}.get(word)


_OPEN_END = re.compile(r"\s+(?:(?P<after>(?:or|and)\s+(?:later|beyond|after))"
                       r"|(?P<before>or\s+(?:earlier|before))|(?P<approx>or\s+so))"
                       r"\b(?=\s*(?:[^\w\s]|$))", re.I)  # ends the phrase: not "tomorrow and after tomorrow"


def open_end(text: str, end: int) -> tuple[int, str] | None:
    """"1994 or later", "1990 and beyond", "the next year or so": the end and mod of a date so widened."""
    match = _OPEN_END.match(text, end)
    if not match:
        return None
    mod = "ON_OR_AFTER" if match["after"] else "ON_OR_BEFORE" if match["before"] else "APPROX"
    return match.end(), mod


class ReferenceTime:
    """The state the readings share: the text, the publication date and the reference time."""

    def __init__(self, text: str, dct: dt.date) -> None:
        self.text = text
        self.dct = dct
        self.today = Period("day", dct)
        self.ref: Period | None = None
        self.ref_index: int | None = None
        self.ref_end = 0
        self.quarter_ref: Period | None = None
        self.quarter_end = -10_000
        self.quarter_index: int | None = None

    def remember(self, reading: Reading, index: int, end: int, family: str = "") -> None:
        period = parse_value(reading.value) if reading.type in ("DATE", "TIME") else None
        if period is None or family in ("year_earlier", "around_event"):
            return
        if family == "ago" and (self.ref is None or period.date <= self.ref.date):
            return  # "a year earlier" looks back; "nine months later" moves the story on
        self.ref, self.ref_index, self.ref_end = period, index, end
        if period.gran == "quarter" and "year-" not in self.text[max(0, end - 40):end].lower():
            self.quarter_ref, self.quarter_end, self.quarter_index = period, end, index

    def base(self) -> tuple[Period, str]:
        """The reference time for anaphoric expressions, and the anchor to record."""
        if self.ref is not None:
            return self.ref, REF
        return self.today, DCT

    def tense(self, candidate: Candidate) -> str | None:
        return tense_near(self.text, candidate.start, candidate.end)


def unit_granularity(unit: str) -> str:
    return {"fortnight": "week", "night": "day"}.get(unit, unit)


def season_code(day: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
            8: "SU"}.get(day.month, "FA")


def century_year(two_digits: int, dct: dt.date) -> int:
    """'89 -> 1989, '05 -> 2005: the century that puts the year at most 10 years after the DCT."""
    year = dct.year // 100 * 100 + two_digits
    return year - 100 if year > dct.year + 10 else year


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
