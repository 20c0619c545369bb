"""Toponym candidates: every span that may name a place, with what is known about it.

spaCy's small model finds most toponyms but labels many of them as organisations or people, and
news annotates the places inside names ("Kansas Department of Transportation", "Russian Foreign
Ministry", "Washington Post"). So candidates come from five origins:

* ``ner``: a GPE, LOC or FAC entity; ``demonym``: a NORP entity that is a demonym;
* ``whole``: a whole ORG, PERSON or other entity that is a gazetteer name ("Gainesville" tagged
  PERSON, "EU" tagged ORG);
* ``inside``: a gazetteer name inside such an entity, at its start, middle or end;
* ``free``: a run of capitalised words outside any entity that is (or starts with) a gazetteer name.

Each has a ``kind`` (how notable the named place is: country, adm1, adm2, city100k, city15k,
city1k, other; "regional town" and "village": places of a GeoNames dump the user imported for
their region, of 1,000 people or more, or fewer) and a cue (a locative word before it, "in",
"near", "village of"). Which combinations make a toponym is
:func:`dateline.places.recognize.accept`'s decision.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from ..models import Entity
from .aliases import ADMIN1_ALIASES
from .demonyms import demonym_country
from .gazetteer import Gazetteer
from .normalize import name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels never searched for places (numbers, dates).
SKIP_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LANGUAGE"})
LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|from|outside|around|into|across|toward|towards|through|via|"
    r"village|town|city|commune|locality|area|region|province|district|department|county|"
    r"outskirts|(?:north|south|east|west)(?:east|west)?|downtown|suburban|native)"
    r"(?:\s+of)?(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
#: Words after a name that make it a place: "Alexandria woman charged", "Chicopee residents".
RESIDENT_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|residents|native|natives|"
    r"couple|family|police|officials|mayor|council|firefighters|voters|students)\b"
)
#: A lawmaker's party and home town, in news style: "Rep. Barbara Lee, D-Oakland".
PARTY_BEFORE = re.compile(r"\b[DRI]-$")
#: Single words that name places somewhere but are mostly ordinary words in English news (ours).
COMMON_WORDS = frozenset(
    """
a an the to of in on at by for from with as is it be or and no not so do up us we he she my me
la le el al de du da des les los las
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr sen rep gov president minister
god christmas easter ramadan internet page photo video news today yesterday tomorrow
north south east west central northern southern eastern western upper lower middle new old
great little big grand royal free best more most air human research council agency court
justice prince king queen lord lady miss mister sir officer leader market industry commerce
centre center university college school union party state states city county district
government police army navy republic nation national federal public street road park hall
church house office station club world cup act gulf forest bay channel man woman co inc corp
company group bank trust fund service services health peace war day time home life love hope
faith grace victory liberty independence unity progress summit plan price value post times
""".split()
)
#: Words after a town's name that make the name the town's: "Cookville Volunteer Fire Department".
CIVIC_WORDS = frozenset(
    """
police fire volunteer sheriff sheriffs city town village township borough county municipal
council commission board school schools high elementary middle public library chamber mayor
mayors area community regional district courthouse jail hospital historical
""".split()
)
_WORD = re.compile(r"[\w'’.&]+")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    origin: str  # ner, demonym, whole, inside, free
    kind: str  # country, adm1, adm2, region, city100k, city15k, city1k, other, none
    label: str = ""  # the NER label it came from ("" for free runs)
    position: str = "whole"  # whole, first, mid, last (inside a longer entity or run)
    cued: bool = False
    sentence_start: bool = False
    after_comma: bool = False  # "Horry County, SC"
    dateline: bool = False  # "BEIRUT: ...", "CARTHAGE, N.C. (AP) -": a capitalised place opening a line
    civic: bool = False  # followed inside its entity by a civic word: "Cookville Volunteer Fire Department"
    #: inside its entity after a compass word or "University of": "Northern Illinois University",
    #: "Western Pennsylvania Kennel Association", "University of Kentucky College of Law"
    part_of: bool = False
    country: str | None = None  # for demonyms: the code they name


class Kinds:
    """``kind`` of a name, cached. With ``main_only``, towns count only under their main name
    (an entity the NER did not call a place must not be "White House", an alias of Casablanca)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.cache: dict[tuple[str, bool], str] = {}

    def __call__(self, name: str, main_only: bool = True) -> str:
        key = (name_key(name), main_only)
        if key not in self.cache:
            self.cache[key] = self._kind(name, key[0], main_only)
        return self.cache[key]

    def _kind(self, name: str, key: str, main_only: bool) -> str:
        if demonym_country(name):
            return "demonym"
        found = self.gazetteer.lookup_main(name) if main_only else self.gazetteer.lookup(name)
        entries = [e for e in found if e.latitude is not None]
        if not entries:
            return "none"
        if any(e.is_country or e.feature_code == "CONT" for e in entries):
            return "country"
        if any(e.source == "dateline" for e in entries):
            return "region"
        if any(e.is_admin1 for e in entries):
            return "adm1"
        if any(e.feature_code == "ADM2" for e in entries) and len(key.split()) > 1:
            return "adm2"
        population = max((e.population for e in entries if e.feature_class == "P"), default=0)
        if any(e.source not in ("packages", "dateline") for e in entries):
            # from a GeoNames dump the user imported for their region
            return "regional town" if population >= 1_000 else "village"
        for limit, kind in ((100_000, "city100k"), (15_000, "city15k"), (1_000, "city1k")):
            if population >= limit:
                return kind
        return "other"


def entity_spans(text: str, entities: Iterable[Any]) -> list[tuple[int, int, str]]:
    """(start, end, label) of NER entities (dateline ``Entity`` or spaCy ``Span``), trimmed."""
    spans = []
    for ent in entities:
        if isinstance(ent, Entity):
            start, end, label = ent.start, ent.end, ent.label
        else:
            start, end, label = ent.start_char, ent.end_char, ent.label_
        start, end = trim(text, start, end)
        if end > start:
            spans.append((start, end, label))
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing possessive/punctuation: "the U.S.'s" -> "U.S.",
    "Iraq." -> "Iraq" (but not the stop of "D.C.")."""
    lead = re.match(r"(?i)the\s+", text[start:end])
    if lead:
        start += lead.end()
    while end > start and text[end - 1] in " ,;:!?\"'’)":
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    last = text[start:end].split()[-1] if text[start:end].split() else ""
    if last.endswith(".") and not _is_abbreviation(last):
        end -= 1
    return start, end


def candidates(text: str, entities: Iterable[Any], gazetteer: Gazetteer, kinds: Kinds) -> list[Candidate]:
    """Every toponym candidate of ``text`` (overlapping ones included; the caller chooses)."""
    spans = entity_spans(text, entities)
    found: list[Candidate] = []
    for start, end, label in spans:
        if label in SKIP_LABELS:
            continue
        words = text[start:end]
        if label in PLACE_LABELS:
            whole = _candidate(text, start, end, "ner", kinds(words, main_only=False), label)
            if whole.kind == "none":  # "Henderson County Jail": the county inside comes first
                found += _inside(text, start, end, label, kinds)
            found.append(whole)
        elif label == "NORP" and demonym_country(words):
            found.append(
                _candidate(text, start, end, "demonym", "demonym", label, country=demonym_country(words))
            )
        elif _usable_name(words) and kinds(words) not in ("none", "demonym"):
            found.append(_candidate(text, start, end, "whole", kinds(words), label))
        else:
            found += _inside(text, start, end, label, kinds)
    covered = [(s, e) for s, e, label in spans if label not in SKIP_LABELS]
    found += _free_runs(text, covered, kinds)
    return found


def _candidate(
    text: str, start: int, end: int, origin: str, kind: str, label: str, **extra: Any
) -> Candidate:
    return Candidate(
        start,
        end,
        text[start:end],
        origin,
        kind,
        label,
        cued=bool(LOCATIVE_BEFORE.search(text[max(0, start - 40) : start]))
        or bool(RESIDENT_AFTER.match(text, end))
        or bool(PARTY_BEFORE.search(text[max(0, start - 3) : start])),
        sentence_start=_sentence_start(text, start),
        after_comma=text[max(0, start - 2) : start] == ", ",
        dateline=is_dateline(text, start, end),
        **extra,
    )


def is_dateline(text: str, start: int, end: int) -> bool:
    words = text[start:end]
    opens = start == 0 or bool(re.search(r"(?:\n|[.!?]\s)\s*$", text[max(0, start - 3) : start]))
    return opens and words.isupper() and bool(re.match(r"\s*(?:,|:|\s[-–—]|\s\(|--)", text[end : end + 4]))


def _sentence_start(text: str, start: int) -> bool:
    return start == 0 or bool(re.search(r"(?:[.!?\n]|^)\s*[\"'“‘(]?$", text[max(0, start - 4) : start]))


def _usable_name(words: str) -> bool:
    """A name that may stand for a place: capitalised, and not a common word alone."""
    return words[:1].isupper() and name_key(words) not in COMMON_WORDS and len(name_key(words)) > 1


def _inside(text: str, start: int, end: int, label: str, kinds: Kinds) -> list[Candidate]:
    """Gazetteer names inside an entity's words, longest first, left to right."""
    words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
    return _matches(text, words, "inside", label, kinds)


def _matches(
    text: str, words: list[tuple[int, int]], origin: str, label: str, kinds: Kinds
) -> list[Candidate]:
    found: list[Candidate] = []
    index = 0
    while index < len(words):
        hit = None
        for stop in range(min(len(words), index + 6), index, -1):
            a, b = words[index][0], words[stop - 1][1]
            if not _is_abbreviation(text[words[stop - 1][0] : b]):
                b = a + len(text[a:b].rstrip("."))
            name = text[a:b]
            if _usable_name(name) and kinds(name) not in ("none", "other"):
                hit = (stop, a, b)
                break
        if hit is None:
            index += 1
            continue
        stop, a, b = hit
        position = (
            "whole"
            if (index, stop) == (0, len(words))
            else "first"
            if index == 0
            else ("last" if stop == len(words) else "mid")
        )
        candidate = _candidate(text, a, b, origin, kinds(text[a:b]), label)
        candidate.position = position
        candidate.civic = stop < len(words) and name_key(text[words[stop][0] : words[stop][1]]) in CIVIC_WORDS
        candidate.part_of = index > 0 and bool(PART_OF.search(text[words[0][0] : a]))
        if candidate.kind == "demonym":
            candidate.country = demonym_country(text[a:b])
        found.append(candidate)
        index = stop
    return found


def _is_abbreviation(word: str) -> bool:
    """ "U.S.", "W.Va.", "Ga.", "St.": a stop that belongs to the name, not to the sentence."""
    return bool(re.fullmatch(r"(?:[A-Za-z]{1,3}\.){2,}|[A-Z]\.", word)) or word in _STOPPED_WORDS


#: Abbreviations written with a stop: AP state and province names, and words of place names.
_STOPPED_WORDS = frozenset(
    [a for aliases in ADMIN1_ALIASES.values() for a in aliases.split("|") if a.endswith(".")]
    + "St. Ste. Mt. Ft. Pt. Co. Twp. Ave. Rd. Blvd. Dr. Ln. Hwy. Pkwy. Sq.".split()
)


def is_short_caps(word: str) -> bool:
    """ "BA", "NV", "NICE": letters in capitals, four at most, no stops."""
    return word.isalpha() and word.isupper() and len(word) <= 4


def _free_runs(text: str, covered: list[tuple[int, int]], kinds: Kinds) -> list[Candidate]:
    """Gazetteer names in runs of capitalised words that no entity covers."""
    found: list[Candidate] = []
    inside = _within(covered)
    for run in capitalised_runs(text):
        run = [w for w in run if not inside(w[0], w[1])]
        if run:
            found += _matches(text, run, "free", "", kinds)
    return found


def _within(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``start, end`` lies inside one of ``spans``: among the spans that start at or
    before ``start``, the one that ends last must reach ``end`` (one bisection, not a scan)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def inside(start: int, end: int) -> bool:
        index = bisect.bisect_right(starts, start) - 1
        return index >= 0 and reach[index] >= end

    return inside


#: Words before a region's name inside an organisation's name that make the region a place the
#: name is about: a part of it ("Northern Illinois University"), or "University of Kentucky".
PART_OF = re.compile(
    r"(?:\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|(?:North|South)(?:east|west)"
    r"(?:ern)?)|\b(?:University|State|Commonwealth) of)\s+$"
)


CONNECTORS = frozenset({"de", "du", "des", "la", "le", "el", "al", "of", "da", "do", "dos", "del"})


def capitalised_runs(text: str) -> list[list[tuple[int, int]]]:
    """Word spans of capitalised words, grouped into runs (connectors like "de" kept inside)."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for match in re.finditer(r"[\w'’.&]+", text):  # "EU-Israel": two words, one run
        word, start = match.group(), match.start()
        if word.endswith(".") and not _is_abbreviation(word):
            word = word.rstrip(".")
        gap = text[abs(current[-1][1]) : start] if current else " "
        end = start + len(word)
        if word[:1].isupper() and gap in (" ", "-") and current:
            current.append((start, end))
        elif word[:1].isupper():
            if current:
                runs.append(current)
            current = [(start, end)]
        elif current and word.lower() in CONNECTORS and gap == " ":
            current.append((start, -end))
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [_strip_connectors(run) for run in runs]


def _strip_connectors(run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    while run and run[-1][1] < 0:
        run = run[:-1]
    return [(s, abs(e)) for s, e in run]
