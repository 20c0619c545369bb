"""When a time word is not a time expression: "the recent sale", "today's world".

Words such as "now", "recent" and "today" name the present or the recent past, but annotators of
TimeML corpora left some uses of them untagged. The rules below form a small decision list fitted
on TBAQ-cleaned (TimeBank + AQUAINT), each kept only where the context left the word untagged in
most of its occurrences there, and seen at least five times (a rule on fewer is not kept;
"recently" after an auxiliary, 0 tagged of 3, was left out for that reason):

- "recent" after a determiner ("the recent sale", "a recent filing"): 4 tagged of 12;
- "Now," / "Currently," opening a sentence as a discourse marker: 0 of 5;
- "today's"/"of tomorrow" about an era ("today's world", "the people of tomorrow"): 0 of 5.
"""

from __future__ import annotations

import re

_DETERMINERS = frozenset("the a an this that these those its his her their our my your".split())
_ERA_NOUNS = frozenset("""world youth society generation generations children kids young economy
    standards terms technology computers students women men families parents teenagers markets
    media politics culture era age consumers workers""".split())


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z']+)\W*$", text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].strip()
    return not before or before[-1] in ".!?\"'`“”\n"


def ref_is_generic(word: str, text: str, start: int, end: int) -> bool:
    """True where ``word`` ("now", "recent", ...) at ``text[start:end]`` is best left untagged."""
    if word == "recent":
        return _word_before(text, start) in _DETERMINERS
    if word in ("now", "currently"):
        return _opens_sentence(text, start) and text[end:end + 1] == ","
    return False


def day_is_generic(word: str, text: str, start: int, end: int) -> bool:
    """True where "today's"/"of tomorrow" names an era rather than a day."""
    if word not in ("today", "tomorrow"):
        return False
    after = re.match(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?", text[end:end + 40])
    if after and _ERA_NOUNS.intersection(after.groups()):
        return True
    of_phrase = re.search(r"\b(?:the|a)\s+[a-z]+s?\s+of\s+$", text[max(0, start - 30):start])
    return of_phrase is not None and not re.match(r"\s*['’]s", text[end:end + 3])
