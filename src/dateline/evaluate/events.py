"""Event coding scorers: ACLED rows field by field, and CASE 2021 task 2 sub-event types.

ACLED (:func:`evaluate_acled_events`): each row's ``event_date`` and ``notes`` are one document
(published on the event date, the note as its text); the first non-background event the pipeline
extracts is compared with the row. Percentages (0-100): event type and sub-event type accuracy,
sub-event type macro-F1 (over the sub-event types in the gold rows or the predictions), fatalities
and event date exact, actor1 and actor2 matched (canonical names compared case-insensitively,
a country in brackets ignored; an empty actor2 matches no actor2), location error (median km, an
event with no coordinates counts as infinitely far), share within 10 and 50 km, admin1 accuracy.

CASE 2021 (:func:`evaluate_case`): each snippet is one document; its label is the sub-event type
of the first event extracted, or NONE; the five labels outside ACLED's taxonomy are NONE in gold.
"""

from __future__ import annotations

import csv
import math
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..events.export import event_row, write_acled_csv
from ..events.taxonomy import BY_CASE_LABEL, NONE_LABEL, case_label
from ..models import Article, Event
from ..pipeline import Pipeline
from .acled_places import read_acled

STAGES = ("sentences", "time", "entities", "places", "events")
KEYS = ("event_type_accuracy", "sub_event_type_accuracy", "sub_event_type_macro_f1", "fatalities_exact",
        "event_date_exact", "actor1_match", "actor2_match", "location_median_km", "within_10km",
        "within_50km", "admin1_accuracy", "rows", "rows_per_second")
EVENT_COLUMNS = ("event_date", "notes", "event_type", "sub_event_type", "actor1", "actor2",
                 "fatalities", "latitude", "longitude", "admin1", "country")


def build_pipeline(gazetteer: str | None = None, note_tags: bool | None = None) -> Pipeline:
    """The full analysis pipeline, with the places stage on ``gazetteer`` (a file) if given."""
    config: dict[str, dict[str, Any]] = {"events": {"note_tags": note_tags}}
    if gazetteer:
        config["places"] = {"gazetteer": gazetteer}
        config["events"]["gazetteer"] = gazetteer
    return Pipeline.from_names(STAGES, **config)


def first_event(events: Sequence[Event], background: bool = False) -> Event | None:
    """The first event, skipping background ones unless ``background``."""
    return next((e for e in events if background or not e.background), None)


def actor_key(name: str | None) -> str:
    """ "Civilians (Mali)" -> "civilians"; "Military Forces of Mali (2021-)" keeps its regime."""
    from ..entities import find_country

    text = (name or "").strip()
    text = re.sub(r"\s*\(([^()]+)\)", lambda m: "" if find_country(m.group(1)) else m.group(), text)
    return " ".join(text.lower().split())


def macro_f1(gold: Sequence[str], predicted: Sequence[str], ignore: Iterable[str] = ()) -> float:
    """Mean F1 over the labels seen in ``gold`` or ``predicted`` (less ``ignore``), in percent."""
    skip = set(ignore)
    labels = sorted((set(gold) | set(predicted)) - skip)
    if not labels:
        return 0.0
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return 100.0 * sum(scores) / len(scores)


def _percent(hits: int, total: int) -> float:
    return round(100.0 * hits / total, 1) if total else 0.0


def _distance(event: Event | None, row: dict[str, str]) -> float:
    from ..places.resolve import distance_km

    place = event.location if event else None
    if place is None or place.latitude is None or place.longitude is None:
        return math.inf
    try:
        return float(distance_km(place.latitude, place.longitude, float(row["latitude"]),
                                 float(row["longitude"])))
    except (KeyError, ValueError):
        return math.inf


def _admin1(event: Event | None, row: dict[str, str], gazetteer: Any) -> bool:
    from .acled_places import same_admin1

    place = event.location if event else None
    return place is not None and place.geonameid is not None and same_admin1(place, row, gazetteer)


def _article(row: dict[str, str], index: int) -> Article:
    return Article(id=f"row-{index}", text=row["notes"], published=row["event_date"][:10])


def score_row(event: Event | None, row: dict[str, str], gazetteer: Any) -> dict[str, Any]:
    """Per-field outcome for one row (``distance`` in km, ``inf`` when unplaced)."""
    return {
        "event_type": bool(event) and event.event_type == row["event_type"],  # type: ignore[union-attr]
        "sub_event_type": event.sub_event_type if event else NONE_LABEL,
        "fatalities": (event.fatalities or 0 if event else 0) == int(row["fatalities"] or 0),
        "event_date": bool(event) and (event.event_date or "") == row["event_date"][:10],  # type: ignore[union-attr]
        "actor1": actor_key(event.actor1 if event else None) == actor_key(row.get("actor1")),
        "actor2": actor_key(event.actor2 if event else None) == actor_key(row.get("actor2")),
        "distance": _distance(event, row),
        "admin1": _admin1(event, row, gazetteer),
    }


def summarise(scores: list[dict[str, Any]], rows: list[dict[str, str]], seconds: float) -> dict[str, Any]:
    """The JSON figures of :data:`KEYS` from per-row outcomes."""
    n = len(scores)
    distances = [s["distance"] for s in scores]
    median = statistics.median(distances) if distances else math.inf
    gold = [r["sub_event_type"] for r in rows]
    predicted = [s["sub_event_type"] for s in scores]
    return {
        "event_type_accuracy": _percent(sum(s["event_type"] for s in scores), n),
        "sub_event_type_accuracy": _percent(sum(g == p for g, p in zip(gold, predicted)), n),
        "sub_event_type_macro_f1": round(macro_f1(gold, predicted, ignore=[NONE_LABEL]), 1),
        "fatalities_exact": _percent(sum(s["fatalities"] for s in scores), n),
        "event_date_exact": _percent(sum(s["event_date"] for s in scores), n),
        "actor1_match": _percent(sum(s["actor1"] for s in scores), n),
        "actor2_match": _percent(sum(s["actor2"] for s in scores), n),
        "location_median_km": round(median, 1) if math.isfinite(median) else None,
        "within_10km": _percent(sum(d <= 10 for d in distances), n),
        "within_50km": _percent(sum(d <= 50 for d in distances), n),
        "admin1_accuracy": _percent(sum(s["admin1"] for s in scores), n),
        "rows": n,
        "rows_per_second": round(n / seconds, 2) if seconds else None,
    }


def evaluate_acled_events(path: str | Path, *, limit: int | None = None, rows: Sequence[int] | None = None,
                          gazetteer: str | None = None, note_tags: bool | None = None,
                          save: str | Path | None = None,
                          progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Code each ACLED row's note and compare with the row (see the module docstring)."""
    from ..places.gazetteer import Gazetteer

    table = read_acled(path)
    _check_columns(table, path)
    chosen = [table[i] for i in rows] if rows is not None else table[:limit]
    pipeline = build_pipeline(gazetteer, note_tags)
    places = Gazetteer(gazetteer) if gazetteer else Gazetteer.default()
    events, scores = [], []
    started = time.perf_counter()
    for index, row in enumerate(chosen):
        event = first_event(pipeline(_article(row, index)).events)
        events.append(event)
        scores.append(score_row(event, row, places))
        if progress:
            progress(index + 1, len(chosen))
    figures = summarise(scores, chosen, time.perf_counter() - started)
    if save:
        _save(save, chosen, events)
    return figures


def _check_columns(table: list[dict[str, str]], path: str | Path) -> None:
    missing = [c for c in EVENT_COLUMNS if table and c not in table[0]]
    if missing:
        raise InputError(f"not an ACLED export: missing columns {', '.join(missing)}", str(path))
    for number, row in enumerate(table, start=2):
        if not re.match(r"^\d{4}-\d{2}-\d{2}", row["event_date"] or ""):
            raise InputError(f"event_date {row['event_date']!r} is not YYYY-MM-DD", str(path),
                             f"line {number}")


def _save(path: str | Path, rows: list[dict[str, str]], events: list[Event | None]) -> None:
    columns = list(rows[0]) if rows else []
    with open(path, "w", encoding="utf-8", newline="") as handle:
        write_acled_csv(handle, (event_row(e, r) for e, r in zip(events, rows)), columns)


# -- CASE 2021 task 2 ------------------------------------------------------------------------------
def read_case(path: str | Path, limit: int | None = None) -> list[tuple[str, str]]:
    """``(snippet, label)`` pairs of a CASE 2021 task 2 TSV (id, EventSnippet, SubType)."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if not reader.fieldnames or not {"EventSnippet", "SubType"} <= set(reader.fieldnames):
                raise InputError("not a CASE 2021 task 2 file: expected columns id, EventSnippet, SubType",
                                 str(path))
            pairs = [(r["EventSnippet"] or "", (r["SubType"] or "").strip()) for r in reader]
    except OSError as exc:
        raise InputError(f"cannot read the CASE file: {exc}", str(path)) from None
    return pairs[:limit]


def gold_case_label(label: str) -> str:
    return label if label in BY_CASE_LABEL else NONE_LABEL


def evaluate_case(path: str | Path, *, limit: int | None = None, gazetteer: str | None = None,
                  progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Sub-event type of each CASE snippet against its label (macro-F1 with and without NONE)."""
    pairs = read_case(path, limit)
    pipeline = build_pipeline(gazetteer)
    gold, predicted = [], []
    started = time.perf_counter()
    for index, (snippet, label) in enumerate(pairs):
        article = pipeline(Article(id=f"case-{index}", text=snippet, published="2021-01-01"))
        event = first_event(article.events, background=True)
        gold.append(gold_case_label(label))
        predicted.append(case_label(event.sub_event_type if event else None))
        if progress:
            progress(index + 1, len(pairs))
    seconds = time.perf_counter() - started
    confusion = Counter((g, p) for g, p in zip(gold, predicted) if g != p)
    return {
        "sub_event_type_macro_f1": round(macro_f1(gold, predicted), 1),
        "sub_event_type_macro_f1_acled_only": round(macro_f1(gold, predicted, ignore=[NONE_LABEL]), 1),
        "accuracy": _percent(sum(g == p for g, p in zip(gold, predicted)), len(gold)),
        "snippets": len(gold),
        "snippets_per_second": round(len(gold) / seconds, 2) if seconds else None,
        "top_confusions": [f"{g} -> {p}: {n}" for (g, p), n in confusion.most_common(10)],
    }
