"""spaCy models on the CPU: numpy's BLAS for their matrix products, one BLAS thread per process.

The ``blis`` wheel that thinc uses by default runs its ``generic`` kernels on this machine
(``BLIS_ARCH_DEBUG=1`` prints "selecting sub-configuration 'generic'"): 2.8x slower at the NER's
matrix products than the OpenBLAS that numpy ships with, which picks the CPU's own kernels. With
numpy's products the NER gives the same entities (docs/BENCHMARKS.md, "Scale") in two thirds of
the time. OpenBLAS would start a thread per core; every dateline worker process already has its
core, and the extra thread doubled the CPU time the NER took, so each process keeps one.
"""

from __future__ import annotations

from typing import Any

#: BLAS threads per process: one, since parallelism comes from one worker process per core.
BLAS_THREADS = 1

_limited: list[Any] = []  # the threadpoolctl limiter, kept so that the limit stays in force


def use_numpy_blas(nlp: Any) -> Any:
    """Make every component model of ``nlp`` (enabled or not) multiply with numpy; return ``nlp``."""
    from thinc.api import NumpyOps

    limit_blas_threads()
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model: Any = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            node.ops = ops
    return nlp


def limit_blas_threads(threads: int = BLAS_THREADS) -> None:
    """Limit the BLAS libraries loaded in this process to ``threads`` threads (once per process)."""
    if _limited:
        return
    import numpy  # noqa: F401  (loads numpy's OpenBLAS, so that threadpoolctl finds it)
    from threadpoolctl import threadpool_limits

    _limited.append(threadpool_limits(limits=threads, user_api="blas"))
