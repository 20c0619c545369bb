"""The date of an event: the timex of its sentence, with ACLED's time precision.

ACLED's ``time_precision`` is 1 when the day is known, 2 when it is approximate or only the week
is ("around 3 October", "week of"), 3 when only the month or something vaguer is. An event whose
sentence carries no date is dated by the publication date, as approximate (2). An event that ended
more than ``background_days`` before publication is a background mention ("the 2020 coup").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..models import Article, Timex
from .detect import Frame, date_timexes

_APPROX_BEFORE = re.compile(r"\b(?:around|about|approximately|circa|c\.|roughly|some time|sometime|"
                            r"early|late|mid|by|before|after|since|between|from)\s*$", re.I)
_AFTER = re.compile(r"^\s*\((?P<what>as reported|between[^)]*|week of|weekend of|month of|"
                    r"reported|approximately|around)\)", re.I)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}(?:-WE)?$")
_YEAR = re.compile(r"^\d{4}$")


@dataclass
class EventDate:
    value: str | None
    precision: int | None
    start: int | None = None
    end: int | None = None
    confidence: float = 0.0
    source: str = ""


def _usable(timex: Timex) -> bool:
    value = timex.value or ""
    return bool(_DAY.match(value) or _MONTH.match(value) or _WEEK.match(value) or _YEAR.match(value))


def _in_brackets(article: Article, timex: Timex, lower: int) -> bool:
    """Inside brackets opened in the sentence ("(between 2 - 5 October)"), not a bracketed
    sentence as a whole."""
    if article.text[lower:lower + 1] in "([":
        lower += 1
    before = article.text[lower:timex.start]
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


def pick_timex(article: Article, frame: Frame) -> Timex | None:
    """The timex that dates the frame: its own (when split on dates), else the last one before
    the trigger in the core sentence (not in brackets), else the first after it."""
    if frame.timex is not None:
        return frame.timex
    sentence = article.sentences[frame.core]
    found = [t for t in date_timexes(article, sentence) if _usable(t)]
    before = [t for t in found if t.end <= frame.trigger.start
              and not _in_brackets(article, t, sentence.start)]
    if before:
        return before[-1] if not _leads(article, before[0], sentence.start) else before[0]
    after = [t for t in found
             if t.start >= frame.trigger.start and not _in_brackets(article, t, sentence.start)]
    return after[0] if after else None


def _leads(article: Article, timex: Timex, sentence_start: int) -> bool:
    """The sentence opens with the date ("On 1 October 2021, ..."): it dates the whole sentence."""
    lead = article.text[sentence_start:timex.start]
    return len(lead.split()) <= 3 and "," not in lead


def precision(article: Article, timex: Timex) -> int:
    """ACLED's time precision of a timex: 1 day, 2 approximate day or week, 3 month or vaguer."""
    value = timex.value
    if _WEEK.match(value):
        return 2
    if not _DAY.match(value):
        return 3
    after = _AFTER.match(article.text[timex.end:timex.end + 60])
    if after and after.group("what").lower() == "month of":
        return 3
    if timex.mod in ("APPROX", "ABOUT") or after or _APPROX_BEFORE.search(
            article.text[max(0, timex.start - 20):timex.start]):
        return 2
    return 1


def event_date(article: Article, frame: Frame) -> EventDate:
    """The event's date with its precision and the span it was read from."""
    timex = pick_timex(article, frame)
    if timex is None:
        return EventDate(article.published[:10], 2, None, None, 0.3, "publication date")
    value = _week_start(timex.value) if _WEEK.match(timex.value) else timex.value
    return EventDate(value, precision(article, timex), timex.start, timex.end, 0.9, "timex")


def _week_start(value: str) -> str:
    year, week = int(value[:4]), int(value[6:8])
    return dt.date.fromisocalendar(year, week, 1).isoformat()


def last_day(value: str) -> dt.date:
    """The last day of a partial ISO date: "2020-08" -> 2020-08-31, "2021" -> 2021-12-31."""
    parts = [int(p) for p in value[:10].split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(*parts)


def first_day(value: str) -> dt.date:
    """The first day of a partial ISO date: "2020-08" -> 2020-08-01."""
    parts = [int(p) for p in value[:10].split("-")] + [1, 1]
    return dt.date(*parts[:3])


def is_background(article: Article, date: EventDate, background_days: int) -> bool:
    """The event ended more than ``background_days`` before the article was published."""
    if date.source != "timex" or not date.value:
        return False
    try:
        ended = last_day(date.value)
    except ValueError:
        return False
    return (article.publication_date - ended).days > background_days
