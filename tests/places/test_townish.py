"""Names written as a town's ("a Lebanon woman", the dateline "MALTA –") are not the country."""

from __future__ import annotations

import pytest

from dateline.places.gazetteer import GazetteerEntry
from dateline.places.geoparse import _towns_over_countries
from dateline.places.recognize import Mention, attach_cues

LEBANON = GazetteerEntry(1, "Lebanon", 33.9, 35.9, "A", "PCLI", "LB", None, None, 6_800_000, "packages")
LEBANON_IN = GazetteerEntry(2, "Lebanon", 40.05, -86.47, "P", "PPL", "US", "IN", None, 15_000, "packages")


@pytest.mark.parametrize(
    "text, name, townish",
    [
        ("Elizabeth Fairfield, a Lebanon woman, was charged.", "Lebanon", True),
        ("Family of Jordan motorcyclist finds him injured.", "Jordan", True),
        ("The Malta mayor spoke on Monday.", "Malta", True),
        ("Book sale. MALTA – About 5,000 books are stacked.", "MALTA", True),  # a local dateline
        ("Palestine Independent School District parents met.", "Palestine", True),
        ("The Jordan City Council voted on Monday.", "Jordan", True),
        ("Members of the Lebanon school board resigned.", "Lebanon", True),
        ("Schools in Lebanon reopened.", "Lebanon", False),
        ("Israel struck targets in Lebanon on Monday.", "Lebanon", False),
        ("Jordan police arrested two men.", "Jordan", False),  # a country has police
        ("A Lebanese woman was charged.", "Lebanese", False),  # a demonym is the country's
    ],
)
def test_townish_cue(text: str, name: str, townish: bool) -> None:
    start = text.index(name)
    mention = Mention(start, start + len(name), name, "demonym" if name.endswith("ese") else "ner")
    attach_cues(text, [mention])
    assert mention.townish is townish


def test_a_town_cue_drops_the_country_for_every_mention_of_the_name() -> None:
    cued = Mention(0, 7, "Lebanon", "ner", townish=True)
    plain = Mention(40, 47, "Lebanon", "ner")
    pools = _towns_over_countries([cued, plain], [[LEBANON, LEBANON_IN], [LEBANON, LEBANON_IN]])
    assert pools == [[LEBANON_IN], [LEBANON_IN]]


def test_no_town_of_the_name_keeps_the_country() -> None:
    assert _towns_over_countries([Mention(0, 7, "Lebanon", "ner", townish=True)], [[LEBANON]]) == [[LEBANON]]
