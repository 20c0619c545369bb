"""Fixtures for the events tests: a gazetteer with the Sahel dumps, a full pipeline, hand-made notes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dateline.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(__import__("os").environ.get("DATELINE_SHARED", ROOT.parent / "shared"))

#: A small ACLED-format file written for these tests (our own sentences, not ACLED's).
HAND_MADE_CSV = """data_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,\
location,latitude,longitude,geo_precision,notes,fatalities
1,2021-03-02,1,Violence against civilians,Attack,Unidentified Armed Group (Mali),Civilians (Mali),Mali,\
Mopti,Mopti,14.4843,-4.1827,1,"On 2 March 2021, gunmen attacked a market in the town of Mopti. Four traders were \
killed.",4
2,2021-03-05,1,Protests,Peaceful protest,Protesters (Niger),,Niger,Niamey,Niamey,13.5137,2.1098,1,"On 5 March \
2021, hundreds of students protested in Niamey against the closure of their university.",0
3,2021-03-09,1,Explosions/Remote violence,Air/drone strike,Military Forces of Burkina Faso (2015-),\
JNIM: Group for Support of Islam and Muslims,Burkina Faso,Sahel,Djibo,14.1022,-1.6306,2,"On 9 March 2021, the \
Burkinabe air force carried out an airstrike against JNIM militants near Djibo. Ten militants were killed.",10
"""


def _shared_file(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a message saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared evaluation data at {path} (absent here)")
    return path


@pytest.fixture(scope="session")
def shared_file() -> Callable[..., Path]:
    """``shared_file("data", "events", ...)``: a path under ../shared, or skip the test."""
    return _shared_file


@pytest.fixture(scope="session")
def events_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A gazetteer file built from the packages, plus the ML/BF/NE GeoNames dumps when ../shared
    has them (built once per test session)."""
    from dateline.places import Gazetteer
    from dateline.places.geonames import import_geonames

    path = tmp_path_factory.mktemp("events-gazetteer") / "gazetteer.sqlite"
    gazetteer = Gazetteer(path)
    for name in ("ML.txt", "BF.txt", "NE.txt"):
        dump = SHARED / "data" / "geo" / "geonames" / name
        if dump.exists():
            import_geonames(gazetteer, dump)
    gazetteer.close()
    return str(path)


@pytest.fixture(scope="session")
def events_pipeline(events_gazetteer: str) -> Pipeline:
    from dateline.evaluate.events import build_pipeline

    return build_pipeline(events_gazetteer)


@pytest.fixture
def hand_made_csv(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "acled_hand_made.csv"
    path.write_text(HAND_MADE_CSV, encoding="utf-8")
    yield path
