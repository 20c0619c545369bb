"""The taxonomy tables: ACLED's 6 types and 25 sub-types, PLOVER, CASE labels, inter codes."""

from __future__ import annotations

import pytest

from dateline.events.taxonomy import (
    BY_CASE_LABEL,
    CASE_NON_ACLED,
    EVENT_TYPES,
    SUB_EVENT_TYPES,
    case_label,
    event_type_of,
    inter_code,
    interaction,
    plover_of,
)

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", ""}


def test_twenty_five_sub_types_in_six_types() -> None:
    assert len(SUB_EVENT_TYPES) == 25
    assert {s.event_type for s in SUB_EVENT_TYPES} == set(EVENT_TYPES)
    assert len({s.name for s in SUB_EVENT_TYPES}) == 25


@pytest.mark.parametrize("sub, event_type", [
    ("Armed clash", "Battles"), ("Air/drone strike", "Explosions/Remote violence"),
    ("Abduction/forced disappearance", "Violence against civilians"), ("Peaceful protest", "Protests"),
    ("Mob violence", "Riots"), ("Looting/property destruction", "Strategic developments"),
    ("Non-violent transfer of territory", "Strategic developments"), ("Chemical weapon", "Explosions/Remote violence"),
])
def test_event_type_of(sub: str, event_type: str) -> None:
    assert event_type_of(sub) == event_type


def test_every_sub_type_maps_to_plover_and_case() -> None:
    for sub in SUB_EVENT_TYPES:
        plover, _ = plover_of(sub.name)
        assert plover in PLOVER_TYPES
        assert BY_CASE_LABEL[case_label(sub.name)] is sub
    assert plover_of("Air/drone strike") == ("ASSAULT", "aerial")
    assert case_label(None) == "NONE"
    assert not set(CASE_NON_ACLED) & set(BY_CASE_LABEL)


@pytest.mark.parametrize("inter1, inter2, expected", [(2, 7, 27), (1, 2, 12), (2, 1, 12), (6, 0, 60), (1, 1, 11)])
def test_interaction(inter1: int, inter2: int, expected: int) -> None:
    assert interaction(inter1, inter2) == expected


@pytest.mark.parametrize("value, code", [("State Forces", 1), ("rebel groups", 2), ("7", 7), (None, 0), ("x", 0)])
def test_inter_code(value: str | None, code: int) -> None:
    assert inter_code(value) == code
