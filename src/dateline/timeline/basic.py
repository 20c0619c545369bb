"""Timelines from the store: pick the articles a query matches, then summarise them.

``build_timeline`` is what ``dateline timeline``, ``dateline summary`` and the web layer call.
Articles not yet through the temporal engine are tagged on the fly (not saved), so a timeline
always uses the dates articles mention, not only their publication dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..errors import DatelineError
from ..models import Article, TimelineEntry
from ..store.base import ArticleQuery, Store
from .summarize import TimelineConfig, summarize

_STOP = frozenset(
    """the a an and or but of in on at to for from by with as is was were be been has have had it its
    this that these those he she they we i you his her their our not no said says say will would
    could should may might after before over under about into than then there here who what when
    where which while also more most some any all one two three new last first after during since
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december mr mrs ms""".split()
)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b")


class BadDate(DatelineError):
    """A --from/--to value that is not YYYY, YYYY-MM or YYYY-MM-DD."""


def main_subject(store: Store, sample: int = 500) -> str | None:
    """The proper name most articles mention (counted once per article), e.g. "Mali"."""
    counts: Counter[str] = Counter()
    for article in store.articles(ArticleQuery(limit=sample, include_duplicates=False)):
        names = {m.group(1) for m in _CAPITALISED.finditer(article.text)}
        counts.update(n for n in names if n.lower() not in _STOP)
    return counts.most_common(1)[0][0] if counts else None


def period_bounds(value: str | None, *, end: bool = False) -> dt.date | None:
    """First (or last, with ``end``) day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    try:
        year, month, day = (int(g) if g else None for g in match.groups()) if match else (0, 0, 0)
        if not match or year is None:
            raise ValueError
        if end:
            month = month or 12
            day = day or calendar.monthrange(year, month)[1]
        return dt.date(year, month or 1, day or 1)
    except ValueError:
        raise BadDate(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None


def matching_articles(store: Store, query: str, date_from: str | None = None,
                      date_to: str | None = None) -> list[Article]:
    """Articles the query matches (full-text), without near-duplicates, with their layers."""
    found = store.articles(ArticleQuery(search=query or None, date_from=date_from, date_to=date_to,
                                        include_duplicates=False, limit=None))
    return list(store.iter_articles([a.id for a in found]))


def _time_stage() -> Callable[[Article], Article] | None:
    from ..errors import StageError
    from ..pipeline import stage_info

    try:
        return stage_info("time").factory()
    except StageError:
        return None


def ensure_dates(articles: Sequence[Article]) -> list[Article]:
    """Tag in memory the articles that the temporal engine has not seen yet."""
    tagger = _time_stage() if any("time" not in a.stages for a in articles) else None
    return [_tagged(a, tagger) if tagger and "time" not in a.stages else a for a in articles]


def _tagged(article: Article, tagger: Callable[[Article], Article]) -> Article:
    try:
        return tagger(article)
    except Exception:  # noqa: BLE001 - an article the tagger fails on keeps its publication date
        return article


def build_timeline(store: Store, query: str, *, date_from: str | None = None,
                   date_to: str | None = None, dates: int | None = None,
                   sentences: int | None = None,
                   config: TimelineConfig | None = None) -> list[TimelineEntry]:
    """Up to ``dates`` entries in date order, each with up to ``sentences`` sentences.

    ``None`` lets the data decide (see :func:`dateline.timeline.summarize.default_dates`).
    """
    start, end = period_bounds(date_from), period_bounds(date_to, end=True)
    articles = ensure_dates(matching_articles(store, query, date_from, date_to))
    return summarize(articles, query, dates=dates, sentences=sentences, date_from=start,
                     date_to=end, config=config)
