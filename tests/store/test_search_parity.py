"""Full-text search finds the same articles on every backend (FTS5 and tsvector tokenise alike)."""

from __future__ import annotations

import pytest

from dateline.models import Article
from dateline.store import ArticleQuery
from dateline.store.base import Store

TEXTS = {
    "covid": "COVID-19 cases rose in Gao-2 district, the U.S. embassy said.",
    "jnim": "Jama'at Nusrat al-Islam wal-Muslimin claimed the attack on the F-16 base.",
    "m23": "M23 rebels advanced toward Goma; protesters/activists gathered.",
    "plain": "Talks between the junta and ECOWAS resumed on Monday in Accra.",
}


@pytest.mark.parametrize("words, expected", [
    ("COVID-19", ["covid"]),
    ('"Gao-2"', ["covid"]),
    ("Gao", ["covid"]),
    ("U.S. embassy", ["covid"]),
    ("Jama'at Nusrat", ["jnim"]),
    ("al-Islam", ["jnim"]),
    ("F-16", ["jnim"]),
    ("M23 Goma", ["m23"]),
    ("activists", ["m23"]),
    ("talks resumed", ["plain"]),
    ("attacks", ["jnim"]),  # stemmed
    ("Accra Goma", []),
])
def test_search_parity(any_store: Store, words: str, expected: list[str]) -> None:
    any_store.add_articles([Article(id=k, text=t, published="2022-01-01") for k, t in TEXTS.items()])
    assert sorted(a.id for a in any_store.articles(ArticleQuery(search=words))) == expected
