from __future__ import annotations

import pytest

from dateline.models import Entity
from dateline.places import Gazetteer, geocode, geoparse
from dateline.places.demonyms import demonym_country
from dateline.places.notes import locate_event


@pytest.mark.parametrize(
    "word, code",
    [
        ("Malian", "ML"),
        ("Burkinabe", "BF"),
        ("Burkinabè", "BF"),
        ("French", "FR"),
        ("Nigerien", "NE"),
        ("Nigerian", "NG"),
        ("Americans", "US"),
        ("European", "@EU"),
        ("Russian's", "RU"),
        ("Table", None),
    ],
)
def test_demonyms(word: str, code: str | None) -> None:
    assert demonym_country(word) == code


@pytest.mark.parametrize(
    "written, geonameid, precision",
    [
        ("Gossa", 9000102, 1),  # no context: the one with people
        ("Gossa (Kolo, Nord)", 9000101, 1),  # admin names written beside it
        ("Gossa, Nord Region", 9000101, 1),
        ("near Gossa (Kolo)", 9000101, 2),  # "near" is ACLED's precision 2
        ("Saint Amour", 9000100, 1),
        ("Nord region", 9000010, 3),
        ("Testland", 9000001, 3),
    ],
)
def test_geocode_table(tiny_gazetteer: Gazetteer, written: str, geonameid: int, precision: int) -> None:
    place = geocode(written, gazetteer=tiny_gazetteer)
    assert place is not None
    assert (place.geonameid, place.geo_precision) == (geonameid, precision)


def test_geocode_unknown(tiny_gazetteer: Gazetteer) -> None:
    assert geocode("Atlantis", gazetteer=tiny_gazetteer) is None


def test_context_text_lends_its_region(tiny_gazetteer: Gazetteer) -> None:
    place = geocode("Gossa", context_text="Fighting went on in the Nord Region.", gazetteer=tiny_gazetteer)
    assert place is not None and place.geonameid == 9000101


def test_geoparse_with_given_entities(tiny_gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked Gossa near Saint-Amour. Later, in Bandi, soldiers arrived."
    # The NER called Gossa a person: the gazetteer and the cue "attacked" alone do not make it a place,
    # but "in Bandi" does for a village the NER missed entirely.
    entities = [Entity(16, 21, "Gossa", "PERSON"), Entity(27, 38, "Saint-Amour", "GPE")]
    places = geoparse(text, tiny_gazetteer, entities)
    found = {p.text: p for p in places}
    assert set(found) == {"Saint-Amour", "Bandi"}
    assert found["Saint-Amour"].mention == "ner" and found["Bandi"].mention == "gazetteer"
    assert found["Bandi"].admin1 == "Sud Region"


@pytest.mark.parametrize(
    "text",
    [
        "March was dry. Sud said nothing.",  # common words / sentence starts, no cue
        "The Region agreed.",
    ],
)
def test_gazetteer_matching_guards(tiny_gazetteer: Gazetteer, text: str) -> None:
    assert geoparse(text, tiny_gazetteer, []) == []


@pytest.mark.parametrize(
    "note, geonameid, precision",
    [
        ("On 3 May 2021, gunmen killed 2 civilians in Gossa (Kolo, Nord).", 9000101, 1),
        ("On 3 May 2021, soldiers clashed with militants near Ségala (Sud).", 9000104, 2),
        ("On 3 May 2021, militants attacked the village of Unknownville (Kolo, Nord).", 9000020, 2),
    ],
)
def test_locate_event_table(tiny_gazetteer: Gazetteer, note: str, geonameid: int, precision: int) -> None:
    place = locate_event(note, gazetteer=tiny_gazetteer)
    assert place is not None
    assert (place.geonameid, place.geo_precision) == (geonameid, precision)
