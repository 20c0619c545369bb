"""TIMEX3 values: periods of a given granularity, calendar arithmetic on them, and formatting.

A :class:`Period` is a calendar period ("2022-01", "2021-Q3", "2022-W07") held as its first day
and its granularity, so that "last month" in an article of 2022-02-17 is the month before
February 2022 and prints as ``2022-01``, not as a day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: Granularities, coarsest first. "season" and "weekend" carry a code in ``Period.part``.
GRANULARITIES = ("millennium", "century", "decade", "year", "half", "season", "quarter", "month",
                 "week", "weekend", "day", "part", "hour", "minute", "second")

_RANK = {name: i for i, name in enumerate(GRANULARITIES)}

_SEASON_MONTH = {"WI": 1, "SP": 3, "SU": 6, "FA": 9}


@dataclass(frozen=True)
class Period:
    """A calendar period: its first day, granularity, and for sub-day periods the time or part."""

    gran: str
    date: dt.date
    part: str = ""  # season code, part of day ("MO"), or "" ; TIME values use hour/minute
    hour: int | None = None
    minute: int | None = None

    @property
    def year(self) -> int:
        return self.date.year

    def finer_than(self, gran: str) -> bool:
        return _RANK[self.gran] > _RANK[gran]


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1)


def _safe_year(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def truncate(day: dt.date, gran: str) -> dt.date:
    """The first day of the period of granularity ``gran`` that holds ``day``."""
    if gran in ("day", "part", "hour", "minute", "second"):
        return day
    if gran in ("week", "weekend"):
        return day - dt.timedelta(days=day.weekday())
    if gran == "month":
        return day.replace(day=1)
    if gran == "quarter":
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return dt.date(day.year, 1 if day.month <= 6 else 7, 1)
    if gran == "decade":
        return dt.date(day.year // 10 * 10 or 1, 1, 1)
    if gran == "century":
        return dt.date(day.year // 100 * 100 or 1, 1, 1)
    if gran == "millennium":
        return dt.date(day.year // 1000 * 1000 or 1, 1, 1)
    return dt.date(day.year, 1, 1)


def period_of(day: dt.date, gran: str) -> Period:
    return Period(gran, truncate(day, gran))


def shift_date(day: dt.date, unit: str, amount: int) -> dt.date:
    """``day`` moved by ``amount`` calendar units (negative: back)."""
    if unit in ("day", "part", "hour", "minute", "second"):
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * amount)
    months = {"month": 1, "quarter": 3, "season": 3, "half": 6}.get(unit)
    if months:
        return add_months(day, months * amount).replace(day=min(day.day, 28)) if unit != "month" \
            else _month_shift(day, amount)
    years = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit, 1)
    return _safe_year(day, years * amount)


def _month_shift(day: dt.date, amount: int) -> dt.date:
    first = add_months(day, amount)
    for candidate in (day.day, 30, 29, 28):
        try:
            return first.replace(day=candidate)
        except ValueError:
            continue
    return first


def shift(period: Period, unit: str, amount: int, gran: str | None = None) -> Period:
    """The period ``amount`` units after ``period``, at granularity ``gran`` (default: its own)."""
    gran = gran or period.gran
    moved = shift_date(period.date, unit, amount)
    if gran == "season":
        return _shift_season(period, amount if unit == "season" else 0, moved)
    return Period(gran, truncate(moved, gran), period.part if gran in ("part", "weekend") else "",
                  period.hour, period.minute)


def _shift_season(period: Period, seasons: int, moved: dt.date) -> Period:
    """Seasons in year order winter, spring, summer, fall ("2013-WI" is the winter early in 2013)."""
    if not seasons:
        return season(moved.year, period.part)
    year, index = divmod(period.year * 4 + _SEASON_ORDER.index(period.part) + seasons, 4)
    return season(year, _SEASON_ORDER[index])


_SEASON_ORDER = ["WI", "SP", "SU", "FA"]


def season(year: int, code: str) -> Period:
    return Period("season", dt.date(year, _SEASON_MONTH[code], 1), code)


def season_of(day: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
            8: "SU"}.get(day.month, "FA")


def format_value(period: Period) -> str:
    """The TIMEX3 value of a period: ``2022``, ``2022-01``, ``2021-Q3``, ``2022-W07``, ``201``."""
    d, g = period.date, period.gran
    if g == "millennium":
        return f"{d.year // 1000}"
    if g == "century":
        return f"{d.year // 100:02d}"
    if g == "decade":
        return f"{d.year // 10:03d}"
    if g == "year":
        return f"{d.year:04d}"
    if g == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if g == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "season":
        return f"{d.year:04d}-{period.part}"
    if g == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if g in ("week", "weekend"):
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if g == "weekend" else "")
    if g == "day":
        return d.isoformat()
    if g == "part":
        return f"{d.isoformat()}T{period.part}"
    return _format_time(period)


def _format_time(period: Period) -> str:
    hour = period.hour or 0
    if period.gran == "hour":
        return f"{period.date.isoformat()}T{hour:02d}:00"
    return f"{period.date.isoformat()}T{hour:02d}:{period.minute or 0:02d}"


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<t>\d{2}(?::\d{2})?|MO|AF|EV|NI|MI|DT))?)?"
    r"|Q(?P<q>\d)|H(?P<h>\d)|W(?P<w>\d{1,2})(?P<we>-WE)?|(?P<s>SP|SU|FA|WI)))?$"
)


def parse_value(value: str) -> Period | None:
    """The period a specific TIMEX3 date value names, or None (``PRESENT_REF``, ``XXXX-XX``...)."""
    match = _VALUE.match(value or "")
    if not match:
        return _parse_coarse(value or "")
    year = int(match["y"])
    try:
        return _period_from_match(match, year)
    except ValueError:
        return None


def _period_from_match(match: re.Match[str], year: int) -> Period:
    if match["d"]:
        day = dt.date(year, int(match["m"]), int(match["d"]))
        time = match["t"]
        if not time:
            return Period("day", day)
        if time[0].isdigit():
            hour, _, minute = time.partition(":")
            return Period("minute", day, "", int(hour), int(minute or 0))
        return Period("part", day, time)
    if match["m"]:
        return Period("month", dt.date(year, int(match["m"]), 1))
    if match["q"]:
        return Period("quarter", dt.date(year, (int(match["q"]) - 1) * 3 + 1, 1))
    if match["h"]:
        return Period("half", dt.date(year, 1 if match["h"] == "1" else 7, 1))
    if match["w"]:
        monday = dt.date.fromisocalendar(year, int(match["w"]), 1)
        return Period("weekend" if match["we"] else "week", monday)
    if match["s"]:
        return season(year, match["s"])
    return Period("year", dt.date(year, 1, 1))


def _parse_coarse(value: str) -> Period | None:
    if re.fullmatch(r"\d{3}", value):
        return Period("decade", dt.date(int(value) * 10 or 1, 1, 1))
    if re.fullmatch(r"\d{2}", value):
        return Period("century", dt.date(int(value) * 100 or 1, 1, 1))
    return None


def duration_value(amount: float | None, letter: str, time: bool) -> str:
    """``P3Y``, ``PT2H``, ``PXM``; fractional amounts become the next smaller unit when whole."""
    if amount is None:
        number = "X"
    elif amount == int(amount):
        number = str(int(amount))
    else:
        return _fractional(amount, letter, time)
    return f"PT{number}{letter}" if time else f"P{number}{letter}"


_SMALLER = {("Y", False): ("M", 12, False), ("M", False): ("D", 30, False), ("W", False): ("D", 7, False),
            ("D", False): ("H", 24, True), ("H", True): ("M", 60, True), ("M", True): ("S", 60, True)}


def _fractional(amount: float, letter: str, time: bool) -> str:
    """``P2Y6M`` for two and a half years, ``PT1H30M``, ``P1DT12H``: the whole unit, then the rest."""
    whole, rest = int(amount), amount - int(amount)
    if (letter, time) in _SMALLER:
        small, factor, small_time = _SMALLER[(letter, time)]
        scaled = rest * factor
        if scaled == int(scaled):
            head = f"{whole}{letter}" if whole else ""
            if time:
                return f"PT{head}{int(scaled)}{small}"
            return f"P{head}{'T' if small_time else ''}{int(scaled)}{small}"
    return f"PT{amount:g}{letter}" if time else f"P{amount:g}{letter}"
