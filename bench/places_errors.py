"""The even half's resolution errors (toponyms placed more than 161 km off), one per line.

Rules for dateline.places are chosen on the even documents of GeoWebNews and LGL; the odd
documents are the held-out check (bench/places_halves.py), so this lists the even half only.
Each line: document index, CAND (a candidate within 161 km existed: a wrong reading) or NOC (none
did: the gazetteer lacks the place or holds it elsewhere), how it was placed, the name, the gold
point, what was chosen, the error in km and, for CAND, the right candidate.

    PYTHONPATH=src python bench/places_errors.py ../shared/data/geo/geoparsing/lgl.xml --gold-spans
"""

from __future__ import annotations

import sys

from dateline.evaluate.geo import GeoDocument, GoldToponym, _gold_mention, geoparse_documents, read_geo_xml
from dateline.models import Place
from dateline.places import Gazetteer
from dateline.places.geoparse import candidates
from dateline.places.resolve import distance_km

LIMIT_KM = 161.0


def main(args: list[str]) -> None:
    path, gold_spans = args[0], "--gold-spans" in args
    gazetteer = Gazetteer.default()
    documents = [d for i, d in enumerate(read_geo_xml(path)) if i % 2 == 0]
    predicted = geoparse_documents(documents, gazetteer, gold_spans=gold_spans)
    for number, (document, places) in enumerate(zip(documents, predicted, strict=True)):
        by_span = {(p.start, p.end): p for p in places}
        for gold in document.toponyms:
            place = by_span.get((gold.start, gold.end))
            if place is not None and gold.latitude is not None:
                line = _error_line(2 * number, document, gold, place, gazetteer)
                if line:
                    print(line)


def _error_line(
    index: int, document: GeoDocument, gold: GoldToponym, place: Place, gazetteer: Gazetteer
) -> str:
    lat, lon = gold.latitude or 0.0, gold.longitude or 0.0
    km = _km(lat, lon, place.latitude, place.longitude)
    if km <= LIMIT_KM:
        return ""
    pool, _ = candidates(_gold_mention(document.text, gold), gazetteer)
    right = [e for e in pool if _km(lat, lon, e.latitude, e.longitude) <= LIMIT_KM]
    fields = [str(index), "CAND" if right else "NOC", str(place.resolution), repr(gold.text)]
    fields += [f"gold=({lat:.2f},{lon:.2f})", f"got={place.name}|{place.country_code}|{place.admin1}"]
    fields.append(f"km={km:.0f}")
    if right:
        fields.append(
            f"right={right[0].name}|{right[0].country_code}|{right[0].admin1_code}|{right[0].population}"
        )
    return "\t".join(fields)


def _km(lat: float, lon: float, other_lat: float | None, other_lon: float | None) -> float:
    if other_lat is None or other_lon is None:
        return 20038.0
    return distance_km(lat, lon, other_lat, other_lon)


if __name__ == "__main__":
    main(sys.argv[1:])
