"""Query latency on a store of synthetic events (made by bench/make_events.py): p50 and p95.

Queries, each run ``--queries`` times with seeded random parameters after a warm-up:
  event_page      events of one country and type in a 3-month window, first page of 50
  event_count     the number of events behind that page (what a pager shows)
  country_window  events of one country in a 3-month window, first page of 50 (any type)
  actor_timeline  events involving an actor (substring), in date order, first 100
  timeline        dateline.timeline.build_timeline for "<group> <country>" within one year
  search          full-text search of articles for a town (found in under 1% of them), best 20 by rank
  search_broad    the same for words found in 10% to 97% of the articles (worst case for ranking)

    PYTHONPATH=src python bench/bench_queries.py --db /tmp/events.db --db postgresql://localhost/events
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from make_events import COUNTRIES, GROUPS, TYPES  # noqa: E402

from dateline.store import ArticleQuery, EventQuery, open_store  # noqa: E402
from dateline.store.base import Store  # noqa: E402
from dateline.timeline import build_timeline  # noqa: E402

#: Words found in a large share of the synthetic articles (10-97%): the worst case for ranking.
BROAD = ["shortages medicine", '"regional capital"', "Wagner", "protesters police", "Boko Haram",
         "clashed", "Shabaab", "fled tense"]


def window(rng: random.Random) -> tuple[str, str]:
    year, month = rng.randint(2015, 2024), rng.randint(1, 10)
    return f"{year}-{month:02d}", f"{year}-{month + 2:02d}"


def place_words(rng: random.Random) -> str:
    """A town, as make_events names them ("Mali-17"): found in a few dozen to a few hundred articles."""
    return f'"{rng.choice(COUNTRIES).split()[0]}-{rng.randint(1, 400)}"'


def queries(store: Store) -> dict[str, Callable[[random.Random], Any]]:
    def page_query(rng: random.Random) -> EventQuery:
        start, end = window(rng)
        return EventQuery(country=rng.choice(COUNTRIES[:20]), event_type=rng.choice(list(TYPES)),
                          date_from=start, date_to=end, limit=50)

    def country_window(rng: random.Random) -> Any:
        start, end = window(rng)
        return store.events(EventQuery(country=rng.choice(COUNTRIES[:20]), date_from=start,
                                       date_to=end, limit=50))

    def timeline(rng: random.Random) -> Any:
        year = str(rng.randint(2015, 2024))
        query = f"{rng.choice(GROUPS).split()[0]} {rng.choice(COUNTRIES[:10])}"
        return build_timeline(store, query, date_from=year, date_to=year, dates=10)

    return {
        "event_page": lambda rng: store.events(page_query(rng)),
        "event_count": lambda rng: store.count_events(page_query(rng)),
        "country_window": country_window,
        "actor_timeline": lambda rng: store.events(EventQuery(actor=rng.choice(GROUPS), limit=100)),
        "timeline": timeline,
        "search": lambda rng: store.articles(ArticleQuery(search=place_words(rng), order="rank", limit=20)),
        "search_broad": lambda rng: store.articles(ArticleQuery(search=rng.choice(BROAD), order="rank",
                                                                limit=20)),
    }


def measure(run: Callable[[random.Random], Any], count: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    for _ in range(3):
        run(rng)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        run(rng)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
            "max_ms": round(times[-1], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", action="append", required=True, help="a store (repeatable)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--only", help="comma-separated query names")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    results: dict[str, Any] = {}
    for url in args.db:
        with open_store(url) as store:
            backend = type(store).__name__
            results[backend] = {"db": url, "events": store.count_events()}
            for name, run in queries(store).items():
                if args.only and name not in args.only.split(","):
                    continue
                count = args.queries if name != "timeline" else max(20, args.queries // 10)
                results[backend][name] = measure(run, count, args.seed)
                print(f"{backend:>14} {name:<15} {results[backend][name]}", file=sys.stderr)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
