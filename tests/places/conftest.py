"""Gazetteers for the places tests: a tiny one from a hand-written GeoNames-format file (fast),
and the full one built from packages once per session (with the Sahel dumps where present)."""

from __future__ import annotations

import importlib.util
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dateline.places import Gazetteer
from dateline.places.build import create_empty
from dateline.places.geonames import import_geonames

HERE = Path(__file__).parent
TINY = HERE / "tiny_geonames.txt"


def _root_conftest() -> object:
    """The suite's conftest.py (both are called conftest, so import it by path)."""
    spec = importlib.util.spec_from_file_location("dateline_tests_root_conftest", HERE.parent / "conftest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


shared_path: Callable[..., Path] = _root_conftest().shared_path  # type: ignore[attr-defined]


@pytest.fixture
def tiny_dump() -> Path:
    return TINY


@pytest.fixture
def tiny_zip(tmp_path: Path) -> Path:
    path = tmp_path / "TL.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(TINY, "TL.txt")
        archive.writestr("readme.txt", "not a dump")
    return path


@pytest.fixture
def tiny_gazetteer(tmp_path: Path) -> Iterator[Gazetteer]:
    path = tmp_path / "tiny.sqlite"
    create_empty(path)
    gazetteer = Gazetteer(path)
    import_geonames(gazetteer, TINY)
    yield gazetteer
    gazetteer.close()


@pytest.fixture(scope="session")
def full_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    """The package-built index plus the ML/BF/NE dumps when ../shared is there."""
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    gazetteer = Gazetteer(path)
    for name in ("ML.txt", "BF.txt", "NE.txt"):
        dump = _root_conftest().SHARED / "data" / "geo" / "geonames" / name  # type: ignore[attr-defined]
        if dump.exists():
            import_geonames(gazetteer, dump)
    yield gazetteer
    gazetteer.close()


@pytest.fixture
def shared() -> Callable[..., Path]:
    """``shared("data", "geo", ...)``: a path under ../shared, or skip the test with a message."""
    return shared_path
