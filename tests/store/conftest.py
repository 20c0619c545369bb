"""The store suite runs against every backend: ``any_store`` is parametrised over them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dateline.store import SQLiteStore
from dateline.store.base import Store

BACKENDS = ["sqlite"]


@pytest.fixture(params=BACKENDS)
def any_store(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[Store]:
    if request.param == "sqlite":
        with SQLiteStore(":memory:") as s:
            yield s
