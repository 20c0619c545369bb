"""Part-of-speech tags for the few tokens the ruler and the stage ask about, without tagging the text.

The NER of ``en_core_web_sm`` has its own token encoder, so the pipeline runs without the shared
``tok2vec``, the ``tagger`` and the ``attribute_ruler`` (they were half of the model's time). Two
checks still read a part of speech ("Zamfara militia": is the word before a proper noun? "military
operations": is the word after a noun?). :class:`WindowTagger` tags a copy of a window of tokens
around the token asked about with the model's own (disabled) tagging components. The tagger's
encoder sees 4 tokens either side (four convolutions of window 1) and the attribute ruler's patterns
one more, so a token with ``MARGIN`` tokens of context on both sides (or the text's edge) gets
exactly the tag it would get in the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: The model's components that set ``token.pos_``, in pipeline order.
TAGGING = ("tok2vec", "tagger", "attribute_ruler")
#: Tokens copied either side of the one asked about.
WINDOW = 6
#: Context a token needs on each side for its window tag to equal its tag in the whole text (5 suffice).
MARGIN = 6

_KEY = ("dateline", "pos")  # doc.user_data: tags found so far, or None when the doc is tagged already


class WindowTagger:
    """``pos(token)``: the token's coarse part of speech, as the model's tagger gives it in context."""

    def __init__(self, nlp: Any) -> None:
        self.components = [nlp.get_pipe(name) for name in TAGGING if name in nlp.component_names]

    def pos(self, token: Any) -> str:
        known = self._known(token.doc)
        if known is None:
            return str(token.pos_)
        if token.i not in known:
            self.prefetch([token])
        return known[token.i]

    def prefetch(self, tokens: Iterable[Any]) -> None:
        """Tag the windows of several tokens of one doc in one pass of the model (``pos`` is then a
        look-up): overlapping windows are merged, and all of them go through each component at once."""
        tokens = list(tokens)
        known = self._known(tokens[0].doc) if tokens else None
        if known is None:
            return
        doc = tokens[0].doc
        segments = _segments(sorted({t.i for t in tokens if t.i not in known}), len(doc))
        windows = [_copy(doc, start, end) for start, end in segments]
        for component in self.components if windows else ():
            windows = list(component.pipe(windows))
        for (start, end), window in zip(segments, windows, strict=True):
            known.update(_reliable(window, start, end == len(doc)))

    def _known(self, doc: Any) -> dict[int, str] | None:
        """The tags found so far in ``doc``, or None when its tokens carry their own."""
        if _KEY not in doc.user_data:
            tagged = not self.components or doc.has_annotation("POS")
            doc.user_data[_KEY] = None if tagged else {}
        return doc.user_data[_KEY]  # type: ignore[no-any-return]


def _segments(indices: list[int], length: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the windows around the sorted token ``indices``, overlapping ones merged."""
    segments: list[tuple[int, int]] = []
    for i in indices:
        start, end = max(0, i - WINDOW), min(length, i + WINDOW + 1)
        if segments and start <= segments[-1][1]:
            segments[-1] = (segments[-1][0], end)
        else:
            segments.append((start, end))
    return segments


def _copy(doc: Any, start: int, end: int) -> Any:
    """A new Doc of the tokens ``doc[start:end]``, tokenised as they are in ``doc``."""
    from spacy.tokens import Doc

    source = doc[start:end]
    window = Doc(doc.vocab, words=[t.text for t in source], spaces=[bool(t.whitespace_) for t in source])
    for copy, token in zip(window, source, strict=True):
        if copy.norm != token.norm:  # tokenizer exceptions set norms ("n't" -> "not") the tagger reads
            copy.norm_ = token.norm_
    return window


def _reliable(window: Any, start: int, at_end: bool) -> dict[int, str]:
    """Tags of the window's tokens that had all their context in it, by index in the whole doc."""
    size = len(window)
    return {start + k: str(t.pos_) for k, t in enumerate(window)
            if (k >= MARGIN or start == 0) and (size - k > MARGIN or at_end)}
