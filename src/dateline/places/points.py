"""Representative points of countries, from the ``countryinfo`` package (MIT).

GeoNames' own country points are not in any package we can use offline. ``countryinfo`` gives,
for each country, the conventional reference point of the CIA World Factbook (``latlng``) and an
outline (``geoJSON``). Neither alone is close to GeoNames' points for the large countries
(GeoNames uses the geographic centre of the main territory for some and the Factbook point for
others), so a country's point is the midpoint of the two: the Factbook point and the area
centroid of the country's largest polygon. Where the two disagree by more than
:data:`MAX_SPREAD_KM` (islands, overseas parts) the Factbook point is kept.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from importlib import resources
from typing import Any

from .resolve import distance_km

MAX_SPREAD_KM = 1000.0
Point = tuple[float, float]


def country_points() -> dict[str, Point]:
    """ISO alpha-2 code -> (latitude, longitude) for every country ``countryinfo`` knows."""
    found: dict[str, Point] = {}
    for info in _countryinfo_records():
        code = (info.get("ISO") or {}).get("alpha2")
        if not code or code in found:
            continue
        point = country_point(info.get("latlng"), info.get("geoJSON"))
        if point:
            found[code] = point
    return found


def country_point(latlng: Any, outline: Any) -> Point | None:
    """The midpoint of the Factbook point and the centroid of the largest polygon (either alone)."""
    reference = (float(latlng[0]), float(latlng[1])) if latlng and len(latlng) == 2 else None
    centroid = main_centroid(outline)
    if reference and centroid and distance_km(*reference, *centroid) <= MAX_SPREAD_KM:
        return round((reference[0] + centroid[0]) / 2, 5), round((reference[1] + centroid[1]) / 2, 5)
    return reference or centroid


def main_centroid(outline: Any) -> Point | None:
    """Area centroid (latitude, longitude) of the largest outer ring of a GeoJSON outline."""
    rings = list(_outer_rings(outline))
    if not rings:
        return None
    largest = max(rings, key=lambda ring: _ring_area_centroid(ring, scaled=True)[0])
    _, (lon, lat) = _ring_area_centroid(largest, scaled=False)
    return round(lat, 5), round(lon, 5)


def _countryinfo_records() -> Iterator[dict[str, Any]]:
    try:
        folder = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return
    for item in folder.iterdir():
        if item.name.endswith(".json"):
            yield json.loads(item.read_text("utf-8"))


def _outer_rings(outline: Any) -> Iterator[list[tuple[float, float]]]:
    if not isinstance(outline, dict):
        return
    for feature in outline.get("features") or []:
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            if polygon and len(polygon[0]) >= 3:
                yield [(float(p[0]), float(p[1])) for p in polygon[0]]


def _ring_area_centroid(ring: list[tuple[float, float]], scaled: bool) -> tuple[float, Point]:
    """Shoelace area and centroid of a (lon, lat) ring; ``scaled`` shrinks longitudes by cos(lat)."""
    shrink = math.cos(math.radians(sum(p[1] for p in ring) / len(ring))) if scaled else 1.0
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        step = x0 * shrink * y1 - x1 * shrink * y0
        area += step
        cx += (x0 + x1) * step
        cy += (y0 + y1) * step
    if abs(area) < 1e-12:
        return 0.0, (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))
    return abs(area) / 2, (cx / (3 * area * shrink), cy / (3 * area))
