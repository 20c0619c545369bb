"""The standard timeline-summarization evaluation (news-tls setup) on a topic folder tree.

For each topic (folders sharing a prefix merged) the articles are tagged once by the temporal
engine; then for each gold timeline: the articles published within the timeline's first..last
date, the query from ``keywords.json``, L = the gold number of dates, K = the rounded mean number
of sentences per date (Python's ``round``, as news-tls), and the predicted timeline is scored with
alignment ROUGE-1/2 (many-to-one date-content costs) and Date-F1. Precision and recall are
macro-averaged over timelines, then F1 taken, per topic and overall.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..models import Article, TimelineEntry
from ..timeline.summarize import TimelineConfig, summarize
from . import tls
from .tls_data import GoldTimeline, Topic, load_topics

Tagger = Callable[[Article], Article]
Progress = Callable[[str], None]


def time_tagger() -> Tagger:
    """The temporal engine's pipeline stage (``time``), which fills ``article.timexes``."""
    from ..pipeline import stage_info

    return stage_info("time").factory()


def tag_all(articles: list[Article], tagger: Tagger) -> int:
    """Tag articles in place; one the tagger fails on keeps no timexes. Returns the failures."""
    failures = 0
    for i, article in enumerate(articles):
        try:
            articles[i] = tagger(article)
        except Exception:  # noqa: BLE001 - a tagger bug must not sink the whole evaluation
            failures += 1
    return failures


def predict_for_gold(topic: Topic, gold: GoldTimeline,
                     config: TimelineConfig | None = None) -> list[TimelineEntry]:
    """The timeline the system makes for one gold timeline's setting (dates, length, period)."""
    start, end = min(gold), max(gold)
    k = round(sum(len(s) for s in gold.values()) / len(gold))
    return summarize(topic.articles_between(start, end), topic.keywords, dates=len(gold),
                     sentences=k, date_from=start, date_to=end, config=config)


def as_timeline(entries: Sequence[TimelineEntry]) -> dict[dt.date, list[str]]:
    return {dt.date.fromisoformat(e.date): list(e.sentences) for e in entries}


def evaluate_topic(topic: Topic, tagger: Tagger | None,
                   config: TimelineConfig | None = None) -> dict[str, Any]:
    """Tag, summarise and score one topic; the figures and the predicted timelines."""
    began, cpu = time.perf_counter(), time.process_time()
    failures = tag_all(topic.articles, tagger) if tagger is not None else 0
    tagged = time.perf_counter()
    predictions = [predict_for_gold(topic, gold, config) for gold in topic.timelines]
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    scores = [tls.score_timeline(as_timeline(p), g) for p, g in zip(predictions, topic.timelines)]
    result = summary_figures(scores)
    result.update(seconds=round(seconds, 2), cpu_seconds=round(cpu, 2),
                  tagging_seconds=round(tagged - began, 2), timelines=len(topic.timelines),
                  articles=len(topic.articles), tagging_errors=failures)
    return {"figures": result, "scores": scores, "predictions": predictions}


def summary_figures(scores: Sequence[dict[str, tls.PRF]]) -> dict[str, Any]:
    """Macro-averaged AR-1, AR-2 and Date P/R/F1 over a list of per-timeline scores."""
    out: dict[str, Any] = {}
    for key, name in (("ar1", "ar1"), ("ar2", "ar2"), ("date", "date")):
        prf = tls.macro_average([s[key] for s in scores])
        prefix = "date" if name == "date" else name
        out[f"{prefix}_p"], out[f"{prefix}_r"] = round(prf.precision, 4), round(prf.recall, 4)
        out[f"{prefix}_f1" if name == "date" else f"{prefix}_f"] = round(prf.f1, 4)
    return out


def evaluate_tls(root: str | Path, *, topics: list[str] | None = None, save: str | Path | None = None,
                 tagger: Tagger | None = None, config: TimelineConfig | None = None,
                 progress: Progress | None = None) -> dict[str, Any]:
    """``{"overall": {...}, "topics": {name: {...}}}`` for the topic folders under ``root``."""
    tagger = tagger or time_tagger()
    results: dict[str, Any] = {}
    all_scores: list[dict[str, tls.PRF]] = []
    for topic in load_topics(root, topics):
        if progress:
            progress(topic.name)
        run = evaluate_topic(topic, tagger, config)
        results[topic.name] = run["figures"]
        all_scores.extend(run["scores"])
        if save:
            save_predictions(Path(save) / topic.name, run["predictions"])
    overall = summary_figures(all_scores)
    n = max(1, len(results))
    overall.update(topics=len(results), timelines=len(all_scores),
                   seconds_per_topic=round(sum(r["seconds"] for r in results.values()) / n, 2),
                   cpu_seconds_per_topic=round(sum(r["cpu_seconds"] for r in results.values()) / n, 2))
    return {"overall": overall, "topics": results}


def save_predictions(folder: Path, predictions: Sequence[Sequence[TimelineEntry]]) -> None:
    """``timelines.jsonl`` in the gold format: one predicted timeline per gold timeline."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "timelines.jsonl").open("w", encoding="utf-8") as handle:
        for entries in predictions:
            items = [[f"{e.date}T00:00:00", list(e.sentences)] for e in entries]
            handle.write(json.dumps(items, ensure_ascii=False) + "\n")
