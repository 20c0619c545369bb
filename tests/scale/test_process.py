"""The local engine: parallel results equal single-process ones; resumable; bounded; --force."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from scale_helpers import analysis_of, corpus_article, expected_analysis, snapshot, write_jsonl

from dateline.cli import cli
from dateline.errors import EngineError, StageError
from dateline.models import Article
from dateline.parallel import LocalEngine, make_engine
from dateline.process import ProcessReport, ingest_and_analyse, process_store
from dateline.settings import Settings
from dateline.store import SQLiteStore


@pytest.mark.parametrize("workers", [1, 2])
def test_any_number_of_workers_gives_the_single_process_result(
        tmp_path: Path, corpus: list[Article], stage_names: list[str], workers: int) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        store.add_articles(corpus)
        report = process_store(store, stage_names, workers=workers, batch_size=7)
        assert (report.total, report.done, report.skipped, report.workers) == (37, 37, 0, workers)
        assert analysis_of(store) == expected_analysis(corpus, stage_names)
        assert 1 <= len(report.worker_peak_mb) <= workers and min(report.worker_peak_mb.values()) > 0


def test_an_interrupted_run_keeps_finished_batches_and_resumes(tmp_path: Path, corpus: list[Article]) -> None:
    stage_names = ["sentences"]  # resuming does not depend on the stages; keep the test fast

    def interrupt_after_two_batches(report: ProcessReport) -> None:
        if report.done >= 10:
            raise KeyboardInterrupt

    with SQLiteStore(tmp_path / "s.db") as store:
        store.add_articles(corpus)
        with pytest.raises(KeyboardInterrupt):
            process_store(store, stage_names, workers=2, batch_size=5, progress=interrupt_after_two_batches)
        left = len(store.article_ids(pending_stages=stage_names))
        assert 0 < left <= 37 - 10
        again = process_store(store, stage_names, workers=2, batch_size=5)
        assert (again.done, again.skipped) == (left, 37 - left)
        assert analysis_of(store) == expected_analysis(corpus, stage_names)


def test_done_articles_are_skipped_unless_forced(tmp_path: Path, corpus: list[Article]) -> None:
    stage_names = ["sentences"]
    with SQLiteStore(tmp_path / "s.db") as store:
        store.add_articles(corpus)
        process_store(store, stage_names, workers=2)
        first = snapshot(store)
        assert process_store(store, stage_names, workers=2).done == 0
        forced = process_store(store, stage_names, workers=2, force=True)
        assert (forced.done, forced.skipped) == (37, 0)
        assert analysis_of(store) == first["articles"]


def test_only_the_given_ids(tmp_path: Path, corpus: list[Article]) -> None:
    stage_names = ["sentences"]
    with SQLiteStore(tmp_path / "s.db") as store:
        store.add_articles(corpus)
        report = process_store(store, stage_names, workers=2, ids=["art003", "art001"])
        assert (report.done, report.skipped) == (2, 0)
        assert set(store.article_ids()) - set(store.article_ids(pending_stages=stage_names)) == {
            "art001", "art003"}


def test_ingest_analyse_in_parallel_equals_ingest_then_process(
        tmp_path: Path, corpus: list[Article], stage_names: list[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", corpus)
    settings = Settings(batch_size=6)
    with SQLiteStore(tmp_path / "a.db") as parallel, SQLiteStore(tmp_path / "b.db") as serial:
        report, analysed = ingest_and_analyse([str(source)], parallel, stage_names, settings=settings,
                                              workers=2)
        assert (report.added, analysed.done, analysed.workers) == (37, 37, 2)
        ingest_and_analyse([str(source)], serial, stage_names, settings=settings, workers=1)
        assert snapshot(parallel) == snapshot(serial)
        assert parallel.article_ids(pending_stages=stage_names) == []


def test_the_engine_streams_with_a_bounded_window() -> None:
    stage_names = ["sentences"]
    pulled = 0

    def articles() -> Iterator[Article]:
        nonlocal pulled
        for n in range(400):
            pulled += 1
            yield corpus_article(n)

    with LocalEngine(stage_names, workers=2, chunk_size=4, window=3) as engine:
        most_ahead = 0
        for done, article in enumerate(engine.analyse(articles()), start=1):
            most_ahead = max(most_ahead, pulled - done)
            assert article.id == f"art{done - 1:03d}"  # input order
    assert done == 400
    assert most_ahead <= (3 + 1) * 4 + 2 * 4 * 2  # window + one chunk + one feed of chunks


@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "unknown engine 'spark'"),
    ({"engine": "local", "address": "ray://x:1"}, "--address is for --engine ray"),
    ({"workers": -1}, "0 \\(one per core\\) or more"),
])
def test_engine_choices_are_checked(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(EngineError, match=message):
        make_engine(["sentences"], **kwargs)  # type: ignore[arg-type]


def test_stage_order_is_checked_before_any_worker_starts(store: SQLiteStore) -> None:
    with pytest.raises(StageError, match="unknown stage"):
        process_store(store, ["sentences", "nonsense"], workers=2)


def test_process_command_runs_workers_and_reports(tmp_path: Path, corpus: list[Article]) -> None:
    db = str(tmp_path / "cli.db")
    with SQLiteStore(db) as store:
        store.add_articles(corpus)
    runner = CliRunner()
    result = runner.invoke(cli, ["process", "--db", db, "--workers", "2", "--stages", "sentences", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["done"], data["workers"], data["engine"]) == (37, 2, "local") and data["rate"] > 0
    again = runner.invoke(cli, ["process", "--db", db, "-w", "2", "--stages", "sentences"])
    assert "analysed 0 articles" in again.output and "37 already done" in again.output
    bad = runner.invoke(cli, ["process", "--db", db, "--address", "auto"])
    assert bad.exit_code == 1 and "--address is for --engine ray" in bad.output


def test_ingest_analyze_command_with_workers(tmp_path: Path, corpus: list[Article]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", corpus)
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(cli, ["--setting", "pipeline", "sentences", "ingest", str(source), "--db", db,
                                      "--analyze", "-w", "2"])
    assert result.exit_code == 0, result.output
    assert "37 added" in result.output and "analysed 37 new articles (2 local workers)" in result.output
