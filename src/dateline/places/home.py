"""The home region of a local news story: the first-level region (state, province) of its main
country that holds readings of the most of its names.

Local papers rarely write their own state: a story from Paris, Tennessee names "Paris",
"Henry County", "Whitlock" and a few streets, each a name found in many states. The state that
holds a reading of most of those names at once (Tennessee) is the paper's likeliest home, and
readings inside it are preferred (:func:`dateline.places.resolve.score_candidate`). A name found in
many regions says little (it votes ``1 / sqrt(regions)`` for each); each distinct name votes once.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from .gazetteer import GazetteerEntry
from .normalize import name_key

#: Score bonus for a reading inside the home region, at full strength.
HOME_WEIGHT = 1.5
#: Share of the document's country votes its main country needs to have a home region.
MAIN_COUNTRY_SHARE = 0.5


def region_votes(
    names: Sequence[str], pools: Sequence[Sequence[GazetteerEntry]], country: str
) -> dict[str, float]:
    """First-level region code -> the weight of the distinct names with a reading inside it."""
    votes: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    for name, pool in zip(names, pools, strict=True):
        key = name_key(name)
        if key in seen:
            continue
        seen.add(key)
        regions = {e.admin1_code or "" for e in pool if e.country_code == country and not e.is_country}
        regions.discard("")
        for region in regions:
            votes[region] += 1 / math.sqrt(len(regions))
    return votes


def home_region(
    names: Sequence[str], pools: Sequence[Sequence[GazetteerEntry]], country: str | None
) -> tuple[str, str, float] | None:
    """``(country, admin1 code, strength in (0, 1])`` of the story's home region, or None when no
    region leads (strength: the best region's lead over the next one, as a share of its votes)."""
    if not country:
        return None
    ranked = sorted(region_votes(names, pools, country).items(), key=lambda item: -item[1])
    if not ranked:
        return None
    best, second = ranked[0][1], (ranked[1][1] if len(ranked) > 1 else 0.0)
    lead = (best - second) / best
    return (country, ranked[0][0], lead) if lead > 0 else None
