"""The local engine: the pipeline in worker processes on this machine.

Input streams through a bounded window of chunks (``window`` chunks of ``chunk_size`` articles in
flight at most), and results come back in input order, so a run writes exactly what a
single-process run writes, in the same order. Workers start with ``forkserver`` (``spawn`` where
there is none): each builds the pipeline once and keeps it.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from ..errors import WorkerError
from ..models import Article
from ..store.base import Store
from .worker import ChunkResult, analyse_chunk, init_worker, pipeline_for


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


class LocalEngine:
    """``LocalEngine(["sentences", "time"], workers=2)``; ``workers=1`` runs in this process."""

    name = "local"

    def __init__(self, stage_names: Sequence[str], workers: int = 1, *, chunk_size: int = 8,
                 window: int | None = None) -> None:
        self.stage_names = list(stage_names)
        self.workers = max(1, workers)
        self.chunk_size = chunk_size
        self.window = window or 4 * self.workers
        self.peak_mb: dict[int, float] = {}
        self.cpu_s: dict[int, float] = {}
        self._pending: deque[Future[ChunkResult]] = deque()
        self._pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            context = multiprocessing.get_context(start_method())
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=init_worker,
                                             initargs=(self.stage_names,))
        else:
            pipeline_for(self.stage_names)

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, kind: Any, *exc: Any) -> None:
        self.close(cancel=kind is not None)

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=not cancel, cancel_futures=cancel)
            self._pool = None

    # -- push: feed batches, get back whatever is finished ------------------------------------
    def feed(self, articles: Sequence[Article]) -> list[Article]:
        """Queue ``articles``; return the analysed articles finished so far, in input order.

        Blocks while more than ``window`` chunks are in flight, which bounds memory.
        """
        if self._pool is None:
            return self._result_of(analyse_chunk(self.stage_names, list(articles)))
        for chunk in chunked(articles, self.chunk_size):
            self._pending.append(self._pool.submit(analyse_chunk, self.stage_names, chunk))
        return self._collect(keep=self.window)

    def flush(self) -> list[Article]:
        """Wait for everything queued; return it in input order."""
        return self._collect(keep=0)

    def _collect(self, keep: int) -> list[Article]:
        done: list[Article] = []
        while self._pending and (len(self._pending) > keep or self._pending[0].done()):
            done += self._result(self._pending.popleft())
        return done

    def _result(self, future: Future[ChunkResult]) -> list[Article]:
        try:
            result = future.result()
        except BrokenProcessPool:
            raise WorkerError("a worker process died (out of memory, or killed); what was written "
                              "is kept: run the same command again to resume") from None
        return self._result_of(result)

    def _result_of(self, result: ChunkResult) -> list[Article]:
        self.peak_mb[result.pid] = max(result.peak_mb, self.peak_mb.get(result.pid, 0.0))
        self.cpu_s[result.pid] = self.cpu_s.get(result.pid, 0.0) + result.cpu_s
        return result.articles

    # -- pull: an iterator in, an iterator out --------------------------------------------------
    def analyse(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Analyse a stream of articles; yields them analysed, in input order."""
        for chunk in chunked(articles, self.chunk_size * self.workers):
            yield from self.feed(chunk)
        yield from self.flush()

    def analyse_stored(self, store: Store, ids: Sequence[str], batch: int = 200) -> Iterator[Article]:
        """Analyse the stored articles ``ids``, read from ``store`` by this process."""
        return self.analyse(store.iter_articles(ids, batch=batch))
