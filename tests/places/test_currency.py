"""The currency a story counts in, a small vote for its country (:mod:`dateline.places.currency`)."""

from __future__ import annotations

import pytest

from dateline.places.currency import CURRENCY_VOTE, currency_country
from dateline.places.gazetteer import GazetteerEntry
from dateline.places.geoparse import text_context
from dateline.places.resolve import choose


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council approved a $765,000 financing package.", "US"),
        ("Police seized £4,000 in cash and a car.", "GB"),
        ("The province pledged C$20 million.", "CA"),
        ("Fares rose to A$12.", "AU"),
        ("Aid of US$3m reached the camps; another $1m is promised.", "US"),
        ("It cost £5, then £6, and $2 more.", "GB"),  # the sign used most
        ("Nobody counted anything.", None),
        ("Tickets cost 20 euros.", None),
    ],
)
def test_currency_country(text: str, expected: str | None) -> None:
    assert currency_country(text) == expected


def town(gid: int, cc: str, a1: str) -> GazetteerEntry:
    return GazetteerEntry(gid, "Hartford", 41.0, -72.0, "P", "PPL", cc, a1, None, 6_000, "packages")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hartford police seized $4,388 in cash.", "US"),
        ("Hartford police seized £4,388 in cash.", "GB"),
    ],
)
def test_currency_tips_a_tie_between_homonyms(text: str, expected: str) -> None:
    context = text_context(text)
    assert sum(context.countries.values()) == CURRENCY_VOTE
    choice = choose("Hartford", [town(1, "GB", "ENG"), town(2, "US", "CT")], context)
    assert choice is not None and choice.entry.country_code == expected


def test_currency_outweighs_no_country_name() -> None:
    """A country name's vote (1) beats the currency's: an American story about Jordan quotes dollars."""
    context = text_context("The US pledged $50 million to Jordan.")
    context.countries["JO"] += 1.0
    assert context.top_country() == "JO"
