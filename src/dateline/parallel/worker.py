"""What runs inside a worker process or actor: one Pipeline per process, built once.

Models load when a worker starts (``init_worker``), not per article; every later chunk reuses them.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import Article
from ..pipeline import Pipeline

_PIPELINES: dict[tuple[str, ...], Pipeline] = {}


@dataclass
class ChunkResult:
    """Analysed articles of one chunk, and the memory high-water mark of the worker that ran it."""

    articles: list[Article]
    pid: int
    peak_mb: float
    cpu_s: float = 0.0  # CPU time the worker spent analysing this chunk


def pipeline_for(stage_names: Sequence[str]) -> Pipeline:
    """The process-wide pipeline for these stages, built on first use."""
    key = tuple(stage_names)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline.from_names(key)
    return _PIPELINES[key]


def analyse(pipeline: Pipeline, articles: Iterable[Article]) -> list[Article]:
    """Run ``pipeline`` over each article, first forgetting that its stages ran (so they run again)."""
    done = []
    for article in articles:
        article.stages = [s for s in article.stages if s not in pipeline.names]
        done.append(pipeline(article))
    return done


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def init_worker(stage_names: Sequence[str]) -> None:
    """Process-pool initializer: the parent handles Ctrl-C; load the models now."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pipeline_for(stage_names)


def analyse_chunk(stage_names: Sequence[str], articles: list[Article]) -> ChunkResult:
    started = time.process_time()
    done = analyse(pipeline_for(stage_names), articles)
    return ChunkResult(done, os.getpid(), peak_rss_mb(), time.process_time() - started)
