"""Toponym resolution: choose the gazetteer entry a place name refers to.

Each candidate gets a score from what is known of it alone (:func:`prior_score`: feature type and
population) plus what the document says: the countries it names or mostly talks about, admin names
written beside the name ("Kampti (Poni)", "Gossi, in Timbuktu region"), and the support of the
document's other names lying near it or around it (:mod:`.coherence`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, GazetteerEntry
from .home import HOME_WEIGHT, MAIN_COUNTRY_SHARE
from .normalize import name_key

#: Prior weight of a feature code (before population): countries and capitals win ties.
FEATURE_PRIOR = {
    "PCLI": 9.0,
    "PCL": 8.0,
    "PCLD": 7.0,
    "PCLS": 7.0,
    "PCLF": 7.0,
    "PCLIX": 6.0,
    "TERR": 6.0,
    "CONT": 8.5,
    "ADM1": 3.5,
    "PPLC": 6.5,
    "PPLA": 3.0,
    "PPLA2": 2.0,
    "ADM2": 3.0,
    "ADMD": 1.0,
    "RGN": 2.0,
    "ISL": 1.5,
    "ISLS": 1.5,
    "STM": 0.5,
    "LK": 0.5,
    "MTS": 1.0,
    "DSRT": 1.0,
    "OCN": 6.0,
}
#: Prior score per tenfold population (admin areas count half: their population is a sum).
POPULATION_WEIGHT = 0.8
#: Prior of the world regions and water bodies of ``data/regions.tsv``: above all but capitals.
WORLD_REGION_PRIOR = 7.0
#: Score per unit of spatial support from the document's other names (:mod:`.coherence`).
COHERENCE_WEIGHT = 2.0
#: Score for the share of the document's country votes that go to a candidate's country, and for
#: its country being named at all.
COUNTRY_SHARE_WEIGHT = 6.0
COUNTRY_PRESENT_BONUS = 3.0
#: Score for a candidate whose main name is the name written (not an alternate name).
EXACT_NAME_BONUS = 1.5
CLASS_PRIOR = {"P": 1.5, "A": 1.0, "L": 0.5, "H": 0.0, "T": 0.0, "S": -0.5, "V": -0.5, "R": -1.0, "U": -1.0}


def prior_score(entry: GazetteerEntry) -> float:
    """How likely a name means this entry with no context: big and important places first."""
    feature = FEATURE_PRIOR.get(entry.feature_code or "", CLASS_PRIOR.get(entry.feature_class or "", -1))
    if entry.source == "dateline":  # the world regions and seas of our own table
        feature = WORLD_REGION_PRIOR
    # Admin populations are sums over their places: counted at half weight so a city beats its region.
    weight = POPULATION_WEIGHT / 2 if (entry.feature_code or "").startswith("ADM") else POPULATION_WEIGHT
    return feature + weight * math.log10(entry.population + 1)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Context:
    """What a document says about where it is: country weights and admin names."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin_keys: set[str] = field(default_factory=set)
    #: The story's home region ``(country, admin1 code, strength)`` (:mod:`.home`), if any.
    home: tuple[str, str, float] | None = None

    def country_share(self, code: str | None) -> float:
        total = sum(self.countries.values())
        return self.countries.get(code or "", 0) / total if total else 0.0

    def top_country(self) -> str | None:
        """The document's most named country, if it holds at least half of the votes."""
        code = max((c for c in self.countries if c), key=lambda c: self.countries[c], default=None)
        return code if code and self.country_share(code) >= MAIN_COUNTRY_SHARE else None

    def top_share(self) -> float:
        """The share of the document's most named country."""
        return max((self.country_share(code) for code in self.countries if code), default=0.0)


@dataclass
class Choice:
    entry: GazetteerEntry
    score: float
    confidence: float
    #: "gazetteer" (the name itself), "embedded" (a place inside the name) or "document" (the
    #: document's local focus, for a name the gazetteer lacks): see :mod:`.fallback`.
    resolution: str = "gazetteer"


def score_candidate(
    entry: GazetteerEntry,
    name: str,
    context: Context,
    hints: Sequence[str],
    gazetteer: Gazetteer,
    support: float = 0.0,
) -> float:
    score = prior_score(entry) + COHERENCE_WEIGHT * support
    if name_key(entry.name) == name_key(name):
        score += EXACT_NAME_BONUS
    # Continents, seas and world regions belong to no country: any country context suits them.
    share = context.country_share(entry.country_code) if entry.country_code else context.top_share()
    score += COUNTRY_SHARE_WEIGHT * share + (COUNTRY_PRESENT_BONUS if share > 0 else 0.0)
    score += _hint_bonus(entry, hints, gazetteer)
    if context.home and (entry.country_code, entry.admin1_code) == context.home[:2]:
        score += HOME_WEIGHT * context.home[2]
    if context.admin_keys and not entry.is_admin1:
        region = gazetteer.admin_name(entry.country_code, 1, entry.admin1_code)
        score += 3.0 if region and name_key(region) in context.admin_keys else 0.0
    return score


def _hint_bonus(entry: GazetteerEntry, hints: Sequence[str], gazetteer: Gazetteer) -> float:
    """Admin names written beside the name: "Djibo (Soum, Sahel)" favours entries in Soum/Sahel."""
    if not hints:
        return 0.0
    own = {name_key(n) for n in _admin_names(entry, gazetteer) if n}
    bonus = 0.0
    for hint in hints:
        key = name_key(hint)
        if key in own or any(key and (o.startswith(key + " ") or o.endswith(" " + key)) for o in own):
            bonus += 6.0
        elif _near_named_place(entry, hint, gazetteer):
            bonus += 4.0
    return bonus


def _admin_names(entry: GazetteerEntry, gazetteer: Gazetteer) -> list[str | None]:
    cc, a1 = entry.country_code, entry.admin1_code
    names = [gazetteer.admin_name(cc, 1, a1), gazetteer.country_name(cc)]
    if entry.admin2_code:
        names.append(gazetteer.admin_name(cc, 2, f"{a1}.{entry.admin2_code}"))
    return names


def _near_named_place(entry: GazetteerEntry, hint: str, gazetteer: Gazetteer, km: float = 60.0) -> bool:
    if entry.latitude is None or entry.longitude is None:
        return False
    for other in gazetteer.lookup(hint, entry.country_code):
        if other.geonameid != entry.geonameid and other.latitude is not None and other.longitude is not None:
            if distance_km(entry.latitude, entry.longitude, other.latitude, other.longitude) < km:
                return True
    return False


def choose(
    name: str,
    candidates: Iterable[GazetteerEntry],
    context: Context,
    hints: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
    support: dict[int, float] | None = None,
) -> Choice | None:
    """The best candidate with a confidence from its margin over the next best."""
    support = support or {}
    scored = sorted(
        (
            (score_candidate(e, name, context, hints, gazetteer, support.get(e.geonameid, 0.0)), e)  # type: ignore[arg-type]
            for e in candidates
            if e.latitude is not None
        ),
        key=lambda pair: pair[0],
        reverse=True,
    )
    if not scored:
        return None
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else 5.0
    confidence = round(1 / (1 + math.exp(-margin)), 3)
    return Choice(best, best_score, confidence)
