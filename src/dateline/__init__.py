"""dateline: turn dated news into dated, placed, typed events and timelines."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import DatelineError  # noqa: E402
from .models import Article, Entity, Event, Place, Sentence, Span, TimelineEntry, Timex  # noqa: E402
from .pipeline import Pipeline, stage  # noqa: E402
from .settings import Settings  # noqa: E402
from .store import Store, open_store  # noqa: E402
from .timeline import build_timeline  # noqa: E402

__all__ = ["Article", "DatelineError", "Entity", "Event", "Pipeline", "Place", "Sentence",
           "Settings", "Span", "Store", "TimelineEntry", "Timex", "build_timeline", "open_store",
           "stage", "__version__"]
