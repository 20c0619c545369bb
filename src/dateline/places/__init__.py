"""Gazetteer and geocoding: find place names in text and put them on the map, offline.

>>> from dateline.places import Gazetteer, geocode
>>> geocode("near Djibo (Soum, Sahel)").country_code   # doctest: +SKIP
'BF'
"""

from __future__ import annotations

from .gazetteer import Gazetteer, GazetteerEntry
from .geoparse import find_mentions, geocode, geoparse
from .notes import locate_event
from .stage import make_places_stage

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "find_mentions",
    "geocode",
    "geoparse",
    "locate_event",
    "make_places_stage",
]
