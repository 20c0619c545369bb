"""Geoparsing figures on the two halves of GeoWebNews and LGL (even and odd documents).

The recognition rules and resolution weights of dateline.places were chosen looking at the even
documents; the odd documents are the held-out check. Prints one JSON object per set, mode and half, then the
whole set ("all").

    PYTHONPATH=src python bench/places_halves.py ../shared/data/geo/geoparsing/GWN.xml \\
        ../shared/data/geo/geoparsing/lgl.xml
"""

from __future__ import annotations

import json
import sys

from dateline.evaluate.geo import geoparse_documents, read_geo_xml, score_geo
from dateline.places import Gazetteer

KEYS = ("precision", "recall", "f1", "acc_161km", "median_km", "exact_id")


def main(paths: list[str]) -> None:
    gazetteer = Gazetteer.default()
    for path in paths:
        documents = read_geo_xml(path)
        for gold_spans in (False, True):
            every: tuple[list, list] = ([], [])
            for half, rest in (("even", 0), ("odd", 1)):
                part = [d for i, d in enumerate(documents) if i % 2 == rest]
                predicted = geoparse_documents(part, gazetteer, gold_spans=gold_spans)
                every[0].extend(part)
                every[1].extend(predicted)
                _print(path, gold_spans, half, part, predicted)
            _print(path, gold_spans, "all", *every)


def _print(path: str, gold_spans: bool, half: str, documents: list, predicted: list) -> None:
    figures = score_geo(documents, predicted)
    row = {"file": path.rsplit("/", 1)[-1], "mode": "gold-spans" if gold_spans else "end-to-end"}
    row |= {"half": half, "documents": len(documents)} | {k: figures[k] for k in KEYS}
    print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
