"""Toponym recognition: spaCy's GPE/LOC/FAC names plus gazetteer matching.

spaCy's small model misses many villages ("attacked Gossi" comes out as a PERSON), so runs of
capitalised words are also looked up in the gazetteer. A gazetteer match stands only with
support: a place of known population, or a cue in the text ("in X", "near X", "village of X",
"X (Poni)"), and never when it is a common word or the NER calls it a person with no such cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models import Entity
from .demonyms import demonym_country
from .gazetteer import Gazetteer
from .normalize import name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Words before a name that say it is a place.
CUE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|from|to|outside|around|into|across|toward|towards|between|and|of|"
    r"village|town|city|commune|locality|localities|area|region|province|district|department|"
    r"villages|towns|outskirts|north|south|east|west|northeast|northwest|southeast|southwest)"
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
CAP_WORD = re.compile(r"[A-Z][\w'’.-]*[\w]|[A-Z]")
CONNECTORS = frozenset(
    {"de", "du", "des", "la", "le", "el", "al", "of", "and", "-", "da", "do", "dos", "del"}
)
#: Capitalised words that are never place names on their own (written by us).
STOPWORDS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december president minister mr mrs ms dr the a an he she it they
we i you his her their this that these those but and or if when while after before since during
police army government state republic national city town village county district region province
north south east west northern southern eastern western central new old great upper lower
god christmas easter ramadan islam muslim christian jesus internet page photo video news
today yesterday tomorrow said says according however also officials official people man woman
""".split()
)
MAX_WORDS = 6


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


def mentions_from_entities(text: str, entities: Iterable[Any]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Place mentions from NER entities (dateline ``Entity`` or spaCy ``Span``) and other names' spans."""
    found: list[Mention] = []
    others: list[tuple[int, int]] = []
    for ent in entities:
        start, end, label = _entity_fields(ent)
        start, end = _trim(text, start, end)
        if end <= start:
            continue
        if label in PLACE_LABELS:
            found.append(Mention(start, end, text[start:end], "ner"))
        elif label == "NORP" and demonym_country(text[start:end]):
            found.append(
                Mention(start, end, text[start:end], "demonym", country=demonym_country(text[start:end]))
            )
        else:
            others.append((start, end))
    return found, others


def _entity_fields(ent: Any) -> tuple[int, int, str]:
    if isinstance(ent, Entity):
        return ent.start, ent.end, ent.label
    return ent.start_char, ent.end_char, ent.label_


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing possessive/punctuation: "the U.S.'s" -> "U.S."."""
    span = text[start:end]
    lead = re.match(r"(?i)the\s+", span)
    if lead:
        start += lead.end()
    while end > start and text[end - 1] in " ,;:!?\"'’)":
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return start, end


def gazetteer_mentions(
    text: str, gazetteer: Gazetteer, taken: Sequence[tuple[int, int]], people: Sequence[tuple[int, int]]
) -> list[Mention]:
    """Runs of capitalised words that name a gazetteer place, with the guards described above."""
    found: list[Mention] = []
    for run in _capitalised_runs(text):
        index = 0
        while index < len(run):
            match = _longest_match(text, run, index, gazetteer)
            if match is None:
                index += 1
                continue
            start, end, used = match
            if not _overlaps((start, end), taken) and _supported(text, start, end, gazetteer, people):
                found.append(Mention(start, end, text[start:end], "gazetteer", cued=True))
            index += used
    return found


def _capitalised_runs(text: str) -> list[list[tuple[int, int]]]:
    """Word spans of capitalised words, grouped into runs (connectors like "de" kept inside)."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for match in re.finditer(r"[\w'’.-]+", text):
        word = match.group().rstrip(".")
        end = match.start() + len(word)
        gap = text[current[-1][1] : match.start()] if current else " "
        if word[:1].isupper() and gap in (" ", "-"):
            current.append((match.start(), end))
        elif word[:1].isupper():
            if current:
                runs.append(current)
            current = [(match.start(), end)]
        elif current and word.lower() in CONNECTORS and gap == " ":
            current.append((match.start(), -end))  # negative end marks a connector
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [[(s, abs(e)) for s, e in run if e > 0 or run.index((s, e)) < len(run) - 1] for run in runs]


def _longest_match(
    text: str, run: list[tuple[int, int]], index: int, gazetteer: Gazetteer
) -> tuple[int, int, int] | None:
    start = run[index][0]
    if text[start : run[index][1]].lower() in CONNECTORS:
        return None
    for size in range(min(MAX_WORDS, len(run) - index), 0, -1):
        end = run[index + size - 1][1]
        words = text[start:end]
        if words.split()[-1].lower() in CONNECTORS:
            continue
        key = name_key(words)
        if key and key not in STOPWORDS and len(key) > 2 and gazetteer.has_name(key):
            return start, end, size
    return None


def _overlaps(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _supported(
    text: str, start: int, end: int, gazetteer: Gazetteer, people: Sequence[tuple[int, int]]
) -> bool:
    cued = bool(CUE_BEFORE.search(text[max(0, start - 40) : start])) or bool(
        re.match(r"\s*\([A-Z]", text[end : end + 3])
    )
    sentence_start = start == 0 or bool(re.search(r"[.!?\n]\s*[\"'“]?$", text[max(0, start - 4) : start]))
    if _overlaps((start, end), people):
        return cued and _is_settlement(text[start:end], gazetteer)
    entries = gazetteer.lookup(text[start:end])
    populous = any(e.population >= 1000 and e.feature_class in ("P", "A") for e in entries)
    if sentence_start and not cued:
        return False
    return cued or populous


def _is_settlement(name: str, gazetteer: Gazetteer) -> bool:
    return any(e.feature_class in ("P", "A") for e in gazetteer.lookup(name))


def attach_cues(text: str, mentions: list[Mention]) -> None:
    """Mark "near X" and read admin hints written beside each mention ("Kampti (Poni)")."""
    for mention in mentions:
        mention.near = bool(NEAR_BEFORE.search(text[max(0, mention.start - 30) : mention.start]))
        hint = HINT_AFTER.match(text, mention.end)
        if hint:
            words = hint.group(1) or hint.group(2) or hint.group(3)
            mention.hints = [
                w.strip() for w in re.split(r"[,;/]| and ", words) if w.strip() and w.strip()[:1].isupper()
            ]


def merge_mentions(*groups: Iterable[Mention]) -> list[Mention]:
    """All mentions in text order, the earlier group winning where spans overlap."""
    chosen: list[Mention] = []
    for group in groups:
        for mention in group:
            if not _overlaps((mention.start, mention.end), [(m.start, m.end) for m in chosen]):
                chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
