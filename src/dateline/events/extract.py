"""From an analysed article to coded events: find the frames, then code each one.

:func:`find_events` returns the frames of an article (finding); :func:`code_event` turns one
into an :class:`~dateline.models.Event` (coding), with the evidence for every field: its
character span, sentence and a confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..models import Article, Event
from .actors import ActorPick, code_actors
from .classify import Coding, classify
from .dates import event_date, is_background
from .detect import Frame, find_frames, is_generic
from .fatalities import count_fatalities
from .location import choose_place
from .taxonomy import event_type_of, plover_of

NOTES_CHARS = 300


@dataclass
class EventOptions:
    """How events are coded (see the settings ``events_note_tags``, ``events_background_days``)."""

    note_tags: bool = True
    background_days: int = 14
    gazetteer: Any = None  # a places Gazetteer: read the place the event's sentences write


def find_events(article: Article) -> list[Frame]:
    """The event frames of an article, generic mentions left out."""
    return [f for f in find_frames(article) if not is_generic(article, f)]


def _evidence(article: Article, start: int | None, end: int | None, confidence: float,
              **extra: Any) -> dict[str, Any]:
    if start is None or end is None:
        return {"start": None, "end": None, "sentence": None, "confidence": round(confidence, 2), **extra}
    return {"start": start, "end": end, "sentence": article.sentence_at(start),
            "text": article.text[start:end], "confidence": round(confidence, 2), **extra}


def _notes(article: Article, frame: Frame) -> str:
    """The event's own sentence (and the next one it took its outcome from), shortened."""
    text = " ".join(article.sentences[i].text for i in frame.sentences[:2])
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= NOTES_CHARS else text[:NOTES_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _country_code(article: Article, frame: Frame, place_code: str | None) -> str | None:
    if place_code:
        return place_code
    spans = [article.sentences[i] for i in frame.sentences]
    for entity in article.entities:
        if entity.country and spans[0].start <= entity.start < spans[-1].end:
            return entity.country
    codes = [p.country_code for p in article.places if p.country_code]
    # most named, ties to the first named (a set's order changed with the hash seed between runs)
    return Counter(codes).most_common(1)[0][0] if codes else None


def code_event(article: Article, frame: Frame, options: EventOptions | None = None) -> Event:
    """Code one frame: type, date, place, actors, fatalities and notes, each with its evidence."""
    options = options or EventOptions()
    coding = classify(article, frame, use_tags=options.note_tags)
    date = event_date(article, frame)
    place = choose_place(article, frame, options.gazetteer)
    country = _country_code(article, frame, place.country_code if place else None)
    sides = code_actors(article, frame, coding, country, date.value)
    spans = [(article.sentences[i].start, article.sentences[i].end) for i in frame.sentences]
    deaths = count_fatalities(article.text, spans)
    core = article.sentences[frame.core]
    plover, mode = plover_of(coding.sub_event_type)
    event = Event(
        event_type=event_type_of(coding.sub_event_type), sub_event_type=coding.sub_event_type,
        event_date=date.value, time_precision=date.precision,
        actor1=_name(sides.actor1), inter1=_inter(sides.actor1), actor2=_name(sides.actor2),
        inter2=_inter(sides.actor2), assoc_actor_1=_name(sides.assoc1),
        assoc_actor_2=_name(sides.assoc2), location=place,
        fatalities=deaths.count if deaths.count is not None else 0,
        fatalities_estimate=deaths.estimate, notes=_notes(article, frame),
        background=is_background(article, date, options.background_days), plover=plover or None,
        plover_mode=mode or None, sentence=frame.core, start=core.start, end=core.end,
        confidence=round(coding.confidence, 2))
    event.evidence = _all_evidence(article, frame, coding, date, place, sides, deaths)
    return event


def _name(pick: ActorPick | None) -> str | None:
    return pick.name if pick else None


def _inter(pick: ActorPick | None) -> str | None:
    return str(pick.inter) if pick and pick.inter is not None else None


def _all_evidence(article: Article, frame: Frame, coding: Coding, date: Any, place: Any, sides: Any,
                  deaths: Any) -> dict[str, dict[str, Any]]:
    cue = coding.cue or frame.trigger
    type_evidence = _evidence(article, cue.start, cue.end, coding.confidence, rule=coding.rule)
    evidence = {"event_type": type_evidence, "sub_event_type": type_evidence,
                "event_date": _evidence(article, date.start, date.end, date.confidence, source=date.source),
                "notes": _evidence(article, article.sentences[frame.core].start,
                                   article.sentences[frame.core].end, 1.0)}
    if place is not None:
        evidence["location"] = _evidence(article, place.start, place.end, place.confidence or 0.5,
                                         geonameid=place.geonameid)
    for field, pick in (("actor1", sides.actor1), ("actor2", sides.actor2),
                        ("assoc_actor_1", sides.assoc1), ("assoc_actor_2", sides.assoc2)):
        if pick is not None:
            evidence[field] = _evidence(article, pick.start, pick.end, pick.confidence)
    start, end = (deaths.spans[0][0], deaths.spans[-1][1]) if deaths.spans else (None, None)
    evidence["fatalities"] = _evidence(article, start, end, 0.8 if deaths.spans else 0.5,
                                       rule=deaths.rule or "none reported",
                                       spans=[list(s) for s in deaths.spans])
    return evidence


def extract_events(article: Article, options: EventOptions | None = None) -> list[Event]:
    """Every event an analysed article reports, in text order."""
    return [code_event(article, frame, options) for frame in find_events(article)]
