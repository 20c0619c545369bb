"""Resolution parts on hand-made entries: spatial coherence, fallbacks, country points, regions."""

from __future__ import annotations

import pytest

from dateline.places import Gazetteer, geoparse
from dateline.places.aliases import region_rows
from dateline.places.coherence import closeness, contains, support
from dateline.places.demonyms import demonym_country
from dateline.places.fallback import document_focus, embedded_name
from dateline.places.gazetteer import GazetteerEntry
from dateline.places.points import country_point, main_centroid


def entry(
    gid: int,
    name: str,
    lat: float,
    lon: float,
    code: str = "PPL",
    cc: str = "US",
    a1: str = "TN",
    a2: str | None = None,
    pop: int = 1000,
) -> GazetteerEntry:
    cls = "A" if code.startswith(("ADM", "PCL")) else "P"
    return GazetteerEntry(gid, name, lat, lon, cls, code, cc, a1, a2, pop, "packages")


PARIS_FR = entry(1, "Paris", 48.85, 2.35, "PPLC", "FR", "11", pop=2_100_000)
PARIS_TN = entry(2, "Paris", 36.30, -88.33, a2="079", pop=10_000)
HENRY_TN = entry(3, "Henry County", 36.37, -88.33, "ADM2", a2="079", pop=30_000)
HENRY_GA = entry(4, "Henry County", 33.43, -84.20, "ADM2", a1="GA", a2="151", pop=200_000)
TENNESSEE = entry(5, "Tennessee", 35.75, -86.25, "ADM1", pop=6_000_000)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (PARIS_TN, HENRY_TN, 1.0),  # inside its county
        (HENRY_TN, PARIS_TN, 1.0),  # the county holds it
        (PARIS_TN, TENNESSEE, 1.0),
        (PARIS_FR, HENRY_TN, 0.0),
        (HENRY_GA, PARIS_TN, 0.0),  # 500 km and another state
        (entry(6, "Springfield", 36.40, -88.20), PARIS_TN, 1.0),  # within 30 km
    ],
)
def test_closeness(a: GazetteerEntry, b: GazetteerEntry, expected: float) -> None:
    assert closeness(a, b) == expected


def test_contains_needs_same_codes() -> None:
    assert contains(HENRY_TN, PARIS_TN) and not contains(HENRY_GA, PARIS_TN)
    assert not contains(PARIS_TN, HENRY_TN)


def test_support_prefers_the_coherent_reading() -> None:
    found = support(["Paris", "Henry County"], [[PARIS_FR, PARIS_TN], [HENRY_GA, HENRY_TN]])
    assert found[0][PARIS_TN.geonameid] > found[0][PARIS_FR.geonameid]
    assert found[1][HENRY_TN.geonameid] > found[1][HENRY_GA.geonameid]


def test_support_ignores_the_same_name() -> None:
    found = support(["Paris", "Paris"], [[PARIS_FR, PARIS_TN], [PARIS_FR, PARIS_TN]])
    assert found[0] == {PARIS_FR.geonameid: 0.0, PARIS_TN.geonameid: 0.0}


def test_document_focus_is_the_nearest_local_place() -> None:
    entries = [HENRY_TN, None, PARIS_FR, PARIS_TN]
    assert document_focus([0, 50, 60, 200], entries, at=180) == PARIS_TN
    assert document_focus([0, 50, 60, 200], entries, at=10) == HENRY_TN
    assert document_focus([0], [None], at=0) is None


@pytest.mark.parametrize(
    "name, embedded",
    [
        ("Testland State University", "Testland"),  # a place at the start of a name
        ("West Nord Region", "Nord Region"),  # a leading direction word dropped
        ("Royal Street", None),  # generic words alone are not places
        ("Northwest Cancer Centre", None),  # nor a compass word (the tiny Sud Region's other name)
        ("No. 2 Detention Centre", None),  # nor "No." (a number, not Nord's short name)
        ("Southwest Nord Region", "Nord Region"),  # a compound compass word dropped like "West"
        ("Kolo", None),  # the whole name is not "embedded"
    ],
)
def test_embedded_name(tiny_gazetteer: Gazetteer, name: str, embedded: str | None) -> None:
    found = embedded_name(name, tiny_gazetteer)
    assert (found[0] if found else None) == embedded


def test_unknown_street_takes_the_documents_town(tiny_gazetteer: Gazetteer) -> None:
    text = "Police closed Harbour Street in Saint-Amour on Monday."
    from dateline.models import Entity

    entities = [Entity(14, 28, "Harbour Street", "FAC"), Entity(32, 43, "Saint-Amour", "GPE")]
    street, town = geoparse(text, tiny_gazetteer, entities)
    assert (town.geonameid, town.resolution) == (9000100, "gazetteer")
    assert street.resolution == "document" and street.geonameid is None
    assert (street.latitude, street.longitude, street.geo_precision) == (town.latitude, town.longitude, 2)


def test_country_point_is_the_midpoint_of_reference_and_centroid() -> None:
    square = {
        "features": [{"geometry": {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2]]]}}]
    }
    assert main_centroid(square) == (1.0, 1.0)
    assert country_point([3, 1], square) == (2.0, 1.0)
    assert country_point([40, 1], square) == (40.0, 1.0)  # too far apart: the reference point
    assert country_point(None, square) == (1.0, 1.0)
    assert country_point([3, 1], None) == (3.0, 1.0)


def test_largest_polygon_wins() -> None:
    island = [[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10.1]]]
    mainland = [[[0, 0], [4, 0], [4, 4], [0, 4]]]
    outline = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [island, mainland]}}]}
    assert main_centroid(outline) == (2.0, 2.0)


def test_regions_table_is_well_formed() -> None:
    rows = list(region_rows())
    ids = [row[0] for row in rows]
    assert len(ids) == len(set(ids)) and all(i < 0 for i in ids)
    assert all(-90 <= row[2] <= 90 and -180 <= row[3] <= 180 for row in rows)
    assert {"Middle East", "Gulf of Aden", "Sahel"} <= {row[5][0] for row in rows} | {
        n for row in rows for n in row[5]
    }


@pytest.mark.parametrize(
    "word, code",
    [("Texan", "US.TX"), ("Middle Eastern", "#-40"), ("Scottish", "GB.SCT"), ("Ontarians", "CA.08")],
)
def test_demonyms_of_regions(word: str, code: str) -> None:
    assert demonym_country(word) == code
