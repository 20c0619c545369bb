"""ACLED's event taxonomy, actor types and interaction codes, and their PLOVER equivalents.

Everything here is written from ACLED's public codebook (6 event types, 25 sub-event types,
8 actor types) and the PLOVER specification (16 event types with modes); nothing is learnt
from data.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..entities.actors import ACTOR_TYPES

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

EVENT_TYPES = (BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS, PROTESTS, RIOTS, STRATEGIC)


@dataclass(frozen=True)
class SubEventType:
    """One ACLED sub-event type, its event type, PLOVER coding and CASE 2021 label."""

    name: str
    event_type: str
    plover: str
    plover_mode: str
    case_label: str


SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    SubEventType("Armed clash", BATTLES, "ASSAULT", "firearms", "ARMED_CLASH"),
    SubEventType("Government regains territory", BATTLES, "ASSAULT", "", "GOV_REGAINS_TERIT"),
    SubEventType("Non-state actor overtakes territory", BATTLES, "ASSAULT", "",
                 "NON_STATE_ACTOR_OVERTAKES_TER"),
    SubEventType("Chemical weapon", EXPLOSIONS, "ASSAULT", "cbrn", "CHEM_WEAP"),
    SubEventType("Air/drone strike", EXPLOSIONS, "ASSAULT", "aerial", "AIR_STRIKE"),
    SubEventType("Suicide bomb", EXPLOSIONS, "ASSAULT", "suicide-attack", "SUIC_BOMB"),
    SubEventType("Shelling/artillery/missile attack", EXPLOSIONS, "ASSAULT", "heavy-weapons",
                 "ART_MISS_ATTACK"),
    SubEventType("Remote explosive/landmine/IED", EXPLOSIONS, "ASSAULT", "explosives", "REM_EXPLOS"),
    SubEventType("Grenade", EXPLOSIONS, "ASSAULT", "explosives", "GRENADE"),
    SubEventType("Sexual violence", VIOLENCE_AGAINST_CIVILIANS, "ASSAULT", "sexual", "SEX_VIOL"),
    SubEventType("Attack", VIOLENCE_AGAINST_CIVILIANS, "ASSAULT", "", "ATTACK"),
    SubEventType("Abduction/forced disappearance", VIOLENCE_AGAINST_CIVILIANS, "ASSAULT", "abduct",
                 "ABDUCT_DISSAP"),
    SubEventType("Peaceful protest", PROTESTS, "PROTEST", "demo", "PEACE_PROTEST"),
    SubEventType("Protest with intervention", PROTESTS, "PROTEST", "demo", "PROTEST_WITH_INTER"),
    SubEventType("Excessive force against protesters", PROTESTS, "ASSAULT", "", "FORCE_AGAINST_PROTEST"),
    SubEventType("Violent demonstration", RIOTS, "PROTEST", "riot", "VIOL_DEMONSTR"),
    SubEventType("Mob violence", RIOTS, "ASSAULT", "beat", "MOB_VIOL"),
    SubEventType("Agreement", STRATEGIC, "AGREE", "", "AGREEMENT"),
    SubEventType("Arrests", STRATEGIC, "COERCE", "arrest", "ARREST"),
    SubEventType("Change to group/activity", STRATEGIC, "MOBILIZE", "", "CHANGE_TO_GROUP_ACT"),
    SubEventType("Disrupted weapons use", STRATEGIC, "COERCE", "seize", "DISR_WEAP"),
    SubEventType("Headquarters or base established", STRATEGIC, "MOBILIZE", "", "HQ_ESTABLISHED"),
    SubEventType("Looting/property destruction", STRATEGIC, "COERCE", "seize", "PROPERTY_DISTRUCT"),
    SubEventType("Non-violent transfer of territory", STRATEGIC, "COERCE", "seize",
                 "NON_VIOL_TERRIT_TRANSFER"),
    SubEventType("Other", STRATEGIC, "", "", "OTHER"),
)

BY_NAME: dict[str, SubEventType] = {s.name: s for s in SUB_EVENT_TYPES}
BY_CASE_LABEL: dict[str, SubEventType] = {s.case_label: s for s in SUB_EVENT_TYPES}

#: CASE 2021 task 2 labels outside ACLED's taxonomy: scored as "none of ours".
CASE_NON_ACLED = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")
NONE_LABEL = "NONE"

#: A withdrawal of forces is a change in a group's activity (PLOVER: RETREAT, withdraw).
WITHDRAWAL_PLOVER = ("RETREAT", "withdraw")

#: ACLED actor type name (lower case) -> its ``inter1``/``inter2`` code; the types are the entities'.
INTER_CODES: dict[str, int] = {name.lower(): code for code, name in ACTOR_TYPES.items()}


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to; ``KeyError`` for an unknown name."""
    return BY_NAME[sub_event_type].event_type


def plover_of(sub_event_type: str) -> tuple[str, str]:
    """``(PLOVER event type, mode)`` for an ACLED sub-event type."""
    sub = BY_NAME[sub_event_type]
    return sub.plover, sub.plover_mode


def inter_code(actor_type: str | None) -> int:
    """ACLED's numeric code for an actor type name ("State Forces" -> 1); 0 when unknown."""
    if not actor_type:
        return 0
    if actor_type.isdigit():
        return int(actor_type)
    return INTER_CODES.get(actor_type.strip().lower(), 0)


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction code: the smaller actor type first; 10 x type when alone."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def case_label(sub_event_type: str | None) -> str:
    """The CASE 2021 task 2 label of a sub-event type; ``NONE`` when there is no event."""
    if not sub_event_type:
        return NONE_LABEL
    return BY_NAME[sub_event_type].case_label
