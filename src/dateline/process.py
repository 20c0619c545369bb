"""Run the analysis pipeline over stored articles, resumably.

Articles already through every requested stage are skipped unless ``force`` is set; results are
written in batches, so an interrupted run loses at most one batch and a second run completes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .pipeline import Pipeline
from .store.base import Store


@dataclass
class ProcessReport:
    total: int = 0
    done: int = 0
    skipped: int = 0


def process_store(store: Store, stage_names: Sequence[str], *, force: bool = False,
                  batch_size: int = 50,
                  progress: Callable[[ProcessReport], None] | None = None) -> ProcessReport:
    """Analyse the articles of ``store`` that have not been through ``stage_names``."""
    pipeline = Pipeline.from_names(stage_names)
    all_ids = store.article_ids()
    pending = all_ids if force else store.article_ids(pending_stages=pipeline.names)
    report = ProcessReport(total=len(pending), skipped=len(all_ids) - len(pending))
    batch = []
    for article in store.iter_articles(pending, batch=batch_size):
        article.stages = [s for s in article.stages if s not in pipeline.names]
        batch.append(pipeline(article))
        if len(batch) >= batch_size:
            store.save_analysis(batch)
            report.done += len(batch)
            batch = []
            if progress:
                progress(report)
    if batch:
        store.save_analysis(batch)
        report.done += len(batch)
    if progress:
        progress(report)
    return report
