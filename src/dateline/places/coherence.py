"""Spatial coherence: the places of one document lie near each other.

"Paris" beside "Henry County" is Paris, Tennessee (in Henry County); "Mansfield" beside
"Shreveport" and "DeSoto Parish" is Mansfield, Louisiana. Each candidate of a name gets support
from the other names of the document: for every other name, the best of its candidates that
contains, lies inside, or lies near this one, weighted by how plausible that candidate is on its
own (its prior score relative to the best candidate of its name).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from .gazetteer import GazetteerEntry
from .normalize import name_key
from .resolve import distance_km, prior_score

#: Closeness by distance (km, score): within 30 km counts as much as containment.
NEAR_STEPS = ((30.0, 1.0), (100.0, 0.7), (250.0, 0.4))
#: Closeness of a place to the county that holds it, when that county is its name's likeliest
#: reading (a county written as such, not "Texas" read as Texas County, Missouri).
HELD_BY_COUNTY = 2.0
#: Grid cell (degrees) for finding near candidates: 250 km fits in one cell around.
CELL_DEGREES = 2.5
#: Candidates per name that score and lend support (best priors first).
MAX_CANDIDATES = 60
#: How fast a candidate's weight falls with its prior below its name's best (per prior point).
PRIOR_DECAY = 0.15
#: Most support one document can lend a candidate (in units of "one other name close by"): high
#: enough that a story naming a county's state and its neighbours ("Boone County", "Indiana",
#: "Hamilton", "Marion", "Montgomery County") still tells it from a namesake in the next state.
MAX_SUPPORT = 5.0


def closeness(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """How much ``b`` being named supports ``a``: 1 when one holds the other or they lie within
    30 km, falling to 0 past 250 km."""
    if a.geonameid == b.geonameid or contains(b, a):
        return 1.0
    if contains(a, b):
        return 1.0
    if a.is_country or b.is_country or a.latitude is None or b.latitude is None:
        return 0.0
    km = distance_km(a.latitude, a.longitude or 0.0, b.latitude, b.longitude or 0.0)
    return next((score for limit, score in NEAR_STEPS if km <= limit), 0.0)


def contains(region: GazetteerEntry, place: GazetteerEntry) -> bool:
    """Country, first- or second-level region ``region`` holds ``place`` (same GeoNames codes)."""
    if region.country_code != place.country_code:
        return False
    if region.is_country:  # only countries ask (see _Index.best): places take the country share
        return not place.is_country
    if not region.admin1_code:
        return False
    if region.feature_code == "ADM1":
        return place.admin1_code == region.admin1_code and place.feature_code != "ADM1"
    if region.feature_code == "ADM2" and region.admin2_code:
        return (place.admin1_code, place.admin2_code) == (region.admin1_code, region.admin2_code) and (
            place.feature_code != "ADM2"
        )
    return False


def plausible(pool: Sequence[GazetteerEntry]) -> list[tuple[GazetteerEntry, float]]:
    """The best candidates of a name with weights in (0, 1]: 1 for the likeliest on its own."""
    unique = {e.geonameid: e for e in pool if e.latitude is not None}
    ranked = sorted(((prior_score(e), e) for e in unique.values()), key=lambda p: -p[0])[:MAX_CANDIDATES]
    if not ranked:
        return []
    best = ranked[0][0]
    return [(entry, math.exp(-PRIOR_DECAY * (best - score))) for score, entry in ranked]


class _Index:
    """One name's candidates, found by admin code and by grid cell."""

    def __init__(self, ranked: list[tuple[GazetteerEntry, float]]) -> None:
        self.by_code: dict[tuple[str | None, ...], list[tuple[GazetteerEntry, float]]] = defaultdict(list)
        self.by_cell: dict[tuple[int, int], list[tuple[GazetteerEntry, float]]] = defaultdict(list)
        for entry, weight in ranked:
            if not entry.is_country:
                self.by_code[(entry.country_code, "place")].append((entry, weight))
            self.by_code[(entry.country_code, entry.admin1_code)].append((entry, weight))
            self.by_code[(entry.country_code, entry.admin1_code, entry.admin2_code)].append((entry, weight))
            if not entry.is_country and entry.latitude is not None:
                self.by_cell[_cell(entry)].append((entry, weight))
        self._best: dict[int, float] = {}  # the index never changes, so each answer is kept

    def best(self, entry: GazetteerEntry) -> float:
        """The most weighty closeness of this name's candidates to ``entry``."""
        if entry.geonameid not in self._best:
            self._best[entry.geonameid] = self._closest(entry)
        return self._best[entry.geonameid]

    def _closest(self, entry: GazetteerEntry) -> float:
        near: list[tuple[GazetteerEntry, float]] = []
        if entry.is_country:  # a country is supported by the places named in it
            near += self.by_code.get((entry.country_code, "place"), [])
        near += self.by_code.get((entry.country_code, entry.admin1_code), [])
        near += self.by_code.get((entry.country_code, entry.admin1_code, entry.admin2_code), [])
        if not entry.is_country and entry.latitude is not None:
            row, col = _cell(entry)
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    near += self.by_cell.get((row + dr, col + dc), [])
        return max((weight * _held(entry, other, weight) for other, weight in near), default=0.0)


def _held(entry: GazetteerEntry, other: GazetteerEntry, weight: float) -> float:
    """:func:`closeness`, counted :data:`HELD_BY_COUNTY` times for a place inside a county that
    is the likeliest reading of its name ("Paris" beside "Henry County")."""
    near = closeness(entry, other)
    if weight >= 1.0 and other.feature_code == "ADM2" and contains(other, entry):
        return HELD_BY_COUNTY * near
    return near


def _cell(entry: GazetteerEntry) -> tuple[int, int]:
    latitude, longitude = entry.latitude or 0.0, entry.longitude or 0.0
    return math.floor(latitude / CELL_DEGREES), math.floor(longitude / CELL_DEGREES)


def support(names: Sequence[str], pools: Sequence[Sequence[GazetteerEntry]]) -> list[dict[int, float]]:
    """For each mention, candidate GeoNames id -> support from the document's other names."""
    document = Coherence(names, pools)
    found = {key: document.support_of(key) for key in document.ranked}
    return [found[name_key(name)] for name in names]


class Coherence:
    """The support a document's names lend each other, from their plausible readings, or, once
    names are resolved in context, from the readings chosen for them (see :meth:`support_of`)."""

    def __init__(self, names: Sequence[str], pools: Sequence[Sequence[GazetteerEntry]]) -> None:
        self.ranked: dict[str, list[tuple[GazetteerEntry, float]]] = {}
        for name, pool in zip(names, pools, strict=True):
            self.ranked.setdefault(name_key(name), plausible(pool))
        self.indexes = {key: _Index(r) for key, r in self.ranked.items() if r}
        self._chosen_indexes: dict[tuple[str, int], _Index] = {}

    def support_of(self, key: str, chosen: dict[str, int] | None = None) -> dict[int, float]:
        """Candidate id -> support for name ``key``; a name in ``chosen`` (name key -> GeoNames
        id) lends its chosen reading at full weight."""
        others = [self._index(k, chosen) for k in self.indexes if k != key]
        return {
            entry.geonameid: min(MAX_SUPPORT, sum(index.best(entry) for index in others))
            for entry, _ in self.ranked[key]
        }

    def _index(self, key: str, chosen: dict[str, int] | None) -> _Index:
        picked = (chosen or {}).get(key)
        if picked is None:
            return self.indexes[key]
        if (key, picked) not in self._chosen_indexes:
            ranked = [(e, 1.0 if e.geonameid == picked else w) for e, w in self.ranked[key]]
            self._chosen_indexes[(key, picked)] = _Index(ranked)
        return self._chosen_indexes[(key, picked)]
