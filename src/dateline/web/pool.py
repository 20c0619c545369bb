"""A small pool of store connections, so requests served in worker threads never share one."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from ..store import Store, open_store


class StorePool:
    """Stores opened on demand (up to ``size``) from a location, or one given store, shared in turn.

    A store object passed in (an in-memory SQLite store in tests, say) is lent to one request at a
    time; a location opens a connection per concurrent request.
    """

    def __init__(self, target: str | Path | Store, size: int = 8, wait_s: float = 30.0) -> None:
        self._location = str(target) if isinstance(target, str | Path) else None
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._opened: list[Store] = []
        self._lock = threading.Lock()
        self._size = 1 if self._location is None else size
        self._wait_s = wait_s
        # a location is opened now, so that a bad one fails at start-up with its message
        self._adopt(target if self._location is None else open_store(self._location))  # type: ignore[arg-type]

    @property
    def url(self) -> str:
        return self._opened[0].url

    def _adopt(self, store: Store) -> None:
        self._opened.append(store)
        self._idle.put(store)

    def _take(self) -> Store:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._opened) < self._size and self._location is not None:
                store = open_store(self._location)
                self._opened.append(store)
                return store
        try:
            return self._idle.get(timeout=self._wait_s)
        except queue.Empty:
            raise StoreError(f"the store is busy: no connection free after {self._wait_s:.0f} s; "
                             "try again") from None

    @contextmanager
    def checkout(self) -> Iterator[Store]:
        store = self._take()
        try:
            yield store
        finally:
            self._idle.put(store)

    def close(self) -> None:
        """Close the stores this pool opened (not one it was given)."""
        for store in self._opened if self._location is not None else []:
            store.close()
