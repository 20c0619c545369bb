"""Sentence splitting: fast rules that know news abbreviations ("U.N.", "Gen.", "Jan.").

Every later stage points at sentences by index, so the splitter keeps exact character offsets.
A blank line always ends a sentence; a single line break ends one when the line before ends
with terminal punctuation (one-sentence-per-line corpora such as Timeline17).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .models import Article, Sentence
from .pipeline import stage

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj cpl pvt adm cmdr gov sen rep pres st ft mt rev
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc inc corp ltd co jr sr bros dept est approx fig al e.g i.e u.s u.n u.k u.s.a
    a.m p.m d.c ph.d""".split()
)

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n[ \t]*\n")
_OPENER = re.compile(r"\s*[\"'“‘(\[]*[A-Z0-9À-Ý]")


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].strip("\"'“‘(").lower()


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    token = match.group()
    if token.startswith("\n"):
        return True
    if not token.startswith("."):
        return bool(_OPENER.match(text, match.end()))
    word = _word_before(text, match.start())
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        # "the U.S. said" continues; "in the U.S. The" would need more than rules can know.
        return "\n" in text[match.end():match.end() + 2]
    if len(word) == 1 and word.isalpha():  # an initial: "George W. Bush"
        return False
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):  # "u.s", "a.m" written without final dot
        return "\n" in text[match.end():match.end() + 2]
    return bool(_OPENER.match(text, match.end())) or "\n" in text[match.end():match.end() + 2]


def split_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence, white space trimmed."""
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match):
            end = match.end() if not match.group().startswith("\n") else match.start()
            yield from _lines(text, start, end)
            start = match.end()
    yield from _lines(text, start, len(text))


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a chunk at single line breaks that follow terminal punctuation, then trim."""
    for piece in re.finditer(r"(?:[^\n]|\n(?![ \t]*\S)|(?<![.!?\"'”’:])\n)+", text[start:end]):
        s, e = start + piece.start(), start + piece.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


def split_sentences(text: str) -> list[Sentence]:
    return [Sentence(s, e, text[s:e]) for s, e in split_spans(text)]


@stage("sentences", requires=["text"], sets=["sentences"])
def make_sentence_splitter() -> object:
    """Split the article text into sentences with character offsets."""
    def split(article: Article) -> Article:
        article.sentences = split_sentences(article.text)
        return article
    return split
