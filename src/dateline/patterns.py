"""An alternation of many patterns, tried by first letter (the events' cues, the time triggers).

The plain union ``(?:p1|p2|...|p446)`` tries every alternative at every character. Grouped by
the letter each alternative can start with (read from the parsed pattern), only the few that
can start with the letter at hand are tried. Where a union matches is unchanged (an alternative
that matches starts with one of its first letters, so its group is tried), and so is which
alternative matches among those of one letter (their order is kept); an alternative whose first
letters are unknown goes last, so where that can change which alternative matches, the grouped
pattern only answers *whether* the union matches there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_Firsts = tuple[frozenset[str], bool]  # (lower-case first characters, whether it can match nothing)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)


def first_chars(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """The characters (lower case) a non-empty match of ``pattern`` can start with; None where
    that is not known (a class such as ``\\w``, or a pattern that can match nothing)."""
    found = _sequence(sre_parse.parse(pattern, flags).data)
    return None if found is None or found[1] else found[0]


def _sequence(items: Iterable[tuple[object, object]]) -> _Firsts | None:
    chars: set[str] = set()
    for op, av in items:
        item = _item(op, av)
        if item is None:
            return None
        chars |= item[0]
        if not item[1]:
            return frozenset(chars), False
    return frozenset(chars), True


def _item(op: object, av: object) -> _Firsts | None:
    if op is sre.LITERAL:
        return _charset([(op, av)])
    if op in _ZERO_WIDTH:
        return frozenset(), True  # consumes nothing: the next item gives the first character
    if op is sre.SUBPATTERN:
        return _sequence(av[3].data)  # type: ignore[index]
    if op is sre.BRANCH:
        return _branches(av[1])  # type: ignore[index]
    if op in _REPEATS:
        body = _sequence(av[2].data)  # type: ignore[index]
        return None if body is None else (body[0], body[1] or av[0] == 0)  # type: ignore[index]
    if op is sre.IN:
        return _charset(av)  # type: ignore[arg-type]
    return None


def _branches(alternatives: Sequence[object]) -> _Firsts | None:
    found = [_sequence(p.data) for p in alternatives]  # type: ignore[attr-defined]
    if any(f is None for f in found):
        return None
    return frozenset().union(*(f[0] for f in found if f)), any(f[1] for f in found if f)


def _charset(items: Sequence[tuple[object, object]]) -> _Firsts | None:
    codes: list[int] = []
    for op, av in items:
        if op is sre.LITERAL:
            codes.append(av)  # type: ignore[arg-type]
        elif op is sre.RANGE and av[1] - av[0] < 64:  # type: ignore[index,operator]
            codes.extend(range(av[0], av[1] + 1))  # type: ignore[index]
        else:
            return None
    chars = frozenset(chr(code).lower() for code in codes)
    return (chars, False) if all(len(c) == 1 for c in chars) else None  # "İ" lowers to two


def grouped_union(patterns: Sequence[str], before: str, after: str) -> re.Pattern[str]:
    """``before(?:p1|...|pn)after`` (case-insensitive) with the alternatives grouped by first letter."""
    return re.compile(rf"{before}(?:{grouped_alternation(patterns)}){after}", re.IGNORECASE)


def grouped_alternation(patterns: Sequence[str]) -> str:
    """``p1|...|pn`` grouped by first letter, for a case-insensitive pattern. A group whose
    patterns all open with its letter written plainly reads it once ("d(?:ay|ecade)"); any other
    group opens with a look-ahead at its letter. Either way most characters are passed over after
    a few tests."""
    groups: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for pattern in patterns:
        chars = first_chars(pattern)
        for char in sorted(chars) if chars else ():
            groups.setdefault(char, []).append(pattern)
        if not chars:
            anywhere.append(pattern)
    body = [_group(char, alts) for char, alts in groups.items()]
    body += [f"(?:{p})" for p in anywhere]
    return "|".join(body)


def _group(char: str, patterns: list[str]) -> str:
    if all(_opens_with(p, char) for p in patterns):
        return f"{re.escape(char)}(?:{'|'.join(p[1:] for p in patterns)})"
    return f"(?={re.escape(char)})(?:{'|'.join(f'(?:{p})' for p in patterns)})"


def _opens_with(pattern: str, char: str) -> bool:
    """Whether ``pattern`` is a sequence that opens with ``char`` written plainly, unrepeated
    ("day", not "d?ay", "\\d" or "day|night"), so that the rest after it is a pattern of its own."""
    first = sre_parse.parse(pattern, re.IGNORECASE).data[:1]
    return pattern[:1].lower() == char and bool(first) and first[0] == (sre.LITERAL, ord(pattern[0]))
