"""Benchmark: how fast the dashboard's first view loads over a store of N synthetic events.

Builds a synthetic store (articles with sentences, entities, places and events spread over a year
and a few hundred places), starts `dateline serve` on a free loopback port, and loads the dashboard
in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright), each time in a fresh
browser context (empty cache). "First view" is from navigation start until the dashboard has drawn
the map with its basemap and points, the histogram, the timeline with its events, the breakdowns
and the first page of the event table (the page sets body[data-ready]); "story" is until the
timeline's entries from build_timeline are drawn too (body[data-story]). The first run finds the
server's timeline cache cold. Also times each API call the first view makes, afterwards.

    PYTHONPATH=src python bench/bench_web.py --events 10000 --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from dateline.models import Article, Entity, Event, Place, Sentence
from dateline.store import SQLiteStore

TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Protests", "Peaceful protest"),
         ("Riots", "Mob violence"), ("Strategic developments", "Looting/property destruction")]
COUNTRIES = [("Mali", "ML", 12.6, -8.0), ("Burkina Faso", "BF", 12.4, -1.5), ("Niger", "NE", 13.5, 2.1),
             ("Nigeria", "NG", 9.1, 7.5), ("Chad", "TD", 12.1, 15.0)]
ACTORS = ["Military Forces of {c}", "JNIM: Group for Support of Islam and Muslims",
          "Islamic State (Greater Sahara)", "Unidentified Armed Group ({c})", "Protesters ({c})",
          "Civilians ({c})", "Police Forces of {c}"]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# The page, its data (which the page asks for first), and the API calls a filtered view makes.
FIRST_VIEW_CALLS = ["/", "/index.json", "/api/timeline?dates=12", "/api/events?limit=25&offset=0&order=-date",
                    "/api/events/locations", "/api/counts?by=event_type", "/api/counts?by=country",
                    "/api/counts?by=month", "/api/events?limit=150&order=-fatalities"]


def synthetic_places(rng: random.Random, count: int) -> list[tuple[str, str, str, str, float, float]]:
    places = []
    for i in range(count):
        country, code, lat, lon = COUNTRIES[i % len(COUNTRIES)]
        places.append((f"Town{i:03d}", country, code, f"Region{i % 7} ({code})",
                       round(lat + rng.uniform(-3, 3), 4), round(lon + rng.uniform(-3, 3), 4)))
    return places


def synthetic_article(rng: random.Random, index: int, events: int, places: list) -> Article:
    day = 1 + index % 365
    published = time.strftime("%Y-%m-%d", time.gmtime(1609459200 + day * 86400))
    article = Article(id=f"bench-{index:06d}", text="", published=published, source=f"Wire {index % 9}",
                      title=f"Report {index}")
    parts = []
    for n in range(events):
        name, country, code, admin1, lat, lon = rng.choice(places)
        kind, sub = rng.choice(TYPES)
        actor = rng.choice(ACTORS).format(c=country)
        start = sum(len(p) + 1 for p in parts)
        sentence = (f"{actor} were involved in an incident near {name} in {country} on Tuesday, "
                    f"leaving {n + 1} people dead, officials said.")
        parts.append(sentence)
        article.sentences.append(Sentence(start, start + len(sentence), sentence))
        at = start + sentence.index(name)
        place = Place(at, at + len(name), name, name=name, geonameid=100000 + places.index(
            (name, country, code, admin1, lat, lon)), country_code=code, country=country, admin1=admin1,
            latitude=lat, longitude=lon, geo_precision=1, sentence=n)
        article.places.append(place)
        article.entities.append(Entity(start, start + len(actor), actor, "ORG", canonical=actor, sentence=n))
        evidence = {"location": {"start": at, "end": at + len(name), "sentence": n}}
        article.events.append(Event(kind, sub, event_date=published, actor1=actor, location=place,
                                    fatalities=rng.choice([0, 0, 1, 2, 5, 12]), notes=sentence,
                                    sentence=n, start=start, end=start + len(actor), evidence=evidence))
    article.text = " ".join(parts)
    article.stages = ["sentences", "entities", "places", "events"]
    return article


def build_store(path: str, events: int, per_article: int = 4, seed: int = 7) -> None:
    rng = random.Random(seed)
    places = synthetic_places(rng, 400)
    articles = [synthetic_article(rng, i, per_article, places) for i in range(events // per_article)]
    with SQLiteStore(path) as store:
        for i in range(0, len(articles), 500):
            store.add_articles(articles[i:i + 500])
            store.save_analysis(articles[i:i + 500])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    server = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", db, "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/openapi.json", timeout=2)
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit(f"the server did not start: {server.stderr.read().decode() if server.stderr else ''}")


def time_calls(base: str) -> dict[str, float]:
    timings = {}
    for path in FIRST_VIEW_CALLS:
        start = time.perf_counter()
        urllib.request.urlopen(base + path, timeout=30).read()
        timings[path] = round((time.perf_counter() - start) * 1000, 1)
    return timings


def first_views(base: str, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds to the first view and to the timeline's story, per run in a fresh context
    (empty cache), and to the first view on reloading in that context (warm cache)."""
    from playwright.sync_api import sync_playwright

    times: list[float] = []
    story: list[float] = []
    warm: list[float] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        warm_up = browser.new_context()  # start the browser's own processes before timing
        warm_up.new_page().goto(base + "/static/favicon.svg")
        warm_up.close()
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1440, "height": 1000})
            page = context.new_page()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready='1'][data-story='1']", state="attached", timeout=60000)
            times.append(round(page.evaluate("window.datelineReadyMs"), 1))
            story.append(round(page.evaluate("window.datelineStoryMs"), 1))
            page.goto(base + "/")  # the next morning: same browser, its cache warm
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60000)
            warm.append(round(page.evaluate("window.datelineReadyMs"), 1))
            if len(times) == 1:
                Path("test-artifacts").mkdir(exist_ok=True)
                page.screenshot(path="test-artifacts/bench-web-dashboard.png", full_page=True)
            context.close()
        browser.close()
    return times, story, warm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        start = time.perf_counter()
        build_store(db, args.events)
        built = time.perf_counter() - start
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            views, story, warm = first_views(base, args.runs)  # the first run finds every cache cold
            calls = time_calls(base)
        finally:
            server.terminate()
            server.wait(timeout=10)
    result = {"events": args.events, "store_build_s": round(built, 1), "first_view_ms": views,
              "first_view_median_ms": statistics.median(views), "first_view_cold_ms": views[0],
              "story_ms": story, "story_median_ms": statistics.median(story),
              "warm_cache_ms": warm, "warm_cache_median_ms": statistics.median(warm),
              "api_ms_after_runs": calls, "load_average": os.getloadavg()[0]}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
