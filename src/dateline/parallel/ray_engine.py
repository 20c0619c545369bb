"""The Ray engine: Ray Data with one pipeline actor per worker.

The driver lists the article ids to analyse and hands Ray Data shards of ids; each actor opens the
store once, reads its shards, runs the pipeline (built once per actor) and returns the analysed
articles, which the driver writes in batches. Order is preserved, so results equal the local
engine's. ``address=None`` starts a local Ray with ``workers`` CPUs; ``address="ray://host:10001"``
or ``"auto"`` joins an existing cluster. On a cluster, every node must reach the store: use a
PostgreSQL URL (a SQLite file works only on this machine or a shared filesystem).
"""

from __future__ import annotations

import logging
import os
import pickle
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import EngineError, StoreError
from ..models import Article
from ..store import open_store
from ..store.base import Store
from .local import chunked
from .worker import analyse, peak_rss_mb, pipeline_for

try:
    import numpy as np
    import ray
    import ray.data
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise EngineError(f"the ray engine needs Ray Data ({exc.name} is missing): "
                      "pip install 'dateline[ray]'") from None


def runtime_env() -> dict[str, Any]:
    """Ship this copy of dateline to the workers (it need not be installed on the cluster)."""
    return {"py_modules": [str(Path(__file__).resolve().parent.parent)]}


def start_ray(address: str | None = None, workers: int = 1) -> bool:
    """Connect to ``address`` or start a local Ray; returns whether this call started it."""
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                               "logging_level": "ERROR", "runtime_env": runtime_env()}
    try:
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=workers, object_store_memory=512 * 1024 * 1024, **options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise EngineError(f"cannot start or reach Ray at {address or 'a new local cluster'}: {exc}; "
                          "check --address (ray://HOST:10001 or auto)") from None
    return True


def shared_location(store: Store) -> str:
    """A URL that another process can open the store with."""
    url = str(store.url)
    if url.startswith(("postgresql://", "postgres://")):
        return url
    if url == ":memory:":
        raise EngineError("the ray engine cannot use an in-memory store: use a file or a "
                          "postgresql:// URL")
    return str(Path(url).expanduser().resolve())


def open_existing_store(url: str) -> Store:
    if not url.startswith(("postgresql://", "postgres://")) and not os.path.exists(url):
        raise StoreError(f"the store {url} is not visible on Ray node {os.uname().nodename}: on a "
                         "cluster use a postgresql:// store (or a shared filesystem)")
    return open_store(url)


class PipelineActor:
    """One per worker: opens the store and builds the pipeline once, then analyses id shards."""

    def __init__(self, stage_names: Sequence[str], store_url: str) -> None:
        self.pipeline = pipeline_for(stage_names)
        self.store = open_existing_store(store_url)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        ids = [str(i) for shard in batch["ids"] for i in shard]
        started = time.process_time()
        done = analyse(self.pipeline, self.store.iter_articles(ids))
        cpu = (time.process_time() - started) / max(1, len(done))
        blobs = np.empty(len(done), dtype=object)
        blobs[:] = [pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL) for a in done]
        return {"article": blobs, "pid": np.full(len(done), os.getpid()),
                "peak_mb": np.full(len(done), peak_rss_mb()), "cpu_s": np.full(len(done), cpu)}


def bound_actor(stage_names: Sequence[str], store_url: str) -> type[PipelineActor]:
    """The actor class with its arguments built in, so Ray can restart a lost actor on its own."""
    names = list(stage_names)

    class BoundPipelineActor(PipelineActor):
        def __init__(self) -> None:
            super().__init__(names, store_url)

    return BoundPipelineActor


class RayEngine:
    """``RayEngine(["sentences"], workers=2)``, or ``address=...`` for an existing cluster."""

    name = "ray"

    def __init__(self, stage_names: Sequence[str], workers: int = 1, *, address: str | None = None,
                 shard_size: int = 32) -> None:
        self.stage_names = list(stage_names)
        self.workers = max(1, workers)
        self.shard_size = shard_size
        self.peak_mb: dict[int, float] = {}
        self.cpu_s: dict[int, float] = {}
        self._started = start_ray(address, self.workers)

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self, cancel: bool = False) -> None:
        if self._started:
            ray.shutdown()
            self._started = False

    def analyse_stored(self, store: Store, ids: Sequence[str], batch: int = 200) -> Iterator[Article]:
        """Analyse the stored articles ``ids`` on the cluster; yields them in ``ids`` order."""
        if not ids:
            return
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        size = max(1, min(self.shard_size, len(ids) // (4 * self.workers)))  # small inputs: spread out
        shards = [{"ids": shard} for shard in chunked(ids, size)]
        dataset = ray.data.from_items(shards, override_num_blocks=len(shards)).map_batches(
            bound_actor(self.stage_names, shared_location(store)), batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, len(shards))), num_cpus=1)
        for result in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            for pid, peak, cpu in zip(result["pid"], result["peak_mb"], result["cpu_s"], strict=True):
                self.peak_mb[int(pid)] = max(float(peak), self.peak_mb.get(int(pid), 0.0))
                self.cpu_s[int(pid)] = self.cpu_s.get(int(pid), 0.0) + float(cpu)
            for blob in result["article"]:
                yield pickle.loads(blob)
