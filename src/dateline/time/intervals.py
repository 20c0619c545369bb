"""Date intervals: "from 2013 to 2014", "between March and May", "2009-2010", "since 2013".

Each timex of an interval keeps its own value (TE3 annotates the two ends separately) and gets
``begin`` and ``end_value`` set to the bounds of the interval it belongs to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..models import Timex
from .values import parse_value

_JOINER = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$", re.I)
_OPENER = re.compile(r"(?:\bfrom|\bbetween)\s+$", re.I)
_SINCE = re.compile(r"(?:\bsince|\bstarting(?:\s+in)?|\bbeginning(?:\s+in)?)\s+$", re.I)
_UNTIL = re.compile(r"(?:\buntil|\btill|\bthrough|\bthrough\s+to|\bup\s+to)\s+$", re.I)


def _is_point(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and not timex.value.endswith("_REF")


def mark_intervals(text: str, timexes: list[Timex], dct: dt.date) -> None:
    """Set ``begin``/``end_value`` on the timexes that bound an interval, in place."""
    paired: set[int] = set()
    for i in range(len(timexes) - 1):
        first, second = timexes[i], timexes[i + 1]
        if not (_is_point(first) and _is_point(second)):
            continue
        between = text[first.end:second.start]
        before = text[max(0, first.start - 12):first.start]
        hyphen = between.strip() in ("-", "–", "—")
        if _JOINER.match(between) and (hyphen or _OPENER.search(before)):
            for timex in (first, second):
                timex.begin, timex.end_value = first.value, second.value
            paired.update((i, i + 1))
    for i, timex in enumerate(timexes):
        if i in paired or not _is_point(timex):
            continue
        before = text[max(0, timex.start - 20):timex.start]
        if _SINCE.search(before):
            timex.begin, timex.end_value = timex.value, dct.isoformat()
        elif _UNTIL.search(before):
            timex.end_value = timex.value


_SECOND_DAY = re.compile(r"(\s*(?:-|–|and|to|through|or)\s*)([0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
                         r"(?:,?\s+((?:1[5-9]|20)\d\d)(?!\d))?(?=\s*(?:[,.;:)!?\"”]|$|and\b|in\b|at\b))")


def second_day(text: str, timex: Timex, tid: str) -> Timex | None:
    """The bare day number that ends a range after a full date: "25" in "April 24 and 25".

    A year after the range ("March 21-22, 2013") is given to both ends.
    """
    if timex.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
        return None
    match = _SECOND_DAY.match(text, timex.end)
    if match is None or not re.search(r"\d$", timex.text):
        return None
    first = dt.date.fromisoformat(timex.value)
    try:
        if match.group(3):
            first = first.replace(year=int(match.group(3)))
        day = first.replace(day=int(match.group(2)))
    except ValueError:
        return None
    if day <= first:
        return None
    if match.group(3):
        timex.value, timex.anchor = first.isoformat(), None
    timex.begin, timex.end_value = timex.value, day.isoformat()
    start, end = match.start(2), match.end(2)
    return replace(timex, start=start, end=end, text=text[start:end], value=day.isoformat(), tid=tid,
                   mod=None)


_THROUGHOUT = re.compile(r"\b(?:throughout|all\s+through)\s+$", re.I)
_LENGTHS = {"millennium": "P1000Y", "century": "P100Y", "decade": "P10Y", "year": "P1Y", "half": "P6M",
            "season": "P3M", "quarter": "P3M", "month": "P1M", "week": "P1W", "day": "P1D"}


def mark_spans(text: str, timexes: list[Timex]) -> None:
    """"throughout the 1990s" speaks of the whole period: a DURATION (P10Y) from its start to its end."""
    for timex in timexes:
        period = parse_value(timex.value) if timex.type == "DATE" else None
        if period is None or period.gran not in _LENGTHS:
            continue
        if _THROUGHOUT.search(text[max(0, timex.start - 20):timex.start]):
            timex.begin = timex.end_value = timex.value
            timex.type, timex.value = "DURATION", _LENGTHS[period.gran]


_WEEKDAY_SET = re.compile(r"XXXX-WXX-\d(?P<part>T[A-Z]{2})?$")


def share_sets(text: str, timexes: list[Timex]) -> None:
    """"on Monday and Tuesday nights": the first weekday is a set too, at the same part of the day."""
    for first, second in zip(timexes, timexes[1:], strict=False):
        match = _WEEKDAY_SET.match(second.value) if second.type == "SET" else None
        joined = re.fullmatch(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*", text[first.end:second.start])
        day = re.fullmatch(r"\d{4}-\d{2}-\d{2}", first.value)
        if match and joined and day and first.type == "DATE" and first.text.istitle():
            weekday = dt.date.fromisoformat(first.value).isoweekday()
            first.type, first.value = "SET", f"XXXX-WXX-{weekday}{match.group('part') or ''}"
            first.quant, first.anchor = second.quant, None

