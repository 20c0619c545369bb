"""Countries as actor names need them: ISO codes, ACLED's short names, demonyms, dated regimes.

ISO codes and the names of every country come from pycountry; the demonyms, the names ACLED writes
("Ivory Coast", "the United States") and the dated regime suffixes ("(2021-)") are dateline's own
table in ``data/countries.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

DateLike = str | dt.date | None

#: Country names that are more often something else in English news (a US state, a first name).
_AMBIGUOUS_NAMES = ("georgia", "jersey", "guernsey")


@dataclass(frozen=True)
class Country:
    """A country with the names dateline needs to write and to recognise it."""

    code: str  # ISO 3166-1 alpha-2
    name: str  # the short name ACLED uses: "Mali", "Ivory Coast"
    the: bool = False  # ACLED writes "Military Forces of the Ivory Coast"
    demonyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    regimes: tuple[str, ...] = ()  # first day of each regime, oldest first
    branches: dict[str, str] = field(default_factory=dict)  # "gendarmerie" -> "police"

    @property
    def the_name(self) -> str:
        return f"the {self.name}" if self.the else self.name

    def regime(self, date: DateLike = None, as_of: DateLike = None) -> str | None:
        """The dated suffix ACLED gives this country's state actors on ``date``: "2021-".

        A regime's suffix is closed ("2013-2020") once the next one has begun by ``as_of``; by
        default ``as_of`` is ``date`` itself, the name as ACLED wrote it at the time.
        ``date=None`` means the latest regime. None before the first regime in the table.
        """
        day, seen = _iso_day(date), _iso_day(as_of) or _iso_day(date)
        index = None
        for i, start in enumerate(self.regimes):
            if day is None or start <= day:
                index = i
        if index is None:
            return None
        start = self.regimes[index][:4]
        following = self.regimes[index + 1] if index + 1 < len(self.regimes) else None
        ended = following is not None and (seen is None or following <= seen)
        return f"{start}-{following[:4]}" if ended and following else f"{start}-"

    def branch(self, kind: str) -> str:
        """Which force ("Military" or "Police") a gendarmerie or national guard is named under."""
        return self.branches.get(kind, "military").capitalize()


def _iso_day(date: DateLike) -> str | None:
    if date is None or date == "":
        return None
    if isinstance(date, dt.date):
        return date.isoformat()[:10]
    text = str(date)[:10]
    return text if len(text) == 10 else (text + "-01-01"[len(text) - 4:])[:10]


def normalise(text: str) -> str:
    """Lower case, accents and apostrophes dropped, punctuation to spaces: the key of every index."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’‘`´]", "'", text.lower())
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)|(?<=\b[a-z])\.(?=\s|$)", "", text)  # u.n. -> un
    text = text.replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _load_json() -> dict[str, Any]:
    path = resources.files("dateline.entities").joinpath("data/countries.json")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every ISO country: dateline's table where it has an entry, pycountry's name otherwise."""
    import pycountry

    table: dict[str, Country] = {}
    for record in pycountry.countries:
        name = getattr(record, "common_name", None) or record.name
        table[record.alpha_2] = Country(record.alpha_2, name, aliases=_pycountry_names(record))
    for code, entry in _load_json()["countries"].items():
        if code not in table:
            raise ValueError(f"data/countries.json: {code} is not an ISO 3166-1 alpha-2 code")
        base = table[code]
        table[code] = Country(
            code, entry["name"], bool(entry.get("the")), tuple(entry.get("demonyms", ())),
            tuple(dict.fromkeys([*entry.get("aliases", ()), *base.aliases])),
            tuple(entry.get("regimes", ())),
            dict(entry.get("branches", {})))
    return table


def _pycountry_names(record: Any) -> tuple[str, ...]:
    names = [getattr(record, attr, None) for attr in ("name", "common_name", "official_name")]
    return tuple(dict.fromkeys(n for n in names if n and "," not in n))


@lru_cache(maxsize=1)
def country_index() -> dict[str, str]:
    """Normalised country name, alias or demonym -> ISO code (dateline's table wins ties)."""
    index: dict[str, str] = {}
    ours = _load_json()["countries"]
    table = countries()
    for code in sorted(table, key=lambda c: c in ours):  # ours last, so they overwrite
        country = table[code]
        for name in (country.name, *country.aliases, *country.demonyms):
            key = normalise(name)
            if key and not (len(key) <= 3 and not name.isupper() and code not in ours):
                index[key] = code
    for ambiguous in _AMBIGUOUS_NAMES:
        index.pop(ambiguous, None)
    return index


def find_country(text: str) -> str | None:
    """ISO code of a country named by ``text``: "Mali", "Malian", "Burkina Faso's", "Côte d'Ivoire"."""
    if not text:
        return None
    key = normalise(text)
    if key.startswith("the "):
        key = key[4:]
    if len(key) == 2 and text.strip().upper() == text.strip() and key.upper() in countries():
        return key.upper()
    return country_index().get(key)


def country(code: str | None) -> Country | None:
    """The :class:`Country` of an ISO alpha-2 code (case-insensitive), or None."""
    return countries().get(code.upper()) if code else None


def country_name(code: str | None) -> str | None:
    found = country(code)
    return found.name if found else None


def demonym_words() -> set[str]:
    """Every demonym in dateline's table, as written."""
    return {d for c in countries().values() for d in c.demonyms}


@lru_cache(maxsize=1)
def demonym_keys() -> frozenset[str]:
    """Normalised demonyms, to tell "Malian" (a people) from "Mali" (a place)."""
    return frozenset(normalise(d) for d in demonym_words())


def country_prefix(text: str) -> str | None:
    """The country a phrase starts with: "Mali's army" and "Malian forces" -> ML."""
    tokens = normalise(text).split()
    tokens = tokens[1:] if tokens[:1] == ["the"] else tokens
    index = country_index()
    for end in range(min(4, len(tokens)), 0, -1):
        if (code := index.get(" ".join(tokens[:end]))) is not None:
            return code
    return None
