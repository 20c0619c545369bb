"""The JSON API and the pages' .json twins: status codes, filters, pagination, errors."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web_support import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def get(client: Any, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:500])
    return response.json()


@pytest.mark.parametrize("url, total", [
    ("/api/events", 6),
    ("/api/events?country=Mali", 2),
    ("/api/events?country=mali", 2),
    ("/api/events?admin1=Sahel", 2),
    ("/api/events?event_type=Protests", 2),
    ("/api/events?sub_event_type=Attack", 1),
    ("/api/events?actor=JNIM", 1),
    ("/api/events?actor=Protesters", 2),
    ("/api/events?date_from=2022", 2),
    ("/api/events?date_from=2021-12&date_to=2021-12", 2),
    ("/api/events?date_to=2021-06-03", 1),
    ("/api/events?bbox=-1,13,1,15", 2),
    ("/api/events?bbox=-10,10,0,13", 2),
    ("/api/events?q=Bamako", 2),
    ("/api/events?q=students", 1),
    ("/api/events?location=Solhan", 1),
    ("/api/events?article_id=a-tillaberi", 2),
    ("/api/events?country=Mali&event_type=Protests", 1),
    ("/api/events?country=Chad", 0),
    ("/api/articles", 5),
    ("/api/articles?q=Bamako", 2),
    ("/api/articles?q=%22junta%20in%20Bamako%22", 1),
    ("/api/articles?date_from=2022-01&date_to=2022-02", 2),
    ("/api/articles?source=Sahel%20Wire", 2),
    ("/api/entities", 9),
    ("/api/entities?label=GPE", 6),
    ("/api/entities?q=jnim", 1),
    ("/api/places", 5),
    ("/api/places?country_code=NE", 2),
    ("/api/places?q=bama", 1),
])
def test_list_filters(client: Any, url: str, total: int) -> None:
    data = get(client, url)
    assert data["total"] == total
    assert len(data["items"]) == min(total, data["limit"])


def test_events_carry_their_evidence(client: Any) -> None:
    event = get(client, "/api/events?location=Solhan")["items"][0]
    assert event["event_type"] == "Violence against civilians" and event["fatalities"] == 132
    assert event["location"]["latitude"] == pytest.approx(13.42)
    assert set(event["evidence"]) == {"actor1", "location", "fatalities"}
    detail = get(client, f"/api/events/{event['id']}")
    marked = {h["label"]: detail["article"]["text"][h["start"]:h["end"]] for h in detail["highlights"]}
    assert marked["fatalities"] == "at least 132" and marked["actor1"] == "Gunmen"
    assert marked["supporting sentence"].startswith("Gunmen attacked the village of Solhan")
    assert "".join(s["text"] for s in detail["segments"]) == detail["article"]["text"]


def test_pagination_walks_every_event_once(client: Any) -> None:
    seen, offset = [], 0
    while offset is not None:
        data = get(client, f"/api/events?limit=4&offset={offset}&order=-date")
        seen += [e["id"] for e in data["items"]]
        offset = data["next_offset"]
    assert len(seen) == len(set(seen)) == 6
    dates = [e["event_date"] for e in get(client, "/api/events?order=-date")["items"]]
    assert dates == sorted(dates, reverse=True)
    deaths = get(client, "/api/events?order=-fatalities&limit=1")["items"][0]["fatalities"]
    assert deaths == 132


@pytest.mark.parametrize("by, first", [
    ("month", {"key": "2021-06", "count": 2, "fatalities": 132}),
    ("event_type", {"key": "Protests", "count": 2, "fatalities": 0}),
    ("country", {"key": "Burkina Faso", "count": 2, "fatalities": 132}),
    ("year", {"key": "2021", "count": 4, "fatalities": 139}),
])
def test_counts(client: Any, by: str, first: dict[str, Any]) -> None:
    assert get(client, f"/api/counts?by={by}")["items"][0] == first


def test_counts_follow_filters_and_articles_by_month(client: Any) -> None:
    items = get(client, "/api/counts?by=country&event_type=Protests")["items"]
    assert {c["key"]: c["count"] for c in items} == {"Mali": 1, "Niger": 1}
    months = get(client, "/api/articles/counts?by=month")["items"]
    assert [m["key"] for m in months] == ["2021-06", "2021-12", "2022-01", "2022-02", "2022-03"]


def test_map_locations_group_events_by_point(client: Any) -> None:
    data = get(client, "/api/events/locations")
    assert data["events"] == 6 and len(data["items"]) == 5
    bamako = next(p for p in data["items"] if p["location"] == "Bamako")
    assert bamako["events"] == 2 and bamako["first_date"] == "2022-01-14"
    assert get(client, "/api/events/locations?limit=1")["items"][0]["location"] == "Bamako"


def test_timeline_uses_build_timeline(client: Any) -> None:
    data = get(client, "/api/timeline?q=Bamako&dates=5")
    assert data["query"] == "Bamako" and data["entries"]
    assert all(e["article_ids"] and e["sentences"] for e in data["entries"])
    assert get(client, "/api/timeline")["query"]  # the store's main subject


def test_entity_and_place_mentions(client: Any) -> None:
    data = get(client, "/api/entities/Mali")
    assert data["entity"]["mentions"] == 2 and data["mentions"]["total"] == 2
    mention = data["mentions"]["items"][0]
    assert mention["context"][mention["start"] - mention["context_start"]:][:4] == "Mali"
    jnim = get(client, "/api/entities/JNIM: Group for Support of Islam and Muslims")
    assert jnim["events"]["total"] == 1
    place = get(client, "/api/places/2460596")
    assert place["place"]["name"] == "Bamako" and place["events"]["total"] == 2
    assert get(client, "/api/places/2460596?limit=1")["mentions"]["next_offset"] == 1


@pytest.mark.parametrize("url, status, words", [
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=5000", 422, "less than or equal to 1000"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?limit=abc", 422, "integer"),
    ("/api/events?date_from=yesterday", 422, "date_from"),
    ("/api/events?date_from=2022-02-30", 400, "day is out of range"),
    ("/api/events?date_from=2022-03&date_to=2022-01", 400, "swap"),
    ("/api/events?bbox=1,2,3", 400, "four numbers"),
    ("/api/events?bbox=10,0,5,1", 400, "min_lon <= max_lon"),
    ("/api/events?bbox=a,b,c,d", 400, "four numbers"),
    ("/api/events?order=random", 422, "order"),
    ("/api/events?contry=Mali", 400, "unknown parameter 'contry'"),
    ("/api/events/0", 422, "event_id"),
    ("/api/events/abc", 422, "event_id"),
    ("/api/events/99999", 404, "no event with id 99999"),
    ("/api/articles/nope", 404, "no article"),
    ("/api/entities/Nobody", 404, "no entity"),
    ("/api/places/0", 404, "no place"),
    ("/api/counts?by=colour", 422, "by"),
    ("/api/search", 422, "q"),
    ("/api/timeline?dates=0", 422, "dates"),
    ("/api/nothing-here", 404, "no page"),
    ("/events/abc.json", 400, "should be a number"),
    ("/entities/Nobody.json", 404, "no entity"),
])
def test_bad_requests_get_4xx_with_a_message(client: Any, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    message = response.json()["error"]["message"]
    assert words in message, message


def test_error_pages_are_html_for_browsers(client: Any) -> None:
    response = client.get("/events/99999", headers={"Accept": "text/html"})
    assert response.status_code == 404 and "no event with id 99999" in response.text
    assert response.headers["content-type"].startswith("text/html")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(
    st.sampled_from(["country", "actor", "q", "date_from", "date_to", "bbox", "limit", "offset", "order",
                     "admin1", "location", "event_type"]),
    st.text(max_size=30) | st.integers(-5, 10**12).map(str), max_size=4))
def test_no_parameter_makes_a_500(client: Any, params: dict[str, str]) -> None:
    for path in ("/api/events", "/api/counts", "/api/events/locations", "/events.json"):
        response = client.get(path, params=params)
        assert response.status_code < 500, (path, params, response.text)
        if response.status_code >= 400:
            assert response.json()["error"]["message"]


@pytest.mark.parametrize("page, twin", [
    ("/", "/index.json"),
    ("/events?country=Mali", "/events.json?country=Mali"),
    ("/events/1", "/events/1.json"),
    ("/articles?q=Bamako", "/articles.json?q=Bamako"),
    ("/articles/a-bamako", "/articles/a-bamako.json"),
    ("/entities", "/entities.json"),
    ("/entities/ECOWAS", "/entities/ECOWAS.json"),
    ("/places", "/places.json"),
    ("/places/2460596", "/places/2460596.json"),
    ("/search?q=Mali", "/search.json?q=Mali"),
    ("/timeline?q=Mali", "/timeline.json?q=Mali"),
])
def test_every_page_has_a_json_twin(client: Any, page: str, twin: str) -> None:
    html = client.get(page, headers={"Accept": "text/html"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert f'href="{twin.replace("&", "&amp;")}"' in html.text
    data = get(client, twin)
    assert isinstance(data, dict) and data


def test_twins_and_api_share_their_views(client: Any) -> None:
    assert get(client, "/events.json?country=Mali") == get(client, "/api/events?country=Mali")
    assert get(client, "/events/1.json") == get(client, "/api/events/1")
    assert get(client, "/entities/Mali.json") == get(client, "/api/entities/Mali")


def test_timeline_entry_sentences_are_highlighted(client: Any) -> None:
    entry = get(client, "/api/timeline?q=sanctions")["entries"][0]
    data = get(client, f"/api/articles/{entry['article_ids'][0]}?hl={entry['sentences'][0]}")
    (mark,) = data["highlights"]
    assert data["article"]["text"][mark["start"]:mark["end"]] == entry["sentences"][0]


def test_openapi_documents_the_api(client: Any) -> None:
    schema = get(client, "/api/openapi.json")
    for path in ("/api/articles", "/api/events", "/api/events/{event_id}", "/api/events/locations",
                 "/api/timeline", "/api/entities", "/api/places", "/api/counts", "/api/ingest"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"country", "admin1", "event_type", "actor", "date_from", "date_to", "bbox", "q",
            "limit", "offset"} <= params
    assert client.get("/api/docs").status_code == 200


# -- upload ------------------------------------------------------------------------------------------
PLAIN = b"date 2022-04-02\n\nSoldiers repelled an attack on a base near Menaka, the army said.\n"
JSONL = json.dumps({"published": "2022-04-03", "body": "Protesters marched in Niamey on Sunday."}).encode()
CSV = b"published,body\n2022-04-04,Rebels seized the town of Kidal in the north.\n"
HTML = (b"<html><head><title>Curfew</title><meta property='article:published_time' content='2022-04-05'>"
        b"</head><body><article><p>Authorities imposed a curfew in Gao after clashes between "
        b"rival groups left several people wounded on Tuesday night.</p></article></body></html>")
FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>Floods</title>"
        b"<pubDate>Wed, 06 Apr 2022 10:00:00 GMT</pubDate><description>Floods displaced thousands "
        b"of people in Mopti.</description></item></channel></rss>")


def test_upload_is_off_without_a_server_token(closed_client: Any) -> None:
    response = closed_client.post("/api/ingest", files={"files": ("a.txt", PLAIN)}, headers=AUTH)
    assert response.status_code == 403
    assert "--token" in response.json()["error"]["message"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}])
def test_upload_needs_the_token(client: Any, headers: dict[str, str]) -> None:
    response = client.post("/api/ingest", files={"files": ("a.txt", PLAIN)}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert get(client, "/api/articles")["total"] == 5


def test_upload_reads_every_format(client: Any) -> None:
    files = [("files", ("a.txt", PLAIN)), ("files", ("b.jsonl", JSONL)),
             ("files", ("c.csv", CSV)), ("files", ("d.html", HTML)), ("files", ("e.xml", FEED)),
             ("files", ("f.txt.gz", gzip.compress(PLAIN.replace(b"Menaka", b"Ansongo"))))]
    response = client.post("/api/ingest", files=files, data={"map": "date=published,text=body"},
                           headers=AUTH)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["errors"] == [] and report["added"] == 6, report
    assert get(client, "/api/articles?q=Kidal")["total"] == 1
    again = client.post("/api/ingest", files=files[:1], headers=AUTH).json()
    assert again["added"] == 0 and again["existing"] == 1


def test_upload_reports_bad_documents_by_their_name(client: Any) -> None:
    files = [("files", ("../../etc/undated.txt", b"no date line here at all")),
             ("files", ("ok.txt", PLAIN))]
    report = client.post("/api/ingest", files=files, headers=AUTH).json()
    assert report["added"] == 1 and len(report["errors"]) == 1
    assert report["errors"][0]["path"] == "undated.txt"


@pytest.mark.parametrize("data, status", [({"format": "pdf"}, 422), ({"map": "when=published"}, 400)])
def test_upload_rejects_bad_options(client: Any, data: dict[str, str], status: int) -> None:
    response = client.post("/api/ingest", files={"files": ("a.txt", PLAIN)}, data=data, headers=AUTH)
    assert response.status_code == status and response.json()["error"]["message"]


def test_upload_with_analysis(client: Any) -> None:
    response = client.post("/api/ingest", files={"files": ("a.txt", PLAIN)}, data={"analyse": "true"},
                           headers=AUTH)
    report = response.json()
    assert response.status_code == 200 and report["analysed"] == 1
    article = get(client, f"/api/articles/{report['added_ids'][0]}")
    assert "sentences" in article["article"]["stages"]


def test_empty_store_serves_every_view(tmp_path: Any) -> None:
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    with TestClient(create_app(str(tmp_path / "empty.db"))) as empty:
        for url in ("/api/overview", "/api/events", "/api/counts", "/api/events/locations",
                    "/api/entities", "/api/places", "/api/timeline", "/api/search?q=x"):
            assert empty.get(url).status_code == 200, url
        for url in ("/", "/events", "/entities", "/places", "/timeline", "/search?q=x"):
            assert empty.get(url, headers={"Accept": "text/html"}).status_code == 200, url


@pytest.mark.parametrize("url, path, model", [
    ("/api/overview", "/api/overview", "Overview"),
    ("/api/articles", "/api/articles", "ArticlePage"),
    ("/api/articles/a-solhan", "/api/articles/{article_id}", "ArticleDetail"),
    ("/api/articles/counts", "/api/articles/counts", "CountsOut"),
    ("/api/events", "/api/events", "EventPage"),
    ("/api/events/1", "/api/events/{event_id}", "EventDetail"),
    ("/api/events/locations", "/api/events/locations", "LocationsOut"),
    ("/api/counts?by=country", "/api/counts", "CountsOut"),
    ("/api/timeline", "/api/timeline", "TimelineOut"),
    ("/api/entities", "/api/entities", "EntityPage"),
    ("/api/entities/Mali", "/api/entities/{name}", "EntityDetail"),
    ("/api/places", "/api/places", "PlacePage"),
    ("/api/places/2460596", "/api/places/{key}", "PlaceDetail"),
    ("/api/search?q=Mali", "/api/search", "SearchOut"),
])
def test_responses_match_their_documented_schema(client: Any, url: str, path: str, model: str) -> None:
    from dateline.web import schemas

    getattr(schemas, model).model_validate(get(client, url))
    documented = get(client, "/api/openapi.json")["paths"][path]["get"]["responses"]["200"]
    assert f"#/components/schemas/{model}" in json.dumps(documented)


def test_dashboard_carries_its_first_view(client: Any) -> None:
    data = get(client, "/index.json?country=Mali")
    assert data["initial"]["events"]["total"] == 2
    assert {p["location"] for p in data["initial"]["locations"]["items"]} == {"Bamako"}
    assert data["initial"]["timeline_events"]["items"][0]["fatalities"] in (0, None)
    assert client.get("/?date_from=2022-13", headers={"Accept": "text/html"}).status_code == 400


def test_dashboard_says_how_to_install_missing_libraries(client: Any, monkeypatch: Any) -> None:
    import dateline.web.pages as pages

    monkeypatch.setattr(pages, "vendor_missing", lambda: ["leaflet/leaflet.js"])
    html = client.get("/", headers={"Accept": "text/html"}).text
    assert "make web" in html and "leaflet/leaflet.js" in html
    assert "/static/vendor/leaflet/leaflet.js" not in html


def test_pages_escape_what_articles_carry(tmp_path: Any) -> None:
    from fastapi.testclient import TestClient

    from dateline.models import Article
    from dateline.store import SQLiteStore
    from dateline.web import create_app

    path = str(tmp_path / "x.db")
    with SQLiteStore(path) as store:
        store.add_articles([Article(id="evil", text="<script>alert(1)</script> in Gao", published="2022-01-01",
                                    title="<img src=x onerror=alert(1)>", url="javascript:alert(1)")])
    with TestClient(create_app(path)) as web:
        html = web.get("/articles/evil", headers={"Accept": "text/html"}).text
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html
