"""The founding example: the seed article's expressions, published 2022-02-17."""

from __future__ import annotations

import pytest

from dateline.time import tag_text

SEED = (
    "“We all reaffirm our strong will to continue our partnership with the people of Mali over "
    "the long term.”\n\n"
    "France now has about 4,000 soldiers in West Africa.\n\n"
    "The trouble began after the Libyan government disintegrated in 2011.\n\n"
    "Special forces officers toppled Mali’s president in August 2020 and again nine months later, "
    "pledging to restore safety. Their counterparts in Burkina Faso last month followed suit. "
    "(Guinea had its own coup d'etat in September 2021, when officers ousted a leader.)\n\n"
    "The multinational effort began in 2013 when French forces teamed up with regional forces. "
    "But since then, the extremists have regrouped. A U.N. report last year found a French "
    "airstrike had killed 19 civilians. More than 85 percent of Bamako residents in an October "
    "survey said they were dissatisfied."
)

EXPECTED = [
    # text, type, value, anchor
    ("the long term", "DATE", "FUTURE_REF", "DCT"),
    ("now", "DATE", "PRESENT_REF", "DCT"),
    ("2011", "DATE", "2011", None),
    ("August 2020", "DATE", "2020-08", None),
    ("nine months later", "DATE", "2021-05", "August 2020"),
    ("last month", "DATE", "2022-01", "DCT"),
    ("September 2021", "DATE", "2021-09", None),
    ("2013", "DATE", "2013", None),
    ("last year", "DATE", "2021", "DCT"),
    ("October", "DATE", "2021-10", "DCT"),
]


@pytest.fixture(scope="module")
def seed_timexes():
    return tag_text(SEED, "2022-02-17")


def test_seed_finds_exactly_the_expected_expressions(seed_timexes):
    assert [t.text for t in seed_timexes] == [row[0] for row in EXPECTED]


@pytest.mark.parametrize("text,type_,value,anchor", EXPECTED)
def test_seed_expression(seed_timexes, text, type_, value, anchor):
    by_text = {t.text: t for t in seed_timexes}
    by_tid = {t.tid: t for t in seed_timexes}
    timex = by_text[text]
    assert (timex.type, timex.value) == (type_, value)
    if anchor in (None, "DCT"):
        assert timex.anchor == anchor
    else:
        assert by_tid[timex.anchor].text == anchor


def test_offsets_point_into_the_text(seed_timexes):
    for timex in seed_timexes:
        assert SEED[timex.start:timex.end] == timex.text
