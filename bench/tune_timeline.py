"""Leave-one-topic-out check of the timeline summarizer's knobs on Timeline17.

Tags every topic once, then for each grid point predicts every gold timeline. For each held-out
topic the grid point with the best AR-1 F on the *other* topics is chosen and scored on the held-out
topic; the held-out scores together give the leave-one-topic-out figure, which is what may be
compared with published systems. It also prints which grid point each fold chose: when all folds
choose the default, the default's figure is itself a leave-one-topic-out figure.

    PYTHONPATH=src python bench/tune_timeline.py ../shared/data/tls/t17 \
        --grid '{"query_weight": [0.0, 0.3], "redundancy": [0.3, 0.6]}'
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
from pathlib import Path
from typing import Any

from dateline.evaluate import tls
from dateline.evaluate.tls_data import load_topics
from dateline.evaluate.tls_eval import as_timeline, predict_for_gold, summary_figures, tag_all, time_tagger
from dateline.timeline.summarize import TimelineConfig

Results = dict[tuple[Any, ...], dict[str, list[Any]]]


def score_grid(topics: list[Any], grid: dict[str, list[Any]]) -> Results:
    out = {}
    for values in itertools.product(*grid.values()):
        config = TimelineConfig(**dict(zip(grid, values)))
        out[values] = {t.name: [tls.score_timeline(as_timeline(predict_for_gold(t, g, config)), g)
                                for g in t.timelines] for t in topics}
        print(dict(zip(grid, values)), summary_figures([s for v in out[values].values() for s in v]),
              file=sys.stderr, flush=True)
    return out


def leave_one_topic_out(results: Results) -> tuple[dict[str, Any], dict[str, Any]]:
    names = sorted(next(iter(results.values())))
    held_out, chosen = [], {}
    for name in names:
        def others(values: tuple[Any, ...], name: str = name) -> float:
            kept = [s for n, v in results[values].items() if n != name for s in v]
            return float(summary_figures(kept)["ar1_f"])
        best = max(results, key=others)
        chosen[name] = best
        held_out.extend(results[best][name])
    return summary_figures(held_out), chosen


def tagged_topics(root: str, cache: str | None) -> list[Any]:
    if cache and Path(cache).exists():
        return pickle.loads(Path(cache).read_bytes())  # noqa: S301 - our own file
    topics = load_topics(root)
    tagger = time_tagger()
    for topic in topics:
        tag_all(topic.articles, tagger)
    if cache:
        Path(cache).write_bytes(pickle.dumps(topics))
    return topics


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--grid", required=True, help="JSON: knob -> list of values")
    parser.add_argument("--cache", help="pickle of the tagged topics, written on first use")
    args = parser.parse_args()
    grid = {k: [tuple(v) if isinstance(v, list) else v for v in vs]
            for k, vs in json.loads(args.grid).items()}
    topics = tagged_topics(args.root, args.cache)
    figures, chosen = leave_one_topic_out(score_grid(topics, grid))
    print(json.dumps({"grid": {k: [list(v) if isinstance(v, tuple) else v for v in vs]
                               for k, vs in grid.items()}, "leave_one_topic_out": figures,
                      "chosen": {n: dict(zip(grid, v)) for n, v in chosen.items()}}, indent=1))


if __name__ == "__main__":
    main()
