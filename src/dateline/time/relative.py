"""Expressions relative to the publication date or to the reference time: "last week", "Tuesday",
"this morning", "at 10 a.m.", "two years ago", "nine months later", "now"."""

from __future__ import annotations

import datetime as dt
import re

from . import numbers
from .anchoring import weekday_date, year_for
from .generic import day_is_generic, ref_is_generic
from .grammar import Candidate
from .lexicon import DURATION_UNITS, MONTHS, PARTS_OF_DAY, UNITS, WEEKDAYS
from .readings import (
    DCT,
    REF,
    Reading,
    ReferenceTime,
    position_mod,
    quantity_mod,
    relation,
    safe_date,
    unit_granularity,
)
from .values import Period, duration_value, format_value, period_of, shift


class RelativeReadings(ReferenceTime):
    """Readings of deictic and anaphoric expressions, times of day, and PRESENT/PAST/FUTURE_REF."""

    def _relative(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        unit = UNITS[g["unit"].lower()]
        if g["unit"][0].isupper() and c.match.start("unit") > c.start:
            return None  # "This Week", a title
        rel = relation(g)
        the = (g.get("the") or g.get("det") or "").strip().lower()
        mod = position_mod(g.get("pos"))
        if unit == "year" and not rel and _YEAR_ENDED.match(self.text, c.end):
            return Reading("DURATION", "P1Y")  # "the year ended Sept. 30", "the year to March": 12 months
        if unit == "quarter" and rel in ("", "fiscal") and (ended := self._quarter_ended(c)):
            return ended
        if unit == "weekend" and not rel:  # "over the weekend"; "ahead of the weekend" looks forward
            before = self.text[max(0, c.start - 12):c.start]
            ahead = self.tense(c) == "future" or re.search(r"\bahead\s+of\s+$", before) is not None
            return Reading("DATE", format_value(self._weekend(past=not ahead)), mod, DCT)
        if not rel:
            return self._the_unit(unit, mod, g)
        return self._shifted_unit(unit, rel, the, mod)

    def _quarter_ended(self, c: Candidate) -> Reading | None:
        """"the quarter ended Sept. 30": the quarter that holds the day it ended."""
        match = _ENDED.match(self.text, c.end)
        if match is None or match["mon"].rstrip(".").lower() not in MONTHS:
            return None
        month, number = MONTHS[match["mon"].rstrip(".").lower()], int(match["day"])
        explicit = match["year"]
        year = int(explicit) if explicit else year_for(month, number, self.dct, "past")
        day = safe_date(year, month, number)
        if day is None:
            return None
        return Reading("DATE", format_value(period_of(day, "quarter")), None, None if explicit else DCT)

    def _the_unit(self, unit: str, mod: str | None, g: dict[str, str | None]) -> Reading | None:
        """"the year", "the quarter": the period of the reference time, or of the DCT."""
        if unit not in ("year", "quarter", "month", "week", "decade", "century"):
            return None
        if unit == "quarter" and self.quarter_ref is not None:
            return Reading("DATE", format_value(self.quarter_ref), mod, REF)
        base, anchor = self.base()
        if g.get("fiscal") or not base.finer_than(unit) and base.gran != unit:
            base, anchor = self.today, DCT
        return Reading("DATE", format_value(period_of(base.date, unit_granularity(unit))), mod, anchor)

    def _shifted_unit(self, unit: str, rel: str, the: str, mod: str | None) -> Reading | None:
        gran = unit_granularity(unit)
        if unit == "weekend":
            weekend = self._weekend(past=rel in ("last", "past", "previous"))
            if rel in ("next", "coming"):
                weekend = shift(weekend, "week", 1)
            return Reading("DATE", format_value(weekend), mod, DCT)
        anaphoric = rel in ("following", "subsequent", "same", "that", "previous", "prior",
                            "preceding") and (the == "the" or rel in ("same", "that"))
        base, anchor = self.base() if anaphoric else (self.today, DCT)
        step = {"last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "latest": -1,
                "next": 1, "coming": 1, "following": 1, "upcoming": 1, "subsequent": 1}.get(rel, 0)
        if gran in ("hour", "minute", "second"):
            return None
        if anaphoric and step == 0 and not (base.finer_than(gran) or base.gran == gran):
            return Reading("DATE", format_value(base), mod, anchor)  # "that day", after "the 1990s"
        point = shift(period_of(base.date, gran), unit, step, gran)
        return Reading("DATE", format_value(point), mod, anchor)

    def _weekend(self, past: bool) -> Period:
        offset = (self.dct.isoweekday() % 7) if past and self.dct.isoweekday() < 6 else 0
        sunday = self.dct - dt.timedelta(days=offset)
        return Period("weekend", period_of(sunday, "week").date)

    def _weekday(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        weekday = WEEKDAYS[g["wd"].rstrip(".").lower()]
        pod = PARTS_OF_DAY[g["pod"].lower()] if g.get("pod") else ""
        if g.get("plural") or g.get("podplural"):
            return Reading("SET", f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""), quant="EVERY")
        rel = relation(g)
        if rel in ("previous", "preceding", "following") and self.ref is not None and \
                self.ref.gran in ("day", "part", "hour", "minute"):
            return self._weekday_from_story(weekday, rel, pod, position_mod(g.get("pos")))
        possessive = self.text.startswith(("'s", "’s"), c.end)  # "Wednesday's ruling": past
        day = weekday_date(weekday, self.dct, "past" if possessive else self.tense(c), rel or None)
        mod = position_mod(g.get("pos"))
        if pod:
            return Reading("TIME", f"{day.isoformat()}T{pod}", mod, DCT)
        return Reading("DATE", day.isoformat(), mod, DCT)

    def _weekday_from_story(self, weekday: int, rel: str, pod: str, mod: str | None) -> Reading:
        """"the previous Friday": the Friday before the day the story is at, not before the DCT."""
        assert self.ref is not None
        day = weekday_date(weekday, self.ref.date, None, "next" if rel == "following" else "last")
        if pod:
            return Reading("TIME", f"{day.isoformat()}T{pod}", mod, REF)
        return Reading("DATE", day.isoformat(), mod, REF)

    def _ordinal_day(self, c: Candidate) -> Reading | None:
        """"today is the eighth day of the strike": the day the sentence speaks of, when it says so."""
        left = self.text[max(0, c.start - 40):c.start].lower()
        if re.search(r"\b(?:is|it's|it’s|marks?|marked|was|were)\s+(?:now\s+)?$", left):
            day, anchor = self._day_beside(c)
            return Reading("DATE", day.isoformat(), None, anchor)
        return Reading("DATE", "XXXX-XX-XX")

    def _pod(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        if g.get("solo"):
            return Reading("TIME", f"{self.dct.isoformat()}TNI", None, DCT)
        pod = PARTS_OF_DAY[g["pod"].lower()]
        if g.get("mid"):  # "by mid-afternoon": the day the text is about
            day, anchor = self._day_beside(c)
            if g.get("podday"):
                offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["podday"].lower()]
                day, anchor = self.dct + dt.timedelta(days=offset), DCT
            return Reading("TIME", f"{day.isoformat()}T{pod}", "MID", anchor)
        which = g["podrel"].lower().split()[-1]
        if which == "the" and not re.match(r"\s*(?:[,.;:)!?]|$|before\b|after\b)", self.text[c.end:]):
            return None  # "the night the bridge fell", "the night of May 3"
        if which in ("early", "late") and " " not in g["podrel"].strip():
            if re.match(r"\s+(?:hours\s+)?of\b", self.text[c.end:]):
                return None  # "the early morning hours of Sunday": the day is the timex
            day, anchor = self._story_day()  # "in the early morning": of the day the story is at
            return Reading("TIME", f"{day.isoformat()}T{pod}", position_mod(g["podrel"]), anchor)
        if which == "the":  # "the night before", "that morning": around the day the story is at
            step = re.match(r"\s*(before|after)\b", self.text[c.end:])
            return self._pod_of_story_day(pod, {"before": -1, "after": 1}[step.group(1)] if step else 0)
        if which in _ANAPHORIC_PARTS:  # "the next morning", "that night"
            return self._pod_of_story_day(pod, _ANAPHORIC_PARTS[which])
        offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(which, 0)
        mod = position_mod(g["podrel"])
        day = self.dct + dt.timedelta(days=offset)
        return Reading("TIME", f"{day.isoformat()}T{pod}", mod, DCT)

    def _story_day(self) -> tuple[dt.date, str]:
        """The day the story is at: the last day the text named, else the publication date."""
        if self.ref is not None and self.ref.gran in ("day", "part", "hour", "minute"):
            return self.ref.date, REF
        return self.dct, DCT

    def _pod_of_story_day(self, pod: str, offset: int) -> Reading:
        day, anchor = self._story_day()
        return Reading("TIME", f"{(day + dt.timedelta(days=offset)).isoformat()}T{pod}", None, anchor)

    def _around_event(self, c: Candidate) -> Reading | None:
        """"the day before the vote", "in the weeks after the attack": near the story's date."""
        word = c.match["unit"].lower()
        base, anchor = self.base()
        if word.endswith("s"):
            gran = "month" if word in ("hours", "days", "weeks") else "year"
            if anchor == REF and (base.finer_than(gran) or base.gran == gran):
                return Reading("DATE", format_value(period_of(base.date, gran)), None, anchor)
            return Reading("DATE", "FUTURE_REF" if self.tense(c) == "future" else "PAST_REF", None, DCT)
        unit = UNITS[word]
        if not (base.finer_than(unit) or base.gran == unit):
            return Reading("DATE", format_value(base), None, anchor)
        step = -1 if c.match["dir"].lower() in ("before", "leading up to", "preceding") else 1
        return Reading("DATE", format_value(shift(period_of(base.date, unit), unit, step)), None, anchor)

    def _deictic(self, c: Candidate) -> Reading | None:
        word = re.sub(r"\s+", " ", c.match["word"].lower())
        if word == "tonight":
            return Reading("TIME", f"{self.dct.isoformat()}TNI", None, DCT)
        if day_is_generic(word, self.text, c.start, c.end) and not c.match["pos"]:
            return None
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}[word]
        return Reading("DATE", (self.dct + dt.timedelta(days=offset)).isoformat(),
                       position_mod(c.match["pos"]), DCT)

    def _clock(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        clock = numbers.clock_time(g)
        if clock is None:
            return None
        day, anchor = self._clock_day(c, g)
        mod = quantity_mod(g.get("mod"))
        return Reading("TIME", f"{day.isoformat()}T{clock}", mod, anchor)

    _day_clock = _clock
    _clock_from = _clock  # the "2" of "between 2 and 4 p.m." (its a.m./p.m. read ahead)

    def _clock_day(self, c: Candidate, g: dict[str, str | None]) -> tuple[dt.date, str | None]:
        weekday, deictic, month_name, day_text = g.get("wd"), g.get("deictic"), g.get("mon"), g.get("day")
        if weekday:
            return weekday_date(WEEKDAYS[weekday.rstrip(".").lower()], self.dct, self.tense(c)), DCT
        if deictic:
            offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[deictic.lower()]
            return self.dct + dt.timedelta(days=offset), DCT
        if month_name and day_text:
            month, number = MONTHS[month_name.rstrip(".").lower()], int(day_text)
            explicit = g.get("year")
            year = int(explicit) if explicit else year_for(month, number, self.dct, self.tense(c))
            found = safe_date(year, month, number)
            if found:
                return found, None if explicit else DCT
        return self._day_beside(c)

    def _day_beside(self, c: Candidate) -> tuple[dt.date, str | None]:
        """The day of a bare clock time: a weekday just after it ("9:10 a.m. (0610 GMT) Monday"),
        else the day the sentence is about, else the publication date."""
        after = _WEEKDAY_AFTER.match(self.text, c.end)
        if after:
            weekday = WEEKDAYS[after.group(1).lower()]
            return weekday_date(weekday, self.dct, self.tense(c)), DCT
        between = self.text[self.ref_end:c.start]
        if self.ref is not None and self.ref.gran in ("day", "part", "minute") and \
                not re.search(r"[.!?]\s", between):
            return self.ref.date, REF
        return self.dct, DCT

    def _military(self, c: Candidate) -> Reading | None:
        """"0735 GMT": on the day beside it ("10:35 a.m. (0735 GMT) Friday"), as bare clock times are."""
        day, anchor = self._day_beside(c)
        return Reading("TIME", f"{day.isoformat()}T{c.match['hour']}:{c.match['minute']}", None, anchor)

    def _ago(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        word = g["unit"].lower()
        unit = UNITS["century" if word == "centuries" else word.removesuffix("s")]
        bare = g.get("bare") is not None and not g.get("num")
        if bare and not word.endswith("s"):
            return None  # "day before": a bare unit must be plural ("days ago")
        direction = re.sub(r"\s+", " ", g["dir"].lower())
        amount = None if bare else numbers.quantity(g.get("num"))
        letter, multiple, time = DURATION_UNITS[unit]
        reading = self._shifted(c, unit, amount, direction)
        reading.offset = duration_value(None if amount is None else amount * multiple, letter, time)
        return reading

    def _shifted(self, c: Candidate, unit: str, amount: float | None, direction: str) -> Reading:
        """"two years ago" from the DCT, "nine months later" from the reference time."""
        backward = direction in ("ago", "earlier", "before", "previously", "back")
        from_dct = direction in ("ago", "back", "from now", "hence")
        mod = quantity_mod(c.match["mod"]) or ("APPROX" if c.match["orso"] else None)
        unit, amount = _whole_units(unit, amount)
        if amount is None or amount != int(amount):
            return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF", mod,
                           DCT if from_dct else REF if self.ref else DCT)
        steps = -int(amount) if backward else int(amount)
        base, anchor = (self.today, DCT) if from_dct else self.base()
        if unit == "year" and self.quarter_ref is not None and c.start - self.quarter_end < 400:
            return Reading("DATE", format_value(shift(self.quarter_ref, "year", steps)), mod, REF)
        gran = "day" if unit in ("hour", "minute", "second") else \
            "year" if unit in ("decade", "century", "millennium") else unit_granularity(unit)
        start = base if base.finer_than(gran) else period_of(base.date, gran)
        try:
            moved = shift(start, unit, steps, gran)
        except (ValueError, OverflowError):  # beyond the calendar: "7,000 years ago"
            return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF", mod, anchor)
        return Reading("DATE", format_value(moved), mod, anchor)

    def _day_before(self, c: Candidate) -> Reading | None:
        unit = UNITS[c.match["unit"].lower()]
        step = -1 if c.match["dir"].lower() in ("before", "earlier") else 1
        base, anchor = self.base()
        point = shift(period_of(base.date, unit), unit, step)
        return Reading("DATE", format_value(point), None, anchor)

    def _year_earlier(self, c: Candidate) -> Reading | None:
        start = c.match.start("word") if not c.match["what"] else None
        if self.quarter_ref is not None and c.start - self.quarter_end < 400:
            return Reading("DATE", format_value(shift(self.quarter_ref, "year", -1)), None, REF, start=start)
        return Reading("DATE", f"{self.dct.year - 1:04d}", None, DCT, start=start)

    def _ref(self, c: Candidate) -> Reading | None:
        word = re.sub(r"\s+", " ", c.match["word"].lower())
        if word == "current" and re.match(r"\s+(?:account|accounts|affairs|events)\b",
                                          self.text[c.end:c.end + 12]):
            return None
        if ref_is_generic(word, self.text, c.start, c.end):
            return None
        if word in _PRESENT:
            return Reading("DATE", "PRESENT_REF", None, DCT)
        if word in _FUTURE:
            return Reading("DATE", "FUTURE_REF", None, DCT)
        return Reading("DATE", "PAST_REF", None, DCT)


_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended)\s+(?P<mon>[A-Z][a-z]{2,8}\.?)\s+(?P<day>[0-3]?\d)\b"
                    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?")

#: "the year ended Sept. 30", "the year through June", "the year to March" (British): twelve months.
_YEAR_ENDED = re.compile(r"\s+(?:ended|ending|through|to\s+date|to\s+(?:the\s+end\s+of\s+)?"
                         r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                         r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)")

def _whole_units(unit: str, amount: float | None) -> tuple[str, float | None]:
    """"half a century" is 50 years, "half a year" six months: a whole number of a smaller unit."""
    if amount is None or amount == int(amount):
        return unit, amount
    for big, small, factor in (("millennium", "year", 1000), ("century", "year", 100),
                               ("decade", "year", 10), ("year", "month", 12)):
        if unit == big and amount * factor == int(amount * factor):
            return small, amount * factor
    return unit, amount


#: "the next morning" is the morning after the day the story is at; "that night" is that day's.
_ANAPHORIC_PARTS = {"next": 1, "following": 1, "previous": -1, "same": 0, "that": 0}

_WEEKDAY_AFTER = re.compile(r"[^.;!?]{0,25}?\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")

_PRESENT = frozenset({"now", "currently", "nowadays", "presently", "these days", "right now",
                      "current", "the present"})
_FUTURE = frozenset({"the future", "future", "soon", "the near future", "the distant future",
                     "the long term", "the short term", "the near term", "the medium term",
                     "the long run", "the short run"})
