"""Resolving found expressions to TIMEX3 values, anchored on the publication date or on an
earlier expression of the text.

:class:`Resolver` walks the candidates in text order, dispatching each to the reading of its
rule family (calendar dates, relative expressions, durations and sets).
"""

from __future__ import annotations

from collections.abc import Callable

from .dates import CalendarReadings
from .durations import DurationReadings
from .grammar import Candidate
from .readings import DCT, REF, Reading, outside_mod
from .relative import RelativeReadings

__all__ = ["DCT", "REF", "Reading", "Resolver"]


class Resolver(CalendarReadings, RelativeReadings, DurationReadings):
    """Resolve candidates of one text in order, keeping the reference time between them."""

    def resolve(self, candidate: Candidate) -> Reading | None:
        method: Callable[[Candidate], Reading | None] = getattr(self, "_" + candidate.family)
        reading = method(candidate)
        if reading is not None and reading.mod is None and (
                reading.type == "DURATION" or candidate.family == "ago"):
            reading.mod = outside_mod(self.text, candidate.start)
        return reading
