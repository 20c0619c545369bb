"""Temporal expressions: find them, then resolve each against the publication date.

``tag_text(text, dct)`` returns :class:`~dateline.models.Timex` objects (TIMEX3 type, value,
mod, anchor, interval bounds) with character offsets into ``text``; the pipeline stage ``time``
does the same for an article and records each timex's sentence.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable

from ..errors import InputError
from ..models import Article, Timex, parse_publication_date
from ..pipeline import stage
from .grammar import find_candidates
from .intervals import mark_intervals, mark_spans, second_day, share_sets
from .readings import open_end
from .resolve import REF, Reading, Resolver

__all__ = ["tag_text", "publication_day", "make_time_stage"]


def publication_day(dct: str | dt.date) -> dt.date:
    """The day a publication date names (its first day for ``2022`` or ``2022-02``)."""
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    try:
        iso, _ = parse_publication_date(str(dct))
    except ValueError as exc:
        raise InputError(f"bad publication date: {exc}; give it as YYYY-MM-DD") from None
    year, month, day = (iso[:10].split("-") + ["1", "1"])[:3]
    return dt.date(int(year), int(month), int(day))


def _make_timex(text: str, reading: Reading, start: int, end: int, tid: str,
                anchors: list[Timex], ref_index: int | None) -> Timex:
    anchor = reading.anchor
    if anchor == REF:
        anchor = anchors[ref_index].tid if ref_index is not None else "DCT"
    return Timex(start=start, end=end, text=text[start:end], type=reading.type, value=reading.value,
                 tid=tid, mod=reading.mod, anchor=anchor, quant=reading.quant, freq=reading.freq,
                 offset=reading.offset)


def tag_text(text: str, dct: str | dt.date) -> list[Timex]:
    """Find and resolve the temporal expressions of ``text`` published on ``dct``.

    >>> [(t.text, t.value) for t in tag_text("Troops left last month.", "2022-02-17")]
    [('last month', '2022-01')]
    """
    day = publication_day(dct)
    resolver = Resolver(text, day)
    timexes: list[Timex] = []
    taken_until = 0
    for candidate in find_candidates(text):
        if candidate.start < taken_until:
            continue
        reading = resolver.resolve(candidate)
        if reading is None:
            continue
        taken_until = candidate.end
        start = candidate.start if reading.start is None else reading.start
        end = candidate.end if reading.end is None else reading.end
        widened = open_end(text, end) if reading.type == "DATE" and reading.mod is None else None
        if widened:
            end, reading.mod = widened
            taken_until = max(taken_until, end)
        timex = _make_timex(text, reading, start, end, f"t{len(timexes) + 1}", timexes,
                            resolver.ref_index)
        timexes.append(timex)
        resolver.remember(reading, len(timexes) - 1, end, candidate.family)
        second = second_day(text, timex, f"t{len(timexes) + 1}")
        if second is not None:  # "April 24 and 25", "March 21-22"
            timexes.append(second)
            taken_until = second.end
    mark_intervals(text, timexes, day)
    mark_spans(text, timexes)
    share_sets(text, timexes)
    return timexes


def assign_sentences(article: Article, timexes: list[Timex]) -> None:
    """Set each timex's ``sentence`` to the index of the sentence that holds its start."""
    starts = [s.start for s in article.sentences]
    for timex in timexes:
        index = bisect.bisect_right(starts, timex.start) - 1
        inside = index >= 0 and timex.start < article.sentences[index].end
        timex.sentence = index if inside else None


@stage("time", requires=["sentences"], sets=["timexes"])
def make_time_stage() -> Callable[[Article], Article]:
    """Temporal expressions (TIMEX3), resolved against the publication date."""
    def tag_article(article: Article) -> Article:
        timexes = tag_text(article.text, article.published)
        assign_sentences(article, timexes)
        article.timexes = timexes
        return article
    return tag_article
