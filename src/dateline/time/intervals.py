"""Date intervals: "from 2013 to 2014", "between March and May", "2009-2010", "since 2013".

Each timex of an interval keeps its own value (TE3 annotates the two ends separately) and gets
``begin`` and ``end_value`` set to the bounds of the interval it belongs to.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import Timex

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
