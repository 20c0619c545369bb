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
from .actors import Actor, affiliate, generic_actor, named_actor
from .context import Votes, country_votes, leading
from .countries import DateLike, country_name, demonym_keys, find_country, normalise
from .lookup import lookup_actor
from .nlp import ACTOR_LABEL, MODEL, load_nlp

#: spaCy labels kept besides ACTOR (numbers and dates are other stages' business).
NAME_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "LAW")

#: Longest text handed to spaCy at once; longer articles are cut at paragraph breaks.
CHUNK_CHARS = 100_000

_LEADING_NOISE = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december on in at the a an
    local""".split())

#: Words before a mention that make it a location ("in Mali") rather than an actor ("France said").
_LOCATIVE = frozenset({"in", "into", "across", "throughout", "inside", "within", "near", "around", "at",
                       "of"})
#: A sentence's own evidence must beat the document's country by more than this to override it.
_DOCUMENT_BONUS = 1.0
_AFFILIATION = frozenset({"linked", "affiliated", "allied", "aligned", "loyal", "loyalty", "allegiance",
                          "tied", "pledged", "affiliates", "affiliate", "branch"})
_BEFORE_WORDS = 7


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
        for ent in nlp(piece).ents:
            if ent.label_ == ACTOR_LABEL or ent.label_ in labels:
                found.append(_mention(ent, offset))
    return found


def _mention(ent: Any, offset: int) -> Mention:
    tokens = list(ent)
    if ent.ent_id_ == "communal":  # the ruler's proper-noun slot can take "Monday" or "On"
        while len(tokens) > 2 and tokens[0].lower_ in _LEADING_NOISE:
            tokens = tokens[1:]
    start, end = tokens[0].idx, ent.end_char
    before = " ".join(t.lower_ for t in ent.doc[max(0, tokens[0].i - _BEFORE_WORDS):tokens[0].i])
    return Mention(offset + start, offset + end, ent.doc.text[start:end], ent.label_, ent.ent_id_,
                   before)


# -- context --------------------------------------------------------------------------------------
def document_context(article: Article, mentions: Sequence[Mention], country: str | None = None,
                     as_of: DateLike = None) -> Context:
    """The document's date and country, and each sentence's own country where it names one."""
    starts = [s.start for s in article.sentences]
    context = Context(date=article.published[:10], sentence_starts=starts, as_of=as_of)
    evidence = [(m, kind) for m in mentions if (kind := _evidence_kind(m))]
    votes = country_votes((m.text, kind) for m, kind in evidence)
    context.country = _given_country(article, country) or _places_country(article) or leading(votes)
    by_sentence: dict[int, Votes] = {}
    for mention, kind in evidence:
        index = context.sentence(mention.start)
        if index is not None and kind == "place" and _is_location(mention):
            country_votes([(mention.text, kind)], by_sentence.setdefault(index, {}))
    for sentence_votes in by_sentence.values():
        if context.country:
            sentence_votes[context.country] = sentence_votes.get(context.country, 0.0) + _DOCUMENT_BONUS
    context.sentence_countries = {i: c for i, v in by_sentence.items() if (c := leading(v))}
    return context


def _is_location(mention: Mention) -> bool:
    """A place, or a country named as a location: "in Mali", not "France said"."""
    if find_country(mention.text) is None:
        return True
    words = mention.before.split()
    return bool(words) and (words[-1] in _LOCATIVE or words[-1] == "the" and len(words) > 1
                            and words[-2] in _LOCATIVE)


def _evidence_kind(mention: Mention) -> str | None:
    if mention.label == "NORP":
        return "demonym"
    if mention.label == "GPE":
        return "place"
    if mention.label in ("LOC", "FAC", "ORG", "PERSON"):  # the small model mislabels villages
        return "place"
    return None


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
    return [_entity(m, context) for m in mentions]


def _entity(mention: Mention, context: Context) -> Entity:
    entity = Entity(mention.start, mention.end, mention.text, mention.label,
                    sentence=context.sentence(mention.start))
    if mention.label == ACTOR_LABEL:
        actor = resolve_actor(mention, context)
        if actor:
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
    if kind == "generic":
        return generic_actor(key, where, context.date, as_of=context.as_of).abroad(where)
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
    """Named entities and actors (spaCy + dateline's actor lists), canonicalised and typed."""
    nlp = load_nlp(model)

    def entities(article: Article) -> Article:
        return annotate(article, nlp, labels=labels, country=country, as_of=as_of)

    return entities
