"""Where an event happened: the resolved place its sentences name, with ACLED's geo precision.

The ``places`` stage has resolved every toponym; an event takes the first town-level place of its
core sentence that is not an admin name written in brackets after another place ("Goungam
(Markoye, Oudalan)"), else the first resolved place of its sentences, else of its paragraph, else
the country the article mostly names (precision 3). "Near", "outskirts of", "area of" or "km from"
before the name make precision 2, as ACLED codes them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from ..models import Article, Place
from .detect import Frame

_NEAR = re.compile(r"(?:near|outside|around|vicinity of|outskirts of|area of|areas of|km (?:\w+ )?"
                   r"(?:of|from)|kilometers? (?:\w+ )?(?:of|from)|kilometres? (?:\w+ )?(?:of|from)|"
                   r"between|axis|environs of|surroundings of|region of|forest of)\s+(?:the\s+)?"
                   r"(?:\w+\s+of\s+)?$", re.I)


def _resolved(places: list[Place], start: int, end: int) -> list[Place]:
    return [p for p in places if p.geonameid is not None and p.latitude is not None
            and start <= p.start and p.end <= end]


def _bracketed(article: Article, place: Place, sentence_start: int) -> bool:
    """An admin name in brackets after another place: "(Markoye, Oudalan)"."""
    before = article.text[sentence_start:place.start]
    return before.count("(") > before.count(")") and bool(re.search(r"\w[\w\]'’.-]*\s*\([^()]*$", before))


def _rank(place: Place) -> tuple[int, int]:
    return (place.geo_precision or 3, place.start)


def choose_place(article: Article, frame: Frame, gazetteer: Any = None) -> Place | None:
    """The event's place (a copy, with the event's geo precision), or None."""
    core = article.sentences[frame.core]
    if gazetteer is not None:
        written = _written_place(article, frame, gazetteer)
        if written is not None:
            return written
    candidates = [p for p in _resolved(article.places, core.start, core.end)
                  if not _bracketed(article, p, core.start)]
    if not candidates:
        candidates = _resolved(article.places, core.start, core.end)
    if not candidates:
        spans = [article.sentences[i] for i in frame.sentences]
        candidates = _resolved(article.places, spans[0].start, spans[-1].end)
    place = min(candidates, key=_rank) if candidates else _paragraph_place(article, frame)
    if place is None:
        return _country_place(article)
    return _with_precision(article, place)


def _written_place(article: Article, frame: Frame, gazetteer: Any) -> Place | None:
    """The place the frame's sentences write for the event ("in X (admin2, admin1)", "coded to X"),
    read by the places package's note reader."""
    from ..places import locate_event

    first, last = article.sentences[frame.sentences[0]], article.sentences[frame.sentences[-1]]
    country = _country_hint(article)
    found = [replace(p, start=p.start - first.start, end=p.end - first.start)
             for p in article.places if first.start <= p.start and p.end <= last.end]
    place = locate_event(article.text[first.start:last.end], country=country, gazetteer=gazetteer,
                         places=found)
    if place is None or place.geonameid is None:
        return None
    place.start += first.start
    place.end += first.start
    place.sentence = article.sentence_at(place.start)
    return place


def _country_hint(article: Article) -> str | None:
    codes = Counter(p.country_code for p in article.places if p.country_code)
    return codes.most_common(1)[0][0] if len(codes) == 1 else None


def _with_precision(article: Article, place: Place) -> Place:
    precision = place.geo_precision or 1
    if precision == 1 and _NEAR.search(article.text[max(0, place.start - 40):place.start]):
        precision = 2
    return replace(place, geo_precision=precision)


def _paragraph_place(article: Article, frame: Frame) -> Place | None:
    """The first resolved place of the paragraph before the event's sentence."""
    core = article.sentences[frame.core]
    start = article.text.rfind("\n\n", 0, core.start)
    earlier = _resolved(article.places, max(0, start), core.start)
    return earlier[-1] if earlier else None


def _country_place(article: Article) -> Place | None:
    """The country the article's places mostly lie in, as a precision-3 place."""
    codes = Counter(p.country_code for p in article.places if p.country_code)
    if not codes:
        return None
    code = codes.most_common(1)[0][0]
    country = next((p for p in article.places if p.country_code == code and p.feature_code
                    and p.feature_code.startswith("PCL")), None)
    if country is not None:
        return replace(country, geo_precision=3)
    sample = next(p for p in article.places if p.country_code == code)
    return Place(sample.start, sample.end, sample.text, name=sample.country or code, country_code=code,
                 country=sample.country, geo_precision=3, confidence=0.3, sentence=sample.sentence)
