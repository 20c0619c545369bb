"""The Ray engine (Ray Data, one pipeline actor per worker) gives the local engine's results.

One local Ray for the whole module: starting Ray takes seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scale_helpers import analysis_of, expected_analysis, snapshot, write_jsonl

from dateline.errors import EngineError
from dateline.models import Article
from dateline.process import ingest_and_analyse, process_store
from dateline.settings import Settings
from dateline.store import SQLiteStore, open_store

pytest.importorskip("ray", reason="the ray engine needs `pip install 'dateline[ray]'`")


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    import ray

    from dateline.parallel.ray_engine import start_ray

    started = start_ray(None, workers=2)
    yield
    if started:
        ray.shutdown()


def test_ray_results_equal_the_local_engine(tmp_path: Path, corpus: list[Article],
                                            stage_names: list[str]) -> None:
    with SQLiteStore(tmp_path / "ray.db") as on_ray, SQLiteStore(tmp_path / "local.db") as local:
        for store in (on_ray, local):
            store.add_articles(corpus)
        report = process_store(on_ray, stage_names, engine="ray", workers=2, batch_size=8)
        process_store(local, stage_names, engine="local", workers=1, batch_size=8)
        assert (report.done, report.engine, report.workers) == (37, "ray", 2)
        assert snapshot(on_ray) == snapshot(local)
        assert analysis_of(on_ray) == expected_analysis(corpus, stage_names)
        assert report.worker_peak_mb and all(mb > 0 for mb in report.worker_peak_mb.values())
        assert process_store(on_ray, stage_names, engine="ray", workers=2).done == 0  # resumable


def test_ray_on_postgres(postgres_schema_url: str, tmp_path: Path, corpus: list[Article]) -> None:
    stage_names = ["sentences"]
    with open_store(postgres_schema_url) as shared, SQLiteStore(tmp_path / "l.db") as local:
        for store in (shared, local):
            store.add_articles(corpus[:12])
        assert process_store(shared, stage_names, engine="ray", workers=2).done == 12
        process_store(local, stage_names)
        assert snapshot(shared) == snapshot(local)


def test_ingest_analyse_on_ray(tmp_path: Path, corpus: list[Article]) -> None:
    stage_names = ["sentences"]
    source = write_jsonl(tmp_path / "in.jsonl", corpus[:10])
    with SQLiteStore(tmp_path / "ray.db") as store:
        report, analysed = ingest_and_analyse([str(source)], store, stage_names, engine="ray",
                                              workers=2, settings=Settings(batch_size=4))
        assert (report.added, analysed.done, analysed.engine) == (10, 10, "ray")
        assert store.article_ids(pending_stages=stage_names) == []


def test_ray_cannot_share_an_in_memory_store(store: SQLiteStore, corpus: list[Article],
                                             stage_names: list[str]) -> None:
    store.add_articles(corpus[:2])
    with pytest.raises(EngineError, match="in-memory store"):
        process_store(store, stage_names, engine="ray")
