"""Ingest end to end: ids, idempotence, near-duplicates, errors kept, interruption and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest import ingest
from dateline.ingest.dedup import content_id
from dateline.settings import Settings
from dateline.store import ArticleQuery, SQLiteStore

ROOT = Path(__file__).resolve().parents[2]

WIRE = ("Gunmen on motorbikes attacked a military post near the town of Djibo in northern Burkina "
        "Faso on Sunday, killing at least 11 soldiers, the army said in a statement on Monday. "
        "The attackers also burned two vehicles and seized weapons before fleeing toward the "
        "border with Mali, a security source said. No group claimed responsibility, but fighters "
        "linked to al-Qaeda and the Islamic State are active in the region, where thousands of "
        "civilians have fled their homes since 2015.")


def write(path: Path, date: str, text: str) -> Path:
    path.write_text(f"date {date}\n\n{text}\n", encoding="utf-8")
    return path


def test_ingest_twice_adds_nothing(tmp_path: Path, store: SQLiteStore) -> None:
    write(tmp_path / "a.txt", "2021-09-06", WIRE)
    write(tmp_path / "b.txt", "2021-09-07", "Protesters marched in Ouagadougou on Tuesday.")
    first = ingest([str(tmp_path)], store)
    second = ingest([str(tmp_path)], store)
    assert (first.added, second.added, second.existing) == (2, 0, 2)
    assert store.count_articles() == 2


def test_id_is_a_hash_of_normalised_content() -> None:
    assert content_id(WIRE, "2021-09-06") == content_id("  " + WIRE.replace(" ", "  "), "2021-09-06")
    assert content_id(WIRE, "2021-09-06") != content_id(WIRE + " More.", "2021-09-06")
    assert len(content_id(WIRE, "2021-09-06")) == 16


def test_near_duplicates_are_linked_not_dropped(tmp_path: Path, store: SQLiteStore) -> None:
    write(tmp_path / "1_wire.txt", "2021-09-06", WIRE)
    write(tmp_path / "2_outlet.txt", "2021-09-06", WIRE.replace("on Monday", "on Monday evening"))
    write(tmp_path / "3_other.txt", "2021-09-06", "Soldiers seized power in Conakry on Sunday.")
    report = ingest([str(tmp_path)], store)
    assert report.added == 3 and report.near_duplicates == 1
    stored = {a.origin.split("/")[-1]: a for a in store.articles(ArticleQuery(limit=None))}
    assert stored["2_outlet.txt"].duplicate_of == stored["1_wire.txt"].id
    assert stored["3_other.txt"].duplicate_of is None
    assert store.count_articles(ArticleQuery(include_duplicates=False)) == 2


def test_errors_are_kept_and_the_rest_stored(tmp_path: Path, store: SQLiteStore) -> None:
    write(tmp_path / "good.txt", "2021-09-06", WIRE)
    (tmp_path / "bad.txt").write_text("date 2022-02-30 Text")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "lines.jsonl").write_text('{"date": "2020-01-01", "text": "ok"}\n{oops\n')
    report = ingest([str(tmp_path)], store)
    assert report.added == 2 and not report.ok
    stored = store.ingest_errors()
    assert {(Path(p.path).name, p.location) for p in stored} == {
        ("bad.txt", "line 1"), ("empty.txt", ""), ("lines.jsonl", "line 2")}
    assert all(p.run_id == report.run_id for p in stored)


def test_document_without_date_is_never_given_today(tmp_path: Path, store: SQLiteStore) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "No date here."}\n')
    report = ingest([str(tmp_path / "a.jsonl")], store)
    assert report.added == 0 and "no publication date" in report.errors[0].message


def _jsonl(path: Path, n: int) -> Path:
    with path.open("w") as f:
        for i in range(n):
            f.write(json.dumps({"date": f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                "text": f"Report number {i}: " + " ".join(f"w{i}x{j}" for j in range(40))}) + "\n")
    return path


def test_interrupted_ingest_is_consistent_and_resumes(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "many.jsonl", 500)
    db = tmp_path / "s.db"

    def stop_after_230(report: object) -> None:
        if report.read == 230:  # type: ignore[attr-defined]
            raise KeyboardInterrupt

    with SQLiteStore(db) as store, pytest.raises(KeyboardInterrupt):
        ingest([str(source)], store, settings=Settings(batch_size=100), progress=stop_after_230)
    with SQLiteStore(db) as store:
        assert store.count_articles() == 200  # two whole batches, nothing half-written
        assert store.count_articles(ArticleQuery(search="Report")) == 200  # full-text index in step
        report = ingest([str(source)], store, settings=Settings(batch_size=100))
        assert (report.added, report.existing) == (300, 200)
        assert store.count_articles() == 500


def test_killed_ingest_process_resumes(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "many.jsonl", 4000)
    db = tmp_path / "k.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "dateline", "--setting", "batch_size", "50", "ingest", str(source), "--db", str(db)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.2)
        if db.exists():
            with SQLiteStore(db) as probe:
                if probe.count_articles() >= 100:
                    break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with SQLiteStore(db) as store:
        partial = store.count_articles()
        assert 0 < partial <= 4000 and store.count_articles(ArticleQuery(search="Report")) == partial
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with SQLiteStore(db) as store:
        assert store.count_articles() == 4000


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                min_size=1, max_size=300).filter(lambda t: t.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, day=st.dates(min_value=__import__("datetime").date(1900, 1, 1)),
       title=st.none() | st.text(max_size=40))
def test_what_is_stored_comes_back_unchanged(tmp_path: Path, text: str, day: object, title: str | None) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"date": day.isoformat(), "text": text, "title": title}) + "\n")  # type: ignore[attr-defined]
    with SQLiteStore(":memory:") as store:
        report = ingest([str(path)], store)
        assert report.added == 1, report.errors
        [article] = store.articles()
        again = store.get_article(article.id)
    assert again.text == text and again.published == day.isoformat()  # type: ignore[attr-defined]
    assert again.title == (title or None)
