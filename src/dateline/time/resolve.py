"""Resolving found expressions to TIMEX3 values, anchored on the publication date or on an
earlier expression of the text.

:class:`Resolver` walks the candidates in text order. It remembers the last specific date it
resolved (the reference time) so that "nine months later" after "August 2020" is 2021-05 and
records which timex it was anchored on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import numbers
from .anchoring import tense_near, weekday_date, year_for
from .grammar import Candidate
from .holidays import holiday_date
from .lexicon import DURATION_UNITS, MODIFIERS, MONTHS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, WEEKDAYS
from .values import Period, duration_value, format_value, parse_value, period_of, season, shift

DCT = "DCT"
REF = "REF"


@dataclass
class Reading:
    """What an expression means: its TIMEX3 type, value and the attributes that go with it."""

    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None  # DCT, REF (an earlier timex) or None (absolute)
    quant: str | None = None
    freq: str | None = None
    start: int | None = None  # trimmed extent, when the match took a word that is not part of it
    end: int | None = None


def position_mod(words: str | None) -> str | None:
    """``early`` -> START, ``the end of`` -> END, ``mid-`` -> MID."""
    if not words:
        return None
    text = words.lower()
    for key, mod in (("beginning", "START"), ("start", "START"), ("early", "START"),
                     ("first", "START"), ("dawn", "START"), ("turn", "START"), ("mid", "MID"),
                     ("middle", "MID"), ("end", "END"), ("late", "END"), ("close", "END"),
                     ("rest", "END"), ("remainder", "END"), ("second half", "END"),
                     ("last days", "END")):
        if key in text and not text.strip().startswith(("earlier", "later")):
            return mod
    return None


def relation(groups: dict[str, str | None]) -> str:
    """The relative word of a match, lower-cased: "this past" is "last", "this coming" is "next"."""
    rel = re.sub(r"\s+", " ", (groups.get("rel") or "").lower())
    return {"this past": "last", "this coming": "next"}.get(rel, rel)


def quantity_mod(words: str | None) -> str | None:
    if not words:
        return None
    return MODIFIERS.get(re.sub(r"\s+", " ", words.strip().lower())) or None


_OUTSIDE_MOD = re.compile(r"\b(about|just\s+over|over|within|just\s+under|under|only|just)\s+$", re.I)


def outside_mod(text: str, start: int) -> str | None:
    """The mod of a modifier word TE3 leaves out of the extent ("about [a month]")."""
    match = _OUTSIDE_MOD.search(text[max(0, start - 16):start])
    if not match:
        return None
    word = re.sub(r"\s+", " ", match.group(1).lower())
    return {"about": "APPROX", "just over": "MORE_THAN", "over": "MORE_THAN", "within": "EQUAL_OR_LESS",
            "just under": "LESS_THAN", "under": "LESS_THAN"}.get(word)


class Resolver:
    """Resolve candidates of one text in order, keeping the reference time between them."""

    def __init__(self, text: str, dct: dt.date) -> None:
        self.text = text
        self.dct = dct
        self.today = Period("day", dct)
        self.ref: Period | None = None
        self.ref_index: int | None = None
        self.ref_end = 0
        self.quarter_ref: Period | None = None
        self.quarter_end = -10_000
        self.quarter_index: int | None = None

    # -- the reference time -------------------------------------------------------------------
    def remember(self, reading: Reading, index: int, end: int, family: str = "") -> None:
        period = parse_value(reading.value) if reading.type in ("DATE", "TIME") else None
        if period is None or family in ("year_earlier", "ago"):
            return
        self.ref, self.ref_index, self.ref_end = period, index, end
        if period.gran == "quarter" and "year-" not in self.text[max(0, end - 40):end].lower():
            self.quarter_ref, self.quarter_end, self.quarter_index = period, end, index

    def base(self) -> tuple[Period, str]:
        """The reference time for anaphoric expressions, and the anchor to record."""
        if self.ref is not None:
            return self.ref, REF
        return self.today, DCT

    def tense(self, candidate: Candidate) -> str | None:
        return tense_near(self.text, candidate.start, candidate.end)

    def resolve(self, candidate: Candidate) -> Reading | None:
        method: Callable[[Candidate], Reading | None] = getattr(self, "_" + candidate.family)
        reading = method(candidate)
        if reading is not None and reading.mod is None and (
                reading.type == "DURATION" or candidate.family == "ago"):
            reading.mod = outside_mod(self.text, candidate.start)
        return reading

    # -- explicit calendar dates -------------------------------------------------------------
    def _iso(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        day = _date(int(g["year"]), int(g["month"]), int(g["day"]))
        if day is None:
            return None
        if g.get("hour"):
            return Reading("TIME", f"{day.isoformat()}T{g['hour']}:{g['minute']}")
        return Reading("DATE", day.isoformat())

    def _numeric(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        year = int(g["year"])
        if year < 100:
            year += 1900 if year > (self.dct.year % 100) + 10 else 2000
        day = _date(year, int(g["month"]), int(g["day"]))
        return Reading("DATE", day.isoformat()) if day else None

    def _month_day(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        month, day_number = MONTHS[g["mon"].rstrip(".").lower()], int(g["day"])
        if g.get("year"):
            year, anchor = int(g["year"]), None
        else:
            year, anchor = year_for(month, day_number, self.dct, self.tense(c)), DCT
        day = _date(year, month, day_number)
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
            return Reading("DATE", f"{_century_year(int(g['yy']), self.dct):04d}-{month:02d}", mod)
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
        if self.quarter_ref is not None and adj not in ("current",):
            return Reading("DATE", format_value(self.quarter_ref), None, REF)
        step = 0 if adj == "current" else -1
        return Reading("DATE", format_value(shift(period_of(self.dct, "quarter"), "quarter", step)), None,
                       DCT)

    def _year_end(self, c: Candidate) -> Reading | None:
        year = self.dct.year - 1 if re.search(r"\bsince\s+$", self.text[max(0, c.start - 8):c.start], re.I) \
            else self.dct.year
        return Reading("DATE", f"{year:04d}", "END", DCT)

    def _fiscal_short(self, c: Candidate) -> Reading | None:
        return Reading("DATE", f"{_century_year(int(c.match['yy']), self.dct):04d}")

    def _decade(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        if g.get("dec"):
            decade = int(g["dec"]) // 10
        elif g.get("dec2"):
            decade = _century_year(int(g["dec2"]), self.dct) // 10
        else:
            decade = 190 + numbers.DECADE_WORDS[g["decw"].lower()]
        return Reading("DATE", f"{decade:03d}", position_mod(g.get("pos")))

    def _century(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        number = numbers.ordinal(g["ord"])
        if not number:
            return None
        return Reading("DATE", f"{number - 1:02d}", position_mod(g.get("pos")))

    # -- quarters, halves, seasons -----------------------------------------------------------
    def _quarter(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        number = numbers.ordinal(g["ord"])
        half = g["qh"].lower() == "half"
        if number is None or number > (2 if half else 4) or g.get("plural"):
            return None
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
        rel = relation(g)
        code_now = _season_code(self.dct)
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

    # -- relative to the publication date or to the reference time -------------------------
    def _relative(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        unit = UNITS[g["unit"].lower()]
        rel = relation(g)
        the = (g.get("the") or g.get("det") or "").strip().lower()
        mod = position_mod(g.get("pos"))
        if unit in ("year", "quarter") and re.match(r"\s+(?:ended|ending|through|to\s+date)\b",
                                                     self.text[c.end:c.end + 12]) and unit == "year":
            return Reading("DURATION", "P1Y")
        if not rel:
            return self._the_unit(unit, mod, g)
        return self._shifted_unit(unit, rel, the, mod)

    def _the_unit(self, unit: str, mod: str | None, g: dict[str, str | None]) -> Reading | None:
        """"the year", "the quarter": the period of the reference time, or of the DCT."""
        if unit not in ("year", "quarter", "month", "week", "weekend", "decade", "century"):
            return None
        if unit == "weekend":
            return Reading("DATE", format_value(self._weekend(past=True)), mod, DCT)
        if unit == "quarter" and self.quarter_ref is not None:
            return Reading("DATE", format_value(self.quarter_ref), mod, REF)
        base, anchor = self.base()
        if g.get("fiscal") or not base.finer_than(unit) and base.gran != unit:
            base, anchor = self.today, DCT
        return Reading("DATE", format_value(period_of(base.date, _gran(unit))), mod, anchor)

    def _shifted_unit(self, unit: str, rel: str, the: str, mod: str | None) -> Reading | None:
        gran = _gran(unit)
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
        if g.get("plural"):
            return Reading("SET", f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""), quant="EVERY")
        rel = relation(g)
        possessive = self.text.startswith(("'s", "’s"), c.end)  # "Wednesday's ruling": past
        day = weekday_date(weekday, self.dct, "past" if possessive else self.tense(c), rel or None)
        mod = position_mod(g.get("pos"))
        if pod:
            return Reading("TIME", f"{day.isoformat()}T{pod}", mod, DCT)
        return Reading("DATE", day.isoformat(), mod, DCT)

    def _pod(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        if g.get("solo"):
            return Reading("TIME", f"{self.dct.isoformat()}TNI", None, DCT)
        which = g["podrel"].lower().split()[-1]
        pod = PARTS_OF_DAY[g["pod"].lower()]
        offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(which, 0)
        if which == "the" and self.ref is not None and self.ref.gran in ("day", "part"):
            return Reading("TIME", f"{self.ref.date.isoformat()}T{pod}", None, REF)
        mod = position_mod(g["podrel"])
        day = self.dct + dt.timedelta(days=offset)
        return Reading("TIME", f"{day.isoformat()}T{pod}", mod, DCT)

    def _deictic(self, c: Candidate) -> Reading | None:
        word = re.sub(r"\s+", " ", c.match["word"].lower())
        if word == "tonight":
            return Reading("TIME", f"{self.dct.isoformat()}TNI", None, DCT)
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
            found = _date(year, month, number)
            if found:
                return found, None if explicit else DCT
        return self.dct, DCT

    def _ago(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        unit = UNITS[re.sub(r"s$", "", g["unit"].lower()) if g["unit"].lower() != "centuries"
                     else "century"]
        direction = re.sub(r"\s+", " ", g["dir"].lower())
        if g.get("bare") is not None and not g.get("num") and not g["unit"].lower().endswith("s"):
            return None  # "day before": a bare unit must be plural ("days ago")
        amount = None if g.get("bare") is not None and not g.get("num") else numbers.quantity(g.get("num"))
        backward = direction in ("ago", "earlier", "before", "previously", "back")
        from_dct = direction in ("ago", "back", "from now", "hence")
        mod = quantity_mod(g.get("mod"))
        if amount is None or amount != int(amount):
            return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF", mod,
                           DCT if from_dct else REF if self.ref else DCT)
        base, anchor = (self.today, DCT) if from_dct else self.base()
        if unit == "year" and self.quarter_ref is not None and c.start - self.quarter_end < 400:
            base, anchor = self.quarter_ref, REF
            point = shift(base, "year", -int(amount) if backward else int(amount))
            return Reading("DATE", format_value(point), mod, anchor)
        gran = _gran(unit) if unit not in ("hour", "minute", "second") else "day"
        if unit in ("decade", "century", "millennium"):
            gran = "year"
        if base.gran == "month" and gran == "month" and anchor == REF:
            gran = "month"
        point = shift(period_of(base.date, gran) if not base.finer_than(gran) else base, unit,
                      -int(amount) if backward else int(amount), gran)
        return Reading("DATE", format_value(point), mod, anchor)

    # -- durations and sets --------------------------------------------------------------------
    def _duration(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        unit_word = g["unit"].lower()
        tail = (g.get("tail") or "").strip().lower()
        if tail.endswith("old"):
            return None
        unit = UNITS[unit_word if unit_word in UNITS else unit_word[:-1] if unit_word != "centuries"
                     else "century"]
        num = (g.get("num") or "").lower().strip()
        if num in ("a", "an", "one") and unit_word.endswith("s"):
            return None  # "a decades-long": not a quantity of decades
        if unit in ("second", "quarter") and num in ("a", "an", "one", "three"):
            if re.match(r"\s+of\b", self.text[c.end:c.end + 4]) or unit == "second":
                return None
        amount = numbers.quantity(num)
        if amount is not None and "half" in tail:
            amount += 0.5
        letter, multiple, time = DURATION_UNITS[unit]
        value = duration_value(None if amount is None else amount * multiple, letter, time)
        if amount is None and unit in ("decade", "century"):
            value = "PXDE" if unit == "decade" else "PXCE"
        mod = quantity_mod(g.get("mod")) or ("APPROX" if "or so" in tail else None)
        adjectival = "-" in self.text[c.match.end("num"):c.match.start("unit")] and not tail
        start = c.match.start("num") if adjectival and g.get("the") and not g.get("drel") else None
        return Reading("DURATION", value, mod, start=start)

    def _vague_duration(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        the = (g.get("the") or "").strip().lower()
        drel = (g.get("drel") or "").strip().lower()
        unit = g["unit"].lower()
        if not the and not drel:
            return None
        start = c.match.start("drel") if the in ("in", "for", "over", "within") and drel else None
        if the in ("in", "for", "over", "within") and not drel:
            start = c.match.start("unit")
        if drel in ("recent", "past") and unit == "years" and the != "the":
            return Reading("DATE", "PAST_REF", start=start)
        if drel == "early" or (the == "the" and not drel and unit not in ("years",)):
            return None
        return Reading("DURATION", _VAGUE_DURATIONS[unit], start=start)

    def _day_before(self, c: Candidate) -> Reading | None:
        unit = UNITS[c.match["unit"].lower()]
        step = -1 if c.match["dir"].lower() in ("before", "earlier") else 1
        base, anchor = self.base()
        point = shift(period_of(base.date, unit), unit, step)
        return Reading("DATE", format_value(point), None, anchor)

    def _ahead(self, c: Candidate) -> Reading | None:
        return Reading("DURATION", _VAGUE_DURATIONS[c.match["unit"].lower()])

    def _long_adj(self, c: Candidate) -> Reading | None:
        word = c.match["unit"].lower()
        if word.endswith("s"):
            return Reading("DURATION", _VAGUE_DURATIONS[word])
        letter, multiple, time = DURATION_UNITS[UNITS[word]]
        return Reading("DURATION", duration_value(multiple, letter, time))

    def _all_unit(self, c: Candidate) -> Reading | None:
        unit = UNITS[c.match["unit"].lower()]
        letter, multiple, time = DURATION_UNITS["month" if unit == "season" else unit]
        return Reading("DURATION", duration_value(3 if unit == "season" else multiple, letter, time))

    def _military(self, c: Candidate) -> Reading | None:
        return Reading("TIME", f"{self.dct.isoformat()}T{c.match['hour']}:{c.match['minute']}", None, DCT)

    def _adj_duration(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        if c.match.group().lower().endswith("-old"):
            return None
        unit = UNITS[g["unit"].lower()]
        num = g["num"].lower()
        amount = 0.5 if num == "half" else None if num in ("multi", "several") else numbers.quantity(num)
        letter, multiple, time = DURATION_UNITS[unit]
        return Reading("DURATION", duration_value(None if amount is None else amount * multiple,
                                                  letter, time))

    def _year_earlier(self, c: Candidate) -> Reading | None:
        start = c.match.start("word") if not c.match["what"] else None
        if self.quarter_ref is not None and c.start - self.quarter_end < 400:
            return Reading("DATE", format_value(shift(self.quarter_ref, "year", -1)), None, REF, start=start)
        return Reading("DATE", f"{self.dct.year - 1:04d}", None, DCT, start=start)

    def _set(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        every = g["every"].lower()
        if every in ("a", "an") and not _rate_context(self.text, c.start):
            return None
        quant = {"every": "EVERY", "each": "EACH"}.get(every)
        if g.get("wd"):
            return Reading("SET", f"XXXX-WXX-{WEEKDAYS[g['wd'].rstrip('.').lower()]}", quant=quant)
        if g.get("mon"):
            return Reading("SET", f"XXXX-{MONTHS[g['mon'].rstrip('.').lower()]:02d}", quant=quant)
        if g.get("season"):
            return Reading("SET", f"XXXX-{SEASONS[g['season'].lower()]}", quant=quant)
        unit = UNITS[g["unit"].lower()]
        count = numbers.quantity(c.match.group(0).split()[1]) if g.get("unit") and \
            len(c.match.group(0).split()) > 2 and not g.get("other") else 1
        count = 2 if g.get("other") else (count or 1)
        letter, multiple, time = DURATION_UNITS[unit]
        return Reading("SET", duration_value(count * multiple, letter, time), quant=quant)

    def _set_adverb(self, c: Candidate) -> Reading | None:
        word = c.match["adverb"]
        if word[0].isupper() and c.start > 0 and not re.search(r"[.!?\"“]\s*$", self.text[:c.start]):
            return None  # "China Daily"
        return Reading("SET", SET_ADVERBS[word.lower()])

    def _times_per(self, c: Candidate) -> Reading | None:
        times = c.match["times"].lower()
        count = {"once": 1, "twice": 2, "thrice": 3}.get(times) or numbers.quantity(times.split()[0])
        unit = UNITS[c.match["unit"].lower()]
        letter, multiple, time = DURATION_UNITS[unit]
        return Reading("SET", duration_value(multiple, letter, time),
                       freq=f"{int(count)}X" if count else None)

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

    def _ref(self, c: Candidate) -> Reading | None:
        word = re.sub(r"\s+", " ", c.match["word"].lower())
        if word == "current" and re.match(r"\s+(?:account|accounts|affairs|events)\b",
                                          self.text[c.end:c.end + 12]):
            return None
        if word in _PRESENT:
            return Reading("DATE", "PRESENT_REF", None, DCT)
        if word in _FUTURE:
            return Reading("DATE", "FUTURE_REF", None, DCT)
        return Reading("DATE", "PAST_REF", None, DCT)


_VAGUE_DURATIONS = {"seconds": "PTXS", "minutes": "PTXM", "hours": "PTXH", "days": "PXD", "weeks": "PXW",
                    "months": "PXM", "quarters": "PXQ", "years": "PXY", "decades": "PXDE",
                    "centuries": "PXCE"}

_PRESENT = frozenset({"now", "currently", "nowadays", "presently", "these days", "right now",
                      "current", "the present"})
_FUTURE = frozenset({"the future", "future", "soon", "the near future", "the distant future",
                     "the long term", "the short term", "the near term", "the medium term",
                     "the long run", "the short run"})


_NOT_RATE = frozenset("""is was has this its his hers their as less more than for in about over within
    after nearly almost only just last past""".split())


def _rate_context(text: str, start: int) -> bool:
    """"$5 a year", "four flights a week", "hundreds of interviews a day": a rate, so a set."""
    before = text[max(0, start - 30):start].rstrip()
    if re.search(r"(?:\d|percent|%|cents?|dollars?|times|million|billion|thousand|hundred)$", before, re.I):
        return True
    word = re.search(r"([A-Za-z]+)$", before)
    return bool(word) and word.group(1).lower().endswith("s") and word.group(1).lower() not in _NOT_RATE


def _gran(unit: str) -> str:
    return {"fortnight": "week", "night": "day"}.get(unit, unit)


def _season_code(day: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
            8: "SU"}.get(day.month, "FA")


def _century_year(two_digits: int, dct: dt.date) -> int:
    """'89 -> 1989, '05 -> 2005: the century that puts the year at most 10 years after the DCT."""
    year = dct.year // 100 * 100 + two_digits
    return year - 100 if year > dct.year + 10 else year


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
