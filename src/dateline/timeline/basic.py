"""A first timeline builder: dates ranked by how many matching articles report on them.

Each date gets the lead sentences of its articles that mention the query most. The temporal
engine and sentence embeddings make better timelines (see the timelines issue); this one needs
nothing but the store.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..models import Article, TimelineEntry
from ..sentences import split_sentences
from ..store.base import ArticleQuery, Store

_STOP = frozenset(
    """the a an and or but of in on at to for from by with as is was were be been has have had it its
    this that these those he she they we i you his her their our not no said says say will would
    could should may might after before over under about into than then there here who what when
    where which while also more most some any all one two three new last first after during since
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december mr mrs ms""".split()
)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b")


def main_subject(store: Store, sample: int = 500) -> str | None:
    """The proper name most articles mention (counted once per article), e.g. "Mali"."""
    counts: Counter[str] = Counter()
    for article in store.articles(ArticleQuery(limit=sample, include_duplicates=False)):
        names = {m.group(1) for m in _CAPITALISED.finditer(article.text)}
        counts.update(n for n in names if n.lower() not in _STOP)
    return counts.most_common(1)[0][0] if counts else None


def _query_terms(query: str) -> list[str]:
    return [w.lower() for w in re.findall(r"\w+", query) if w.lower() not in _STOP]


def _score(sentence: str, terms: list[str]) -> int:
    lowered = sentence.lower()
    return sum(lowered.count(t) for t in terms)


def build_timeline(store: Store, query: str, *, date_from: str | None = None,
                   date_to: str | None = None, dates: int = 10,
                   sentences: int = 1) -> list[TimelineEntry]:
    """Up to ``dates`` entries in date order, each with up to ``sentences`` sentences."""
    found = store.articles(ArticleQuery(search=query, date_from=date_from, date_to=date_to,
                                        include_duplicates=False, limit=None))
    by_date: dict[str, list[Article]] = defaultdict(list)
    for article in found:
        by_date[article.publication_date.isoformat()].append(article)
    chosen = sorted(sorted(by_date, key=lambda d: -len(by_date[d]))[:dates])
    terms = _query_terms(query)
    return [_entry(day, by_date[day], terms, sentences) for day in chosen]


def _entry(day: str, articles: list[Article], terms: list[str], k: int) -> TimelineEntry:
    candidates = []
    for article in articles:
        for rank, sentence in enumerate(split_sentences(article.text)[:5]):
            candidates.append((-_score(sentence.text, terms), rank, sentence.text, article.id))
    candidates.sort()
    picked = candidates[:k]
    return TimelineEntry(date=day, sentences=[c[2] for c in picked],
                         article_ids=[c[3] for c in picked], score=float(len(articles)))
