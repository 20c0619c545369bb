"""The founding example: the seed article's expressions (published 2022-02-17).

The article is read from ../shared/corpus/seed (the test skips where it is absent); only the
expected readings below are ours.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest.readers import Document, read_path
from dateline.models import Timex
from dateline.time import tag_text

# expression, type, value, anchor ("DCT", None for absolute, or the text of the anchoring timex)
EXPECTED = [
    ("the long term", "DATE", "FUTURE_REF", "DCT"),
    ("now", "DATE", "PRESENT_REF", "DCT"),
    ("2011", "DATE", "2011", None),
    ("August 2020", "DATE", "2020-08", None),
    ("nine months later", "DATE", "2021-05", "August 2020"),
    ("last month", "DATE", "2022-01", "DCT"),
    ("September 2021", "DATE", "2021-09", None),
    ("Now", "DATE", "PRESENT_REF", "DCT"),
    ("2013", "DATE", "2013", None),
    ("last year", "DATE", "2021", "DCT"),
    ("October", "DATE", "2021-10", "DCT"),
]


@pytest.fixture
def seed_article(seed_path: Path) -> Document:
    (path,) = sorted(seed_path.glob("*.txt"))
    (document,) = list(read_path(str(path)))
    assert isinstance(document, Document)
    return document


@pytest.fixture
def seed_timexes(seed_article: Document) -> list[Timex]:
    assert seed_article.published == "2022-02-17"
    return tag_text(seed_article.text, seed_article.published)


def test_seed_finds_exactly_the_expected_expressions(seed_timexes: list[Timex]) -> None:
    assert [t.text for t in seed_timexes] == [row[0] for row in EXPECTED]


@pytest.mark.parametrize("text,type_,value,anchor", EXPECTED, ids=[row[0] for row in EXPECTED])
def test_seed_expression(seed_timexes: list[Timex], text: str, type_: str, value: str,
                         anchor: str | None) -> None:
    by_text = {t.text: t for t in seed_timexes}
    by_tid = {t.tid: t for t in seed_timexes}
    timex = by_text[text]
    assert (timex.type, timex.value) == (type_, value)
    if anchor in (None, "DCT"):
        assert timex.anchor == anchor
    else:
        assert by_tid[timex.anchor].text == anchor


def test_since_then_is_not_a_timex(seed_article: Document, seed_timexes: list[Timex]) -> None:
    """TE3 leaves "then" untagged; the interval it opens starts at the 2013 timex before it."""
    since = seed_article.text.index("since then")
    assert not any(t.start <= since < t.end for t in seed_timexes)


def test_seed_offsets_point_into_the_text(seed_article: Document, seed_timexes: list[Timex]) -> None:
    for timex in seed_timexes:
        assert seed_article.text[timex.start:timex.end] == timex.text
