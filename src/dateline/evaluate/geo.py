"""Geoparsing scorer for the toponym XML of GeoWebNews (GWN) and LGL.

Recognition: a system toponym is correct when its span equals a gold span (exact match); the
``*_overlap`` figures count any overlap. Resolution, on gold toponyms with coordinates that the
system found (or all of them with ``gold_spans``): accuracy within 161 km (100 miles), median
and mean error in km, and exact GeoNames-id match. A gold toponym left unresolved counts as an
error of 20,038 km (half the Earth's circumference), the field's convention.

GWN annotates more than toponyms (non-toponym expressions, homonyms, languages); its gold
toponyms here are the types that name a place (literal and associative uses, including
adjectival modifiers such as "Irish"), those with coordinates being scored for resolution.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Place
from ..places.demonyms import demonym_country
from ..places.gazetteer import Gazetteer
from ..places.geoparse import find_mentions, places_from, resolve_mentions, spacy_nlp, text_context
from ..places.recognize import Mention, attach_cues
from ..places.resolve import distance_km

MAX_ERROR_KM = 20038.0
#: GWN toponym types that name places (the rest are expressions, homonyms, languages, demonym nouns).
GWN_TOPONYM_TYPES = frozenset(
    {
        "Literal",
        "Literal_Modifier",
        "Non_Literal_Modifier",
        "Metonymic",
        "Mixed",
        "Embedded_Literal",
        "Embedded_Non_Lit",
        "Coercion",
    }
)


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None


@dataclass
class GeoDocument:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def read_geo_xml(path: str | Path) -> list[GeoDocument]:
    """Read GeoWebNews (``<toponym><extractedName>``) or LGL (``<toponym><phrase><gaztag>``) XML."""
    from lxml import etree

    try:
        root = etree.parse(str(path)).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"cannot read toponym XML: {exc}", str(path)) from None
    documents = []
    for number, article in enumerate(root.iter("article")):
        doc_id = article.get("docid") or article.get("file") or str(number)
        toponyms = [t for t in (_gold(node) for node in article.iter("toponym")) if t]
        documents.append(GeoDocument(doc_id, article.findtext("text") or "", toponyms))
    if not documents:
        raise InputError("no <article> elements: expected GeoWebNews or LGL toponym XML", str(path))
    return documents


def _gold(node: Any) -> GoldToponym | None:
    start, end = int(node.findtext("start")), int(node.findtext("end"))
    if node.find("extractedName") is not None:  # GeoWebNews
        if node.findtext("type") not in GWN_TOPONYM_TYPES:
            return None
        lat, lon, gid = node.findtext("latitude"), node.findtext("longitude"), node.findtext("geonamesID")
        return GoldToponym(
            start,
            end,
            node.findtext("extractedName") or "",
            _float(lat),
            _float(lon),
            int(gid) if (gid or "").strip().isdigit() else None,
        )
    tag = node.find("gaztag")  # LGL
    if tag is None:
        return GoldToponym(start, end, node.findtext("phrase") or "")
    return GoldToponym(
        start,
        end,
        node.findtext("phrase") or "",
        _float(tag.findtext("lat")),
        _float(tag.findtext("lon")),
        int(tag.get("geonameid")) if tag.get("geonameid") else None,
    )


def _float(value: str | None) -> float | None:
    return float(value) if value and value.strip() else None


# -- running the system --------------------------------------------------------------------------
def geoparse_documents(
    documents: list[GeoDocument],
    gazetteer: Gazetteer,
    *,
    gold_spans: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> list[list[Place]]:
    """The system's places for each document: end to end, or resolving the gold spans."""
    results = []
    texts = (d.text for d in documents)
    docs = iter(()) if gold_spans else spacy_nlp().pipe(texts, batch_size=16)
    for done, document in enumerate(documents, 1):
        if gold_spans:
            mentions = [_gold_mention(document.text, t) for t in document.toponyms]
            attach_cues(document.text, mentions)
        else:
            mentions = find_mentions(document.text, gazetteer, next(docs).ents)  # type: ignore[call-overload]
        context = text_context(document.text)
        results.append(places_from(mentions, resolve_mentions(mentions, gazetteer, context), gazetteer))
        if progress:
            progress(done, len(documents))
    return results


def _gold_mention(text: str, gold: GoldToponym) -> Mention:
    words = text[gold.start : gold.end]
    country = demonym_country(words)
    return Mention(gold.start, gold.end, words, "demonym" if country else "ner", country=country)


# -- scoring ---------------------------------------------------------------------------------------
def score_geo(documents: list[GeoDocument], predicted: list[list[Place]]) -> dict[str, Any]:
    """The issue's figures (percentages 0-100) from gold documents and predicted places."""
    n_gold = sum(len(d.toponyms) for d in documents)
    n_system = sum(len(p) for p in predicted)
    exact = overlap = 0
    errors: list[float] = []
    id_hits = id_total = 0
    for document, places in zip(documents, predicted, strict=True):
        by_span = {(p.start, p.end): p for p in places}
        for gold in document.toponyms:
            place = by_span.get((gold.start, gold.end))
            exact += place is not None
            overlap += any(p.start < gold.end and gold.start < p.end for p in places)
            if place is None or gold.latitude is None or gold.longitude is None:
                continue
            errors.append(_error_km(gold, place))
            if gold.geonameid:
                id_total += 1
                id_hits += place.geonameid == gold.geonameid
    figures: dict[str, Any] = dict(_prf(exact, n_system, n_gold))
    figures.update({f"{k}_overlap": v for k, v in _prf(overlap, n_system, n_gold).items()})
    figures.update(_resolution(errors, id_hits, id_total))
    figures.update({"n_gold": n_gold, "n_system": n_system, "n_matched": exact, "n_scored": len(errors)})
    return figures


def _error_km(gold: GoldToponym, place: Place) -> float:
    if place.latitude is None or place.longitude is None:
        return MAX_ERROR_KM
    return distance_km(gold.latitude or 0.0, gold.longitude or 0.0, place.latitude, place.longitude)


def _prf(correct: int, n_system: int, n_gold: int) -> dict[str, float]:
    precision = correct / n_system if n_system else 0.0
    recall = min(1.0, correct / n_gold) if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": _pct(precision), "recall": _pct(recall), "f1": _pct(f1)}


def _resolution(errors: list[float], id_hits: int, id_total: int) -> dict[str, float | None]:
    if not errors:
        return {"acc_161km": None, "median_km": None, "mean_km": None, "exact_id": None}
    return {
        "acc_161km": _pct(sum(e <= 161 for e in errors) / len(errors)),
        "median_km": round(statistics.median(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        "exact_id": _pct(id_hits / id_total) if id_total else None,
    }


def _pct(value: float) -> float:
    return round(100 * value, 2)


def evaluate_geo(
    path: str | Path,
    *,
    gold_spans: bool = False,
    limit: int | None = None,
    gazetteer: Gazetteer | None = None,
    save: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Score dateline on one toponym XML file; ``save`` writes every predicted toponym as JSONL."""
    documents = read_geo_xml(path)[:limit]
    gazetteer = gazetteer or Gazetteer.default()
    started = time.perf_counter()
    predicted = geoparse_documents(documents, gazetteer, gold_spans=gold_spans, progress=progress)
    seconds = time.perf_counter() - started
    figures = score_geo(documents, predicted)
    words = sum(len(d.text.split()) for d in documents)
    figures.update(
        {
            "documents": len(documents),
            "mode": "gold-spans" if gold_spans else "end-to-end",
            "seconds": round(seconds, 1),
            "words_per_second": round(words / seconds) if seconds else None,
        }
    )
    if save:
        write_predictions(save, documents, predicted)
    return figures


def write_predictions(
    path: str | Path, documents: Iterable[GeoDocument], predicted: Iterable[list[Place]]
) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for document, places in zip(documents, predicted, strict=False):
            for p in places:
                handle.write(
                    json.dumps(
                        {
                            "document": document.id,
                            "start": p.start,
                            "end": p.end,
                            "name": p.text,
                            "geonameid": p.geonameid,
                            "latitude": p.latitude,
                            "longitude": p.longitude,
                            "resolved_name": p.name,
                            "country_code": p.country_code,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
