"""End-to-end: a real uvicorn server, the dashboard in headless Chromium, screenshots saved.

Screenshots go to test-artifacts/ (ignored by git) so a person can look at what the tests saw.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_support import ARTIFACTS, LiveServer, build_article

from dateline.store import SQLiteStore

pytestmark = pytest.mark.slow


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    yield page
    context.close()


def shot(page: Any, name: str, full: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=full)


def open_dashboard(page: Any, url: str) -> None:
    """Open the dashboard and wait for its first view and for the timeline's story."""
    page.goto(url)
    page.wait_for_selector("body[data-ready='1'][data-story='1']", state="attached", timeout=20000)


def test_dashboard_shows_map_timeline_and_table(page: Any, live: LiveServer) -> None:
    open_dashboard(page, live.url + "/")
    assert page.locator("#events-table tbody tr[data-id]").count() == 6
    assert page.inner_text("#kpi-events") == "6"
    assert page.inner_text("#kpi-places") == "5"
    assert page.locator(".leaflet-overlay-pane canvas, .leaflet-basemap-pane canvas").count() >= 1
    assert page.locator("#timeline .tl-story").count() >= 1
    assert page.locator("#timeline .tl-event").count() == 6
    assert page.locator("#timeline rect.tl-bar").count() >= 3
    shot(page, "dashboard", full=True)
    assert page.errors == []


def test_filter_drives_table_map_and_timeline(page: Any, live: LiveServer) -> None:
    open_dashboard(page, live.url + "/")
    page.select_option("select[name=event_type]", "Protests")
    page.wait_for_function("document.querySelector('#table-count').textContent === '2'")
    page.wait_for_function("document.querySelector('#kpi-places').textContent === '2'")
    assert "event_type=Protests" in page.url
    assert page.locator("#chips .chip").first.inner_text().startswith("type:")
    rows = page.locator("#events-table tbody tr[data-id]")
    assert all("Protests" in rows.nth(i).inner_text() for i in range(rows.count()))
    shot(page, "filtered", full=True)
    page.select_option("select[name=event_type]", "")
    page.wait_for_function("document.querySelector('#table-count').textContent === '6'")
    page.check("input[name=in_view]")  # then pan the map onto Burkina Faso's Sahel region
    page.evaluate("() => { dateline.map.map.fitBounds([[13.3, -0.2], [14.1, 0.2]], { animate: false }); }")
    page.wait_for_function("document.querySelector('#table-count').textContent === '2'")
    assert {"Solhan", "Dori"} == {rows.nth(i).locator("td").nth(4).locator("a").inner_text()
                                  for i in range(rows.count())}
    page.uncheck("input[name=in_view]")
    page.wait_for_function("document.querySelector('#table-count').textContent === '6'")
    page.fill("#filters input[name=q]", "Bamako")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelector('#table-count').textContent === '2'")
    page.select_option("select[name=event_type]", "Protests")
    page.wait_for_function("document.querySelector('#table-count').textContent === '1'")
    assert "q=Bamako" in page.url and "event_type=Protests" in page.url
    assert page.errors == []


def test_event_evidence_highlights_the_supporting_sentence(page: Any, live: LiveServer) -> None:
    open_dashboard(page, live.url + "/?order=-fatalities")
    page.select_option("#order", "-fatalities")
    page.wait_for_function("document.querySelector('#events-table tbody tr').textContent.includes('132')")
    page.locator("#events-table tbody tr[data-id]").first.locator("button").click()
    page.wait_for_selector("#drawer.open .hl-sentence")
    sentence = page.inner_text("#drawer .article-text .hl-sentence >> nth=0")
    assert "Gunmen attacked the village of Solhan" in page.inner_text("#drawer .article-text")
    assert sentence.startswith("Gunmen") or "Solhan" in sentence
    fields = page.locator("#drawer .article-text .hl-field")
    assert fields.count() >= 3
    assert "at least 132" in " ".join(fields.all_inner_texts())
    shot(page, "evidence")
    page.keyboard.press("Escape")
    page.wait_for_selector("#drawer:not(.open)", state="attached")
    assert page.errors == []


def test_timeline_entry_opens_its_source(page: Any, live: LiveServer) -> None:
    open_dashboard(page, live.url + "/?q=Mali")
    page.locator("#timeline .tl-story").first.click()
    page.wait_for_selector("#drawer.open .source")
    assert page.locator("#drawer .article-text .hl-sentence").count() >= 1
    shot(page, "timeline-entry")
    assert page.errors == []


@pytest.mark.parametrize("path, expect", [
    ("/entities", "JNIM"),
    ("/entities/ECOWAS", "Mentions"),
    ("/places", "Solhan"),
    ("/places/2460596", "Bamako"),
    ("/events/1", "Supporting sentence".lower()),
    ("/search?q=Bamako", "Results for"),
    ("/timeline?q=Mali", "Timeline"),
])
def test_pages_render(page: Any, live: LiveServer, path: str, expect: str) -> None:
    page.goto(live.url + path)
    page.wait_for_load_state("networkidle")
    assert expect in page.inner_text("main")
    name = path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "index"
    shot(page, f"page-{name}", full=True)
    assert page.errors == []


def test_dashboard_without_events_shows_articles(page: Any, tmp_path: Path) -> None:
    from web_support import ARTICLES

    from dateline.web import create_app

    path = str(tmp_path / "bare.db")
    with SQLiteStore(path) as store:  # articles only, as right after `dateline ingest`
        bare = [build_article({**spec, "entities": [], "events": [], "places": []}) for spec in ARTICLES]
        store.add_articles(bare)
    with LiveServer(create_app(path)) as server:
        open_dashboard(page, server.url + "/")
        assert "No events yet" in page.inner_text("#events-table")
        assert page.inner_text("#kpi-articles") == "5"
        assert page.locator("#timeline rect.tl-bar").count() >= 3  # the articles' volume instead
        assert page.locator("#timeline .tl-story").count() >= 1
        shot(page, "no-events", full=True)
    assert page.errors == []


def test_nothing_is_fetched_from_outside(page: Any, live: LiveServer) -> None:
    """Dashboard, pages and the API reference load everything from the server itself (offline)."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    open_dashboard(page, live.url + "/")
    page.goto(live.url + "/places/2460596")
    page.wait_for_load_state("networkidle")
    page.goto(live.url + "/api/docs")
    page.get_by_text("/api/events/locations").first.wait_for(timeout=15000)
    shot(page, "api-docs")
    outside = [url for url in asked if not url.startswith(live.url) and not url.startswith("data:")]
    assert outside == []
    assert page.errors == []
