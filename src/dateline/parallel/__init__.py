"""Engines that run the pipeline in parallel: ``local`` (worker processes) and ``ray`` (Ray Data).

Both analyse stored articles with ``engine.analyse_stored(store, ids)``, yielding them in ``ids``
order, so the store ends up the same whichever engine ran and however many workers it had.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from ..errors import EngineError
from ..models import Article
from ..store.base import Store
from .local import LocalEngine

ENGINES = ("local", "ray")

__all__ = ["ENGINES", "Engine", "LocalEngine", "check_engine", "make_engine", "resolve_workers"]


class Engine(Protocol):
    name: str
    workers: int
    peak_mb: dict[int, float]
    cpu_s: dict[int, float]

    def analyse_stored(self, store: Store, ids: Sequence[str],
                       batch: int = 200) -> Iterator[Article]: ...
    def close(self, cancel: bool = False) -> None: ...
    def __enter__(self) -> Any: ...
    def __exit__(self, *exc: Any) -> None: ...


def resolve_workers(workers: int) -> int:
    """``0`` means one worker per core."""
    if workers < 0:
        raise EngineError(f"--workers must be 0 (one per core) or more, not {workers}")
    return workers or os.cpu_count() or 1


def check_engine(engine: str, workers: int, address: str | None) -> int:
    """Check the engine options before any work starts; returns the number of workers."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if address and engine == "local":
        raise EngineError("--address is for --engine ray; the local engine runs on this machine")
    return resolve_workers(workers)


def make_engine(stage_names: Sequence[str], *, engine: str = "local", workers: int = 1,
                address: str | None = None) -> Engine:
    """Build the named engine; models load in its workers once, here."""
    workers = check_engine(engine, workers, address)
    if engine == "ray":
        from .ray_engine import RayEngine
        return RayEngine(stage_names, workers, address=address)
    return LocalEngine(stage_names, workers)
