"""Names resolved in text order, each in the light of the names resolved before it, in two sweeps
(``geoparse.SWEEPS``): a chosen reading lends its support at full weight and votes for its own
country, not for the country of its name's likeliest reading alone."""

from __future__ import annotations

import pytest

from dateline.places.coherence import MAX_SUPPORT, Coherence, support
from dateline.places.gazetteer import GazetteerEntry
from dateline.places.geoparse import resolve_mentions
from dateline.places.recognize import Mention


def entry(gid: int, name: str, where: tuple[str, str, float, float], code: str = "PPL", **kw: object) -> GazetteerEntry:
    cc, a1, lat, lon = where
    cls = "A" if code.startswith("ADM") else "P"
    return GazetteerEntry(gid, name, lat, lon, cls, code, cc, a1, kw.get("a2"), kw.get("pop", 10_000), "packages")  # type: ignore[arg-type]


PARIS_FR = entry(1, "Paris", ("FR", "11", 48.85, 2.35), "PPLC", pop=2_100_000)
PARIS_TN = entry(2, "Paris", ("US", "TN", 36.30, -88.33), a2="079", pop=10_000)
HENRY_TN = entry(3, "Henry County", ("US", "TN", 36.33, -88.30), "ADM2", a2="079", pop=30_000)
HENRY_IA = entry(4, "Henry County", ("US", "IA", 40.99, -91.54), "ADM2", a2="087", pop=30_000)
LEE_IA = entry(5, "Lee County", ("US", "IA", 40.64, -91.48), "ADM2", a2="111", pop=35_000)
LANCASTER_GB = entry(6, "Lancaster", ("GB", "ENG", 54.05, -2.80), pop=47_000)
LANCASTER_CA = entry(7, "Lancaster", ("US", "CA", 34.70, -118.14), pop=161_000)
ASHFORD_GB = entry(8, "Ashford", ("GB", "ENG", 51.15, 0.87), pop=62_000)
ASHFORD_WI = entry(9, "Ashford", ("US", "WI", 43.59, -88.37), pop=1_700)


class Pools:
    """A gazetteer stand-in: each name's readings, nothing else."""

    def __init__(self, *entries: GazetteerEntry) -> None:
        self.entries = entries

    def lookup(self, name: str, country: str | None = None) -> list[GazetteerEntry]:
        return [e for e in self.entries if e.name == name and country in (None, e.country_code)]


@pytest.mark.parametrize(
    "chosen, expected",
    [
        (None, "less"),  # Paris, Tennessee is a weak reading of "Paris" alone: it lends little
        ({"paris": PARIS_TN.geonameid}, 1.0),  # once "Paris" is resolved to it, it lends in full
        ({"paris": PARIS_FR.geonameid}, "less"),  # resolved elsewhere: its other readings keep their weight
    ],
)
def test_a_chosen_reading_lends_full_support(chosen: dict[str, int] | None, expected: float | str) -> None:
    document = Coherence(["Paris", "Henry County"], [[PARIS_FR, PARIS_TN], [HENRY_TN, HENRY_IA]])
    found = document.support_of("henry county", chosen)[HENRY_TN.geonameid]
    if expected == "less":
        assert 0.0 < found < 1.0
    else:
        assert found == pytest.approx(expected)


@pytest.mark.parametrize(
    "names, gazetteer, expected",
    [
        # "Paris" alone votes France; read as Paris, Tennessee in context, it votes for the
        # United States and lends Tennessee to "Henry County" (not Henry County, Iowa, beside Lee).
        (
            ["Paris", "Henry County", "Lee County", "Paris"],
            Pools(PARIS_FR, PARIS_TN, HENRY_TN, HENRY_IA, LEE_IA),
            ["TN", "TN", "IA", "TN"],
        ),
        # Two names whose likeliest readings alone lie in different countries: the second sees
        # the first resolved and agrees with it; a second sweep does not make them swap.
        (["Lancaster", "Ashford"], Pools(LANCASTER_GB, LANCASTER_CA, ASHFORD_GB, ASHFORD_WI), ["ENG", "ENG"]),
    ],
)
def test_names_resolved_in_the_light_of_those_before(names: list[str], gazetteer: Pools, expected: list[str]) -> None:
    mentions, at = [], 0
    for name in names:
        mentions.append(Mention(at, at + len(name), name, "ner"))
        at += len(name) + 20
    choices = resolve_mentions(mentions, gazetteer)  # type: ignore[arg-type]
    assert [c.entry.admin1_code if c else None for c in choices] == expected


BOONE_IN = entry(10, "Boone County", ("US", "IN", 40.05, -86.47), "ADM2", a2="011")
BOONE_KY = entry(11, "Boone County", ("US", "KY", 37.0, -83.0), "ADM2", a2="015")  # moved east, for clarity
INDIANA = entry(12, "Indiana", ("US", "IN", 40.0, -86.25), "ADM1", pop=6_500_000)
KENTUCKY = entry(13, "Kentucky", ("US", "KY", 37.5, -85.0), "ADM1", pop=4_300_000)
NEIGHBOURS_IN = [entry(20 + n, f"Town {n}", ("US", "IN", 40.0 + n / 10, -86.3)) for n in range(5)]
NEIGHBOURS_KY = [entry(30 + n, f"Burg {n}", ("US", "KY", 37.0 + n / 50, -83.1)) for n in range(2)]


@pytest.mark.parametrize(
    "target, expected",
    [
        (BOONE_IN, MAX_SUPPORT),  # its state and five towns around it: more than three names count
        (BOONE_KY, 3.0),  # its state and two towns
    ],
)
def test_support_counts_up_to_five_names(target: GazetteerEntry, expected: float) -> None:
    towns = NEIGHBOURS_IN + NEIGHBOURS_KY
    names = ["Boone County", "Indiana", "Kentucky"] + [t.name for t in towns]
    found = support(names, [[BOONE_IN, BOONE_KY], [INDIANA], [KENTUCKY], *[[t] for t in towns]])[0]
    assert found[target.geonameid] == pytest.approx(expected)
    assert found[BOONE_IN.geonameid] > found[BOONE_KY.geonameid]
