"""Fixtures of the entities tests: one spaCy pipeline shared by the whole session."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def nlp() -> Any:
    from dateline.entities.nlp import load_nlp

    return load_nlp()
