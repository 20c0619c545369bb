"""The ``entities`` pipeline stage: find named and generic mentions, then resolve each to an actor.

Finding (:func:`find_mentions`) runs spaCy's NER and dateline's entity ruler; resolving
(:func:`resolve_mentions`) gives each mention its canonical name, ACLED actor type and country,
using the country of its sentence or, failing that, of its document.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models import Article, Entity
from ..pipeline import stage
from .actors import Actor, affiliate, named_actor
from .context import WEIGHTS, Votes, country_votes, leading, vote
from .countries import DateLike, country_name, demonym_keys, find_country, normalise
from .lookup import lookup_actor
from .nlp import ACTOR_LABEL, MODEL, add_countries, load_nlp, subdivision_hints

#: spaCy labels kept besides ACTOR (numbers and dates are other stages' business).
NAME_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "LAW")

#: Label of subdivision names found by the gazetteer alone: context, not entities.
HINT_LABEL = "PLACE_HINT"

#: Longest text handed to spaCy at once; longer articles are cut at paragraph breaks.
CHUNK_CHARS = 100_000

_LEADING_NOISE = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december on in at the a an
    local""".split())

#: Words before a mention that make it a location ("in Mali") rather than an actor ("France said").
_LOCATIVE = frozenset({"in", "into", "across", "throughout", "inside", "within", "near", "around", "at",
                       "of"})
#: "western Niger", "north-eastern Mali": a country named as a location.
_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south",
                         "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
                         "north-eastern", "north-western", "south-eastern", "south-western", "neighbouring",
                         "neighboring", "rural"})
#: Evidence in the lead sentence counts this many times.
_LEAD_FACTOR = 2.0
#: A sentence's own evidence must beat the document's country by more than this to override it.
_DOCUMENT_BONUS = 2.5
#: Within a sentence, a country named as a location ("In Niger, ...") outweighs one place name.
_SENTENCE_LOCATED_FACTOR = 1.5
_AFFILIATION = frozenset({"linked", "affiliated", "allied", "aligned", "loyal", "loyalty", "allegiance",
                          "tied", "pledged", "affiliates", "affiliate", "branch"})
_BEFORE_WORDS = 7

#: Heads that are often modifiers ("military operations", "government officials") ...
_MODIFIER_HEADS = frozenset({"military", "government", "police", "army", "civilian", "state", "security",
                             "population", "women", "student", "students", "workers", "staff"})
#: ... except before these nouns, which still point at the force ("a military post was attacked").
_FORCE_NOUNS = frozenset("""post posts base bases camp camps convoy convoys patrol patrols position
    positions checkpoint checkpoints outpost outposts station stations vehicle vehicles unit units
    officer officers personnel chief chiefs commander commanders spokesman spokeswoman spokesperson
    headquarters garrison garrisons aircraft helicopter helicopters jet jets plane planes drone drones
    officials official sources source forces troops soldiers men members""".split())


@dataclass
class Mention:
    """A span found in the text, before resolution."""

    start: int
    end: int
    text: str
    label: str
    source: str = ""  # the ruler pattern id ("named:jnim", "generic:military") or "" for the model
    before: str = ""  # the few words before the mention ("loyalty to", "in")


@dataclass
class Context:
    """What resolution needs to know about the document."""

    date: DateLike = None
    country: str | None = None  # the document's country
    sentence_countries: dict[int, str] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)
    as_of: DateLike = None

    def sentence(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return index if index >= 0 else None

    def country_at(self, offset: int) -> str | None:
        index = self.sentence(offset)
        return self.sentence_countries.get(index, self.country) if index is not None else self.country


# -- finding --------------------------------------------------------------------------------------
def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` of at most ``size`` characters, cut at paragraph or line breaks."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def find_mentions(text: str, nlp: Any = None, labels: Sequence[str] = NAME_LABELS) -> list[Mention]:
    """Named and generic mentions in ``text``, in order, with character offsets."""
    nlp = nlp or load_nlp()
    found = []
    for offset, piece in chunks(text):
        doc = add_countries(nlp(piece))
        for ent in doc.ents:
            if (ent.label_ == ACTOR_LABEL and not _used_as_modifier(ent)) or ent.label_ in labels:
                found.append(_mention(ent, piece, offset))
        found.extend(_mention(span, piece, offset, HINT_LABEL) for span in subdivision_hints(doc))
    return sorted(found, key=lambda m: m.start)


def _used_as_modifier(ent: Any) -> bool:
    """ "military operations", "government officials": a generic head modifying another noun."""
    if not ent.ent_id_.startswith("generic:") or ent[-1].lower_ not in _MODIFIER_HEADS:
        return False
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ")
            and following.lower_ not in _FORCE_NOUNS)


def _mention(ent: Any, text: str, offset: int, label: str = "") -> Mention:
    tokens = list(ent)
    if ent.ent_id_ == "communal":  # the ruler's proper-noun slot can take "Monday" or "On"
        while len(tokens) > 2 and tokens[0].lower_ in _LEADING_NOISE:
            tokens = tokens[1:]
    start, end = tokens[0].idx, ent.end_char
    before = " ".join(t.lower_ for t in ent.doc[max(0, tokens[0].i - _BEFORE_WORDS):tokens[0].i])
    return Mention(offset + start, offset + end, text[start:end], label or ent.label_, ent.ent_id_,
                   before)


# -- context --------------------------------------------------------------------------------------
def document_context(article: Article, mentions: Sequence[Mention], country: str | None = None,
                     as_of: DateLike = None) -> Context:
    """The document's date and country, and each sentence's own country where it names one.

    The document's country is the one its names point at most (the lead sentence counting
    double); a sentence overrides it only with stronger evidence of its own ("In Niger, ...").
    """
    starts = [s.start for s in article.sentences]
    context = Context(date=article.published[:10], sentence_starts=starts, as_of=as_of)
    evidence = _plausible([(m, kind) for m in mentions if (kind := _evidence_kind(m, article.text))])
    factors = [_LEAD_FACTOR if context.sentence(m.start) == 0 else 1.0 for m, _ in evidence]
    votes = country_votes((m.text, kind, f) for (m, kind), f in zip(evidence, factors, strict=True))
    located = country_votes((m.text, kind, f) for (m, kind), f in zip(evidence, factors, strict=True)
                            if kind in ("located", "place"))
    context.country = (_given_country(article, country) or _places_country(article)
                       or leading(votes, located))
    context.sentence_countries = _sentence_countries(context, evidence)
    return context


def _plausible(evidence: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """Small places count only for countries the text also names, when it names any: a Sahel
    village that shares its name with a town in Japan ("Inata") is not evidence for Japan."""
    named = {vote(m.text, kind)[0] for m, kind in evidence if kind != "place"} - {None}
    if not named:
        return evidence
    return [(m, kind) for m, kind in evidence if kind != "place" or _major_or_named(m.text, named)]


def _major_or_named(text: str, named: set[str | None]) -> bool:
    code, weight = vote(text, "place")
    return code in named or weight >= WEIGHTS["place"]


def _sentence_countries(context: Context, evidence: list[tuple[Mention, str]]) -> dict[int, str]:
    by_sentence: dict[int, Votes] = {}
    for mention, kind in evidence:
        index = context.sentence(mention.start)
        if index is not None and kind in ("located", "place"):
            factor = _SENTENCE_LOCATED_FACTOR if kind == "located" else 1.0
            country_votes([(mention.text, kind, factor)], by_sentence.setdefault(index, {}))
    found = {}
    for index, votes in by_sentence.items():
        if votes and context.country:
            votes[context.country] = votes.get(context.country, 0.0) + _DOCUMENT_BONUS
        if (code := leading(votes)) and code != context.country:
            found[index] = code
    return found


def _evidence_kind(mention: Mention, text: str) -> str | None:
    """What a mention says about the country: see :func:`context.country_votes`."""
    if _is_dateline(mention, text):
        return None
    if mention.label == ACTOR_LABEL:
        return "actor" if mention.source.startswith("named:") else "nationality"
    if mention.label == "NORP":
        return "demonym"
    if mention.label not in ("GPE", "LOC", "FAC", "ORG", "PERSON", HINT_LABEL):  # "Mopti" as a PERSON
        return None
    words = mention.before.split()
    words = words[:-1] if words[-1:] == ["the"] else words
    if words[-2:] in (["border", "with"], ["borders", "with"], ["frontier", "with"]):
        return None  # "near the border with Mali": the other side of the border
    name = _without_direction(mention.text)
    if find_country(name) is None:
        return "place"
    located = name != mention.text or (words and (words[-1] in _LOCATIVE or words[-1] in _DIRECTIONS))
    return "located" if located else "country"


def _without_direction(text: str) -> str:
    """ "western Niger" -> "Niger" (the model often takes the direction into the entity)."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in _DIRECTIONS else text


def _is_dateline(mention: Mention, text: str) -> bool:
    """ "PARIS — ..." at the top of a wire story: where the reporter is, not where it happened."""
    return (mention.start < 40 and mention.text.isupper()
            and text[mention.end:mention.end + 4].strip()[:1] in ("—", "-", "–", ","))


def _given_country(article: Article, country: str | None) -> str | None:
    value = article.meta.get("country") or country
    if not value:
        return None
    text = str(value)
    return text.upper() if len(text) == 2 and text.isalpha() else find_country(text)


def _places_country(article: Article) -> str | None:
    """The most named country of the places layer, when the places stage ran first."""
    codes = Counter(p.country_code for p in article.places if p.country_code)
    return leading({code: float(n) for code, n in codes.items()})


# -- resolving ------------------------------------------------------------------------------------
def resolve_mentions(mentions: Sequence[Mention], context: Context) -> list[Entity]:
    """Entities of the mentions; a ruler mention that names no actor after all is left out."""
    return [entity for m in mentions
            if m.label != HINT_LABEL and (entity := _entity(m, context)) is not None]


def _entity(mention: Mention, context: Context) -> Entity | None:
    entity = Entity(mention.start, mention.end, mention.text, mention.label,
                    sentence=context.sentence(mention.start))
    if mention.label == ACTOR_LABEL:
        actor = resolve_actor(mention, context)
        if actor is None:
            return None
        entity.canonical, entity.actor_type, entity.country = actor.name, actor.actor_type, actor.country
        entity.inter, entity.actor_key = actor.inter, actor.key
    elif code := find_country(mention.text):
        entity.canonical, entity.country = country_name(code), code
        entity.label = "NORP" if _is_demonym(mention.text) else "GPE"  # the model says "Mali" is a PERSON
    return entity


def _is_demonym(text: str) -> bool:
    return normalise(text) in demonym_keys()


def resolve_actor(mention: Mention, context: Context) -> Actor | None:
    """The actor of a ruler mention: by its text, else by the pattern that found it."""
    where = context.country_at(mention.start)
    kind, _, key = mention.source.partition(":")
    if kind == "named" and set(mention.before.split()) & _AFFILIATION:  # "loyalty to al Qaeda"
        return named_actor(affiliate(key, context.country), context.country, context.date, context.as_of)
    actor = lookup_actor(mention.text, where, context.date, as_of=context.as_of)
    if actor is not None:
        return actor
    if kind == "named":
        return named_actor(key, where, context.date, context.as_of)
    if kind == "affiliate":
        return named_actor(affiliate(key, where), where, context.date, context.as_of)
    return None


def annotate(article: Article, nlp: Any = None, *, labels: Sequence[str] = NAME_LABELS,
             country: str | None = None, as_of: DateLike = None) -> Article:
    """Find and resolve the entities of ``article`` (replacing its ``entities`` layer)."""
    mentions = find_mentions(article.text, nlp, labels)
    context = document_context(article, mentions, country, as_of)
    article.entities = resolve_mentions(mentions, context)
    return article


@stage("entities", requires=["sentences"], sets=["entities"])
def make_entities(model: str = MODEL, labels: Sequence[str] = NAME_LABELS, country: str | None = None,
                  as_of: str | None = None) -> Any:
    """Named entities and actors (spaCy + dateline's actor lists), canonicalised and typed.

    ``country`` and ``as_of`` default to the settings ``entities_country`` and
    ``actor_names_as_of``.
    """
    from ..settings import Settings

    settings = Settings()
    country = country or settings["entities_country"] or None
    as_of = as_of or _as_of(settings["actor_names_as_of"])
    nlp = load_nlp(model)

    def entities(article: Article) -> Article:
        return annotate(article, nlp, labels=labels, country=country, as_of=as_of)

    return entities


def _as_of(value: str) -> str | None:
    """The ``actor_names_as_of`` setting as a date, or None for "as on the event's date"."""
    import datetime as dt

    from ..errors import SettingsError

    if value in ("", "event"):
        return None
    if value == "latest":
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise SettingsError(f"actor_names_as_of must be 'event', 'latest' or a date YYYY-MM-DD, "
                            f"not {value!r}") from None
