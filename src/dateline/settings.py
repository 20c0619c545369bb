"""One declarative table of settings, validated, unknown names rejected.

Each setting has a default, a type and a help line. Values come from, in order: the defaults, the
environment (``DATELINE_<NAME>`` upper-cased), then explicit overrides (``--setting name value``
on the command line, or keyword arguments).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import SettingsError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "dateline.db", "Store location: a SQLite file path or a postgresql:// URL"),
    Setting("pipeline", "sentences,time,entities,places,events",
            "Comma-separated analysis stages run by `dateline process` (those installed)"),
    Setting("batch_size", 200, "Articles written to the store per transaction"),
    Setting("max_document_mb", 10.0, "Largest single document accepted, in megabytes"),
    Setting("near_duplicate_threshold", 0.8,
            "Estimated Jaccard similarity of word shingles above which an article is a near-duplicate"),
    Setting("minhash_permutations", 128, "Permutations of the MinHash signature used for near-duplicates"),
    Setting("shingle_size", 5, "Words per shingle for near-duplicate detection"),
    Setting("progress", "auto", "Progress bars: auto (on a terminal), always or never"),
    Setting("workers", 1, "Worker processes for `dateline process`"),
    Setting("gazetteer", "",
            "Gazetteer index file (default: $XDG_CACHE_HOME/dateline/gazetteer.sqlite, built on first use)"),
    Setting("events_note_tags", True,
            "Events: read ACLED's own note tags (\"Looting:\", \"Defusal:\") as the sub-event type"),
    Setting("events_background_days", 14,
            "Events: an event that ended more than this many days before publication is background"),
    Setting("entities_country", "",
            "ISO code (or name) of the country every article is about; empty: inferred per article "
            "from its place names"),
    Setting("actor_names_as_of", "event",
            "Regime suffixes of state actors: 'event' writes them as ACLED did on the article's date "
            "('(2015-)'); 'latest' or a date YYYY-MM-DD writes them as of that day ('(2015-2022)')"),
    Setting("web_max_upload_mb", 100.0,
            "Largest upload `POST /api/ingest` accepts per request, in megabytes"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, value: Any) -> Any:
    kind = type(setting.default)
    if isinstance(value, kind):
        return value
    try:
        if kind is bool:
            return str(value).lower() in ("1", "true", "yes", "on")
        return kind(value)
    except (TypeError, ValueError):
        raise SettingsError(
            f"setting {setting.name!r} expects {kind.__name__}, got {value!r}"
        ) from None


class Settings(Mapping[str, Any]):
    """Validated settings. ``Settings(batch_size=50)``; ``settings["batch_size"]``."""

    def __init__(self, overrides: Mapping[str, Any] | None = None, *,
                 environ: Mapping[str, str] | None = None, **kwargs: Any) -> None:
        env = os.environ if environ is None else environ
        values = {s.name: s.default for s in SETTINGS}
        for s in SETTINGS:
            if f"DATELINE_{s.name.upper()}" in env:
                values[s.name] = _coerce(s, env[f"DATELINE_{s.name.upper()}"])
        for name, value in {**(overrides or {}), **kwargs}.items():
            if name not in _BY_NAME:
                known = ", ".join(sorted(_BY_NAME))
                raise SettingsError(f"unknown setting {name!r}; known settings: {known}")
            if value is not None:
                values[name] = _coerce(_BY_NAME[name], value)
        self._values = values

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Settings({self._values!r})"
