"""Evidence: the spans of an article that support an event or a timeline entry.

A highlight is a character span of ``article.text`` with a kind: ``sentence`` for a supporting
sentence, ``trigger`` for the event's own span, or the name of an event field (``actor1``,
``location``, ``fatalities`` ...) for the evidence of that field. :func:`segments` cuts the text
at every highlight boundary so a page can mark overlapping spans without nesting tags.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from ..models import Article, Event


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def sentence_span(article: Article, index: int | None) -> tuple[int, int] | None:
    if index is None or not 0 <= index < len(article.sentences):
        return None
    sentence = article.sentences[index]
    return sentence.start, sentence.end


def _span_sentence(article: Article, start: int, end: int) -> tuple[int, int]:
    """The sentence holding a span, or the span itself where sentences were not split."""
    found = sentence_span(article, article.sentence_at(start))
    return found or (start, end)


def event_highlights(article: Article, event: Event) -> list[Highlight]:
    """The event's sentence, its trigger span, and the evidence span of each coded field."""
    found: list[Highlight] = []
    sentence = sentence_span(article, event.sentence)
    if sentence is None and event.start is not None and event.end is not None:
        sentence = _span_sentence(article, event.start, event.end)
    if sentence:
        found.append(Highlight(*sentence, "sentence", "supporting sentence"))
    if event.start is not None and event.end is not None and event.end > event.start:
        found.append(Highlight(event.start, event.end, "trigger", event.sub_event_type or event.event_type))
    for name, evidence in sorted((event.evidence or {}).items()):
        found.extend(_evidence_highlights(article, name, evidence))
    return _clip(found, len(article.text))


def _evidence_highlights(article: Article, name: str, evidence: Any) -> list[Highlight]:
    if not isinstance(evidence, dict):
        return []
    start, end = evidence.get("start"), evidence.get("end")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return [Highlight(start, end, "field", name)]
    span = sentence_span(article, evidence.get("sentence"))
    return [Highlight(*span, "sentence", name)] if span else []


def sentence_highlights(article: Article, sentences: list[str]) -> list[Highlight]:
    """Find sentences (e.g. a timeline entry's) in the article text, allowing other white space."""
    found = []
    for sentence in sentences:
        span = _find_loose(article.text, sentence)
        if span:
            found.append(Highlight(*span, "sentence", "timeline sentence"))
    return found


def _find_loose(text: str, needle: str) -> tuple[int, int] | None:
    needle = needle.strip()
    if not needle:
        return None
    at = text.find(needle)
    if at >= 0:
        return at, at + len(needle)
    words = re.findall(r"\w+", needle)
    if not words:
        return None
    match = re.search(r"\W+".join(map(re.escape, words)), text)
    return (match.start(), match.end()) if match else None


def _clip(highlights: list[Highlight], length: int) -> list[Highlight]:
    kept = []
    for h in highlights:
        start, end = max(0, h.start), min(length, h.end)
        if end > start:
            kept.append(Highlight(start, end, h.kind, h.label))
    return kept


def segments(text: str, highlights: list[Highlight]) -> list[dict[str, Any]]:
    """``text`` cut at every highlight boundary; each piece lists the highlights covering it."""
    cuts = sorted({0, len(text), *(h.start for h in highlights), *(h.end for h in highlights)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [h for h in highlights if h.start <= start and end <= h.end]
        pieces.append({"start": start, "end": end, "text": text[start:end],
                       "kinds": sorted({h.kind for h in covering}),
                       "labels": sorted({h.label for h in covering if h.label})})
    return pieces
