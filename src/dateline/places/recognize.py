"""Toponym recognition: which candidate spans (:mod:`.candidates`) are toponyms.

spaCy's small model finds most place names but calls many of them organisations or people, misses
villages ("attacked Gossi" comes out as a PERSON) and the places inside names ("Kansas Department
of Transportation"). :func:`accept` decides from a candidate's origin, how notable the place it
names is, its position inside a longer name, and the words before it. The rules were chosen on
half of GeoWebNews and LGL (even documents: a rule stays when more than about a third of what it
adds is a gold toponym, which is where it starts to raise F1) and checked on the other half; see
docs/BENCHMARKS.md. (Taking every other occurrence of an accepted name as a toponym too was
tried and did not help.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .candidates import PLACE_LABELS, Candidate, Kinds, candidates, is_dateline, is_short_caps
from .demonyms import demonym_country
from .gazetteer import Gazetteer

#: Words before a name that make it a place whatever its size: "village of X", "near X".
STRONG_CUE = re.compile(
    r"(?:\b(?:village|villages|town|towns|commune|locality|localities|hamlet|near|outskirts of|"
    r"vicinity of|km (?:\w+ )?(?:of|from)|(?:north|south|east|west)(?:east|west)?\s+of)"
    r"(?:\s+of)?(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|around|outskirts of|vicinity of|close to|"
    r"(?:\d+\s*km\s+)?(?:north|south|east|west|northeast|northwest|southeast|"
    r"southwest)\s+of|area of)(?:\s+the)?\s*$",
    re.IGNORECASE,
)
HINT_AFTER = re.compile(
    r"\s*\(([^()]{2,80})\)|,\s+in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    r"\s+(?:region|province|department|district|commune|cercle|state)"
    r"|,\s+((?:[A-Z][\w'’]*\.?\s?){1,3})(?=[,.;:)\s]|$)"
)
#: What is written between a name and the place that holds it: "Zion National Park in Utah",
#: "the Palais des Nations in Geneva", "Pioneer cinema, Dewsbury"; and before it: "Utah's Zion".
HELD_IN = re.compile(r",?\s+(?:in|at|near|outside)\s+(?:the\s+)?|,\s+")
HOLDER_BEFORE = re.compile(r"['’]s\s+")
#: People and offices after a name that make it a town, not a country: countries take a
#: demonym ("a Lebanese woman"), towns do not ("a Lebanon woman"); countries have no mayor,
#: city council nor school district ("Palestine Independent School District").
TOWNSFOLK_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|residents|couple|family|"
    r"motorcyclist|driver|mayor|aldermen|selectmen|firefighters|"
    r"school board|city council|(?:Independent )?School District|High School|City Council)\b"
)
#: Kinds of place by how notable: a name of these kinds needs less evidence.
MAJOR = frozenset({"country", "region", "demonym", "adm1", "adm2"})
TOWN = frozenset({"city100k", "city15k"})


@dataclass
class Mention:
    """A toponym found in the text, before resolution."""

    start: int
    end: int
    text: str
    source: str  # "ner", "gazetteer" or "demonym"
    near: bool = False
    hints: list[str] = field(default_factory=list)
    country: str | None = None  # for demonyms: the country they name
    cued: bool = False
    #: Written as a town's name: "a Lebanon woman", "Jordan motorcyclist", "the Malta mayor" (a
    #: country would take its demonym), or a story's dateline "MALTA –" (datelines name towns).
    townish: bool = False
    #: Start of the mention written as the place holding this one ("X in Y", "Y's X"), if any.
    holder: int | None = None


def accept(candidate: Candidate, strong_cue: bool = False) -> bool:
    """Whether a candidate is a toponym (see the module's docstring for how these were chosen)."""
    kind, origin = candidate.kind, candidate.origin
    if origin == "demonym":
        return True
    if origin != "ner" and is_short_caps(candidate.text) and kind not in ("country", "region"):
        return kind == "adm1" and candidate.after_comma  # "Horry County, SC" but not "BA", "NICE"
    if (strong_cue or candidate.dateline) and kind != "none":
        return True
    if kind in ("village", "regional town"):  # of the region the user imported: "in Bandi", "Djibo"
        uncued = kind == "regional town" and origin in ("ner", "free") and not candidate.sentence_start
        return candidate.cued or uncued
    if origin == "ner":
        return _accept_ner(candidate)
    if origin == "whole":
        return _accept_whole(candidate)
    if origin == "inside":
        return _accept_inside(candidate)
    return _accept_free(candidate)


def _accept_ner(c: Candidate) -> bool:
    """A GPE/LOC/FAC entity: yes if a known place; if not in the gazetteer, a facility, or cued."""
    if c.kind in MAJOR or c.kind in TOWN or c.kind == "city1k":
        return True
    if c.kind == "other":
        return c.cued or c.label == "GPE"
    return c.label == "FAC" or c.cued or (c.label == "LOC" and " " in c.text)


def _accept_whole(c: Candidate) -> bool:
    """A whole ORG/PERSON/other entity that is a place name ("Gainesville" tagged PERSON)."""
    if c.kind in MAJOR:
        return True
    if c.kind == "city100k":
        return c.cued or not (c.label == "PERSON" and c.sentence_start)
    if c.kind == "city15k":
        return c.cued or c.label != "PERSON"
    return c.kind == "city1k" and c.cued


def _accept_inside(c: Candidate) -> bool:
    """A place name inside an organisation's name; inside a person's name only a country."""
    if c.kind in ("country", "demonym"):
        return True
    if c.label == "PERSON":  # "Anderson County Sheriff ..." taken for a person
        return c.kind == "adm2" and c.position == "first"
    if c.label in PLACE_LABELS:  # inside a facility or place the gazetteer lacks
        return c.kind == "adm2" or (c.kind in TOWN and (c.civic or c.kind == "city100k"))
    if c.kind in ("adm1", "city100k"):
        return c.position != "mid" or (c.kind == "adm1" and c.part_of)
    if c.kind == "adm2":
        return True
    if c.civic and c.position == "first" and c.kind in ("city15k", "city1k"):
        return True
    return c.kind == "city15k" and c.position == "first"


def _accept_free(c: Candidate) -> bool:
    """Capitalised words outside any entity that name a place."""
    if c.kind in ("country", "region", "demonym", "adm2"):
        return True
    if c.kind == "adm1":  # "Carthage, N.C.", "in Ohio", "Ohio lawmakers"
        return c.cued or c.after_comma or (c.position == "first" and not c.sentence_start)
    if c.kind == "city100k":
        return c.cued or c.position in ("whole", "first")
    return c.kind == "city15k" and c.cued


def find_toponyms(
    text: str, entities: Iterable[Any], gazetteer: Gazetteer, kinds: Kinds | None = None
) -> list[Mention]:
    """The toponyms of ``text`` given its NER entities: the accepted candidates."""
    found = candidates(text, entities, gazetteer, kinds or Kinds(gazetteer))
    chosen: list[Candidate] = []
    for c in found:  # in order of origin: NER entities first, then free runs
        if accept(c, _strong_cue(text, c)) and not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)
    return [
        Mention(c.start, c.end, c.text, _source(c), country=demonym_country(c.text), cued=c.cued)
        if c.kind == "demonym"
        else Mention(c.start, c.end, c.text, _source(c), cued=c.cued)
        for c in sorted(chosen, key=lambda c: c.start)
    ]


def _strong_cue(text: str, c: Candidate) -> bool:
    """ "village of X", "near X", "X (Poni)", and the admin names in "Gossa (Kolo)"."""
    before = text[max(0, c.start - 40) : c.start]
    return (
        bool(STRONG_CUE.search(before))
        or bool(re.match(r"\s*\([A-Z]", text[c.end : c.end + 3]))
        or bool(re.search(r"[A-Z][\w'’-]*\s*\((?:[^()]*,\s*)?$", before))
    )


def _source(c: Candidate) -> str:
    if c.kind == "demonym":
        return "demonym"
    return "ner" if c.origin == "ner" else "gazetteer"


def attach_cues(text: str, mentions: list[Mention]) -> None:
    """Mark "near X" and read admin hints written beside each mention ("Kampti (Poni)")."""
    for mention in mentions:
        mention.near = bool(NEAR_BEFORE.search(text[max(0, mention.start - 30) : mention.start]))
        mention.townish = mention.source != "demonym" and _written_as_town(text, mention)
        hint = HINT_AFTER.match(text, mention.end)
        if hint:
            words = hint.group(1) or hint.group(2) or hint.group(3)
            mention.hints = [
                w.strip() for w in re.split(r"[,;/]| and ", words) if w.strip() and w.strip()[:1].isupper()
            ]
    _attach_holders(text, mentions)


def _attach_holders(text: str, mentions: list[Mention]) -> None:
    """Each mention's holder: the next mention after "in", "at" or a comma, else the one before
    it with a possessive ("Utah's Zion National Park")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, mention, after in zip([None, *ordered], ordered, [*ordered[1:], None], strict=False):
        if after and HELD_IN.fullmatch(text, mention.end, after.start):
            mention.holder = after.start
        elif before and HOLDER_BEFORE.fullmatch(text, before.end, mention.start):
            mention.holder = before.start


def _written_as_town(text: str, mention: Mention) -> bool:
    return bool(TOWNSFOLK_AFTER.match(text, mention.end)) or is_dateline(text, mention.start, mention.end)


def merge_mentions(*groups: Iterable[Mention]) -> list[Mention]:
    """All mentions in text order, the earlier group winning where spans overlap."""
    chosen: list[Mention] = []
    for group in groups:
        for mention in group:
            if not any(mention.start < m.end and m.start < mention.end for m in chosen):
                chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
