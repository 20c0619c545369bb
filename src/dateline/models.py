"""The document type and its parts.

An :class:`Article` is what every pipeline stage reads and writes: ingest fills the text and
publication date, later stages fill sentences, timexes, entities, places and events. Every part
that comes from the text carries the character span it came from, so each fact can be traced back
to its sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from copy import deepcopy
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, ClassVar, TypeVar

T = TypeVar("T", bound="Part")

#: Granularities of a publication date, coarsest first.
DATE_PRECISIONS = ("year", "month", "day", "time")

_DATE_RE = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?))?)?)?$"
)


class Part:
    """Shared (de)serialisation for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        """``dataclasses.asdict(self)``, without its deep copy of every string and number (the
        store serialises tens of parts per article)."""
        names = _field_names(type(self))  # type: ignore[arg-type]
        return {name: _plain(getattr(self, name)) for name in names}

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in known})


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    """What ``asdict`` makes of a field's value: immutable scalars as they are, containers and
    nested dataclasses copied."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        items = [_plain(v) for v in value]
        return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Part):
        return value.to_dict()
    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else deepcopy(value)


@dataclass
class Span(Part):
    """A character span of the article text, end exclusive."""

    start: int
    end: int
    text: str = ""


@dataclass
class Sentence(Part):
    start: int
    end: int
    text: str = ""


@dataclass
class Timex(Part):
    """A temporal expression and its TIMEX3 value.

    ``anchor`` says what a relative value was resolved against: ``"DCT"`` (the publication
    date), the ``tid`` of an earlier timex, or ``None`` for absolute expressions.
    ``begin``/``end`` hold the bounds of an interval ("from 2013 to 2014", "since 2013").
    ``offset`` is the shift of "nine months later" or "two weeks ago" from its anchor ("P9M").
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    tid: str = ""
    mod: str | None = None
    anchor: str | None = None
    begin: str | None = None
    end_value: str | None = None
    quant: str | None = None
    freq: str | None = None
    sentence: int | None = None
    offset: str | None = None


@dataclass
class Entity(Part):
    """A named mention, with the canonical actor it refers to where known."""

    start: int
    end: int
    text: str
    label: str  # spaCy label (PERSON, ORG, GPE, NORP, ...) or ACTOR for the ruler's lists
    canonical: str | None = None
    actor_type: str | None = None  # ACLED actor type, e.g. "State Forces"
    country: str | None = None  # ISO 3166-1 alpha-2
    sentence: int | None = None
    inter: int | None = None  # ACLED inter code of actor_type (1 State Forces ... 8 External/Other)
    actor_key: str | None = None  # stable id of the actor list entry ("jnim", "generic:military")


@dataclass
class Place(Part):
    """A toponym resolved to a gazetteer entry."""

    start: int
    end: int
    text: str
    name: str = ""
    geonameid: int | None = None
    country_code: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    geo_precision: int | None = None  # ACLED: 1 town, 2 near/part of region, 3 region/country
    confidence: float | None = None
    sentence: int | None = None
    mention: str | None = None  # how the toponym was found: "ner", "gazetteer" or "demonym"
    # how it was placed: "gazetteer" (its name), "embedded" (a place inside the name), "document"
    # (a name the gazetteer lacks, put at the document's nearest resolved local place)
    resolution: str | None = None


@dataclass
class Event(Part):
    """One coded event, ACLED-style, with the evidence behind each field.

    ``evidence`` maps a field name (``event_type``, ``actor1``, ``location``, ``event_date``,
    ``fatalities`` ...) to ``{"start", "end", "sentence", "confidence"}``.
    """

    event_type: str
    sub_event_type: str
    event_date: str | None = None
    time_precision: int | None = None
    actor1: str | None = None
    inter1: str | None = None
    actor2: str | None = None
    inter2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    location: Place | None = None
    fatalities: int | None = None
    fatalities_estimate: bool = False
    notes: str = ""
    background: bool = False
    plover: str | None = None
    sentence: int | None = None
    start: int | None = None
    end: int | None = None
    confidence: float | None = None
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    plover_mode: str | None = None  # PLOVER mode of ``plover`` ("aerial", "abduct", "demo" ...)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        data = dict(data)
        if isinstance(data.get("location"), dict):
            data["location"] = Place.from_dict(data["location"])
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class TimelineEntry(Part):
    """One dated entry of a timeline: a date and its supporting sentences."""

    date: str
    sentences: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    score: float = 0.0


def parse_publication_date(value: str) -> tuple[str, str]:
    """Check an ISO date string and return it normalised with its precision.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and date-times. Raises ``ValueError`` with a
    message that says what is wrong ("2022-02-30: day is out of range for month").
    """
    text = value.strip()
    match = _DATE_RE.match(text)
    if not match:
        raise ValueError(f"{value!r} is not an ISO date (expected YYYY-MM-DD)")
    year, month, day = match["year"], match["month"], match["day"]
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{text}: {exc}") from None
    if match["time"]:
        iso = text.replace(" ", "T")
        try:
            dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"{text}: {exc}") from None
        return iso, "time"
    if day:
        return text, "day"
    if month:
        return text, "month"
    return text, "year"


@dataclass
class Article:
    """A dated news article and everything the pipeline found in it."""

    id: str
    text: str
    published: str  # ISO date as given: "2022-02-17", "2022-02", or a date-time
    date_precision: str = "day"
    title: str | None = None
    url: str | None = None
    source: str | None = None
    external_id: str | None = None
    language: str | None = None
    origin: str | None = None  # file and line/record the article was read from
    duplicate_of: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)  # names of pipeline stages already run
    meta: dict[str, Any] = field(default_factory=dict)

    LAYERS: ClassVar[dict[str, type[Part]]] = {
        "sentences": Sentence,
        "timexes": Timex,
        "entities": Entity,
        "places": Place,
        "events": Event,
    }

    @property
    def publication_date(self) -> dt.date:
        """The first day of the publication period (the anchor for relative dates)."""
        year, month, day = (self.published[:10].split("-") + ["1", "1"])[:3]
        return dt.date(int(year), int(month), int(day))

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in re.split(r"\n\s*\n", self.text) if p.strip()]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence that holds character ``offset``."""
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.end:
                return index
        return None

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in self.LAYERS:
            data[name] = [part.to_dict() for part in data[name]]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name, part_type in cls.LAYERS.items():
            values[name] = [
                p if isinstance(p, part_type) else part_type.from_dict(p)
                for p in values.get(name) or []
            ]
        return cls(**values)
