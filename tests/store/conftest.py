"""The store suite runs against every backend: ``any_store`` is parametrised over them.

The ``postgres`` backend needs a server (see ``postgres_url`` in tests/conftest.py): it skips
with a message where there is none, and fails under CI, where PostgreSQL is required.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dateline.store import SQLiteStore
from dateline.store.base import Store

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def any_store(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[Store]:
    if request.param == "postgres":
        yield request.getfixturevalue("postgres_store")
        return
    with SQLiteStore(":memory:") as s:
        yield s
