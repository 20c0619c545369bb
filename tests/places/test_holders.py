"""The place a text writes as holding a name ("Zion National Park in Utah", "Utah's Zion"), and
a name's type word ("Madison County" is not Madison Parish)."""

from __future__ import annotations

import pytest

from dateline.places.gazetteer import GazetteerEntry
from dateline.places.geoparse import _document_fallback, _other_type_word, candidates
from dateline.places.recognize import Mention, attach_cues
from dateline.places.resolve import Choice


def entry(gid: int, name: str, lat: float, lon: float, code: str = "PPL", cc: str = "US", a1: str = "UT") -> GazetteerEntry:
    return GazetteerEntry(gid, name, lat, lon, "A" if code.startswith("ADM") else "P", code, cc, a1, None, 50_000, "packages")


UTAH = entry(1, "Utah", 39.3, -111.7, "ADM1")
GENEVA = entry(2, "Geneva", 46.2, 6.15, cc="CH", a1="GE")
ROANOKE_VA = entry(3, "Roanoke", 37.27, -79.94, a1="VA")
KANSAS_CITY = entry(4, "Kansas City", 39.1, -94.58, a1="MO")
PROVO = entry(5, "Provo", 40.23, -111.66)
MADISON_KY = entry(6, "Madison County", 37.66, -84.3, "ADM2", a1="KY")
MADISON_LA = entry(7, "Madison Parish", 32.4, -91.18, "ADM2", a1="LA")


def mentions_of(text: str, *names: str) -> list[Mention]:
    found = [Mention(text.index(n), text.index(n) + len(n), n, "ner") for n in names]
    attach_cues(text, found)
    return found


@pytest.mark.parametrize(
    "text, name, holder",
    [
        ("Land in Zion National Park in Utah was added.", "Zion National Park", "Utah"),
        ("a briefing at the Palais des Nations in Geneva.", "Palais des Nations", "Geneva"),
        ("working at Super Bowl 52 in Minneapolis alongside", "Super Bowl 52", "Minneapolis"),
        ("the Pioneer cinema, Dewsbury, closed", "Pioneer cinema", "Dewsbury"),
        ("in Utah's Zion National Park and beyond", "Zion National Park", "Utah"),
        ("Royal Street at Washington Square: into the 1960s", "Royal Street", "Washington Square"),
        ("caught near Roanoke Park in the city of Kansas City.", "Roanoke Park", None),  # not beside
        ("Zion National Park and Utah were named.", "Zion National Park", None),  # "and" holds nothing
    ],
)
def test_holder_written_beside_a_name(text: str, name: str, holder: str | None) -> None:
    other = next(n for n in ("Utah", "Geneva", "Minneapolis", "Dewsbury", "Washington Square", "Kansas City") if n in text)
    found = {m.text: m for m in mentions_of(text, name, other)}
    expected = text.index(holder) if holder else None
    assert found[name].holder == expected


def test_a_name_the_gazetteer_lacks_takes_its_holder_not_the_nearest_town() -> None:
    text = "Provo officials spoke. Zion National Park in Utah was named."
    provo, zion, utah = mentions_of(text, "Provo", "Zion National Park", "Utah")
    choices = _document_fallback([provo, zion, utah], [Choice(PROVO, 1, 1), None, Choice(UTAH, 1, 1)])
    assert choices[1] is not None and choices[1].entry == UTAH and choices[1].resolution == "document"


@pytest.mark.parametrize(
    "embedded, holder, expected",
    [
        (ROANOKE_VA, KANSAS_CITY, KANSAS_CITY),  # "Roanoke Park in Kansas City": the holder
        (PROVO, UTAH, PROVO),  # the place in the name lies inside its holder: kept
    ],
)
def test_a_place_inside_a_name_yields_to_a_far_holder(
    embedded: GazetteerEntry, holder: GazetteerEntry, expected: GazetteerEntry
) -> None:
    text = f"the area of {embedded.name} Park in {holder.name} was closed."
    park, held = mentions_of(text, f"{embedded.name} Park", holder.name)
    choices = _document_fallback([park, held], [Choice(embedded, 1, 1, "embedded"), Choice(holder, 1, 1)])
    assert choices[0] is not None and choices[0].entry == expected


@pytest.mark.parametrize(
    "name, written, other",
    [
        ("Madison Parish", "County", True),
        ("Kent District", "county", True),
        ("Madison County", "County", False),
        ("Kent", "County", False),  # a county named without its word (England's) stays
        ("Tillaberi Region", "region", False),
    ],
)
def test_other_type_word(name: str, written: str, other: bool) -> None:
    assert _other_type_word(name, written) is other


class Pools:
    """A gazetteer stand-in: names to readings."""

    def __init__(self, table: dict[str, list[GazetteerEntry]]) -> None:
        self.table = table

    def lookup(self, name: str) -> list[GazetteerEntry]:
        return self.table.get(name, [])


def test_a_county_is_not_a_parish_of_its_name() -> None:
    pools = Pools({"Madison County": [MADISON_KY], "Madison": [MADISON_LA, MADISON_KY]})
    found, kind = candidates(Mention(0, 14, "Madison County", "ner"), pools)  # type: ignore[arg-type]
    assert kind == "region" and MADISON_LA not in found and MADISON_KY in found
