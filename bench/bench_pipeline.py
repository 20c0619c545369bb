"""Pipeline throughput on the Timeline17 articles: per stage, per worker count, per engine.

Prints, as JSON: the stages measured; each stage's model-load time and articles/s when run alone
over every article (in one process, in pipeline order, since each stage needs the earlier ones'
output); then for each engine and worker count, `dateline process --force` over the whole store:
wall time and articles/s end to end (worker start-up and model loading included), the CPU time
the workers spent analysing and articles per CPU-second (throughput per core, which other jobs on
the machine do not change), the wall-clock speed-up and the per-core efficiency against one
worker, and each worker's peak resident memory. The load average is printed with each run: the
machine is shared, so a loaded run says so. Each engine and worker count runs in a fresh Python
process, as a `dateline process` command would, and starts from empty analysis layers, as the
first run does: a run over articles analysed before first deletes their old layers, which cost a
later run about 2 s of the parent's CPU per 600 articles and made its speed-up look lower.

    PYTHONPATH=src python bench/bench_pipeline.py [--workers 1,2] [--engines local,ray] [--limit N]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.ingest import ingest  # noqa: E402
from dateline.parallel import worker  # noqa: E402
from dateline.pipeline import available_stages, stage_info  # noqa: E402
from dateline.process import process_store  # noqa: E402
from dateline.settings import Settings  # noqa: E402
from dateline.store import SQLiteStore  # noqa: E402
from dateline.store.sqlite import LAYER_TABLES  # noqa: E402


def load() -> float:
    return round(os.getloadavg()[0], 2)


def per_stage(store: SQLiteStore, names: list[str]) -> dict[str, Any]:
    """Each stage's load time and its own throughput inside the single-process pipeline."""
    loaded: dict[str, float] = {}
    stages = []
    for name in names:
        started = time.perf_counter()
        stages.append((name, stage_info(name).factory()))
        loaded[name] = time.perf_counter() - started
    spent = dict.fromkeys(names, 0.0)
    count = 0
    for article in store.iter_articles(store.article_ids()):
        article.stages = []
        for name, stage in stages:
            started = time.perf_counter()
            article = stage(article)
            spent[name] += time.perf_counter() - started
        count += 1
    return {name: {"load_s": round(loaded[name], 2), "seconds": round(spent[name], 2),
                   "articles_per_s": round(count / spent[name], 1) if spent[name] else None}
            for name in names}


def run_fresh(db_path: str, names: list[str], engine: str, workers: int, batch_size: int) -> dict[str, Any]:
    """:func:`run` in a new Python process, which loads its models as a fresh command would."""
    command = [sys.executable, __file__, "--one-run", db_path, "--stages", ",".join(names),
               "--engines", engine, "--workers", str(workers), "--batch-size", str(batch_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"the {engine} run with {workers} worker(s) failed:\n{done.stderr}")
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def run(store: SQLiteStore, names: list[str], engine: str, workers: int,
        batch_size: int) -> dict[str, Any]:
    worker._PIPELINES.clear()  # every run loads its models, as a fresh command would
    before = load()
    started = time.perf_counter()
    report = process_store(store, names, force=True, workers=workers, engine=engine,
                           batch_size=batch_size)
    wall = time.perf_counter() - started
    cpu = sum(report.worker_cpu_s.values())
    return {"engine": engine, "workers": report.workers, "articles": report.done,
            "wall_s": round(wall, 1), "articles_per_s": round(report.done / wall, 2),
            "worker_cpu_s": round(cpu, 1),
            "articles_per_cpu_s": round(report.articles_per_cpu_second, 2),
            "worker_peak_mb": sorted(round(mb) for mb in report.worker_peak_mb.values()),
            "load_before": before, "load_after": load()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "tls" / "t17"))
    parser.add_argument("--stages", help="comma-separated (default: every installed stage)")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--engines", default="local")
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--limit", type=int, help="only N articles, evenly spaced in date order")
    parser.add_argument("--skip-stages", action="store_true", help="skip the per-stage measurement")
    parser.add_argument("--one-run", metavar="DB", help=argparse.SUPPRESS)  # a child of run_fresh
    args = parser.parse_args()
    if args.one_run:
        with SQLiteStore(args.one_run) as store:
            print(json.dumps(run(store, args.stages.split(","), args.engines, int(args.workers),
                                 args.batch_size)))
        return
    files = sorted(glob.glob(os.path.join(args.data, "*", "articles.jsonl")))
    if not files:
        sys.exit(f"no Timeline17 articles under {args.data} (needs ../shared/data)")
    names = args.stages.split(",") if args.stages else available_stages(Settings()["pipeline"].split(","))
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(db_path := os.path.join(tmp, "t17.db")) as store:
        ingest(files, store)
        if args.limit:  # an evenly spaced sample, so every topic and year is in it
            every = store.article_ids()
            keep = set(every[:: max(1, len(every) // args.limit)][: args.limit])
            store.conn.execute("UPDATE articles SET duplicate_of = NULL")
            store.conn.execute(f"DELETE FROM articles WHERE id NOT IN ({','.join('?' * len(keep))})",
                               list(keep))
        result: dict[str, Any] = {"stages": names, "articles": store.count_articles(),
                                  "cores": os.cpu_count()}
        if not args.skip_stages:
            result["per_stage"] = per_stage(store, names)
            print(json.dumps(result["per_stage"]), file=sys.stderr)
        result["runs"] = []
        for engine in args.engines.split(","):
            for workers in [int(w) for w in args.workers.split(",")]:
                for table in LAYER_TABLES:  # every run writes into empty layers, as the first one does
                    store.conn.execute(f"DELETE FROM {table}")
                result["runs"].append(run_fresh(db_path, names, engine, workers, args.batch_size))
                print(json.dumps(result["runs"][-1]), file=sys.stderr)
        one = {r["engine"]: r for r in result["runs"] if r["workers"] == 1}
        for r in result["runs"]:
            if r["engine"] in one:
                base = one[r["engine"]]
                r["wall_speedup_vs_1_worker"] = round(r["articles_per_s"] / base["articles_per_s"], 2)
                per_core = r["articles_per_cpu_s"] / base["articles_per_cpu_s"]
                r["cpu_efficiency_vs_1_worker"] = round(per_core, 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
