"""British spelling, a small vote for Britain (:mod:`dateline.places.spelling`)."""

from __future__ import annotations

import pytest

from dateline.places.gazetteer import GazetteerEntry
from dateline.places.geoparse import text_context
from dateline.places.resolve import choose
from dateline.places.spelling import SPELLING_VOTE, british_spelling, spelling_country


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A spate of vandalised cars; police have organised patrols.", True),
        ("The programme runs whilst the road is closed.", True),
        ("Police organized patrols after cars were vandalized.", False),
        ("The cars were vandalised.", False),  # one British form is not enough
        ("They organised it, but the colour of the center and its behavior...", False),  # more American
        ("The colour of the centre was a favourite of the neighbourhood.", False),  # Canadian too
        ("He was surprised, then advised and supervised; prices are rising.", False),  # not -ise verbs
        ("", False),
    ],
)
def test_british_spelling(text: str, expected: bool) -> None:
    assert british_spelling(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A spate of vandalised cars; police have organised patrols.", "GB"),
        ("Neighbors met at the center; the theater's colors.", "US"),
        ("Police organized patrols after cars were vandalized.", None),  # -ize is Canadian too
        ("The tires, the curb and the program.", None),  # so are these
        ("The colour of the centre, a favourite of the neighbourhood.", None),  # Canadian too
        ("They organised it in the center.", None),  # one of each
        ("Nothing spelled either way.", None),
    ],
)
def test_spelling_country(text: str, expected: str | None) -> None:
    assert spelling_country(text) == expected


def town(gid: int, cc: str, a1: str, population: int) -> GazetteerEntry:
    return GazetteerEntry(gid, "Oxford", 34.0, -1.0, "P", "PPL", cc, a1, None, population, "packages")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A spate of vandalised cars in Oxford; residents organised a watch.", "GB"),
        ("A spate of break-ins in the neighborhood of Oxford; the center is closed.", "US"),
    ],
)
def test_spelling_tips_a_tie_between_homonyms(text: str, expected: str) -> None:
    context = text_context(text)
    assert sum(context.countries.values()) == SPELLING_VOTE
    choice = choose("Oxford", [town(1, "GB", "ENG", 20_000), town(2, "US", "MS", 21_000)], context)
    assert choice is not None and choice.entry.country_code == expected
