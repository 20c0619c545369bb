"""Speed of the temporal tagger: sentences per second on one core.

Tags every document of TBAQ-cleaned (TimeBank + AQUAINT) and TempEval-3 platinum, several times,
and prints the best pass, in CPU time of the one process (wall time too, which other jobs
inflate). Sentences are counted with dateline's own splitter; the splitting time is not counted
unless --stage is given (then the whole "sentences" + "time" pipeline is timed).

Usage: PYTHONPATH=src python bench/time_speed.py [--shared ../shared] [--repeat 5] [--stage]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from dateline.evaluate.timeml import read_timeml
from dateline.models import Article
from dateline.pipeline import Pipeline
from dateline.sentences import split_sentences
from dateline.time import tag_text

FOLDERS = ("data/time/TBAQ-cleaned/TimeBank", "data/time/TBAQ-cleaned/AQUAINT", "data/time/te3-platinum")


def load(shared: Path) -> list[tuple[str, str]]:
    documents = []
    for folder in FOLDERS:
        path = shared / folder
        if not path.is_dir():
            sys.exit(f"needs the shared evaluation data at {path}")
        documents += [(doc.text, doc.dct) for doc in map(read_timeml, sorted(path.glob("*.tml")))]
    return documents


def one_pass(documents: list[tuple[str, str]], stage: bool) -> tuple[float, float]:
    """CPU seconds and wall seconds of one pass (CPU time is the one-core figure on a busy box)."""
    pipeline = Pipeline.from_names(["sentences", "time"]) if stage else None
    started, wall = time.process_time(), time.perf_counter()
    for number, (text, dct) in enumerate(documents):
        if pipeline is not None:
            pipeline(Article(id=str(number), text=text, published=dct[:10]))
        else:
            tag_text(text, dct)
    return time.process_time() - started, time.perf_counter() - wall


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stage", action="store_true", help="time sentence splitting + tagging")
    args = parser.parse_args(argv)
    documents = load(Path(args.shared))
    sentences = sum(len(split_sentences(text)) for text, _ in documents)
    characters = sum(len(text) for text, _ in documents)
    one_pass(documents[:20], args.stage)  # warm up: compile the patterns
    cpu, wall = min(one_pass(documents, args.stage) for _ in range(args.repeat))
    print(json.dumps({"docs": len(documents), "sentences": sentences, "characters": characters,
                      "cpu_seconds": round(cpu, 3), "wall_seconds": round(wall, 3),
                      "sentences_per_second": round(sentences / cpu),
                      "characters_per_second": round(characters / cpu), "stage": args.stage}))


if __name__ == "__main__":
    main(sys.argv[1:])
