"""The timeline-summarization metrics of the field, as tilse computes them.

A timeline is a mapping ``date -> [sentence, ...]`` (sentences as token strings). The reference
is a list of such timelines (usually one). Metrics (Martschat & Markert 2017, tilse):

- ``concat``: ROUGE of all predicted sentences against all reference sentences;
- ``agreement``: ROUGE only between summaries of the very same date;
- ``align_m1`` (the "AR" of news-tls): each predicted date is mapped to the reference date of
  least cost (for precision), each reference date to the predicted date of least cost (for
  recall), cost = (1 - 1/(days apart + 1)) * (1 - approximate ROUGE-1 F1 of their content);
  hits are weighted by 1/(days apart + 1);
- ``date_f1``: precision and recall of the predicted dates among the reference dates.

Counts are micro-averaged within a timeline; :func:`macro_average` averages precision and recall
over timelines and then takes F1 of the averages, as news-tls reports them.
"""

from __future__ import annotations

import datetime as dt
import string
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .rouge import RougeCounts, match_counts, ngram_counts

Timeline = Mapping[dt.date, Sequence[str]]
Grams = list[Counter[tuple[str, ...]]]


@dataclass(frozen=True)
class PRF:
    precision: float = 0.0
    recall: float = 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f_score": self.f1}


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


class _Scorer:
    """Per-date n-gram counts of one predicted timeline and its references, computed once."""

    def __init__(self, predicted: Timeline, references: Sequence[Timeline], n_max: int = 2):
        self.n_max = n_max
        self.pred = {d: ngram_counts(s, n_max) for d, s in predicted.items()}
        self.refs = [{d: ngram_counts(s, n_max) for d, s in r.items()} for r in references]
        self.empty: Grams = [Counter() for _ in range(n_max)]

    def counts(self, pred_date: dt.date | None, ref_date: dt.date | None) -> list[RougeCounts]:
        peer = self.pred.get(pred_date, self.empty) if pred_date else self.empty
        models = [r.get(ref_date, self.empty) if ref_date else self.empty for r in self.refs]
        return [match_counts(peer[n], [m[n] for m in models]) for n in range(self.n_max)]


def _prf_from(hits_p: Sequence[float], peers: Sequence[int], hits_r: Sequence[float],
              models: Sequence[int]) -> PRF:
    return PRF(_ratio(sum(hits_p), sum(peers)), _ratio(sum(hits_r), sum(models)))


def concat(predicted: Timeline, references: Sequence[Timeline], n_max: int = 2) -> list[PRF]:
    """ROUGE-1..n of the concatenated timelines (dates in order)."""
    peer = ngram_counts([s for d in sorted(predicted) for s in predicted[d]], n_max)
    models = [ngram_counts([s for d in sorted(r) for s in r[d]], n_max) for r in references]
    out = []
    for n in range(n_max):
        c = match_counts(peer[n], [m[n] for m in models])
        out.append(PRF(_ratio(c.hit, c.peer), _ratio(c.hit, c.model)))
    return out


def agreement(predicted: Timeline, references: Sequence[Timeline], n_max: int = 2) -> list[PRF]:
    """ROUGE-1..n comparing only summaries of identical dates."""
    scorer = _Scorer(predicted, references, n_max)
    ref_dates = {d for r in references for d in r}
    out = []
    for n in range(n_max):
        hit_p, peer, hit_r, model = [], [], [], []
        for day in set(predicted) | ref_dates:
            c = scorer.counts(day, day)[n]
            if day in predicted:
                hit_p.append(c.hit)
                peer.append(c.peer)
            if day in ref_dates:
                hit_r.append(c.hit)
                model.append(c.model)
        out.append(_prf_from(hit_p, peer, hit_r, model))
    return out


def _content_tokens(sentences: Sequence[str]) -> Counter[str]:
    # tilse's approximation: whitespace tokens that are not a run of ASCII punctuation marks
    return Counter(t for s in sentences for t in s.split() if t not in string.punctuation)


def approx_rouge1_f(pred: Counter[str], refs: Sequence[Counter[str]]) -> float:
    """tilse's quick ROUGE-1 F1 (no stemming, no stop words) used in the alignment costs."""
    hit = sum(min(c, r[t]) for t, c in pred.items() for r in refs)
    p = _ratio(hit, len(refs) * sum(pred.values()))
    r = _ratio(hit, sum(sum(x.values()) for x in refs))
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def date_weight(a: dt.date, b: dt.date) -> float:
    return 1.0 / (abs(a.toordinal() - b.toordinal()) + 1)


def _costs(pred_dates: list[dt.date], ref_dates: list[dt.date], predicted: Timeline,
           references: Sequence[Timeline]) -> list[list[float]]:
    """cost[i][j] between predicted date i and reference date j."""
    pred_tokens = {d: _content_tokens(predicted[d]) for d in pred_dates}
    ref_tokens = {d: [_content_tokens(r.get(d, ())) for r in references] for d in ref_dates}
    return [[(1 - date_weight(p, r)) * (1 - approx_rouge1_f(pred_tokens[p], ref_tokens[r]))
             for r in ref_dates] for p in pred_dates]


def _argmin(values: Sequence[float]) -> int:
    return min(range(len(values)), key=values.__getitem__)  # first of equal minima, as numpy


def align_m1(predicted: Timeline, references: Sequence[Timeline], n_max: int = 2) -> list[PRF]:
    """Alignment-based ROUGE-1..n with many-to-one date-content costs ("AR")."""
    pred_dates = sorted(predicted)
    ref_dates = sorted({d for r in references for d in r})
    if not pred_dates or not ref_dates:
        return [PRF() for _ in range(n_max)]
    costs = _costs(pred_dates, ref_dates, predicted, references)
    scorer = _Scorer(predicted, references, n_max)
    to_ref = [(p, ref_dates[_argmin(row)]) for p, row in zip(pred_dates, costs)]
    to_pred = [(pred_dates[_argmin([row[j] for row in costs])], r) for j, r in enumerate(ref_dates)]
    prec_counts = [(date_weight(p, r), scorer.counts(p, r)) for p, r in to_ref]
    rec_counts = [(date_weight(p, r), scorer.counts(p, r)) for p, r in to_pred]
    return [_prf_from([w * c[n].hit for w, c in prec_counts], [c[n].peer for _, c in prec_counts],
                      [w * c[n].hit for w, c in rec_counts], [c[n].model for _, c in rec_counts])
            for n in range(n_max)]


def date_f1(predicted: Timeline, references: Sequence[Timeline]) -> PRF:
    """Date selection: predicted dates found among the reference dates."""
    pred, ref = set(predicted), {d for r in references for d in r}
    shared = len(pred & ref)
    return PRF(_ratio(shared, len(pred)), _ratio(shared, len(ref)))


def score_timeline(predicted: Timeline, reference: Timeline) -> dict[str, PRF]:
    """The news-tls figures for one predicted timeline against one gold timeline."""
    ar1, ar2 = align_m1(predicted, [reference])
    return {"ar1": ar1, "ar2": ar2, "date": date_f1(predicted, [reference])}


def macro_average(scores: Sequence[PRF]) -> PRF:
    """Mean precision and mean recall over timelines (F1 is then taken of the means)."""
    if not scores:
        return PRF()
    return PRF(sum(s.precision for s in scores) / len(scores),
               sum(s.recall for s in scores) / len(scores))
