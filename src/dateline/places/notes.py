"""The place an event summary names for its event, as ACLED notes write it.

ACLED's coders write the event's location followed by its admin names in brackets: "in the
village of Koumbri-Peulh [Koumbri] (Ouahigouya, Yatenga)", "in Eha Amufu (Isi Uzo, Enugu)", and sometimes
"coded to Kaduna". :func:`locate_event` reads that convention first, then falls back to the first
town-level place of the text, and when the town itself is not in the gazetteer, to the admin area
named beside it (with a coarser ``geo_precision``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Place
from .gazetteer import Gazetteer
from .geoparse import geocode, geoparse

_NAME = r"[A-Z][\w'’.-]*(?:[ -](?:(?:de|du|la|el|al)\s)?[A-Z0-9][\w'’.-]*)*"
CODED_TO = re.compile(r"coded to (?:the\s+)?(?P<name>" + _NAME + r")(?:\s*\((?P<hints>[^()]+)\))?")
NAME_WITH_ADMINS = re.compile(r"(?P<name>" + _NAME + r")\s*(?:\[(?P<alt>[^\]]+)\]\s*)?\((?P<hints>[^()]+)\)")
NEAR = re.compile(
    r"(?i)\b(?:near|outside|around|vicinity of|outskirts of|km (?:\w+ )?(?:of|from))\s+"
    r"(?:the\s+)?(?:\w+\s+of\s+)?$"
)
GENERIC = re.compile(
    r"(?i)^(?:the\s+)?(?:village|town|city|commune|department|locality|area|region)s?\s+of\s+"
)


def locate_event(
    note: str, *, country: str | None = None, gazetteer: Gazetteer | None = None,
    places: list[Place] | None = None,
) -> Place | None:
    """The place an event note names for its event, or ``None``.

    ``places``, when given, are the note's toponyms already resolved (offsets into ``note``, as
    the ``places`` stage finds them in an article), so the note is not geoparsed again.
    """
    gazetteer = gazetteer or Gazetteer.default()
    coarse = None  # a world region or sea ("near Lake Chad (Diffa)"): only if nothing finer
    for name, hints, near, start in _written_locations(note):
        place = _resolve(name, hints, country, note, gazetteer)
        if place:
            place.start, place.end = start, start + len(name)
            if near and place.geo_precision == 1:
                place.geo_precision = 2
            if (place.geonameid or 0) > 0:
                return place
            coarse = coarse or place
    return _first_town(note, gazetteer, places) or coarse


def _written_locations(note: str) -> Iterator[tuple[str, list[str], bool, int]]:
    """(name, admin hints, near?, offset) in the order ACLED's convention makes them likely."""
    coded = CODED_TO.search(note)
    if coded:
        yield coded["name"], _split(coded["hints"]), False, coded.start("name")
    for match in NAME_WITH_ADMINS.finditer(note):
        hints = _split(match["hints"])
        if not hints or not all(h[:1].isupper() for h in hints):
            continue
        name = GENERIC.sub("", match["name"])
        near = bool(NEAR.search(note[max(0, match.start() - 40) : match.start()]))
        yield name, hints, near, match.start("name")
        if match["alt"]:
            yield match["alt"].strip(), hints, near, match.start("alt")
        # the admin names themselves: the area the coders fall back to when the town is unknown
        for level, hint in enumerate(hints):
            yield hint, hints[level + 1 :], True, match.start("hints")


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in re.split(r"[,;]", text or "") if part.strip()]


def _resolve(
    name: str, hints: list[str], country: str | None, note: str, gazetteer: Gazetteer
) -> Place | None:
    written = f"{name} ({', '.join(hints)})" if hints else name
    place = geocode(written, country=country, context_text=note, gazetteer=gazetteer)
    if place is None or not hints:
        return place
    # A reading in none of the named admin areas is a homonym elsewhere: keep looking.
    return place if _within_hints(place, hints) else None


def _within_hints(place: Place, hints: list[str]) -> bool:
    from .normalize import name_key

    own = {name_key(n) for n in (place.admin1, place.admin2, place.country, place.name) if n}
    keys = [name_key(h) for h in hints]
    return (
        any(k in own or any(k in o.split() or o in k for o in own) for k in keys)
        or (place.confidence or 0) > 0.95
    )


def _first_town(note: str, gazetteer: Gazetteer, found: list[Place] | None = None) -> Place | None:
    places = [
        p
        for p in (geoparse(note, gazetteer) if found is None else found)
        if (p.geonameid or 0) > 0 and p.mention != "demonym" and p.resolution == "gazetteer"
    ]
    places.sort(key=lambda p: (p.geo_precision or 3, p.start))
    return places[0] if places else None
