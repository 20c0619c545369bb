"""Choosing the year of a bare month or the date of a bare weekday from tense cues.

News speaks mostly of the past: "in October" in an article of February 2022 is October 2021.
Cues in the clause around the expression ("will", "next", "scheduled") turn that forward.
"""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import FUTURE_CUES, PAST_CUES, PAST_VERBS, WEAK_PAST_CUES

_WORD = re.compile(r"[A-Za-z']+")
_CLAUSE_END = re.compile(r"[.;!?\n]")
_AUXILIARY_FUTURE = re.compile(r"\b(?:will|'ll|shall|going\s+to|is\s+to|are\s+to|to\s+be\s+held)\b", re.I)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the clause before and after the expression (up to 120 characters each side)."""
    left = text[max(0, start - 120):start]
    stops = list(_CLAUSE_END.finditer(left))
    if stops:
        left = left[stops[-1].end():]
    right = text[end:end + 80]
    stop = _CLAUSE_END.search(right)
    if stop:
        right = right[:stop.start()]
    return left, right


_NOT_PAST = frozenset("""need needed indeed proceed exceed succeed speed seed feed bleed breed
    hundred red bed shed based united unspecified undisclosed unexpected unidentified unnamed
    unscheduled unconfirmed unprecedented unrelated unexplained""".split())
_MODALS = frozenset("to will would could can may might should must shall".split())
_PASSIVE = frozenset("be been being is are am to was were has have had".split())
_SOON = re.compile(r"\bas\s+(?:soon|early)\s+as\s*$|(?<!up\s)\buntil\s*$", re.I)


def _cue(word: str, previous: str) -> str | None:
    lower = word.lower()
    if lower in FUTURE_CUES:
        return "future"
    if lower in PAST_CUES and not (lower == "last" and previous in _MODALS):
        return "past"  # but "expected to last until Thursday": "last" is a verb there
    if lower in WEAK_PAST_CUES:
        return "weak_past"
    if previous in _PASSIVE:
        return None  # "will be paid", "to be held": the auxiliary decides
    if lower in PAST_VERBS or (word[0].islower() and len(lower) > 4 and lower.endswith("ed")
                               and lower not in _NOT_PAST):
        return "weak_past"
    return None


def _cues(text: str) -> list[str]:
    words = _WORD.findall(_SET_TO.sub(" will ", text))
    found = (_cue(w, p.lower()) for p, w in zip([""] + words, words, strict=False))
    return [cue for cue in found if cue]


#: "set to resume", "poised to rule", "planned for March": an event announced for later.
_SET_TO = re.compile(r"\b(?:(?:set|poised|slated|plans?|planned|due)\s+to"
                     r"|(?:planned|slated|set|pencilled|penciled)\s+for)\b", re.I)
#: "extended to Nov. 16", "postponed until Monday": a new deadline, ahead of the publication date.
_DEADLINE = re.compile(r"\b(?:extend|postpone|delay|adjourn|reschedule|push|move)[a-z]*\b[^.;!?]{0,50}?"
                       r"\b(?:to|until|till)\s*$", re.I)


_RIGHT_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:on\s+)?$")


def tense_near(text: str, start: int, end: int) -> str | None:
    """``"future"``, ``"past"``, ``"weak_past"`` or None, from the words of the clause around it.

    The verb before a trailing date governs it ("predicted Wednesday", "will meet on Friday");
    the words after count only when there is none before ("On Friday, the court will rule").
    """
    left, right = _clause(text, start, end)
    if _SOON.search(left) or _DEADLINE.search(left):
        after = _cues(right)
        return "past" if after[:1] == ["past"] else "future"  # "Until May, they had not met"
    before = _cues(left)
    adjacent = _RIGHT_BEFORE.search(left)
    if before and before[-1] == "weak_past" and adjacent and _cues(adjacent.group(1)) == ["weak_past"] \
            and adjacent.group(1).lower() not in WEAK_PAST_CUES:
        return "past"  # "the year ended March 31": a past verb right before the date governs it
    if before:
        return _governing_verb(left, before[-1], at_end=True)
    after = _cues(right)
    if after:
        opening = all(w.lower() in _OPENING for w in _WORD.findall(left))
        return _governing_verb(right, after[0], at_end=False) if opening else after[0]
    return "future" if _AUXILIARY_FUTURE.search(left + " " + right) else None


#: Words between a past verb and the date that make the date another verb's ("agreed to buy it in
#: February", "extended the loans through January", "to be completed around Nov. 1").
_NOT_GOVERNED = re.compile(r"\b(?:to|be|through|until|till|by|from|for|which|that|who|would|could)\b",
                           re.I)


_OPENING = frozenset("in on during by early late and but then the".split())


def _governing_verb(side: str, cue: str, at_end: bool) -> str:
    """A past verb ("bought RJR in February", "In January, it brought in") governs the date, and
    then it is the past whatever the months ahead, unless other words stand between them."""
    if cue != "weak_past":
        return cue
    words = _WORD.findall(side)
    verbs = [i for i, w in enumerate(words) if _cue(w, words[i - 1].lower() if i else "") == "weak_past"]
    if not verbs:
        return cue
    verb = verbs[-1] if at_end else verbs[0]
    if words[verb].lower() in WEAK_PAST_CUES:
        return cue  # reporting verbs: "said it would pay in January"
    between = words[verb + 1:] if at_end else words[:verb]
    return cue if _NOT_GOVERNED.search(" ".join(between)) else "past"


def year_for(month: int, day: int | None, dct: dt.date, tense: str | None) -> int:
    """The year of a month (and day) named without one, seen from the publication date.

    News mostly reports the past, but a date a few months ahead is usually an announced one
    ("payable Jan. 5" in November): without a cue, up to four months ahead means the future.
    """
    ahead = (month - dct.month) % 12
    later_this_year = (month, day or 0) > (dct.month, dct.day if day is not None else 0)
    future_year = dct.year if later_this_year else dct.year + 1
    past_year = dct.year if not later_this_year else dct.year - 1
    if ahead == 0:
        return dct.year
    if tense == "future":
        return future_year
    if tense == "past" or (tense == "weak_past" and ahead > 4):
        return past_year
    return future_year if ahead <= 4 else past_year


def weekday_date(weekday: int, dct: dt.date, tense: str | None, relation: str | None = None) -> dt.date:
    """The date of a weekday (1 = Monday) named relative to ``dct`` (the past unless "future")."""
    delta = weekday - dct.isoweekday()
    if relation in ("last", "past", "previous"):
        return dct + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if relation in ("next", "coming", "upcoming"):
        return dct + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if relation == "this":
        return dct + dt.timedelta(days=delta)
    if tense == "future":
        return dct + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    return dct + dt.timedelta(days=delta if delta <= 0 else delta - 7)
