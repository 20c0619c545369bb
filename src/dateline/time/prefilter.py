"""Which rules of the grammar can match in a stretch of text, from the words it holds.

Every match of a rule contains one of a few words: a month rule a month's name, a duration a
unit ("days", "year"), a clock time a digit or "noon". :func:`possible_rules` tests those words
once per stretch (``str.find`` on the lower-cased text, far cheaper than a regular expression)
and leaves out the rules whose words are all absent: those rules cannot match there, so the
candidates found are exactly the same, with about half of the rule scans skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import FIXED_HOLIDAYS, MOVABLE_HOLIDAYS, SET_ADVERBS

#: Any decimal digit, as ``\d`` reads one in the rules (other scripts' digits included).
DIGIT = "<digit>"
_DIGIT = re.compile(r"\d")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_UNITS = ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "yr",
          "decade", "centur", "millenni")
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_CLOCK = (DIGIT, "noon", "midnight", "midday", "mid-day", "o'clock", "morning", "afternoon", "evening",
          "night")

#: A holiday's name holds each of its words (the rule reads the spaces between them as ``\s+``).
_HOLIDAYS = tuple(sorted({max(name.lower().split(), key=len)
                         for name in (*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS)}))

#: For each rule family, groups of words: a match holds a word of every group (lower case, as
#: written in the rule's pattern). Families not listed always run.
NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": ((DIGIT,),),
    "numeric": ((DIGIT,),),
    "month_day": (_MONTHS, (DIGIT,)),
    "day_month": (_MONTHS, (DIGIT,)),
    "month": (_MONTHS,),
    "year": ((DIGIT,),),
    "short_year": ((DIGIT,),),
    "spelled_year": (("eighteen", "nineteen", "twenty", "thousand"),),
    "year_period": ((DIGIT,),),
    "period_word": (("period", "year", "quarter"),),
    "year_end": (("year",),),
    "fiscal_short": ((DIGIT,),),
    "decade": ((DIGIT, "ties"),),
    "century": (("century",),),
    "quarter": (("quarter", "half"),),
    "quarter_code": ((DIGIT,),),
    "season": (_SEASONS,),
    "pod": (("morning", "afternoon", "evening", "night", "midday", "mid-day"),),
    "week_of_month": (_MONTHS,),
    "week_of_day": (_MONTHS, (DIGIT,)),
    "around_event": (("day", "week", "month", "year", "hour"),),
    "unit_since": (("since",),),
    "relative": (_UNITS,),
    "weekday": (_WEEKDAYS,),
    "ordinal_day": (("day",),),
    "vague_span": (("time", "while"),),
    "deictic": (("today", "yesterday", "tomorrow", "tonight"),),
    "clock": (_CLOCK,),
    "clock_from": ((DIGIT,),),
    "day_clock": (_CLOCK,),
    "ago": (_UNITS,),
    "quarter_century": (("century",),),
    "duration": (_UNITS,),
    "vague_duration": (_UNITS,),
    "day_before": (_UNITS,),
    "ahead": (_UNITS,),
    "long_adj": (_UNITS,),
    "all_unit": (("all",),),
    "military": ((DIGIT,),),
    "adj_duration": (_UNITS,),
    "year_earlier": (("year",),),
    "times_per": (_UNITS,),
    "weekends": (("weekends",),),
    "season_count": (("summers", "winters", "springs", "autumns", "falls"),),
    "holiday": (_HOLIDAYS,),
    "set_adverb": (tuple(w.lower() for w in SET_ADVERBS),),
    "ref": (("now", "current", "present", "days", "recent", "lately", "past", "future", "term", "run"),),
    "set": (_UNITS + _WEEKDAYS + _MONTHS + _SEASONS + ("morning", "afternoon", "evening"),),
}
_WORDS = tuple(sorted({w for groups in NEEDS.values() for group in groups for w in group} - {DIGIT}))

#: Letters that ``re.IGNORECASE`` matches to an ASCII letter of the words above although
#: ``str.lower`` does not map them to it (the long s, the dotless i, the dotted capital I).
_FOLDS_APART = frozenset("ſıİ")


def folded(text: str) -> str | None:
    """``text`` in lower case, offsets unchanged; None where a letter folds otherwise (no filter)."""
    lowered = text.lower()
    if len(lowered) != len(text) or not _FOLDS_APART.isdisjoint(text):
        return None
    return lowered


def possible_rules(text: str, lowered: str | None, start: int, end: int,
                   families: Sequence[str]) -> list[bool]:
    """For each rule family, whether a match can lie inside ``text[start:end]``."""
    if lowered is None:
        return [True] * len(families)
    present = [w for w in _WORDS if lowered.find(w, start, end) >= 0]
    if _DIGIT.search(text, start, end):
        present.append(DIGIT)
    return _possible(frozenset(present), tuple(families))


@lru_cache(maxsize=4096)
def _possible(present: frozenset[str], families: tuple[str, ...]) -> list[bool]:
    # the same few sets of words come back region after region ("day", a digit ...)
    return [all(not present.isdisjoint(group) for group in NEEDS.get(family, ())) for family in families]
