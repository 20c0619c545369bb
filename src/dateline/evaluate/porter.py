"""The Porter stemmer exactly as ROUGE-1.5.5 applies it (option ``-m``).

ROUGE-1.5.5 ships its own Perl version of Porter's 1980 algorithm, with one change of 2004:
a word ending in ``-ement`` does not go on to try ``-ment`` and ``-ent`` in step 4 as one rule,
but the three suffixes are tried one after the other on the shortened word. Library stemmers
(NLTK's default mode, Snowball) differ from it on words such as ``agreement`` or ``generously``,
which moves ROUGE counts, so scores reported in papers need this variant.
"""

from __future__ import annotations

import re
from functools import lru_cache

_c = "[^aeiou]"
_v = "[aeiouy]"
_C = f"{_c}[^aeiouy]*"
_V = f"{_v}[aeiou]*"
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")  # measure > 0
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")  # measure == 1
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")  # measure > 1
_VOWEL_IN_STEM = re.compile(f"^({_C})?{_v}")
_CVC = re.compile(f"^{_C}{_v}[^aeiouwxy]$")

_STEP2 = {"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
          "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
          "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive",
          "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
          "logi": "log"}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "",
          "ness": ""}
# Alternations keep the Perl order: the leftmost match wins, as in Perl.
_STEP2_RE = re.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|"
                       "ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$")
_STEP3_RE = re.compile("(icate|ative|alize|iciti|ical|ful|ness)$")
_STEP4_RE = re.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")


def _step1(w: str) -> str:
    if m := re.search("(ss|i)es$", w):
        w = w[: m.start()] + m.group(1)
    elif m := re.search("([^s])s$", w):
        w = w[: m.start()] + m.group(1)
    if w.endswith("eed"):
        if _MGR0.search(w[:-3]):
            w = w[:-1]
    elif m := re.search("(ed|ing)$", w):
        stem = w[: m.start()]
        if _VOWEL_IN_STEM.search(stem):
            w = stem
            if re.search("(at|bl|iz)$", w):
                w += "e"
            elif re.search(r"([^aeiouylsz])\1$", w):
                w = w[:-1]
            elif _CVC.search(w):
                w += "e"
    if w.endswith("y") and _VOWEL_IN_STEM.search(w[:-1]):
        w = w[:-1] + "i"
    return w


def _replace_suffix(w: str, pattern: re.Pattern[str], table: dict[str, str]) -> str:
    if (m := pattern.search(w)) and _MGR0.search(w[: m.start()]):
        return w[: m.start()] + table[m.group(1)]
    return w


def _strip_if_mgr1(w: str, pattern: str | re.Pattern[str]) -> tuple[str, bool]:
    m = re.search(pattern, w)
    if m and _MGR1.search(w[: m.start()]):
        return w[: m.start()], True
    return w, bool(m)


def _step4(w: str) -> str:
    w, _ = _strip_if_mgr1(w, _STEP4_RE)
    w, _ = _strip_if_mgr1(w, "ment$")
    if w.endswith("ent"):
        w, _ = _strip_if_mgr1(w, "ent$")
    elif (m := re.search("(s|t)(ion)$", w)) and _MGR1.search(w[: m.start() + 1]):
        w = w[: m.start() + 1]
    return w


def _step5(w: str) -> str:
    if w.endswith("e"):
        stem = w[:-1]
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _CVC.search(stem)):
            w = stem
    if w.endswith("ll") and _MGR1.search(w):
        w = w[:-1]
    return w


@lru_cache(maxsize=200_000)
def porter_stem(word: str) -> str:
    """Stem a lower-case word as ROUGE-1.5.5's ``stem`` does (words under 3 letters unchanged)."""
    if len(word) < 3:
        return word
    initial_y = word.startswith("y")
    w = "Y" + word[1:] if initial_y else word  # an initial y is a consonant
    w = _step1(w)
    w = _replace_suffix(w, _STEP2_RE, _STEP2)
    w = _replace_suffix(w, _STEP3_RE, _STEP3)
    w = _step5(_step4(w))
    return w[0].lower() + w[1:] if initial_y else w
