"""lookup_actor and generic_actor: mentions to canonical ACLED-style actors, no model needed."""

from __future__ import annotations

import pytest

from dateline.entities import generic_actor, lookup_actor

CASES = [
    # mention, country context, date, expected name, expected type, expected country
    ("Malian soldiers", None, "2021-11-06", "Military Forces of Mali (2021-)", "State Forces", "ML"),
    ("al-Qaeda-linked militants", "BF", "2021-11-06", "JNIM: Group for Support of Islam and Muslims",
     "Rebel Groups", "BF"),
    ("Group for Support of Islam and Muslims", "ML", None, "JNIM: Group for Support of Islam and Muslims",
     "Rebel Groups", "ML"),
    ("French airstrike", "ML", "2021-01-03", "Military Forces of France (2017-)", "External/Other Forces",
     "FR"),
    ("Barkhane", "ML", "2021-01-03", "Military Forces of France (2017-)", "External/Other Forces", "FR"),
    ("unknown gunmen", "ML", "2021-12-13", "Unidentified Armed Group (Mali)", "Political Militias", "ML"),
    ("Zamfara militiamen", "NG", "2021-12-29", "Zamfara Communal Militia (Nigeria)", "Identity Militias",
     "NG"),
    ("Civilians (Mali)", None, None, "Civilians (Mali)", "Civilians", "ML"),
    ("Police Forces of Burkina Faso (2022-)", None, "2022-06-01", "Police Forces of Burkina Faso (2022-)",
     "State Forces", "BF"),
    ("ISWAP (Greater Sahara)", "NE", "2021-12-01", "Islamic State (West Africa) - Greater Sahara Faction",
     "Rebel Groups", "NE"),
    ("Islamic State Sahel Province", "ML", "2023-01-10", "Islamic State (Sahel)", "Rebel Groups", "ML"),
    ("protesters", "ML", None, "Protesters (Mali)", "Protesters", "ML"),
    ("gendarmes", "BF", "2022-03-01", "Police Forces of Burkina Faso (2022-) Gendarmerie", "State Forces",
     "BF"),
    ("Wagner mercenaries", "ML", "2022-03-01", "Wagner Group", "External/Other Forces", "ML"),
    ("volunteer fighters (VDP)", "BF", "2021-10-17", "VDP: Volunteer for Defense of Homeland",
     "Identity Militias", "BF"),
    ("JNIM or ISWAP (Greater Sahara) militants", "BF", "2021-12-01",
     "JNIM: Group for Support of Islam and Muslims and/or Islamic State (West Africa) - Greater Sahara Faction",
     "Rebel Groups", "BF"),
    ("Ansaroul Islam or Katiba Macina (JNIM) militants", "BF", "2021-10-17",
     "JNIM: Group for Support of Islam and Muslims", "Rebel Groups", "BF"),
]


@pytest.mark.parametrize("mention, country, date, name, actor_type, code", CASES)
def test_lookup_actor(mention: str, country: str | None, date: str | None, name: str, actor_type: str,
                      code: str) -> None:
    actor = lookup_actor(mention, country, date)
    assert actor is not None
    assert (actor.name, actor.actor_type, actor.country) == (name, actor_type, code)


@pytest.mark.parametrize("mention", ["forces", "Paris", "Mali", "", "the weather"])
def test_lookup_actor_none(mention: str) -> None:
    assert lookup_actor(mention) is None


@pytest.mark.parametrize("kind, country, date, as_of, name", [
    ("military", "ML", "2021-11-06", None, "Military Forces of Mali (2021-)"),
    ("military", "ML", "2019-11-06", None, "Military Forces of Mali (2013-)"),
    ("military", "ML", "2019-11-06", "2024-01-01", "Military Forces of Mali (2013-2020)"),
    ("military", "CI", "2021-10-01", None, "Military Forces of the Ivory Coast (2011-)"),
    ("police", "BF", "2022-06-01", None, "Police Forces of Burkina Faso (2022-)"),
    ("civilians", "BF", None, None, "Civilians (Burkina Faso)"),
    ("military", None, None, None, "Unidentified Military Forces"),
])
def test_generic_actor(kind: str, country: str | None, date: str | None, as_of: str | None,
                       name: str) -> None:
    assert generic_actor(kind, country, date, as_of=as_of).name == name
