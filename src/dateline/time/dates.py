"""Calendar dates: explicit days, months, years, decades, centuries, quarters, seasons, holidays."""

from __future__ import annotations

import datetime as dt
import re

from . import numbers
from .anchoring import year_for
from .grammar import Candidate
from .holidays import holiday_date
from .lexicon import MONTHS, PARTS_OF_DAY, SEASONS
from .readings import (
    DCT,
    REF,
    Reading,
    ReferenceTime,
    century_year,
    position_mod,
    relation,
    safe_date,
    season_code,
)
from .values import add_months, format_value, period_of, season, shift


class CalendarReadings(ReferenceTime):
    """Readings of expressions that name a calendar period."""

    def _iso(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        day = safe_date(int(g["year"]), int(g["month"]), int(g["day"]))
        if day is None:
            return None
        if g.get("hour"):
            return Reading("TIME", f"{day.isoformat()}T{g['hour']}:{g['minute']}")
        return Reading("DATE", day.isoformat())

    def _numeric(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        year = int(g["year"])
        if year < 100:  # "10/30/89" in 1989, "3/4/05" in 2006
            year = century_year(year, self.dct)
        day = safe_date(year, int(g["month"]), int(g["day"]))
        return Reading("DATE", day.isoformat()) if day else None

    def _month_day(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        month, day_number = MONTHS[g["mon"].rstrip(".").lower()], int(g["day"])
        if g.get("year"):
            year, anchor = int(g["year"]), None
        else:
            year, anchor = year_for(month, day_number, self.dct, self.tense(c)), DCT
        day = safe_date(year, month, day_number)
        if day is None:
            return None
        mod = position_mod(g.get("pos"))
        if g.get("pod"):
            return Reading("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[g['pod'].lower()]}", mod, anchor)
        return Reading("DATE", day.isoformat(), mod, anchor)

    _day_month = _month_day

    def _month(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        month = MONTHS[g["mon"].rstrip(".").lower()]
        mod = position_mod(g.get("pos"))
        if g.get("year"):
            return Reading("DATE", f"{int(g['year']):04d}-{month:02d}", mod)
        if g.get("yy"):
            return Reading("DATE", f"{century_year(int(g['yy']), self.dct):04d}-{month:02d}", mod)
        if g.get("spelled") and numbers.spelled_year(g["spelled"]):
            return Reading("DATE", f"{numbers.spelled_year(g['spelled']):04d}-{month:02d}", mod)
        if g.get("yrel"):
            year = self.dct.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
            return Reading("DATE", f"{year:04d}-{month:02d}", mod, DCT)
        rel = relation(g)
        if rel in ("same", "that"):
            base, anchor = self.base()
            return Reading("DATE", f"{base.year:04d}-{month:02d}", mod, anchor)
        year = self._month_year(month, rel, c)
        return Reading("DATE", f"{year:04d}-{month:02d}", mod, DCT)

    def _month_year(self, month: int, rel: str, c: Candidate) -> int:
        if rel in ("last", "past", "previous", "prior"):
            return self.dct.year if month < self.dct.month else self.dct.year - 1
        if rel in ("next", "coming", "upcoming"):
            return self.dct.year if month > self.dct.month else self.dct.year + 1
        if rel in ("this", "current"):
            return self.dct.year
        return year_for(month, None, self.dct, self.tense(c))

    def _week_of_day(self, c: Candidate) -> Reading | None:
        """"the week of March 6": the ISO week (or its weekend) that holds that day."""
        day = self._month_day(c)
        if day is None:
            return None
        gran = "weekend" if c.match["unit"].lower() == "weekend" else "week"
        return Reading("DATE", format_value(period_of(dt.date.fromisoformat(day.value), gran)), None,
                       day.anchor)

    def _week_of_month(self, c: Candidate) -> Reading | None:
        """"the first week of March": the ISO week holding its first days (the last: its last days)."""
        g = c.match.groupdict()
        month = MONTHS[g["mon"].rstrip(".").lower()]
        year = int(g["year"]) if g.get("year") else self._month_year(month, "", c)
        number = numbers.ordinal(g["ord"]) or 1
        first = dt.date(year, month, 1)
        if number < 0:
            day = add_months(first, 1) - dt.timedelta(days=4)
        else:
            day = first + dt.timedelta(days=3 + 7 * (number - 1))
        gran = "weekend" if g["unit"].lower() == "weekend" else "week"
        return Reading("DATE", format_value(period_of(day, gran)), None, None if g.get("year") else DCT)

    def _year(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        return Reading("DATE", f"{int(g['year']):04d}", position_mod(g.get("pos")))

    def _spelled_year(self, c: Candidate) -> Reading | None:
        spelled = c.match["spelled"]
        if spelled.lower().startswith("two thousand") and not c.match["lead"] and \
                spelled.lower().strip() == "two thousand":
            return None
        year = numbers.spelled_year(spelled)
        if year is None:
            return None
        lead = (c.match["lead"] or "").lower()
        start = None if lead.startswith("the year") else c.match.start("spelled")
        return Reading("DATE", f"{year:04d}", start=start)

    def _year_period(self, c: Candidate) -> Reading | None:
        year, what = int(c.match["year"]), c.match["what"].lower()
        if what == "quarter" or (what == "period" and self.quarter_ref is not None):
            quarter = self.quarter_ref or period_of(self.dct, "quarter")
            number = (quarter.date.month - 1) // 3 + 1
            return Reading("DATE", f"{year:04d}-Q{number}", None, REF if self.quarter_ref else DCT)
        if "half" in what:
            return Reading("DATE", f"{year:04d}-H{1 if what.startswith('first') else 2}")
        return Reading("DATE", f"{year:04d}")

    def _period_word(self, c: Candidate) -> Reading | None:
        adj, what = c.match["adj"].lower(), re.sub(r"\s+", " ", c.match["what"].lower())
        if what in ("year", "fiscal year"):
            if adj in ("full", "entire", "whole", "current"):
                return Reading("DATE", f"{self.dct.year:04d}", None, DCT)
            return Reading("DATE", f"{self.dct.year - 1:04d}", None, DCT)
        current = period_of(self.dct, "quarter")
        if adj == "current":
            return Reading("DATE", format_value(current), None, DCT)
        reported = shift(current, "quarter", -1)  # "the latest quarter": the last one that has ended
        if self.quarter_ref is not None and self.quarter_ref.date <= reported.date:
            return Reading("DATE", format_value(self.quarter_ref), None, REF)
        return Reading("DATE", format_value(reported), None, DCT)

    def _year_end(self, c: Candidate) -> Reading | None:
        year = self.dct.year - 1 if re.search(r"\bsince\s+$", self.text[max(0, c.start - 8):c.start], re.I) \
            else self.dct.year
        if re.fullmatch(r"(?i:year-end)", c.text):  # "by year-end": the closing date of the year
            return Reading("DATE", f"{year:04d}-12-31", None, DCT)
        return Reading("DATE", f"{year:04d}", "END", DCT)

    def _short_year(self, c: Candidate) -> Reading | None:
        """"in '09"; the "13" of "the 2012-13 season" (a range's second year, tagged on its own)."""
        if c.match["next"]:
            first, second = int(c.match["first"]), int(c.match["next"])
            year = first // 100 * 100 + second + (100 if second < first % 100 else 0)
            return Reading("DATE", f"{year:04d}")
        return Reading("DATE", f"{century_year(int(c.match['yy']), self.dct):04d}")

    def _fiscal_short(self, c: Candidate) -> Reading | None:
        return Reading("DATE", f"{century_year(int(c.match['yy']), self.dct):04d}")

    def _decade(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        if g.get("dec"):
            decade = int(g["dec"]) // 10
        elif g.get("dec2"):
            decade = century_year(int(g["dec2"]), self.dct) // 10
        else:
            decade = 190 + numbers.DECADE_WORDS[g["decw"].lower()]
        return Reading("DATE", f"{decade:03d}", position_mod(g.get("pos")))

    def _century(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        number = numbers.ordinal(g["ord"])
        if not number:
            return None
        return Reading("DATE", f"{number - 1:02d}", position_mod(g.get("pos")))

    def _quarter(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        number = numbers.ordinal(g["ord"])
        half = g["qh"].lower() == "half"
        if number is None or number > (2 if half else 4) or g.get("plural"):
            return None
        if g["ord"].lower() == "latter" and not (g.get("qyear") or g.get("qyrel")):
            return None  # "the latter half of the game"; "the latter half of 2012" is a date
        number = (2 if half else 4) if number < 0 else number
        year, anchor = self._quarter_year(g)
        if anchor == DCT and year == self.dct.year and not g.get("qyrel") and "this" not in \
                (g.get("qrel") or "").lower() + (g.get("the") or "").lower():
            year = self._quarter_default_year(c, number, half)
        value = f"{year:04d}-{'H' if half else 'Q'}{number}"
        return Reading("DATE", value, None, anchor)

    def _quarter_year(self, g: dict[str, str | None]) -> tuple[int, str | None]:
        qrel = (g.get("qrel") or "").lower()
        owner = (g.get("the") or "").lower()
        explicit = g.get("qyear") or next(iter(re.findall(r"\d{4}", qrel)), None)
        if explicit:
            return int(explicit), None
        relation = (g.get("qyrel") or "").lower()
        if "year-earlier" in qrel or "year-ago" in qrel or relation == "last" or "last year" in owner:
            return self._base_year() - 1, REF if self.ref is not None else DCT
        if relation == "next" or "next year" in owner:
            return self.dct.year + 1, DCT
        return self.dct.year, DCT

    def _quarter_default_year(self, c: Candidate, number: int, half: bool) -> int:
        """A quarter later in the year than the DCT's own is last year's, unless the text looks ahead."""
        current = (self.dct.month - 1) // (6 if half else 3) + 1
        if number <= current or self.tense(c) == "future":
            return self.dct.year
        return self.dct.year - 1

    def _base_year(self) -> int:
        return self.quarter_ref.year if self.quarter_ref is not None else self.dct.year

    def _quarter_code(self, c: Candidate) -> Reading | None:
        code = c.match["ord"]
        year = int(c.match["qyear"]) if c.match["qyear"] else self.dct.year
        return Reading("DATE", f"{year:04d}-{code}", None, None if c.match["qyear"] else DCT)

    def _season(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        code = SEASONS[g["season"].lower()]
        mod = position_mod(g.get("pos"))
        if g.get("year"):
            return Reading("DATE", f"{int(g['year']):04d}-{code}", mod)
        if g.get("spelled") and numbers.spelled_year(g["spelled"]):
            return Reading("DATE", f"{numbers.spelled_year(g['spelled']):04d}-{code}", mod)
        if g.get("yrel"):  # "the spring of last year"
            year = self.dct.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
            return Reading("DATE", f"{year:04d}-{code}", mod, DCT)
        rel = relation(g)
        code_now = season_code(self.dct)
        current = season(self.dct.year + (1 if self.dct.month == 12 else 0), code_now)
        order = ["WI", "SP", "SU", "FA"]
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel)
        if rel in ("this", "current"):
            return Reading("DATE", f"{self.dct.year:04d}-{code}", mod, DCT)
        if step is None:
            tense = self.tense(c)
            later = order.index(code) > order.index(current.part)
            year = self.dct.year - 1 if (later and tense in ("past", "weak_past")) else self.dct.year
            return Reading("DATE", f"{year:04d}-{code}", mod, DCT)
        candidate = current
        for _ in range(4):
            candidate = shift(candidate, "season", step)
            if candidate.part == code:
                break
        return Reading("DATE", format_value(candidate), mod, DCT)

    def _holiday(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        name = re.sub(r"\s+", " ", g["holiday"].lower())
        rel = relation(g)
        if g.get("year"):
            day = holiday_date(name, int(g["year"]))
            return Reading("DATE", day.isoformat(), None, None) if day else None
        this_year = holiday_date(name, self.dct.year)
        if this_year is None:
            return None
        tense = "past" if rel in ("last", "past") else "future" if rel in ("next", "coming") \
            else self.tense(c)
        year = year_for(this_year.month, this_year.day, self.dct, tense)
        day = holiday_date(name, year)
        return Reading("DATE", day.isoformat(), None, DCT) if day else None
