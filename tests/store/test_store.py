"""The Store contract, run against every backend (see conftest.py)."""

from __future__ import annotations

import pytest

from dateline.errors import NotFound, StoreError
from dateline.models import Article, Entity, Event, Place, Sentence, Timex
from dateline.store import ArticleQuery, EventQuery, IngestProblem, SQLiteStore
from dateline.store.base import Store


def make(aid: str, published: str, text: str, **kw: object) -> Article:
    return Article(id=aid, text=text, published=published, date_precision="day", **kw)  # type: ignore[arg-type]


ARTICLES = [
    make("a1", "2020-08-19", "Soldiers detained President Keita in Bamako.", source="wire"),
    make("a2", "2021-05-25", "Mali's army detained the interim president again.", source="wire"),
    make("a3", "2022-01-24", "Soldiers seized power in Ouagadougou, Burkina Faso.", source="daily"),
]


def analysed(article: Article) -> Article:
    article.sentences = [Sentence(0, len(article.text), article.text)]
    article.timexes = [Timex(0, 5, "today", "DATE", article.published, tid="t1", anchor="DCT", sentence=0)]
    article.entities = [Entity(0, 8, "Soldiers", "ACTOR", "Military Forces of Mali", "State Forces", "ML", 0)]
    place = Place(10, 16, "Bamako", name="Bamako", geonameid=2460596, country_code="ML", country="Mali",
                  admin1="Bamako", latitude=12.65, longitude=-8.0, geo_precision=1, sentence=0)
    article.places = [place]
    article.events = [Event("Strategic developments", "Change to group/activity", article.published, 1,
                            actor1="Military Forces of Mali", location=place, fatalities=0, notes="coup",
                            sentence=0, evidence={"actor1": {"start": 0, "end": 8, "sentence": 0}})]
    article.stages = ["sentences", "time", "entities", "places", "events"]
    return article


def test_add_get_and_idempotent_insert(any_store: Store) -> None:
    assert any_store.add_articles(ARTICLES) == [True, True, True]
    assert any_store.add_articles(ARTICLES[:1]) == [False]
    got = any_store.get_article("a2")
    assert got.text == ARTICLES[1].text and got.published == "2021-05-25" and got.source == "wire"
    assert any_store.has_article("a3") and not any_store.has_article("zz")


def test_get_missing_article_says_how_to_find_ids(any_store: Store) -> None:
    with pytest.raises(NotFound, match="dateline articles"):
        any_store.get_article("nope")


def test_listing_filters_dates_sources_and_search(any_store: Store) -> None:
    any_store.add_articles(ARTICLES)
    ids = lambda q: [a.id for a in any_store.articles(q)]  # noqa: E731
    assert ids(ArticleQuery()) == ["a1", "a2", "a3"]
    assert ids(ArticleQuery(order="-published")) == ["a3", "a2", "a1"]
    assert ids(ArticleQuery(date_from="2021", date_to="2021-05")) == ["a2"]
    assert ids(ArticleQuery(date_to="2022-01")) == ["a1", "a2", "a3"]
    assert ids(ArticleQuery(source="daily")) == ["a3"]
    assert ids(ArticleQuery(search="detained")) == ["a1", "a2"]
    assert ids(ArticleQuery(search='"seized power"')) == ["a3"]
    assert ids(ArticleQuery(search="soldier")) == ["a1", "a3"]  # stemmed
    assert ids(ArticleQuery(search="OR (")) == []  # operators are not syntax errors
    assert ids(ArticleQuery(limit=1, offset=1)) == ["a2"]
    assert any_store.count_articles(ArticleQuery(search="detained")) == 2


def test_analysis_layers_round_trip(any_store: Store) -> None:
    any_store.add_articles(ARTICLES)
    original = analysed(any_store.get_article("a1"))
    any_store.save_analysis([original])
    again = any_store.get_article("a1")
    assert again.to_dict() == original.to_dict()
    any_store.save_analysis([original])  # saving twice replaces, never duplicates
    assert len(any_store.get_article("a1").events) == 1


def test_pending_stages_and_iteration(any_store: Store) -> None:
    any_store.add_articles(ARTICLES)
    any_store.save_analysis([analysed(any_store.get_article("a2"))])
    assert any_store.article_ids(pending_stages=["sentences", "time"]) == ["a1", "a3"]
    assert [a.id for a in any_store.iter_articles(["a3", "a2"], batch=1)] == ["a3", "a2"]
    assert len(next(iter(any_store.iter_articles(["a2"]))).events) == 1


def test_event_queries(any_store: Store) -> None:
    any_store.add_articles(ARTICLES)
    any_store.save_analysis([analysed(any_store.get_article(a.id)) for a in ARTICLES])
    assert any_store.count_events() == 3
    assert [e.article_id for e in any_store.events(EventQuery(date_from="2021"))] == ["a2", "a3"]
    assert any_store.count_events(EventQuery(country="mali", event_type="Strategic developments")) == 3
    assert any_store.count_events(EventQuery(actor="Military Forces")) == 3
    assert any_store.count_events(EventQuery(bbox=(-9.0, 12.0, -7.0, 13.0))) == 3
    assert any_store.count_events(EventQuery(bbox=(0.0, 0.0, 1.0, 1.0))) == 0
    [stored] = any_store.events(EventQuery(article_id="a3"))
    assert stored.event.location is not None and stored.event.location.name == "Bamako"


def test_ingest_errors_and_stats(any_store: Store) -> None:
    any_store.add_articles(ARTICLES)
    any_store.add_ingest_errors([IngestProblem("x.txt", "line 1", "no date line", "run1")])
    assert [p.message for p in any_store.ingest_errors("run1")] == ["no date line"]
    stats = any_store.stats()
    assert (stats.articles, stats.first_date, stats.last_date, stats.ingest_errors) == (3, "2020-08-19", "2022-01-24", 1)
    assert stats.sources == {"wire": 2, "daily": 1}
    assert any_store.schema_version() >= 1


def test_sqlite_store_reopens_and_records_migrations(tmp_path: object) -> None:
    path = f"{tmp_path}/s.db"
    with SQLiteStore(path) as s:
        s.add_articles(ARTICLES)
        version = s.schema_version()
    with SQLiteStore(path) as s:
        assert s.count_articles() == 3 and s.schema_version() == version
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_store_refuses_a_non_database(tmp_path: object) -> None:
    path = f"{tmp_path}/not.db"
    with open(path, "w") as f:
        f.write("this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        SQLiteStore(path)
