"""Fixtures for the scale tests (helpers live in scale_helpers.py)."""

from __future__ import annotations

import pytest
from scale_helpers import corpus_article, installed_stages

from dateline.models import Article


@pytest.fixture
def corpus() -> list[Article]:
    return [corpus_article(n) for n in range(37)]


@pytest.fixture
def stage_names() -> list[str]:
    return installed_stages()
