"""Date selection: which days of a story deserve a timeline entry.

Evidence for a day comes from two places: the days the articles *mention* (day-level values the
temporal engine resolved, e.g. "on Tuesday" in an article of 2010-04-22 -> 2010-04-20), and the
days articles were *published* (publication volume). A day that later articles keep referring
back to is an event; a day with many articles is news. Each day gets a few counts, turned into
log-scaled features normalised within the collection, and a linear score ranks the days.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Article

_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|T)")

#: Feature names, in the order of :attr:`DateEvidence.features`.
FEATURES = ("ment_docs", "ment_docs_later", "ment_docs_earlier", "ment_sents", "ment_kw_sents",
            "pub_docs", "pub_docs_next", "ment_docs_near")

#: Weights of the features: articles naming the day, plus half again for those published after it
#: (a day later reports refer back to is an event), publication volume only to break ties. Chosen
#: among three hand-written presets by leave-one-topic-out on Timeline17 (bench/tune_timeline.py).
DEFAULT_WEIGHTS = (1.0, 0.5, 0.0, 0.0, 0.0, 0.05, 0.0, 0.0)
#: The other presets that the leave-one-topic-out check compared.
MENTIONS_ONLY = (1.0, 0.0, 0.0, 0.0, 0.0, 0.05, 0.0, 0.0)
ALL_EVIDENCE = (1.0, 1.0, 0.2, 0.3, 0.5, 0.6, 0.3, 0.2)


def day_value(value: str | None) -> dt.date | None:
    """The day of a TIMEX3 value that names one day (``2010-04-20``, ``2010-04-20T10:00``)."""
    match = _DAY_VALUE.match(value or "")
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def sentence_days(article: Article) -> dict[int, list[dt.date]]:
    """Sentence index -> the days its timexes name, in text order (day-level values only)."""
    found: dict[int, list[dt.date]] = defaultdict(list)
    for timex in article.timexes:
        day = day_value(timex.value) if timex.type in ("DATE", "TIME") else None
        index = timex.sentence if timex.sentence is not None else article.sentence_at(timex.start)
        if day is not None and index is not None and day not in found[index]:
            found[index].append(day)
    return found


@dataclass
class DateEvidence:
    """Counts for one day across a collection."""

    ment_docs: set[int] = field(default_factory=set)
    later_docs: set[int] = field(default_factory=set)  # published after the day
    earlier_docs: set[int] = field(default_factory=set)  # published before the day
    ment_sents: int = 0
    ment_kw_sents: int = 0
    pub_docs: int = 0
    pub_docs_next: int = 0
    near_docs: int = 0  # articles mentioning the day before or after

    def raw(self) -> list[float]:
        return [len(self.ment_docs), len(self.later_docs), len(self.earlier_docs), self.ment_sents,
                self.ment_kw_sents, self.pub_docs, self.pub_docs_next, self.near_docs]


def collect_evidence(articles: Sequence[Article], days: Sequence[dict[int, list[dt.date]]],
                     keyword_hits: Sequence[set[int]]) -> dict[dt.date, DateEvidence]:
    """Evidence per day from the articles, their sentence days and keyword-matching sentences."""
    evidence: dict[dt.date, DateEvidence] = defaultdict(DateEvidence)
    for i, article in enumerate(articles):
        published = article.publication_date
        evidence[published].pub_docs += 1
        evidence[published - dt.timedelta(days=1)].pub_docs_next += 1
        for index, sentence_days_ in days[i].items():
            for day in sentence_days_:
                _count_mention(evidence[day], i, day, published, index in keyword_hits[i])
    for day in list(evidence):
        near = evidence.get(day - dt.timedelta(days=1)), evidence.get(day + dt.timedelta(days=1))
        evidence[day].near_docs = sum(len(e.ment_docs) for e in near if e is not None)
    return evidence


def _count_mention(e: DateEvidence, doc: int, day: dt.date, published: dt.date, keyword: bool) -> None:
    e.ment_docs.add(doc)
    e.ment_sents += 1
    e.ment_kw_sents += keyword
    if published > day:
        e.later_docs.add(doc)
    elif published < day:
        e.earlier_docs.add(doc)


def feature_matrix(evidence: dict[dt.date, DateEvidence],
                   dates: Sequence[dt.date]) -> list[list[float]]:
    """log(1 + count), each column divided by its largest value in the collection."""
    rows = [[math.log1p(v) for v in evidence[d].raw()] for d in dates]
    tops = [max((r[j] for r in rows), default=0.0) or 1.0 for j in range(len(FEATURES))]
    return [[v / top for v, top in zip(row, tops)] for row in rows]


def rank_dates(evidence: dict[dt.date, DateEvidence], start: dt.date | None, end: dt.date | None,
               weights: Sequence[float] = DEFAULT_WEIGHTS) -> list[tuple[dt.date, float]]:
    """Days within [start, end], best first, with their scores."""
    dates = [d for d in evidence if (start is None or d >= start) and (end is None or d <= end)]
    rows = feature_matrix(evidence, dates)
    scored = [(d, sum(w * x for w, x in zip(weights, row))) for d, row in zip(dates, rows)]
    return sorted(scored, key=lambda pair: (-pair[1], pair[0]))
