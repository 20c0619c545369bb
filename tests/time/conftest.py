"""Fixtures of the time tests: the shared evaluation data (skipped with a message where absent)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest


def _root_conftest() -> object:
    """The suite's conftest.py (several files are called conftest, so import it by path)."""
    path = Path(__file__).parent.parent / "conftest.py"
    spec = importlib.util.spec_from_file_location("dateline_tests_root_conftest", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def shared() -> Callable[..., Path]:
    """``shared("data", "time", ...)``: a path under ../shared, or skip the test with a message."""
    return _root_conftest().shared_path  # type: ignore[attr-defined,no-any-return]
