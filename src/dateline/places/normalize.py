"""Name keys for the gazetteer index: one spelling for every way a place name is written.

``"St. Louis"``, ``"Saint-Louis"`` and ``"SAINT LOUIS"`` all become ``"saint louis"``; accents,
case, apostrophes, hyphens and other punctuation do not count.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Abbreviations expanded in keys (after punctuation is removed).
ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "mt": "mount",
    "ft": "fort",
    "pt": "point",
}
_APOSTROPHES = re.compile(r"['’`ʻʼ‘]")
_NON_WORD = re.compile(r"[^\w]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)  # the same names are looked up again in every article
def name_key(name: str) -> str:
    """The index key of a place name: ``name_key("Ségou-Région") == "segou region"``."""
    text = _APOSTROPHES.sub("", strip_accents(name).casefold())
    words = [w for w in _NON_WORD.sub(" ", text).replace("_", " ").split() if w]
    words = [ABBREVIATIONS.get(w, w) if len(words) > 1 else w for w in words]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_latin(name: str) -> bool:
    """Written in the Latin alphabet (alternate names in other scripts are not indexed)."""
    return all(ord(ch) < 0x250 or unicodedata.category(ch)[0] != "L" for ch in name)
