"""Run the analysis pipeline over stored or incoming articles, in parallel and resumably.

Articles already through every requested stage are skipped unless ``force`` is set. The engine
(:mod:`dateline.parallel`) analyses in worker processes or on Ray and hands results back in
order; this module writes them in batches, so an interrupted run keeps every finished batch and
a second run completes the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .ingest import IngestReport, ingest
from .models import Article
from .parallel import Engine, LocalEngine, check_engine, make_engine
from .pipeline import Pipeline, stage_info
from .settings import Settings
from .store.base import Store


@dataclass
class ProcessReport:
    total: int = 0
    done: int = 0
    skipped: int = 0
    engine: str = "local"
    workers: int = 1
    seconds: float = 0.0
    worker_peak_mb: dict[int, float] = field(default_factory=dict)
    worker_cpu_s: dict[int, float] = field(default_factory=dict)  # CPU time spent analysing

    @property
    def articles_per_cpu_second(self) -> float:
        """Throughput per core, whatever else the machine was doing."""
        cpu = sum(self.worker_cpu_s.values())
        return self.done / cpu if cpu else 0.0

    @property
    def rate(self) -> float:
        """Articles analysed per second."""
        return self.done / self.seconds if self.seconds else 0.0


@dataclass
class _Declared:
    """A stage known by name only, to check an order without loading any model."""

    name: str
    requires: tuple[str, ...]
    sets: tuple[str, ...]

    def __call__(self, article: Article) -> Article:
        raise NotImplementedError


def check_stages(stage_names: Sequence[str]) -> list[str]:
    """The names, checked: every stage known and its requirements met by earlier stages."""
    declared = [_Declared(n, stage_info(n).requires, stage_info(n).sets) for n in stage_names]
    return Pipeline(list(declared)).names


def process_store(store: Store, stage_names: Sequence[str], *, force: bool = False,
                  batch_size: int = 50, workers: int = 1, engine: str = "local",
                  address: str | None = None, ids: Sequence[str] | None = None,
                  progress: Callable[[ProcessReport], None] | None = None) -> ProcessReport:
    """Analyse the articles of ``store`` (or just ``ids``) not yet through ``stage_names``."""
    names = check_stages(stage_names)
    check_engine(engine, workers, address)
    pending = _pending_ids(store, names, force, ids)
    considered = len(ids) if ids is not None else store.count_articles()
    report = ProcessReport(total=len(pending), skipped=considered - len(pending), engine=engine)
    if not pending:
        return report
    with make_engine(names, engine=engine, workers=workers, address=address) as runner:
        report.workers = runner.workers
        started = time.perf_counter()
        try:
            save_in_batches(store, runner.analyse_stored(store, pending), batch_size, report, progress)
        finally:
            report.seconds = time.perf_counter() - started
            report.worker_peak_mb = dict(runner.peak_mb)
            report.worker_cpu_s = dict(runner.cpu_s)
    return report


def _pending_ids(store: Store, names: list[str], force: bool, ids: Sequence[str] | None) -> list[str]:
    pending = store.article_ids() if force else store.article_ids(pending_stages=names)
    if ids is None:
        return pending
    wanted = set(ids)
    return [i for i in pending if i in wanted]


def save_in_batches(store: Store, analysed: Iterable[Article], batch_size: int, report: ProcessReport,
                    progress: Callable[[ProcessReport], None] | None) -> None:
    """Write ``analysed`` in batches; on any interruption, write what is finished, then stop."""
    batch: list[Article] = []
    try:
        for article in analysed:
            batch.append(article)
            if len(batch) >= batch_size:
                _save(store, batch, report, progress)
    finally:
        _save(store, batch, report, progress)


def _save(store: Store, batch: list[Article], report: ProcessReport,
          progress: Callable[[ProcessReport], None] | None) -> None:
    if batch:
        store.save_analysis(batch)
        report.done += len(batch)
        batch.clear()
    if progress:
        progress(report)


def ingest_and_analyse(paths: Iterable[str], store: Store, stage_names: Sequence[str], *,
                       settings: Settings | None = None, workers: int = 1, engine: str = "local",
                       address: str | None = None, progress: Callable[[IngestReport], None] | None = None,
                       **ingest_options: Any) -> tuple[IngestReport, ProcessReport]:
    """Ingest ``paths`` and analyse the new articles.

    The local engine analyses while reading: each stored batch goes to the workers and finished
    results are written as they come back. Ray analyses the new articles once they are stored.
    Either way an interruption leaves stored articles that ``dateline process`` completes.
    """
    settings = settings or Settings()
    names = check_stages(stage_names)
    workers = check_engine(engine, workers, address)
    if engine != "local":
        report = ingest(paths, store, settings=settings, progress=progress, **ingest_options)
        return report, process_store(store, names, workers=workers, engine=engine, address=address,
                                     ids=report.added_ids, batch_size=settings["batch_size"])
    with LocalEngine(names, workers=workers) as runner:
        processed = ProcessReport(engine="local", workers=runner.workers)
        started = time.perf_counter()
        report = ingest(paths, store, settings=settings, progress=progress, analyse=runner.feed,
                        **ingest_options)
        save_in_batches(store, runner.flush(), settings["batch_size"], processed, None)
        processed.done = processed.total = len(report.added_ids)
        processed.seconds = time.perf_counter() - started
        processed.worker_peak_mb = dict(runner.peak_mb)
        processed.worker_cpu_s = dict(runner.cpu_s)
    return report, processed


__all__ = ["Engine", "ProcessReport", "check_stages", "ingest_and_analyse", "process_store"]
