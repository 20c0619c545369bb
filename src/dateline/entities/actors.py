"""Actors: canonical ACLED-style names, aliases and types, from dateline's own lists.

Two kinds of actor: *named* ones from ``data/actors.json`` (JNIM, Barkhane, MINUSMA ...), and
*generic* ones from ``data/generic.json`` that ACLED names after the country and, for state forces,
the regime in power on the day ("Military Forces of Mali (2021-)", "Civilians (Mali)").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from .countries import DateLike, country, normalise

#: ACLED's inter codes and the actor type each stands for.
ACTOR_TYPES: dict[int, str] = {
    1: "State Forces",
    2: "Rebel Groups",
    3: "Political Militias",
    4: "Identity Militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other Forces",
}

#: Short names accepted wherever a type is asked for (``dateline entities --type state``).
TYPE_SHORT_NAMES = {"state": 1, "rebel": 2, "rebels": 2, "political": 3, "militia": 3, "identity": 4,
                    "rioters": 5, "protesters": 6, "civilians": 7, "external": 8, "other": 8}


def actor_type_name(inter: int | None) -> str | None:
    return ACTOR_TYPES.get(inter) if inter else None


def parse_actor_type(value: str) -> str:
    """An ACLED type name from a name, a code ("1") or a short name ("state"); ValueError if none."""
    text = value.strip().lower()
    if text.isdigit() and int(text) in ACTOR_TYPES:
        return ACTOR_TYPES[int(text)]
    if text in TYPE_SHORT_NAMES:
        return ACTOR_TYPES[TYPE_SHORT_NAMES[text]]
    for name in ACTOR_TYPES.values():
        if name.lower() == text or name.lower().rstrip("s") == text.rstrip("s"):
            return name
    known = ", ".join(f"{k} {v}" for k, v in ACTOR_TYPES.items())
    raise ValueError(f"unknown actor type {value!r}; use one of {known} (or state, rebel, external ...)")


@dataclass(frozen=True)
class Actor:
    """A canonical actor: its ACLED-style name, aliases, type and country.

    ``key`` is stable across dates and countries ("jnim", "generic:military"); ``name`` is what
    ACLED would write for the mention's date and country.
    """

    name: str
    actor_type: str | None
    inter: int | None
    country: str | None = None  # ISO alpha-2: the state of a state force, else where it acts
    aliases: tuple[str, ...] = ()
    key: str = ""
    kind: str = "named"  # named | generic

    def abroad(self, where: str | None) -> Actor:
        """The same actor seen acting in country ``where``: a state force abroad is External/Other."""
        if self.inter == 1 and where and self.country and where.upper() != self.country:
            return replace(self, inter=8, actor_type=ACTOR_TYPES[8])
        return self


# -- named actors ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActorSpec:
    """One entry of ``data/actors.json``."""

    key: str
    names: tuple[tuple[str, str], ...]  # (first day, name template), oldest first; "" = always
    inter: int | None
    countries: tuple[str, ...]
    aliases: tuple[str, ...]
    affiliates: dict[str, str]
    state: dict[str, str] | None

    def template(self, date: DateLike) -> str:
        day = str(date)[:10] if date else None
        current = self.names[0][1]
        for start, name in self.names:
            if day is None or not start or start <= day:
                current = name
        return current


def _data(name: str) -> dict[str, Any]:
    path = resources.files("dateline.entities").joinpath(f"data/{name}")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def actor_specs() -> dict[str, ActorSpec]:
    specs = {}
    for entry in _data("actors.json")["actors"]:
        names = (tuple((s, n) for s, n in entry["names"]) if "names" in entry
                 else (("", entry.get("name", "")),))
        specs[entry["key"]] = ActorSpec(
            entry["key"], names, entry.get("inter"), tuple(entry.get("countries", ())),
            tuple(entry.get("aliases", ())), dict(entry.get("affiliates", {})), entry.get("state"))
    return specs


def named_actor(key: str, where: str | None = None, date: DateLike = None,
                as_of: DateLike = None) -> Actor:
    """The actor of ``data/actors.json`` entry ``key``, as named on ``date`` in country ``where``."""
    spec = actor_specs()[key]
    if spec.countries and where and where not in spec.countries and where in spec.affiliates:
        return named_actor(spec.affiliates[where], where, date, as_of)  # "Islamic State" in Mali: ISGS
    if spec.state:
        found = generic_actor(spec.state["kind"], spec.state["country"], date,
                              unit=spec.state.get("unit"), as_of=as_of)
        return replace(found, aliases=spec.aliases, key=spec.key, kind="named").abroad(where)
    home = where if where and where in spec.countries else None
    home = home or (spec.countries[0] if spec.countries else None)
    name = _fill(spec.template(date), home, date, as_of=as_of)
    return Actor(name, actor_type_name(spec.inter), spec.inter, home, spec.aliases, spec.key, "named")


def affiliate(key: str, where: str | None) -> str:
    """The key of the regional affiliate that "``key``-linked militants" means in country ``where``."""
    return actor_specs()[key].affiliates.get(where or "", key)


# -- generic actors -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Kind:
    """One generic kind of ``data/generic.json``: its name template, inter code and words."""

    name: str
    template: str
    inter: int
    state: bool
    unknown: str
    words: tuple[str, ...]
    needs_country_word: frozenset[str]
    generic_name: str | None = None
    unknown_inter: int | None = None  # ACLED's inter for the unknown name ("Unidentified Military Forces": 8)


@lru_cache(maxsize=1)
def generic_data() -> dict[str, Any]:
    return _data("generic.json")


@lru_cache(maxsize=1)
def kinds() -> dict[str, Kind]:
    table = {}
    for name, entry in generic_data()["kinds"].items():
        table[name] = Kind(name, entry["template"], entry["inter"], bool(entry.get("state")),
                           entry["unknown"], tuple(entry["words"]),
                           frozenset(normalise(w) for w in entry.get("needs_country_word", ())),
                           entry.get("generic_name"), entry.get("unknown_inter"))
    return table


def generic_actor(kind: str, country_code: str | None, date: DateLike = None, *,
                  name: str | None = None, unit: str | None = None, as_of: DateLike = None) -> Actor:
    """An ACLED-style actor for a generic mention: ``generic_actor("military", "ML", "2021-11-06")``
    is "Military Forces of Mali (2021-)"; ``generic_actor("civilians", "BF")`` "Civilians (Burkina Faso)".

    ``name`` fills communal and ethnic militias ("Zamfara" -> "Zamfara Communal Militia (Nigeria)");
    ``unit`` is appended to state forces ("Department of State Services"). Without a country the
    name is ACLED's for an unknown one ("Unidentified Military Forces", "Civilians"). Regime
    suffixes are written as ACLED wrote them on ``date`` ("(2015-)"), or as of ``as_of``
    ("(2015-2022)" once the next regime had begun).
    """
    spec = kinds()[kind]
    template = spec.template if name or not spec.generic_name else spec.generic_name
    code = country_code.upper() if country_code and country(country_code) else None
    inter = spec.inter
    if code is None and not (name and "{name}" in template):
        label, inter = spec.unknown, spec.unknown_inter or spec.inter
    else:  # a named militia keeps its name without a country: "Fulani Ethnic Militia"
        label = _fill(template, code, date, name=name, kind=kind, as_of=as_of)
    if unit:
        label = f"{label} {unit}"
    return Actor(label, actor_type_name(inter), inter, code, (), f"generic:{kind}", "generic")


def _fill(template: str, code: str | None, date: DateLike, *, name: str | None = None,
          kind: str = "", as_of: DateLike = None) -> str:
    """Fill {country}, {the_country}, {regime}, {regime:XX}, {branch} and {name} in a template."""
    found = country(code)

    def regime(match: re.Match[str]) -> str:
        other = country(match.group(1)) if match.group(1) else found
        return (other.regime(date, as_of) if other else None) or ""

    text = re.sub(r"\{regime(?::([A-Z]{2}))?\}", regime, template)
    text = text.replace("{country}", found.name if found else "").replace(
        "{the_country}", found.the_name if found else "")
    text = text.replace("{branch}", found.branch(kind.replace("_", " ")) if found else "Military")
    text = text.replace("{name}", name or "")
    return _tidy(text)


def _tidy(text: str) -> str:
    """Drop what an empty slot leaves: "()" and doubled spaces."""
    return " ".join(re.sub(r"\s*\(\s*\)", "", text).split())


@lru_cache(maxsize=1)
def canonical_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Regular expressions that read a generic canonical name back into its kind."""
    patterns = []
    for spec in kinds().values():
        for template in filter(None, (spec.template, spec.generic_name)):
            regex = re.escape(template)
            for slot, group in (("the_country", r"(?:the )?(?P<country>[^()]+?)"),
                                ("country", r"(?P<country>[^()]+?)"), ("regime", r"(?P<regime>[0-9-]+)"),
                                ("branch", r"(?P<branch>Military|Police)"), ("name", r"(?P<name>.+?)")):
                regex = regex.replace(re.escape("{" + slot + "}"), group)
            regex = regex.replace(r"\ \((?P<regime>", r"(?:\ \((?P<regime>").replace(
                r"[0-9-]+)\)", r"[0-9-]+)\))?")
            regex = f"^{regex}(?: (?P<unit>[A-Za-z][^()]*))?$"
            patterns.append((re.compile(regex, re.IGNORECASE), spec.name))
    return patterns
