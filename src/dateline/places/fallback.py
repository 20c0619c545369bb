"""What to do with a toponym the gazetteer does not hold.

Two fallbacks, in order:

* **embedded**: a place named at the start of the name ("Colorado State University" ->
  Colorado, "US Federal Reserve" -> United States, "Dubai World Cup" -> Dubai): the longest run
  of its first words that names a notable place (a country, region, admin area, or a town of
  :data:`NOTABLE_POPULATION` people), never a generic word alone ("Street", "Church"), a compass
  word ("Northwest Cancer Centre" is not a place called Northwest) or "No." ("No. 2 Detention
  Centre"); a leading compass word may be dropped ("Southwest Middlesex" -> Middlesex);
* **document**: a street, building or hamlet missing from the gazetteer is most likely near the
  document's local focus, the resolved town or county written nearest to it (else the document's
  most named one). The place keeps its own name, gets the focus's coordinates, no GeoNames id,
  ``resolution="document"`` and a coarse ``geo_precision``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .gazetteer import Gazetteer, GazetteerEntry
from .normalize import name_key

NOTABLE_POPULATION = 1000
#: Words that name a kind of place, not a place: never an embedded place on their own (ours).
GENERIC_WORDS = frozenset(
    """
street st avenue ave road rd boulevard blvd lane drive way highway route square plaza bridge
church cathedral chapel mosque temple school college university academy institute hospital
clinic center centre hall court courthouse house hotel inn park garden gardens stadium arena
station airport port harbour harbor market mall store theatre theater museum library office
tower building club field fields village town city county state river lake creek mountain
hill hills valley beach island bay point north south east west northeast northwest southeast southwest
upper lower new old great no
saint san santa royal grand central national international world cup federal reserve bank
medical district regional trial the of and at in on for a an
""".split()
)

DIRECTION_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "northeastern northwestern southeastern southwestern central greater upper lower".split()
)


def embedded_name(text: str, gazetteer: Gazetteer) -> tuple[str, list[GazetteerEntry]] | None:
    """The longest run of first words of ``text`` (not all of it) that names a notable place:
    English puts the place before the head ("Colorado State University"); a leading direction
    word may be dropped ("West Surrey")."""
    words = list(re.finditer(r"[\w'’&.-]+", text))
    first = 1 if len(words) > 1 and name_key(words[0].group()) in DIRECTION_WORDS else 0
    for stop in range(len(words) if first else len(words) - 1, first, -1):
        run = words[first:stop]
        if all(name_key(w.group()) in GENERIC_WORDS for w in run):
            continue
        name = text[run[0].start() : run[-1].end()]
        entries = [e for e in gazetteer.lookup_main(name) if _notable(e)]
        if entries:
            return name, entries
    return None


def plausible_embedded(
    entry: GazetteerEntry, support: float, country_share: float, home: tuple[str, str, float] | None = None
) -> bool:
    """An embedded place stands if it is a major place, or the document's other names or
    countries agree with it; else the document's focus is the better guess ("Meadow Grove").
    In a story with a home region (:mod:`.home`), a minor place must lie inside it."""
    major = entry.feature_class == "A" or entry.source == "dateline" or entry.population >= 100_000
    if major and not (home and entry.feature_code == "ADM2"):
        return True
    if home and (entry.country_code, entry.admin1_code) != home[:2]:
        return False
    return support > 0 or country_share >= 0.5


def _notable(entry: GazetteerEntry) -> bool:
    if entry.latitude is None:
        return False
    if entry.feature_class == "A" or entry.source == "dateline" or entry.feature_code == "CONT":
        return True
    return entry.feature_class == "P" and entry.population >= NOTABLE_POPULATION


def document_focus(
    offsets: Sequence[int],
    entries: Sequence[GazetteerEntry | None],
    at: int,
    home: tuple[str, str] | None = None,
) -> GazetteerEntry | None:
    """The resolved local place (town, county, region) written nearest to offset ``at``, among
    those in the ``home`` region (country, admin1 code) if any is, else the document's most named
    country."""
    local = [(o, e) for o, e in zip(offsets, entries, strict=True) if e is not None and _is_local(e)]
    at_home = [(o, e) for o, e in local if (e.country_code, e.admin1_code) == home]
    local = at_home or local
    if not local:
        countries = Counter(e.geonameid for e in entries if e is not None and e.is_country)
        best = countries.most_common(1)
        return next(e for e in entries if e is not None and e.geonameid == best[0][0]) if best else None
    counts = Counter(e.geonameid for _, e in local)
    return min(local, key=lambda pair: (abs(pair[0] - at), -counts[pair[1].geonameid]))[1]


def _is_local(entry: GazetteerEntry) -> bool:
    return entry.feature_class in ("P", "S") or entry.feature_code in ("ADM2", "ADM3", "ADM1")
