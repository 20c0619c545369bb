"""The parts under the web layer: evidence spans, parameters, the store's browse queries, the CLI."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from web_support import ARTICLES, build_article, fill_store

from dateline.cli import cli
from dateline.errors import NotFound, QueryError
from dateline.models import Article, Event
from dateline.store import SQLiteStore
from dateline.store.base import EntityQuery, EventQuery, PlaceQuery
from dateline.web.evidence import Highlight, event_highlights, segments, sentence_highlights
from dateline.web.params import check_date, check_range, parse_bbox
from dateline.web.pool import StorePool
from dateline.web.server import is_loopback, port_free


# -- evidence ---------------------------------------------------------------------------------------
@given(text=st.text(max_size=60),
       spans=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70), st.sampled_from(["a", "b"])),
                      max_size=6))
def test_segments_cover_the_text_exactly(text: str, spans: list[tuple[int, int, str]]) -> None:
    clipped = [(max(0, a), min(len(text), b), kind) for a, b, kind in spans]
    marks = [Highlight(a, b, kind) for a, b, kind in clipped if b > a]
    pieces = segments(text, marks)
    assert "".join(p["text"] for p in pieces) == text
    for piece in pieces:
        covering = {h.kind for h in marks if h.start <= piece["start"] and piece["end"] <= h.end}
        assert set(piece["kinds"]) == covering


def test_event_highlights_fall_back_without_sentences() -> None:
    article = Article(id="x", text="Rebels attacked Gao. Nobody died.", published="2022-01-01")
    event = Event("Battles", "Armed clash", start=7, end=15, evidence={"location": {"start": 16, "end": 19},
                                                                       "actor1": {"sentence": 5}})
    kinds = {(h.kind, article.text[h.start:h.end]) for h in event_highlights(article, event)}
    assert kinds == {("sentence", "attacked"), ("trigger", "attacked"), ("field", "Gao")}


@pytest.mark.parametrize("needle, found", [
    ("Rebels attacked Gao.", "Rebels attacked Gao."),
    ("Rebels  attacked\nGao", "Rebels attacked Gao"),
    ("Nobody ever died", None),
    ("", None),
])
def test_sentence_highlights_allow_other_white_space(needle: str, found: str | None) -> None:
    article = Article(id="x", text="Rebels attacked Gao. Nobody died.", published="2022-01-01")
    marks = sentence_highlights(article, [needle])
    assert [article.text[m.start:m.end] for m in marks] == ([found] if found else [])


# -- parameters -------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, ok", [("2022", True), ("2022-02", True), ("2022-02-28", True),
                                       ("2022-02-30", False), ("2022-13", False), ("", True), (None, True)])
def test_check_date(value: str | None, ok: bool) -> None:
    if ok:
        assert check_date("d", value) == (value or None)
    else:
        with pytest.raises(QueryError, match="is not a date"):
            check_date("d", value)


@pytest.mark.parametrize("start, end, ok", [("2022-01", "2022-01", True), ("2022-01-31", "2022-01", True),
                                            ("2022-02", "2022-01-31", False), ("2023", "2022", False)])
def test_check_range(start: str, end: str, ok: bool) -> None:
    if ok:
        assert check_range(start, end) == (start, end)
    else:
        with pytest.raises(QueryError, match="swap"):
            check_range(start, end)


@pytest.mark.parametrize("value, expected", [
    ("-10,5,3.5,20", (-10.0, 5.0, 3.5, 20.0)), (None, None), ("", None),
    ("1,2,3", QueryError), ("x,1,2,3", QueryError), ("5,0,1,1", QueryError), ("0,0,200,1", QueryError),
    ("nan,0,1,1", QueryError),
])
def test_parse_bbox(value: str | None, expected: Any) -> None:
    if expected is QueryError:
        with pytest.raises(QueryError):
            parse_bbox(value)
    else:
        assert parse_bbox(value) == expected


# -- store browse queries ---------------------------------------------------------------------------
@pytest.fixture
def filled(store: SQLiteStore) -> SQLiteStore:
    fill_store(store)
    return store


def test_entities_group_by_canonical_name_with_their_main_label(filled: SQLiteStore) -> None:
    found = {e.name: e for e in filled.entities(EntityQuery(limit=None))}
    jnim = found["JNIM: Group for Support of Islam and Muslims"]
    assert (jnim.label, jnim.mentions, jnim.articles) == ("ORG", 1, 1)
    assert found["Mali"].mentions == 2 and found["Mali"].first_date == "2022-01-14"
    assert filled.count_entities(EntityQuery(label="org")) == 2
    assert [e.name for e in filled.entities(EntityQuery(limit=2, offset=1))] == \
        [e.name for e in filled.entities(EntityQuery(limit=None))][1:3]


def test_mentions_carry_their_sentence(filled: SQLiteStore) -> None:
    (mention,) = filled.entity_mentions("ECOWAS")
    assert mention.context.startswith("Tens of thousands") and mention.context.endswith("ECOWAS.")
    assert mention.context[mention.start - mention.context_start:][:6] == "ECOWAS"


def test_mentions_without_sentences_get_a_window(store: SQLiteStore) -> None:
    article = build_article(ARTICLES[0])
    article.sentences = []
    store.add_articles([article])
    store.save_analysis([article])
    (mention,) = store.place_mentions("2361082")
    assert mention.sentence is None and "Dori" in mention.context
    assert mention.context == article.text[mention.context_start:mention.context_start + len(mention.context)]


def test_places_are_keyed_by_geonameid_else_name(filled: SQLiteStore) -> None:
    places = {p.key: p for p in filled.places(PlaceQuery(limit=None))}
    assert places["2460596"].name == "Bamako" and places["2460596"].mentions == 2
    assert places["2460596"].country == "Mali"
    assert filled.count_place_mentions("2460596") == 2
    assert filled.places(PlaceQuery(key="nowhere")) == []


def test_event_counts_and_locations_follow_filters(filled: SQLiteStore) -> None:
    months = filled.event_counts("month", EventQuery(country="Niger"))
    assert [(c.key, c.count, c.fatalities) for c in months] == [("2021-12", 2, 7)]
    points = filled.event_locations(EventQuery(event_type="Protests"))
    assert {p.location for p in points} == {"Bamako", "Niamey"}
    assert filled.get_event(points and 1).event.event_type
    with pytest.raises(NotFound):
        filled.get_event(12345)


def test_articles_counted_by_month(filled: SQLiteStore) -> None:
    counts = filled.article_counts("year")
    assert [(c.key, c.count) for c in counts] == [("2021", 2), ("2022", 3)]


# -- pool and server --------------------------------------------------------------------------------
def test_pool_lends_a_given_store_to_one_request_at_a_time(store: SQLiteStore) -> None:
    pool = StorePool(store)
    with pool.checkout() as first:
        assert first is store
    with pool.checkout() as again:
        assert again is store
    pool.close()
    assert store.count_articles() == 0  # a store given to the pool stays open


def test_pool_opens_connections_on_demand(tmp_path: Any) -> None:
    pool = StorePool(str(tmp_path / "p.db"))
    with pool.checkout() as one, pool.checkout() as two:
        assert one is not two
    pool.close()


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                            ("0.0.0.0", False), ("192.0.2.1", False), ("name", False)])
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serve_refuses_a_busy_port(runner: Any, db_path: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert not port_free("127.0.0.1", port)
        result = runner.invoke(cli, ["serve", "--db", db_path, "--port", str(port)])
    assert result.exit_code == 1 and "in use" in result.output


def test_serve_help_documents_the_token(runner: Any) -> None:
    result = runner.invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--token" in result.output and "DATELINE_TOKEN" in result.output and "Example:" in result.output
    assert "127.0.0.1" in result.output
