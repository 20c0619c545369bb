"""Timeline summarization: L dates, each with up to K sentences, from a set of articles.

1. Days are ranked by the evidence in :mod:`dateline.timeline.dates` (days the articles mention,
   resolved by the temporal engine, and publication volume).
2. A day's candidate sentences are those that name the day, plus the lead sentences of articles
   published that day or the next that name no day of their own.
3. The day's centroid (TF-IDF) keeps only the words that both kinds of candidates use, those
   naming the day and those of the day's articles (the day's own event words); candidates below
   the knee of their similarity to it are dropped and the centroid is recomputed. Of the rest,
   sentences containing a query term are scored by similarity to the day's centroid (central to
   the date) and to the centroid of all query-matching sentences (central to the story); picks
   are made greedily, each penalised by its similarity to sentences already in the timeline.
4. A day with no acceptable sentence is skipped and the next-ranked day is tried.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..models import Article, TimelineEntry
from ..sentences import split_sentences
from .dates import DEFAULT_WEIGHTS, collect_evidence, rank_dates, sentence_days
from .vectors import STOP_WORDS, Tfidf, content_words


@dataclass
class TimelineConfig:
    """Knobs of the summarizer; the defaults were checked leave-one-topic-out (bench/tune_timeline.py)."""

    lead_sentences: int = 6  # lead sentences of an article that stand for its publication day
    pub_window: int = 2  # an article speaks for its publication day and the day before
    min_words: int = 5
    max_words: int = 60
    date_bonus: float = 0.0  # for a sentence that names the day
    query_weight: float = 0.3  # centrality to the story vs to the day
    redundancy: float = 0.4  # penalty weight of similarity to sentences already chosen
    max_similarity: float = 0.6  # never pick a sentence closer than this to a chosen one
    query_filter_first: bool = False  # day centroid from query-matching sentences only
    knee_filter: bool = True  # keep the candidates above the knee of similarity to the day
    shared_vocabulary: bool = True  # day centroid from words both kinds of candidates use
    date_weights: tuple[float, ...] = DEFAULT_WEIGHTS


@dataclass
class _Candidate:
    doc: int
    index: int
    text: str
    names_day: bool


@dataclass
class _Collection:
    articles: list[Article]
    days: list[dict[int, list[dt.date]]]
    keyword_hits: list[set[int]]
    words: dict[tuple[int, int], list[str]] = field(default_factory=dict)


def query_terms(query: str | Sequence[str]) -> list[str]:
    """Lower-cased terms of a query string, or the given keyword list."""
    if not isinstance(query, str):
        return [t.lower() for t in query if t.strip()]
    words = [w.lower() for w in re.findall(r"[\w'-]+", query)]
    return [w for w in words if w not in STOP_WORDS] or words


def _sentences(article: Article) -> list[str]:
    if not article.sentences:
        article.sentences = split_sentences(article.text)
    return [s.text or article.text[s.start:s.end] for s in article.sentences]


def _collection(articles: Sequence[Article], terms: Sequence[str]) -> _Collection:
    texts = [_sentences(a) for a in articles]
    hits = [{i for i, s in enumerate(sents) if _matches(s, terms)} for sents in texts]
    coll = _Collection(list(articles), [sentence_days(a) for a in articles], hits)
    for d, sents in enumerate(texts):
        for i, s in enumerate(sents):
            coll.words[(d, i)] = content_words(s)
    return coll


def _matches(sentence: str, terms: Sequence[str]) -> bool:
    lowered = sentence.lower()
    return not terms or any(t in lowered for t in terms)


def summarize(articles: Sequence[Article], query: str | Sequence[str], *, dates: int | None = None,
              sentences: int | None = None, date_from: dt.date | None = None,
              date_to: dt.date | None = None,
              config: TimelineConfig | None = None) -> list[TimelineEntry]:
    """A timeline of ``dates`` entries (chosen from the data when None), in date order."""
    config = config or TimelineConfig()
    terms = query_terms(query)
    inside = [a for a in articles if _within(a.publication_date, date_from, date_to)]
    if not inside:
        return []
    coll = _collection(inside, terms)
    ranked = rank_dates(collect_evidence(coll.articles, coll.days, coll.keyword_hits),
                        date_from, date_to, config.date_weights)
    pools = _candidate_pools(coll, config)
    limit = dates or default_dates(ranked)
    k = sentences or default_sentences(pools, ranked[:limit])
    return _select(coll, ranked, pools, terms, limit, k, config)


def _within(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def default_dates(ranked: Sequence[tuple[dt.date, float]]) -> int:
    """Days above the knee of the score curve, or the square root of the number of days when
    that is more (a flat curve has no knee), at least 5 and at most 40."""
    scores = [s for _, s in ranked]
    if len(scores) <= 5:
        return len(scores)
    return max(5, min(40, max(_knee(scores) + 1, round(math.sqrt(len(scores))))))


def _knee(values: Sequence[float]) -> int:
    """Index of the point farthest from the line joining the first and last values."""
    n = len(values)
    first, last = values[0], values[-1]
    dx, dy = n - 1, last - first
    norm = math.hypot(dx, dy) or 1.0
    return max(range(n), key=lambda i: abs(dy * i - dx * (values[i] - first)) / norm)


def default_sentences(pools: dict[dt.date, list[_Candidate]],
                      chosen: Sequence[tuple[dt.date, float]]) -> int:
    """Two sentences a day when the chosen days are well covered, else one."""
    sizes = sorted(len(pools.get(d, ())) for d, _ in chosen)
    return 2 if sizes and sizes[len(sizes) // 2] >= 10 else 1


def _candidate_pools(coll: _Collection, config: TimelineConfig) -> dict[dt.date, list[_Candidate]]:
    pools: dict[dt.date, list[_Candidate]] = defaultdict(list)
    for d, article in enumerate(coll.articles):
        published = article.publication_date
        for i, sentence in enumerate(article.sentences):
            text = sentence.text or article.text[sentence.start:sentence.end]
            named = coll.days[d].get(i)
            if named:
                pools[named[0]].append(_Candidate(d, i, text, True))
            elif i < config.lead_sentences:
                for back in range(config.pub_window):
                    pools[published - dt.timedelta(days=back)].append(_Candidate(d, i, text, False))
    return pools


def _select(coll: _Collection, ranked: Sequence[tuple[dt.date, float]],
            pools: dict[dt.date, list[_Candidate]], terms: Sequence[str], limit: int, k: int,
            config: TimelineConfig) -> list[TimelineEntry]:
    tfidf = Tfidf(coll.words.values())
    story = _story_centroid(coll, tfidf)
    chosen: list[dict[str, float]] = []
    entries: list[TimelineEntry] = []
    for day, score in ranked:
        if len(entries) >= limit:
            break
        picked = _summarize_day(coll, pools.get(day, []), terms, k, tfidf, story, chosen, config)
        if picked:
            entries.append(TimelineEntry(date=day.isoformat(), sentences=[c.text for c in picked],
                                         article_ids=[coll.articles[c.doc].id for c in picked],
                                         score=round(score, 4)))
    return sorted(entries, key=lambda e: e.date)


def _story_centroid(coll: _Collection, tfidf: Tfidf) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for d, hits in enumerate(coll.keyword_hits):
        for i in hits:
            for w, v in tfidf.vector(coll.words[(d, i)]).items():
                total[w] += v
    return _normalised(total)


def _normalised(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {w: v / norm for w, v in vector.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _acceptable(coll: _Collection, cands: Sequence[_Candidate], terms: Sequence[str],
                config: TimelineConfig) -> list[_Candidate]:
    seen: set[str] = set()
    out = []
    for c in cands:
        n = len(c.text.split())
        key = " ".join(coll.words[(c.doc, c.index)])
        if config.min_words <= n <= config.max_words and key not in seen and _matches(c.text, terms):
            seen.add(key)
            out.append(c)
    return out


def _summarize_day(coll: _Collection, cands: Sequence[_Candidate], terms: Sequence[str], k: int,
                   tfidf: Tfidf, story: dict[str, float], chosen: list[dict[str, float]],
                   config: TimelineConfig) -> list[_Candidate]:
    cands = _acceptable(coll, cands, terms if config.query_filter_first else (), config)
    if not any(_matches(c.text, terms) for c in cands):
        return []
    vectors = [tfidf.vector(coll.words[(c.doc, c.index)]) for c in cands]
    centroid = _day_centroid(vectors, cands, config)
    if config.knee_filter and len(cands) > 3:
        sims = [_cos(v, centroid) for v in vectors]
        cut = sorted(sims, reverse=True)[_knee(sorted(sims, reverse=True))]
        keep = [i for i, x in enumerate(sims) if x >= cut]
        cands, vectors = [cands[i] for i in keep], [vectors[i] for i in keep]
        centroid = _day_centroid(vectors, cands, config)
    base = np.array([(1 - config.query_weight) * _cos(v, centroid) + config.query_weight * _cos(v, story)
                     + config.date_bonus * c.names_day if _matches(c.text, terms) else -np.inf
                     for v, c in zip(vectors, cands)])
    picked: list[_Candidate] = []
    for _ in range(k):
        best = _best(base, vectors, chosen, config)
        if best is None:
            break
        picked.append(cands[best])
        chosen.append(vectors[best])
        base[best] = -np.inf
    return picked


def _day_centroid(vectors: Sequence[dict[str, float]], cands: Sequence[_Candidate],
                  config: TimelineConfig) -> dict[str, float]:
    """Mean of the candidates; with ``shared_vocabulary``, only words that both the sentences
    naming the day and the articles published that day use (the day's own event words)."""
    named = _sum([v for v, c in zip(vectors, cands) if c.names_day])
    published = _sum([v for v, c in zip(vectors, cands) if not c.names_day])
    if not config.shared_vocabulary or not named or not published:
        return _normalised(_sum(vectors))
    n_named = sum(c.names_day for c in cands)
    n_pub = len(cands) - n_named
    return _normalised({w: v / n_named + published[w] / n_pub for w, v in named.items() if w in published})


def _sum(vectors: Sequence[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for v in vectors:
        for w, x in v.items():
            total[w] += x
    return total


def _best(base: np.ndarray, vectors: Sequence[dict[str, float]], chosen: Sequence[dict[str, float]],
          config: TimelineConfig) -> int | None:
    order = np.argsort(-base)
    best, best_value = None, -np.inf
    for i in order[:50]:
        if not np.isfinite(base[i]) or base[i] <= best_value:
            break
        similarity = max((_cos(vectors[i], c) for c in chosen), default=0.0)
        value = base[i] - config.redundancy * similarity
        if similarity < config.max_similarity and value > best_value:
            best, best_value = int(i), value
    return best
