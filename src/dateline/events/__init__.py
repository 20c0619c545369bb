"""Events: who did what to whom, where, when and how many were killed, coded like ACLED.

The ``events`` stage finds the events an article reports (:func:`find_events`) and codes each
(:func:`code_event`): ACLED event and sub-event type with its PLOVER equivalent, actors with
their ACLED types, the resolved place with its geo precision, the date with its time precision,
fatalities, a short note, and for every field the sentence, span and confidence behind it
(``Event.evidence``). Past events an article recalls ("the 2020 coup") are kept, dated by their
own timex, with ``background=True``.

>>> from dateline.events import extract_events   # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable

from ..models import Article
from ..pipeline import stage
from ..settings import Settings
from .extract import EventOptions, code_event, extract_events, find_events
from .taxonomy import EVENT_TYPES, SUB_EVENT_TYPES, event_type_of, plover_of

__all__ = [
    "EVENT_TYPES",
    "SUB_EVENT_TYPES",
    "EventOptions",
    "code_event",
    "event_type_of",
    "extract_events",
    "find_events",
    "make_events_stage",
    "plover_of",
]


@stage("events", requires=["sentences", "timexes", "entities", "places"], sets=["events"])
def make_events_stage(note_tags: bool | None = None, background_days: int | None = None,
                      gazetteer: str | None = None) -> Callable[[Article], Article]:
    """Find the events an article reports and code each ACLED-style, with provenance."""
    settings = Settings()
    options = EventOptions(
        settings["events_note_tags"] if note_tags is None else note_tags,
        settings["events_background_days"] if background_days is None else background_days)

    def events(article: Article) -> Article:
        if options.gazetteer is None:
            from ..places import Gazetteer

            options.gazetteer = Gazetteer(gazetteer) if gazetteer else Gazetteer.default(settings)
        article.events = extract_events(article, options)
        return article

    return events
