"""Does a speed-up change what the pipeline writes? Every layer of every article, before and after.

Runs the whole pipeline in one process over an evenly spaced sample of the Timeline17 articles and
writes each analysed article's layers (sentences, timexes, entities, places, events) as one JSON
line; ``--compare A B`` then counts the articles and the parts that differ between two such files.
``--blis`` runs the spaCy models with thinc's default blis products (what dateline did before
:mod:`dateline.blas`), so that both sides come from the same commit:

    PYTHONPATH=src python bench/compare_pipeline.py --limit 200 --out /tmp/numpy.jsonl
    PYTHONPATH=src python bench/compare_pipeline.py --limit 200 --out /tmp/blis.jsonl --blis
    PYTHONPATH=src python bench/compare_pipeline.py --compare /tmp/blis.jsonl /tmp/numpy.jsonl
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline import blas  # noqa: E402
from dateline.ingest import ingest  # noqa: E402
from dateline.models import Article  # noqa: E402
from dateline.pipeline import Pipeline, available_stages  # noqa: E402
from dateline.settings import Settings  # noqa: E402
from dateline.store import SQLiteStore  # noqa: E402


def sample_ids(store: SQLiteStore, limit: int) -> list[str]:
    """``limit`` article ids evenly spaced in the store's (date) order, as bench_pipeline takes them."""
    every = store.article_ids()
    return every[:: max(1, len(every) // limit)][:limit]


def layers(article: Article) -> dict[str, Any]:
    data = article.to_dict()
    return {"id": article.id, **{name: data.get(name) for name in Article.LAYERS}}


def run(data: str, limit: int, out: str) -> None:
    files = sorted(glob.glob(os.path.join(data, "*", "articles.jsonl")))
    pipeline = Pipeline.from_names(available_stages(Settings()["pipeline"].split(",")))
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(os.path.join(tmp, "t17.db")) as store, \
            open(out, "w", encoding="utf-8") as sink:
        ingest(files, store)
        started = time.process_time()
        for article in store.iter_articles(sample_ids(store, limit)):
            sink.write(json.dumps(layers(pipeline(article)), sort_keys=True) + "\n")
        print(f"{limit} articles, {time.process_time() - started:.1f} CPU-s", file=sys.stderr)


def compare(before: str, after: str) -> dict[str, Any]:
    old = [json.loads(line) for line in open(before, encoding="utf-8")]
    new = [json.loads(line) for line in open(after, encoding="utf-8")]
    result: dict[str, Any] = {"articles": len(old), "articles_differing": 0, "layers": {}}
    for a, b in zip(old, new, strict=True):
        result["articles_differing"] += a != b
        for name in Article.LAYERS:
            parts_a = {json.dumps(p, sort_keys=True) for p in a.get(name) or []}
            parts_b = {json.dumps(p, sort_keys=True) for p in b.get(name) or []}
            counts = result["layers"].setdefault(name, {"parts": 0, "only_before": 0, "only_after": 0})
            counts["parts"] += len(parts_a)
            counts["only_before"] += len(parts_a - parts_b)
            counts["only_after"] += len(parts_b - parts_a)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "tls" / "t17"))
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--out", help="JSON lines of every article's layers")
    parser.add_argument("--blis", action="store_true", help="thinc's default blis products")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        print(json.dumps(compare(*args.compare), indent=2))
        return
    if args.blis:
        assert "dateline.entities.nlp" not in sys.modules  # it imports use_numpy_blas when loaded
        blas.use_numpy_blas = lambda nlp: nlp  # type: ignore[assignment]
    run(args.data, args.limit, args.out or sys.exit("--out FILE is needed"))


if __name__ == "__main__":
    main()
