"""Helpers of the scale tests: a small hand-made corpus, and snapshots of what a store holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dateline.models import Article
from dateline.parallel.worker import pipeline_for
from dateline.pipeline import available_stages
from dateline.settings import Settings
from dateline.store.base import Store

PLACES = ["Bamako", "Gao", "Timbuktu", "Mopti", "Kidal", "Menaka", "Segou", "Niamey"]
ACTORS = ["Soldiers", "Gunmen", "Protesters", "Officials", "Rebels"]


def corpus_article(n: int) -> Article:
    """Article ``n`` of a varied synthetic corpus (dates, places, lengths all differ)."""
    place, actor = PLACES[n % len(PLACES)], ACTORS[n % len(ACTORS)]
    sentences = [f"{actor} clashed near {place} on Monday, killing {n % 9 + 2} people, officials said.",
                 f"Dr. Traore said the attack on {place} followed a raid last month.",
                 "It was the third such incident in 2021 ."] + [
                 f"Residents of {PLACES[(n + k) % len(PLACES)]} fled, witness {k} told reporters."
                 for k in range(n % 5)]
    day = 1 + n % 28
    return Article(id=f"art{n:03d}", text=" ".join(sentences), published=f"2021-{1 + n % 12:02d}-{day:02d}",
                   title=f"{actor} in {place}", source=f"wire{n % 3}")


def installed_stages() -> list[str]:
    """Every stage this installation has, so the tests cover stages as they land."""
    return available_stages(Settings()["pipeline"].split(","))


def expected_analysis(articles: list[Article], stage_names: list[str]) -> dict[str, Any]:
    """What a plain pipeline produces in this process, independently of any engine."""
    pipeline = pipeline_for(stage_names)  # built once per test session
    return {a.id: pipeline(Article.from_dict(a.to_dict())).to_dict() for a in articles}


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a store holds about its articles, layers and events (with event ids)."""
    articles = {a.id: a.to_dict() for a in store.iter_articles(store.article_ids())}
    events = [(e.id, e.article_id, e.event.to_dict()) for e in store.events()]
    return {"articles": articles, "events": events}


def analysis_of(store: Store) -> dict[str, Any]:
    return snapshot(store)["articles"]


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    with path.open("w") as f:
        for a in articles:
            f.write(json.dumps({"date": a.published, "text": a.text, "title": a.title,
                                "source": a.source}) + "\n")
    return path
