"""The home region of a local story (dateline.places.home) and what it changes: scores,
embedded places, the document's focus for names the gazetteer lacks."""

from __future__ import annotations

import pytest

from dateline.places.fallback import document_focus, plausible_embedded
from dateline.places.gazetteer import GazetteerEntry
from dateline.places.geoparse import fits_home
from dateline.places.home import home_region, region_votes
from dateline.places.resolve import Context, score_candidate


def entry(gid: int, name: str, lat: float, lon: float, code: str = "PPL", a1: str = "TN", **kw: object) -> GazetteerEntry:
    cls = "A" if code.startswith(("ADM", "PCL")) else "P"
    cc, a2, pop = kw.get("cc", "US"), kw.get("a2"), kw.get("pop", 1000)
    return GazetteerEntry(gid, name, lat, lon, cls, code, cc, a1, a2, pop, "packages")  # type: ignore[arg-type]


PARIS_FR = entry(1, "Paris", 48.85, 2.35, "PPLC", "11", cc="FR", pop=2_100_000)
PARIS_TN = entry(2, "Paris", 36.30, -88.33, a2="079", pop=10_000)
HENRY_TN = entry(3, "Henry County", 36.37, -88.33, "ADM2", a2="079", pop=30_000)
HENRY_GA = entry(4, "Henry County", 33.43, -84.20, "ADM2", "GA", a2="151", pop=200_000)
TENNESSEE = entry(5, "Tennessee", 35.75, -86.25, "ADM1", pop=6_000_000)
PARIS_KY = entry(7, "Paris", 38.21, -84.25, "PPL", "KY", a2="017", pop=9_800)
WHITLOCK_TN = entry(8, "Whitlock", 36.40, -88.25, pop=600)
BOURBON_MO = entry(9, "Bourbon", 38.15, -91.24, "PPL", "MO", pop=1_600)
TN_STORY = (["Paris", "Henry County", "Whitlock"], [[PARIS_FR, PARIS_TN, PARIS_KY], [HENRY_GA, HENRY_TN], [WHITLOCK_TN]])


@pytest.mark.parametrize(
    "names, pools, country, expected",
    [
        (*TN_STORY, "US", ("US", "TN")),
        (["Paris"], [[PARIS_TN, PARIS_KY]], "US", None),  # a tie: no home
        (*TN_STORY, None, None),  # no main country
        (["Paris"], [[PARIS_FR]], "US", None),  # no reading in the country
    ],
)
def test_home_region(names: list[str], pools: list, country: str | None, expected: tuple | None) -> None:
    home = home_region(names, pools, country)
    assert (home[:2] if home else None) == expected
    assert home is None or 0 < home[2] <= 1


def test_each_distinct_name_votes_once() -> None:
    once = region_votes(["Paris"], [[PARIS_TN]], "US")
    twice = region_votes(["Paris", "PARIS"], [[PARIS_TN], [PARIS_TN]], "US")
    assert once == twice == {"TN": 1.0}


def test_home_region_lifts_its_readings() -> None:
    home = Context(home=("US", "TN", 1.0))
    plain = Context()
    lift = score_candidate(PARIS_TN, "Paris", home, (), None) - score_candidate(PARIS_TN, "Paris", plain, (), None)  # type: ignore[arg-type]
    assert lift > 0
    assert score_candidate(PARIS_KY, "Paris", home, (), None) == score_candidate(PARIS_KY, "Paris", plain, (), None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "place, support, home, expected",
    [
        (BOURBON_MO, 0.0, ("US", "TN", 1.0), False),  # a hamlet far from home, alone
        (BOURBON_MO, 0.5, ("US", "TN", 1.0), True),  # another name lies near it
        (BOURBON_MO, 0.0, ("US", "TN", 0.2), True),  # a weak home decides nothing
        (BOURBON_MO, 0.0, None, True),
        (WHITLOCK_TN, 0.0, ("US", "TN", 1.0), True),
        (PARIS_FR, 0.0, ("US", "TN", 1.0), True),  # a big city stands
    ],
)
def test_fits_home(place: GazetteerEntry, support: float, home: tuple | None, expected: bool) -> None:
    assert fits_home(place, {place.geonameid: support}, Context(home=home)) is expected


@pytest.mark.parametrize(
    "place, home, expected",
    [
        (BOURBON_MO, ("US", "TN", 1.0), False),  # "Bourbon Street" in a Tennessee story
        (WHITLOCK_TN, ("US", "TN", 1.0), True),
        (HENRY_GA, ("US", "TN", 1.0), False),  # a county is not major in a local story
        (TENNESSEE, ("US", "GA", 1.0), True),  # a state always stands
        (BOURBON_MO, None, True),  # no home: the country share decides (1.0 here)
    ],
)
def test_plausible_embedded_in_a_local_story(place: GazetteerEntry, home: tuple | None, expected: bool) -> None:
    assert plausible_embedded(place, 0.0, 1.0, home) is expected


def test_focus_stays_in_the_home_region() -> None:
    offsets, entries = [0, 100, 200], [PARIS_TN, WHITLOCK_TN, BOURBON_MO]
    assert document_focus(offsets, entries, 190) == BOURBON_MO
    assert document_focus(offsets, entries, 190, ("US", "TN")) == WHITLOCK_TN
    assert document_focus(offsets, entries, 190, ("US", "CA")) == BOURBON_MO  # nothing there
