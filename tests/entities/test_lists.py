"""dateline's own lists (actors, countries, generic mentions): well-formed and consistent."""

from __future__ import annotations

import re

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.entities import generic_actor, lookup_actor, named_actor
from dateline.entities.actors import ACTOR_TYPES, actor_specs, kinds, parse_actor_type
from dateline.entities.countries import countries, find_country

OURS = ["ML", "BF", "NE", "NG", "GH", "CI", "SN", "MR", "GN", "TD", "FR", "US"]


def test_every_actor_is_typed_and_named() -> None:
    for spec in actor_specs().values():
        assert spec.aliases, spec.key
        assert spec.state or spec.names[0][1], spec.key
        assert spec.inter in (None, *ACTOR_TYPES) or spec.state, spec.key
        assert all(code in countries() for code in spec.countries), spec.key
        assert all(target in actor_specs() for target in spec.affiliates.values()), spec.key


@pytest.mark.parametrize("key", sorted(actor_specs()))
def test_named_actor_templates_fill(key: str) -> None:
    for where in (None, "ML", "NG"):
        actor = named_actor(key, where, "2021-11-01")
        assert "{" not in actor.name and "()" not in actor.name, actor.name


def test_regimes_are_in_order() -> None:
    for country in countries().values():
        assert list(country.regimes) == sorted(country.regimes), country.code
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", start) for start in country.regimes)


@pytest.mark.parametrize("code", OURS)
def test_our_countries_have_demonyms_and_iso_codes(code: str) -> None:
    assert pycountry.countries.get(alpha_2=code) is not None
    assert countries()[code].demonyms
    assert find_country(countries()[code].demonyms[0]) == code


def test_every_generic_kind_names_with_and_without_country() -> None:
    for kind in kinds():
        assert "{" not in generic_actor(kind, "ML", "2021-01-01", name="Test").name
        assert "{" not in generic_actor(kind, None).name


@pytest.mark.parametrize("value, expected", [("1", "State Forces"), ("state", "State Forces"),
                                             ("External/Other Forces", "External/Other Forces"),
                                             ("protesters", "Protesters"), ("rebel", "Rebel Groups")])
def test_parse_actor_type(value: str, expected: str) -> None:
    assert parse_actor_type(value) == expected


@pytest.mark.parametrize("kind", sorted(kinds()))
@pytest.mark.parametrize("code", ["ML", "BF", "NG", "CI"])
def test_generic_names_read_back(kind: str, code: str) -> None:
    """An ACLED-style name that dateline writes is understood again by lookup_actor."""
    written = generic_actor(kind, code, "2021-11-01", name="Kaduna")
    read = lookup_actor(written.name, date="2021-11-01")
    assert read is not None and read.name == written.name


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sampled_from([None, "ML", "NG", "XX"]))
def test_lookup_actor_never_fails_and_is_deterministic(text: str, country: str | None) -> None:
    first = lookup_actor(text, country, "2021-11-01")
    assert first == lookup_actor(text, country, "2021-11-01")
    if first is not None:
        assert first.actor_type in (None, *ACTOR_TYPES.values())
