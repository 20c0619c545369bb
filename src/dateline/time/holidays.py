"""Dates of holidays: fixed ones from the word list, movable ones computed for a given year."""

from __future__ import annotations

import datetime as dt

from .lexicon import FIXED_HOLIDAYS


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (1 = Monday) of a month; ``n = -1`` for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


_MOVABLE = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "memorial day": (5, 1, -1),
    "labor day": (9, 1, 1), "labour day": (9, 1, 1), "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3), "martin luther king day": (1, 1, 3), "presidents' day": (2, 1, 3),
    "presidents day": (2, 1, 3), "columbus day": (10, 1, 2),
}

#: Days of the church year counted from Easter Sunday.
EASTER_OFFSETS = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1, "palm sunday": -7,
    "maundy thursday": -3, "holy thursday": -3, "holy saturday": -1, "ash wednesday": -46,
    "shrove tuesday": -47, "mardi gras": -47, "pentecost": 49, "whit sunday": 49,
    "ascension day": 39,
}

#: Shopping days named after Thanksgiving: the Friday and the Monday after it.
_AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}


def holiday_date(name: str, year: int) -> dt.date | None:
    name = name.lower().replace("’", "'")
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in EASTER_OFFSETS:
        return easter(year) + dt.timedelta(days=EASTER_OFFSETS[name])
    if name == "election day":
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    if name in _AFTER_THANKSGIVING:
        return nth_weekday(year, 11, 4, 4) + dt.timedelta(days=_AFTER_THANKSGIVING[name])
    if name in _MOVABLE:
        month, weekday, n = _MOVABLE[name]
        return nth_weekday(year, month, weekday, n)
    return None
