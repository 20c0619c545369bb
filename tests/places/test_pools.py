"""Which readings a name's wording and its document rule out before scoring (hand-made entries)."""

from __future__ import annotations

import pytest

from dateline.places.gazetteer import GazetteerEntry
from dateline.places.geoparse import _filter_kind, _region_over_hamlets, _state_over_foreign_country


def entry(gid: int, name: str, code: str, cc: str, a1: str = "00", pop: int = 1000) -> GazetteerEntry:
    cls = "A" if code.startswith(("ADM", "PCL")) else "P"
    return GazetteerEntry(gid, name, 1.0, 1.0, cls, code, cc, a1, None, pop, "packages")


GUERNSEY = entry(1, "Guernsey", "PCLI", "GG", pop=65_000)
GUERNSEY_OH = entry(2, "Guernsey County", "ADM2", "US", "OH", pop=39_000)
NIGER = entry(3, "Niger", "PCLI", "NE", pop=22_000_000)
NIGER_NG = entry(4, "Niger", "ADM1", "NG", "31", pop=4_000_000)
FLORIDA = entry(5, "Florida", "ADM1", "US", "FL", pop=21_000_000)
FLORIDA_NY = entry(6, "Florida", "PPL", "US", "NY", pop=2_900)
FLORIDA_CU = entry(7, "Florida", "PPL", "CU", "05", pop=30_000)
FLORIDA_UY = entry(8, "Florida", "PPLA", "UY", "07", pop=33_000)
GEORGIA = entry(9, "Georgia", "PCLI", "GE", pop=3_700_000)
GEORGIA_US = entry(10, "Georgia", "ADM1", "US", "GA", pop=10_000_000)
MEXICO = entry(11, "Mexico", "PCLI", "MX", pop=126_000_000)
MEXICO_MX = entry(12, "México", "ADM1", "MX", "15", pop=17_000_000)


def ids(pool: list[GazetteerEntry]) -> list[int]:
    return [e.geonameid for e in pool]


@pytest.mark.parametrize(
    "pool, expected",
    [
        ([GUERNSEY, GUERNSEY_OH], [2]),  # "Guernsey County" is the county, not the island country
        ([NIGER, NIGER_NG], [4]),  # "Niger State"
        ([GUERNSEY], [1]),  # nothing else: keep what there is
    ],
)
def test_region_wording_never_means_a_country(pool: list[GazetteerEntry], expected: list[int]) -> None:
    assert ids(_filter_kind(pool, "region", None)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name, pool, expected",
    [
        ("Florida", [FLORIDA, FLORIDA_NY, FLORIDA_CU, FLORIDA_UY], [5, 7, 8]),  # a hamlet of its own country goes
        ("Florida", [FLORIDA_NY, FLORIDA_CU], [6, 7]),  # no state of that name: all stay
        ("Georgia", [GEORGIA, GEORGIA_US], [9, 10]),  # a country is no hamlet
        ("Niger", [NIGER, NIGER_NG], [3, 4]),
    ],
)
def test_region_over_hamlets(name: str, pool: list[GazetteerEntry], expected: list[int]) -> None:
    assert ids(_region_over_hamlets(name, pool)) == expected


@pytest.mark.parametrize(
    "name, pool, main, expected",
    [
        ("Georgia", [GEORGIA, GEORGIA_US], "US", [10]),  # an American story: the state
        ("Georgia", [GEORGIA, GEORGIA_US], "RU", [9, 10]),  # another country's story: both stay
        ("Georgia", [GEORGIA, GEORGIA_US], None, [9, 10]),  # no main country
        ("Niger", [NIGER, NIGER_NG], "NG", [4]),  # a Nigerian story: Niger State
        ("Mexico", [MEXICO, MEXICO_MX], "MX", [11, 12]),  # its own country stays
    ],
)
def test_state_over_foreign_country(
    name: str, pool: list[GazetteerEntry], main: str | None, expected: list[int]
) -> None:
    assert ids(_state_over_foreign_country(name, pool, main)) == expected
