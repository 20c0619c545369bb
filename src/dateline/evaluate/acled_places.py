"""ACLED locations: locate each note's event with the geocoder and compare with ACLED's coding.

Figures: share of events placed within 10 km and 50 km of ACLED's coordinates (an event with no
place found counts as a miss), admin1 accuracy (same first-level region), and the median error.
"""

from __future__ import annotations

import csv
import json
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Place
from ..places.gazetteer import Gazetteer
from ..places.geoparse import country_code
from ..places.normalize import name_key
from ..places.notes import locate_event
from ..places.resolve import distance_km

REQUIRED = ("notes", "latitude", "longitude", "admin1", "country")


def read_acled(path: str | Path, limit: int | None = None) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise InputError(f"cannot read the ACLED file: {exc}", str(path)) from None
    missing = [c for c in REQUIRED if rows and c not in rows[0]]
    if not rows or missing:
        raise InputError(f"not an ACLED export: missing columns {', '.join(missing) or 'all'}", str(path))
    return rows[:limit]


def same_admin1(place: Place, row: dict[str, str], gazetteer: Gazetteer) -> bool:
    """Whether the place lies in ACLED's admin1 (names differ: "Tombouctou Region" vs "Timbuktu")."""
    entry = gazetteer.get(place.geonameid) if place.geonameid else None
    if entry is None:
        return False
    code = country_code(gazetteer, row["country"])
    regions = [e for e in gazetteer.lookup(row["admin1"], code) if e.is_admin1]
    if regions:
        return any(
            r.admin1_code == entry.admin1_code and r.country_code == entry.country_code for r in regions
        )
    return bool(place.admin1) and name_key(place.admin1 or "").startswith(name_key(row["admin1"]))


def evaluate_acled_places(
    path: str | Path,
    *,
    limit: int | None = None,
    country_hint: bool = False,
    gazetteer: Gazetteer | None = None,
    save: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    rows = read_acled(path, limit)
    gazetteer = gazetteer or Gazetteer.default()
    errors: list[float] = []
    admin_hits = found = 0
    saved = []
    for done, row in enumerate(rows, 1):
        place = locate_event(
            row["notes"], country=row["country"] if country_hint else None, gazetteer=gazetteer
        )
        error = _error(place, row)
        errors.append(error)
        if place and place.geonameid:
            found += 1
            admin_hits += same_admin1(place, row, gazetteer)
        saved.append(
            {
                "event_id": row.get("event_id_cnty"),
                "location": row.get("location"),
                "error_km": round(error, 1),
                "place": place.to_dict() if place else None,
            }
        )
        if progress:
            progress(done, len(rows))
    if save:
        Path(save).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in saved), "utf-8")
    n = len(rows)
    return {
        "events": n,
        "located": found,
        "within_10km": _pct(sum(e <= 10 for e in errors), n),
        "within_50km": _pct(sum(e <= 50 for e in errors), n),
        "admin1_accuracy": _pct(admin_hits, n),
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "country_hint": country_hint,
    }


def _error(place: Place | None, row: dict[str, str]) -> float:
    if place is None or place.latitude is None or place.longitude is None:
        return float("inf")
    return distance_km(float(row["latitude"]), float(row["longitude"]), place.latitude, place.longitude)


def _pct(count: float, total: int) -> float:
    return round(100 * count / total, 2) if total else 0.0
