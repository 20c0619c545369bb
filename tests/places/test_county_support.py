"""A county the story names lends its towns more support than a town nearby does
(:data:`dateline.places.coherence.HELD_BY_COUNTY`), when the county is its name's likeliest reading."""

from __future__ import annotations

import pytest

from dateline.places.coherence import HELD_BY_COUNTY, support
from dateline.places.gazetteer import GazetteerEntry


def entry(gid: int, name: str, code: str, where: tuple[str, str | None, float, float], people: int) -> GazetteerEntry:
    a1, a2, lat, lon = where
    cls = "A" if code.startswith("ADM") else "P"
    return GazetteerEntry(gid, name, lat, lon, cls, code, "US", a1, a2, people, "packages")


PARIS_TN = entry(1, "Paris", "PPL", ("TN", "079", 36.30, -88.33), 10_000)
PARIS_KY = entry(9, "Paris", "PPL", ("KY", "017", 38.21, -84.25), 9_000)
HENRY_TN = entry(2, "Henry County", "ADM2", ("TN", "079", 36.33, -88.30), 30_000)
TEXAS = entry(30, "Texas", "ADM1", ("TX", None, 31.25, -99.25), 28_000_000)
TEXAS_COUNTY_MO = entry(31, "Texas County", "ADM2", ("MO", "215", 37.32, -91.96), 25_000)
HOUSTON_MO = entry(32, "Houston", "PPL", ("MO", "215", 37.33, -91.96), 2_000)


@pytest.mark.parametrize(
    "names, pools, target, expected",
    [
        # "Henry County" is the county: Paris inside it gets double support.
        (["Paris", "Henry County"], [[PARIS_TN, PARIS_KY], [HENRY_TN]], PARIS_TN, HELD_BY_COUNTY),
        (["Paris", "Henry County"], [[PARIS_TN, PARIS_KY], [HENRY_TN]], PARIS_KY, 0.0),
        # "Texas" is the state, not Texas County, Missouri: its county reading lends single support.
        (["Houston", "Texas"], [[HOUSTON_MO], [TEXAS, TEXAS_COUNTY_MO]], HOUSTON_MO, None),
    ],
)
def test_county_support(
    names: list[str], pools: list[list[GazetteerEntry]], target: GazetteerEntry, expected: float | None
) -> None:
    found = support(names, pools)[0][target.geonameid]
    if expected is None:
        assert 0.0 < found < 1.0
    else:
        assert found == pytest.approx(expected)
