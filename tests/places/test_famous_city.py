"""A small town outside a story's home yields to a city of its name (``_famous_over_small``)."""

from __future__ import annotations

import pytest

from dateline.places.gazetteer import GazetteerEntry
from dateline.places.geoparse import _famous_over_small
from dateline.places.resolve import Choice, Context


def town(gid: int, cc: str, a1: str, pop: int, name: str = "Toronto") -> GazetteerEntry:
    return GazetteerEntry(gid, name, 40.0, -80.0, "P", "PPL", cc, a1, None, pop, "packages")


TORONTO_OH = town(1, "US", "OH", 4_882)
TORONTO_ON = town(2, "CA", "08", 2_794_356)
TORONTO_KS = town(3, "US", "KS", 25_000)
TORONTO_TOWNSHIP = town(4, "CA", "08", 400_000, name="Toronto Township")
POOL = [TORONTO_OH, TORONTO_ON, TORONTO_KS, TORONTO_TOWNSHIP]


@pytest.mark.parametrize(
    "chosen, home, support, expected",
    [
        (TORONTO_OH, None, {}, TORONTO_ON),  # an American story naming Toronto
        (TORONTO_OH, ("US", "NY", 0.5), {}, TORONTO_ON),  # a New York story: Ohio is abroad too
        (TORONTO_OH, ("US", "OH", 0.5), {}, TORONTO_OH),  # an Ohio story keeps its own town
        (TORONTO_OH, None, {1: 1.0}, TORONTO_OH),  # other names lie near the town
        (TORONTO_KS, None, {}, TORONTO_KS),  # 20,000 people or more: not a small town
    ],
)
def test_famous_over_small(
    chosen: GazetteerEntry, home: tuple | None, support: dict, expected: GazetteerEntry
) -> None:
    choice = _famous_over_small("Toronto", Choice(chosen, 1.0, 0.6), POOL, support, american(home))
    assert choice.entry == expected


def american(home: tuple | None = None, canada: float = 0.5) -> Context:
    """An American story that also names Canada (or a Canadian) unless ``canada`` is 0."""
    context = Context(home=home)
    context.countries.update({"US": 2.0, "CA": canada})
    return context


def test_a_city_in_a_country_the_story_does_not_name_keeps_the_town() -> None:
    """ "Kita" in a note on Mali is the Malian town, not Kita, Tokyo."""
    choice = _famous_over_small("Toronto", Choice(TORONTO_OH, 1.0, 0.6), POOL, {}, american(canada=0.0))
    assert choice.entry == TORONTO_OH


def test_no_city_of_the_very_name_keeps_the_town() -> None:
    pool = [TORONTO_OH, TORONTO_TOWNSHIP]
    choice = _famous_over_small("Toronto", Choice(TORONTO_OH, 1.0, 0.6), pool, {}, american())
    assert choice.entry == TORONTO_OH
