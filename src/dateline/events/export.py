"""ACLED-compatible rows: the columns of ACLED's export (pre-2023 schema), in ACLED's order."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import IO, Any

from ..models import Event
from .taxonomy import interaction

#: ACLED's columns, in the order of its CSV export.
ACLED_COLUMNS = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
    "timestamp", "iso3",
)
#: The columns dateline codes; the others are carried over from an input row or left empty.
CODED_COLUMNS = frozenset({
    "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "notes", "fatalities", "iso", "iso3",
})


def _full_date(value: str | None) -> str:
    """ACLED's event_date is a day: a month or year is written as its first day."""
    if not value:
        return ""
    parts = value[:10].split("-") + ["01", "01"]
    return "-".join(parts[:3]) if len(value) >= 4 else ""


def _iso_codes(country_code: str | None) -> tuple[str, str]:
    if not country_code:
        return "", ""
    import pycountry

    found = pycountry.countries.get(alpha_2=country_code.upper())
    return (str(int(found.numeric)), found.alpha_3) if found else ("", "")


def event_row(event: Event | None, source: Mapping[str, Any] | None = None,
              source_name: str = "") -> dict[str, Any]:
    """An ACLED row for ``event``; other columns come from ``source`` (an input row) if given."""
    row: dict[str, Any] = {c: (source or {}).get(c, "") for c in ACLED_COLUMNS if c not in CODED_COLUMNS}
    if source is None:
        row["source"] = source_name
    if event is None:
        return {**{c: "" for c in ACLED_COLUMNS}, **row}
    place = event.location
    inter1 = int(event.inter1) if event.inter1 else 0
    inter2 = int(event.inter2) if event.inter2 else 0
    iso, iso3 = _iso_codes(place.country_code if place else None)
    date = _full_date(event.event_date)
    row.update({
        "event_date": date, "year": date[:4], "time_precision": event.time_precision or "",
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "", "assoc_actor_1": event.assoc_actor_1 or "", "inter1": inter1,
        "actor2": event.actor2 or "", "assoc_actor_2": event.assoc_actor_2 or "", "inter2": inter2,
        "interaction": interaction(inter1, inter2) if inter1 else "",
        "country": (place.country or "") if place else "", "admin1": (place.admin1 or "") if place else "",
        "admin2": (place.admin2 or "") if place else "", "location": (place.name or "") if place else "",
        "latitude": _coordinate(place.latitude if place else None),
        "longitude": _coordinate(place.longitude if place else None),
        "geo_precision": (place.geo_precision or "") if place else "", "notes": event.notes,
        "fatalities": event.fatalities or 0, "iso": iso, "iso3": iso3,
    })
    return {c: row.get(c, "") for c in ACLED_COLUMNS}


def _coordinate(value: float | None) -> str:
    return f"{value:.4f}" if value is not None else ""


def write_acled_csv(stream: IO[str], rows: Iterable[Mapping[str, Any]],
                    columns: Iterable[str] = ACLED_COLUMNS) -> int:
    """Write rows as ACLED CSV with ``columns`` (ACLED's, or an input file's order); returns the count."""
    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count
