from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.errors import GazetteerError
from dateline.places import Gazetteer
from dateline.places.build import create_empty, region_point
from dateline.places.gazetteer import default_path
from dateline.places.geonames import import_geonames
from dateline.places.normalize import name_key
from dateline.settings import Settings


@pytest.mark.parametrize(
    "written, key",
    [
        ("St. Louis", "saint louis"),
        ("Saint-Louis", "saint louis"),
        ("SAINT LOUIS", "saint louis"),
        ("Ségou", "segou"),
        ("Côte d’Ivoire", "cote divoire"),
        ("Cote d'Ivoire", "cote divoire"),
        ("Mt. Kenya", "mount kenya"),
        ("The Hague", "hague"),
        ("Gourma-Rharous", "gourma rharous"),
        ("  Djibo ", "djibo"),
    ],
)
def test_name_key(written: str, key: str) -> None:
    assert name_key(written) == key


@given(st.text(max_size=30))
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


def test_default_path_follows_setting_and_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_path("") == tmp_path / "dateline" / "gazetteer.sqlite"
    assert default_path("~/g.sqlite") == Path.home() / "g.sqlite"
    monkeypatch.setenv("DATELINE_GAZETTEER", "/data/g.sqlite")
    assert Settings()["gazetteer"] == "/data/g.sqlite"


def test_import_and_lookup(tiny_gazetteer: Gazetteer) -> None:
    names = {e.geonameid for e in tiny_gazetteer.lookup("gossa")}
    assert names == {9000101, 9000102}
    assert [e.geonameid for e in tiny_gazetteer.lookup("St Amour")] == [9000100]
    assert tiny_gazetteer.admin_name("TL", 1, "01") == "Nord Region"
    assert tiny_gazetteer.admin_name("TL", 2, "01.9000020") == "Kolo"
    assert tiny_gazetteer.country_name("TL") == "Republic of Testland"


def test_search_ranks_by_prior(tiny_gazetteer: Gazetteer) -> None:
    places = tiny_gazetteer.search("Gossa")
    assert places[0].geonameid == 9000102  # the one with people
    assert places[0].admin1 == "Sud Region"
    assert tiny_gazetteer.search("Gossa", country="XX") == []


def test_reimport_replaces(tiny_gazetteer: Gazetteer, tiny_dump: Path, tiny_zip: Path) -> None:
    before = tiny_gazetteer.info()
    import_geonames(tiny_gazetteer, tiny_dump)
    report = import_geonames(tiny_gazetteer, tiny_zip)
    after = tiny_gazetteer.info()
    assert report.rows == 10 and report.skipped == 0
    assert (after["places"], after["names"]) == (before["places"], before["names"])
    assert {s["source"] for s in after["sources"]} == {"geonames:tiny_geonames.txt", "geonames:TL.zip"}


def test_bad_lines_are_reported_and_the_rest_imported(tmp_path: Path, tiny_dump: Path) -> None:
    dump = tmp_path / "bad.txt"
    dump.write_text("not\ta geonames line\n" + tiny_dump.read_text("utf-8"), "utf-8")
    path = tmp_path / "g.sqlite"
    create_empty(path)
    report = import_geonames(Gazetteer(path), dump)
    assert (report.rows, report.skipped) == (10, 1)
    assert "bad.txt:1" in report.problems[0]


def test_missing_file_says_what_to_give(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="GeoNames dump"):
        import_geonames(tiny_gazetteer, tmp_path / "nope.txt")


def test_corrupt_index_has_a_fix(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(GazetteerError, match="delete the file"):
        Gazetteer(path, build=False)


@pytest.mark.parametrize(
    "points, expected",
    [
        ([(10.0, 10.0), (10.0, 12.0), (12.0, 12.0), (12.0, 10.0)], (11.0, 11.0)),
        # an island far away does not move the point of the main territory
        (
            [(10.0, 10.0), (10.0, 12.0), (12.0, 12.0), (12.0, 10.0), (11.0, 11.0), (-40.0, 150.0)],
            (11.0, 11.0),
        ),
        ([(5.0, 5.0)], (5.0, 5.0)),
    ],
)
def test_region_point(points: list[tuple[float, float]], expected: tuple[float, float]) -> None:
    assert region_point(points) == pytest.approx(expected, abs=0.01)
