"""Hand-made articles with every analysis layer filled, stored for the web tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.models import Article, Entity, Event, Place
from dateline.sentences import split_sentences
from dateline.store import SQLiteStore

TOKEN = "test-token-123"

# (name, country, country code, admin1, latitude, longitude, geonameid)
PLACES = {
    "Solhan": ("Burkina Faso", "BF", "Sahel", 13.42, 0.03, 2355474),
    "Dori": ("Burkina Faso", "BF", "Sahel", 14.035, -0.035, 2361082),
    "Bamako": ("Mali", "ML", "Bamako", 12.65, -8.0, 2460596),
    "Tillaberi": ("Niger", "NE", "Tillaberi", 14.21, 1.45, 2439376),
    "Niamey": ("Niger", "NE", "Niamey", 13.51, 2.11, 2440485),
}

ARTICLES: list[dict[str, Any]] = [
    {"id": "a-solhan", "published": "2021-06-06", "title": "Gunmen kill 132 in Solhan",
     "source": "Sahel Wire",
     "text": ("Gunmen attacked the village of Solhan in Burkina Faso on Friday, killing at least 132 "
              "civilians, the government said.\n\nThe attack came two days after soldiers of the Burkina "
              "Faso army clashed with JNIM fighters near Dori."),
     "entities": [("Gunmen", "NORP", None), ("Burkina Faso", "GPE", None),
                  ("JNIM", "ORG", "JNIM: Group for Support of Islam and Muslims")],
     "places": ["Solhan", "Dori"],
     "events": [
         {"event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "2021-06-04",
          "actor1": "Unidentified Armed Group (Burkina Faso)", "actor2": "Civilians (Burkina Faso)",
          "place": "Solhan", "fatalities": 132, "trigger": "attacked",
          "evidence": {"actor1": "Gunmen", "location": "Solhan", "fatalities": "at least 132"}},
         {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2021-06-02",
          "actor1": "Military Forces of Burkina Faso",
          "actor2": "JNIM: Group for Support of Islam and Muslims",
          "place": "Dori", "fatalities": None, "trigger": "clashed",
          "evidence": {"actor2": "JNIM", "location": "Dori"}},
     ]},
    {"id": "a-tillaberi", "published": "2021-12-20", "title": "Roadside bomb in Tillaberi",
     "source": "Niger Daily",
     "text": ("A roadside bomb exploded under an army truck in Tillaberi on Sunday, killing seven soldiers."
              "\n\nIn Niamey, hundreds of students protested against the rising cost of bread."),
     "entities": [("Tillaberi", "GPE", None), ("Niamey", "GPE", None)],
     "places": ["Tillaberi", "Niamey"],
     "events": [
         {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
          "event_date": "2021-12-19", "actor1": "Unidentified Armed Group (Niger)",
          "actor2": "Military Forces of Niger", "place": "Tillaberi", "fatalities": 7,
          "trigger": "exploded", "evidence": {"fatalities": "seven soldiers"}},
         {"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2021-12-20",
          "actor1": "Protesters (Niger)", "place": "Niamey", "fatalities": 0, "trigger": "protested",
          "evidence": {"actor1": "hundreds of students"}},
     ]},
    {"id": "a-bamako", "published": "2022-01-14", "title": "Bamako rallies against sanctions",
     "source": "Sahel Wire",
     "text": ("Tens of thousands of people rallied in Bamako on Friday against sanctions imposed on Mali "
              "by ECOWAS.\n\nThe junta had called for the demonstration."),
     "entities": [("Bamako", "GPE", None), ("Mali", "GPE", None), ("ECOWAS", "ORG", "ECOWAS")],
     "places": ["Bamako"],
     "events": [
         {"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2022-01-14",
          "actor1": "Protesters (Mali)", "place": "Bamako", "fatalities": 0, "trigger": "rallied",
          "evidence": {"location": "Bamako"}},
     ]},
    {"id": "a-france", "published": "2022-02-17", "title": "France to withdraw troops from Mali",
     "source": "World Desk",
     "text": ("France announced on Thursday that it will withdraw its troops from Mali after nine years."
              "\n\nThe decision follows months of tension with the junta in Bamako."),
     "entities": [("France", "GPE", None), ("Mali", "GPE", None), ("Bamako", "GPE", None)],
     "places": ["Bamako"],
     "events": [
         {"event_type": "Strategic developments", "sub_event_type": "Other", "event_date": "2022-02-17",
          "actor1": "Military Forces of France", "place": "Bamako", "fatalities": None,
          "trigger": "withdraw", "evidence": {}},
     ]},
    {"id": "a-plain", "published": "2022-03-01", "title": None, "source": "Notes",
     "text": "An article that has not been analysed yet mentions Mali and its neighbours.",
     "entities": [], "places": [], "events": []},
]


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _place(article: Article, name: str) -> Place:
    country, code, admin1, lat, lon, gid = PLACES[name]
    start, end = _span(article.text, name)
    return Place(start, end, name, name=name, geonameid=gid, country_code=code, country=country,
                 admin1=admin1, latitude=lat, longitude=lon, geo_precision=1,
                 sentence=article.sentence_at(start))


def _event(article: Article, spec: dict[str, Any]) -> Event:
    start, end = _span(article.text, spec["trigger"])
    evidence = {}
    for field, needle in spec["evidence"].items():
        a, b = _span(article.text, needle)
        evidence[field] = {"start": a, "end": b, "sentence": article.sentence_at(a), "confidence": 0.9}
    return Event(spec["event_type"], spec["sub_event_type"], event_date=spec["event_date"],
                 time_precision=1, actor1=spec["actor1"], actor2=spec.get("actor2"),
                 location=_place(article, spec["place"]), fatalities=spec["fatalities"],
                 notes=article.text[article.sentences[article.sentence_at(start) or 0].start:end + 40],
                 sentence=article.sentence_at(start), start=start, end=end, confidence=0.8,
                 evidence=evidence)


def build_article(spec: dict[str, Any]) -> Article:
    article = Article(id=spec["id"], text=spec["text"], published=spec["published"],
                      title=spec["title"], source=spec["source"])
    if not spec["events"] and not spec["entities"]:
        return article  # ingested only: no analysis layers
    article.sentences = split_sentences(article.text)
    for text, label, canonical in spec["entities"]:
        start, end = _span(article.text, text)
        article.entities.append(Entity(start, end, text, label, canonical=canonical,
                                       sentence=article.sentence_at(start)))
    article.places = [_place(article, name) for name in spec["places"]]
    article.events = [_event(article, e) for e in spec["events"]]
    article.stages = ["sentences", "entities", "places", "events"]
    return article


def fill_store(store: SQLiteStore) -> list[Article]:
    articles = [build_article(spec) for spec in ARTICLES]
    store.add_articles(articles)
    store.save_analysis([a for a in articles if a.stages])
    return articles


@pytest.fixture
def web_db(tmp_path: Path) -> str:
    path = str(tmp_path / "web.db")
    with SQLiteStore(path) as store:
        fill_store(store)
    return path


@pytest.fixture
def client(web_db: str) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    with TestClient(create_app(web_db, token=TOKEN), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def closed_client(web_db: str) -> Iterator[Any]:
    """A server started without a token: uploads are off."""
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    with TestClient(create_app(web_db), raise_server_exceptions=False) as test_client:
        yield test_client


# -- a real server and a real browser, for the end-to-end tests ------------------------------------
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class LiveServer:
    """uvicorn serving the app on a free loopback port, in a thread."""

    def __init__(self, app: Any) -> None:
        import socket
        import threading

        import uvicorn

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        import time

        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def needs_browser() -> None:
    """Skip (with the reason) where the browser, Playwright or the front-end build is missing."""
    from dateline.web.app import vendor_missing

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium; .ci/run does)")
    pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python (pip install playwright)")
    if vendor_missing():
        pytest.skip(f"needs the dashboard's front-end build ({', '.join(vendor_missing())}): run `make web`")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    needs_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from dateline.web import create_app

    path = str(tmp_path_factory.mktemp("live") / "live.db")
    with SQLiteStore(path) as store:
        fill_store(store)
    with LiveServer(create_app(path, token=TOKEN)) as server:
        yield server
