"""Finding temporal expressions: compiled regular expressions built from the word lists.

Each :class:`Rule` names a family of expressions ("month_day", "ago", "duration", ...) and a
pattern whose named groups the resolver reads. :func:`find_candidates` runs every rule over the
text and keeps the leftmost-longest matches that do not overlap. Month and weekday names are
matched case-sensitively (``March`` the month, not ``march`` the verb); other words are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..patterns import grouped_alternation
from .lexicon import FIXED_HOLIDAYS, MOVABLE_HOLIDAYS, NUMBER_WORDS, SET_ADVERBS
from .prefilter import folded, possible_rules


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


B = r"(?<![\w'’])(?<![A-Za-z]-)"  # start of a word (not the tail of "one-year")
E = r"(?!\w|(?<!s)['’](?!s\b)|-[A-Za-z])"  # end of a word (not "one-year"; "two weeks' time" ends)
S = r"[\s]+"  # a space
H = r"(?:\s*-\s*|\s+)"  # a space or a hyphen

_NUM_WORD = _alt([w for w in NUMBER_WORDS if w not in ("a", "an", "half", "single")]
                 + ["twenty-one", "twenty-four"])
NUMBER = (rf"(?:\d+\s+[1-9]/[1-9]\d?|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{_NUM_WORD})"
          rf"(?:(?:\s*-\s*|\s+)(?:and\s+)?(?i:{_NUM_WORD}))*)")
_VAGUE = r"several|a\s+few|few|many|some|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+number\s+of|numerous"
_HALF = r"(?:[\s-]+and[\s-]+(?:a[\s-]+half|one-half|a\s+quarter|three\s+quarters)|\s*½)"
QUANT = (rf"(?P<num>{NUMBER}(?:\s+(?:or|to)\s+{NUMBER})?{_HALF}?|(?i:a\s+(?:hundred|thousand)|an?(?=\s)"
         rf"|one|half\s+an?|a\s+half"
         rf"|{_VAGUE}|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of|an?\s+additional|another))")
UNIT = (r"(?P<unit>(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
        r"|quarters?|years?|yrs?|decades?|century|centuries|millenni(?:um|a)))")
UNIT_ONE = (r"(?P<unit>(?i:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year"
            r"|decade|century|millennium))")

MONTH_NAMES = (r"January|February|March|April|May|June|July|August|September|October|November"
               r"|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
               r"|NOVEMBER|DECEMBER")
MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?P<mon>(?:{MONTH_NAMES})(?![a-z])|(?:{MONTH_ABBR})(?:\.|(?=\s+\d)))"
WEEKDAY_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY = (rf"(?P<wd>(?:{WEEKDAY_NAMES}|{WEEKDAY_NAMES.upper()})(?=s\b|(?![a-z]))"
           r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d]|,\d|\.\d)"
POD = r"(?P<pod>(?i:morning|afternoon|evening|night|overnight|mid-?day))"
REL = (r"(?P<rel>(?i:this\s+past|this\s+coming|last|this|next|past|previous|coming|following|current"
       r"|same|that|latest|upcoming|prior|preceding|subsequent|present|recent))")
POS = (r"(?P<pos>(?i:(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle\s+of|end\s+of"
       r"|beginning\s+of|start\s+of|close\s+of|turn\s+of|rest\s+of|remainder\s+of"
       r"|latter\s+part\s+of|early\s+part\s+of|first\s+part\s+of|dawn\s+of"
       r"|middle|(?:first|last|final|closing|opening|early|waning|dying)\s+(?:days|weeks|months)\s+of)"
       r"(?:\s*-\s*|\s+)|mid-?|the\s+end\s+of\s+|end-(?=[A-Z\d])))")
MOD = (r"(?P<mod>(?i:around|approximately|roughly|some|nearly|almost|close\s+to|more\s+than"
       r"|well\s+over|upwards\s+of|less\s+than|fewer\s+than|at\s+least|no\s+less\s+than|at\s+most"
       r"|no\s+more\s+than|up\s+to|the\s+better\s+part\s+of)\s+(?!the\s))")
_AMPM = r"(?P<ampm>(?i:a\.\s?m\.?|p\.\s?m\.?|am(?![\w])|pm(?![\w])))"
_TZ = r"(?:\s+(?:[ECMPG]MT|[ECMP][SD]?T|UTC|GMT|BST|CES?T|(?i:local\s+time)))?"
CLOCK = (rf"(?P<clock>(?P<hour>[012]?\d)(?::(?P<minute>[0-5]\d))?\s*{_AMPM}{_TZ}"
         rf"|(?P<hour2>[012]?\d):(?P<minute2>[0-5]\d)(?!\d)(?:\s*(?i:h|hrs))?{_TZ}"
         rf"|(?<!(?i:high)\s)(?P<named>(?i:noon|midnight|mid-?day))|(?P<hour3>{NUMBER})\s+o'clock"
         rf"|(?P<hour4>1[0-2]|[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
         r"\s+(?i:in\s+the)\s+(?P<podc>(?i:morning|afternoon|evening|night)))")
_WEEKDAY_BEFORE_DATE = rf"(?:{WEEKDAY_NAMES}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.),?\s+"
#: The day of a clock time: "Thursday", "today", "March 21", "Thursday, March 21" (the date decides).
_DAYREF = (rf"(?:{WEEKDAY}(?!,?\s+(?:{MONTH_NAMES}|{MONTH_ABBR})\.?\s+\d)|(?P<deictic>(?i:today|tonight"
           rf"|yesterday|tomorrow))|(?:{_WEEKDAY_BEFORE_DATE})?{MONTH}\.?\s+{DAY}(?:,?\s+{YEAR})?)")
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_YEAR = (rf"(?P<spelled>(?i:(?:eighteen|nineteen|twenty)[\s-]+(?:hundred(?:[\s-]+and)?[\s-]+)?"
                rf"(?:{_TENS}(?:[\s-]+{_ONES})?|{_TEENS}|(?:oh|o)[\s-]+{_ONES})"
                rf"|two\s+thousand(?:(?:\s+and)?\s+(?:{_TENS}(?:[\s-]+{_ONES})?|{_TEENS}|{_ONES}))?))")
HOLIDAY = (r"(?P<holiday>(?i:" + _alt(list(FIXED_HOLIDAYS) + list(MOVABLE_HOLIDAYS)) + r"))")


#: Adverbs that TE3 annotators rarely tagged ("quarterly dividend", "grow 20% annually").
_RARE_SETS = ("quarterly", "annually", "semiannually", "biannually")


@dataclass(frozen=True)
class Rule:
    family: str
    pattern: re.Pattern[str]
    check: Callable[[str, re.Match[str]], bool] | None = None


@dataclass
class Candidate:
    start: int
    end: int
    family: str
    match: re.Match[str]
    priority: int = 0

    @property
    def text(self) -> str:
        return self.match.string[self.start:self.end]


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z'’]+)[^A-Za-z'’]*$", text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\W*([A-Za-z]+)", text[end:end + 30])
    return match.group(1).lower() if match else ""


_MONTH_CONTEXT = frozenset("""in on since until till by of from to through thru during before after
    last next this early late mid and or between since around about until end beginning the""".split())


def _month_ok(text: str, match: re.Match[str]) -> bool:
    """``May`` and ``March`` are also a verb and a noun: need a date context."""
    name = (match.group("mon") or "").rstrip(".").lower()
    if name not in ("may", "march"):
        return True
    if match.group("pos") or match.group("rel"):
        return True
    if re.match(r"\s*,?\s*(?:\d|')", text[match.end():]):
        return True
    if re.match(r"\s+of\s+(?:the|[A-Z])", text[match.end():]):
        return False  # "the March of the Silent Women", a name
    return _previous_word(text, match.start("mon")) in _MONTH_CONTEXT


_COUNT_NOUNS = frozenset("""people persons troops soldiers men women children students workers jobs
    employees shares units cars homes houses votes dollars euros pounds yen barrels tons tonnes
    feet foot meters metres miles kilometers km acres points passengers deaths cases refugees
    residents members delegates seats rooms beds pages copies words calories miles""".split())


_NAME_BEFORE_YEAR = re.compile(r"\b([A-Z][a-z]+)\s+$")
_NOT_NAMES = frozenset("""In On By Since Until From To Through During Before After Of For And Or
    Fiscal Early Late Mid Spring Summer Fall Autumn Winter Christmas Easter""".split())


def _year_ok(text: str, match: re.Match[str]) -> bool:
    name = _NAME_BEFORE_YEAR.search(text, max(0, match.start() - 20), match.start())
    if name and not match.group("pos") and not match.group("fiscal") and name.group(1) not in _NOT_NAMES \
            and not re.search(r"(?:^|[.!?\"“])\s*$", text[max(0, name.start() - 3):name.start()]):
        return False  # "Euro 2012", "Vision 2030": part of a name
    before = text[max(0, match.start() - 2):match.start("year")]
    if before.endswith(("$", "#", "€", "£")) or re.search(r"[\d.,]$", before.rstrip()) and \
            before.rstrip() != before:
        return False
    after = text[match.end():match.end() + 12]
    if re.match(r"\s*(?:%|percent|per\s+cent|[-–]?\s*(?:meter|metre|foot|feet|mile|km|kg|ton))", after):
        return False
    return _next_word(text, match.end()) not in _COUNT_NOUNS


def _fall_ok(text: str, match: re.Match[str]) -> bool:
    """``fall`` is a season only with a determiner or a year ("last fall", "fall 2012")."""
    word = match.group("season").lower()
    start = match.start("season")
    sentence_start = start == 0 or re.search(r"[.!?\"“\n]\s*$", text[max(0, start - 4):start])
    if match.group("season")[0].isupper() and not sentence_start:
        return False  # "the Arab Spring"
    if re.match(r"\s+of\s+(?!(?:1[5-9]|20)\d\d)", text[match.end():]) and word in ("fall", "spring"):
        return False  # "the fall of the regime"
    if word != "fall" and word != "spring":
        return True
    return bool(match.group("rel") or match.group("year") or match.group("pos") or match.group("the")
                or _previous_word(text, match.start("season")) in ("in", "this", "by", "until", "since",
                                                                   "during", "the", "next", "last"))


_SHORT_YEAR_CONTEXT = frozenset("in by since until of from through during before after".split())


def _short_year_ok(text: str, match: re.Match[str]) -> bool:
    """"in '09" (a year after a preposition); "2012-13", "1914-18": a range's second year."""
    if match.group("next"):
        first, second = int(match.group("first")) % 100, int(match.group("next"))
        return second > first or (first, second) == (99, 0)
    return _previous_word(text, match.start()) in _SHORT_YEAR_CONTEXT


def _around_ok(text: str, match: re.Match[str]) -> bool:
    """"the day before the vote", but not "later in the day before leaving"."""
    return match.group("unit").lower().endswith("s") or _previous_word(text, match.start()) != "in"


def _rule(family: str, pattern: str, check: Callable[[str, re.Match[str]], bool] | None = None) -> Rule:
    return Rule(family, re.compile(B + pattern + E), check)


RULES: list[Rule] = [
    _rule("iso", r"(?P<year>(?:1[5-9]|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)"
                 r"(?:T(?P<hour>[012]\d):(?P<minute>[0-5]\d))?"),
    _rule("numeric", r"(?P<month>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)"),
    _rule("month_day", rf"(?:{POS})?(?:{WEEKDAY},?\s+)?{MONTH}\.?\s+{DAY}"
                       rf"(?:,?\s+(?:(?i:in)\s+)?{YEAR})?(?:,?\s+{POD})?"),
    _rule("day_month", rf"(?:{WEEKDAY},?\s+)?(?:(?i:the)\s+)?{DAY}\s+(?:(?i:of)\s+)?{MONTH}"
                       rf"(?:,?\s+{YEAR})?"),
    _rule("month", rf"(?:{POS})?(?:(?i:the\s+month\s+of)\s+|{REL}\s+)?{MONTH}"
                   rf"(?:,?\s+(?:(?i:of)\s+)?(?:{YEAR}|'(?P<yy>\d\d)|{SPELLED_YEAR}|(?P<yrel>(?i:this|last|next))\s+(?i:year)))?",
          _month_ok),
    _rule("year", rf"(?:{POS})?(?P<fiscal>(?i:(?:the\s+)?(?:fiscal|calendar|financial|model|school)"
                  rf"(?:\s*-?\s*years?)?|the\s+year|FY)\s*)?{YEAR}",
          _year_ok),
    _rule("short_year", r"'(?P<yy>\d\d)(?!\d|'?s\b)|(?<=(?P<first>(?:1[5-9]|20)\d\d)[-–/])(?P<next>\d\d)",
          _short_year_ok),
    _rule("spelled_year", rf"(?P<lead>(?i:the\s+year\s+|in\s+|by\s+|since\s+|of\s+|until\s+))?"
                          rf"{SPELLED_YEAR}"),
    _rule("year_period", rf"(?P<the>(?i:the|its)\s+)?(?:(?i:comparable|corresponding|same)\s+)?{YEAR}"
                         r"\s+(?P<what>(?i:period|quarter|first\s+half|second\s+half|fiscal\s+year))"),
    _rule("period_word", r"(?P<the>(?i:the|this|that))\s+(?P<adj>(?i:latest|full|entire|whole|current|recent"
                         r"|most\s+recent))\s+(?P<what>(?i:period|year|quarter|fiscal\s+year))"),
    _rule("year_end", r"(?P<the>(?i:the)\s+)?(?i:year[\s-]+end|year's\s+end|end\s+of\s+the\s+year)"),
    _rule("fiscal_short", r"(?P<fiscal>(?i:fiscal|FY)\s*'?)(?P<yy>\d\d)(?!\d)"),
    _rule("decade", rf"(?P<the>(?i:the)\s+)?(?:{POS})?(?:(?P<dec>(?:1[0-9]|20)\d0)'?s|'(?P<dec2>\d0)'?s"
                    r"|(?P<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
                    r"|nineties)))"),
    _rule("century", rf"(?P<the>(?i:the)\s+)?(?:{POS})?(?P<ord>(?i:first|second|third|fourth|fifth|sixth"
                     r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
                     r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)|\d{1,2}"
                     r"(?:st|nd|rd|th))[\s-]+(?i:century)"),
    _rule("quarter", r"(?P<the>(?i:the|this\s+year's|last\s+year's|next\s+year's)\s+)?"
                     r"(?P<qrel>(?i:(?:(?:year-earlier|year-ago|same|comparable|latest|current|last"
                     r"|previous|this|next|fiscal|calendar|flat|strong|weak|disappointing|\d{4})[\s-]+)*))"
                     r"(?P<ord>(?i:first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th))[\s-]+"
                     r"(?:(?i:fiscal|calendar)[\s-]+)?(?P<qh>(?i:quarter|half))(?P<plural>s)?"
                     r"(?:\s+(?i:of)\s+(?:(?i:fiscal|calendar)\s+)?(?:(?P<qyear>(?:19|20)\d\d)"
                     r"|(?P<qyrel>(?i:this|last|next|the))\s+(?i:year)))?"),
    _rule("quarter_code", r"(?P<ord>Q[1-4]|H[12])(?:\s+(?P<qyear>(?:19|20)\d\d))?"),
    _rule("season", rf"(?:{POS})?(?P<the>(?i:the)\s+)?(?:{REL}\s+)?(?P<season>(?i:spring|summer|fall"
                    rf"|autumn|winter))(?:\s+(?:(?i:of)\s+)?(?:{YEAR}|{SPELLED_YEAR})|(?<=(?i:the\s)(?:summer|winter))\s+months"
                    r"|\s+(?i:of)\s+(?P<yrel>(?i:this|last|next))\s+(?i:year))?", _fall_ok),
    _rule("pod", rf"(?:(?P<podrel>(?i:this|last|yesterday|tomorrow|the\s+next|the\s+following|the\s+previous"
                 rf"|the\s+same|that|the|early\s+this|late\s+last|early|late|earlier\s+this|later\s+this"
                 rf"|tonight))\s+|(?P<mid>(?i:mid)[\s-]?)(?=(?i:morning|afternoon|evening))){POD}(?:\s+(?P<podday>(?i:yesterday|today|tomorrow)))?"
                 r"|(?P<solo>(?i:tonight|overnight))"),
    _rule("week_of_month", rf"(?P<the>(?i:the))\s+(?P<ord>(?i:first|second|third|fourth|last|final))\s+"
                           rf"(?P<unit>(?i:week|weekend))\s+(?i:of)\s+{MONTH}(?:,?\s+{YEAR})?"),
    _rule("week_of_day", rf"(?P<the>(?i:the))\s+(?P<unit>(?i:week|weekend))\s+(?i:of)\s+{MONTH}\.?\s+{DAY}"
                         rf"(?:,?\s+{YEAR})?"),
    _rule("around_event", r"(?P<the>(?i:the))\s+(?P<unit>(?i:day|week|month|year|hours|days|weeks|months"
                          r"|years))(?=\s+(?P<dir>(?i:before|after|leading\s+up\s+to|preceding|following"
                          r"|that\s+followed))\s+(?!\d|(?i:last|next|this|yesterday|today|tomorrow)\b|[A-Z][a-z]+day\b))",
          _around_ok),
    _rule("unit_since", r"(?P<the>(?i:the))\s+(?P<unit>(?i:week|month|year|decade|century|days|weeks|months"
                        r"|years|decades))(?=\s+(?i:since)\s)"),
    _rule("relative", rf"(?:{POS})?(?:(?P<the>(?i:the|this|last|next)\s+)?{REL}\s+|(?P<det>(?i:the))\s+)"
                      rf"(?:(?P<fiscal>(?i:fiscal|calendar))\s+)?{UNIT_ONE}"),
    _rule("weekday", rf"(?:{POS})?(?:(?P<the>(?i:the)\s+(?=(?i:previous|preceding|following)\s))?{REL}\s+)?"
                     rf"{WEEKDAY}(?P<plural>s)?(?:,?\s+{POD}(?P<podplural>s)?)?"),
    _rule("ordinal_day", r"(?P<the>(?i:the|his|her|its|their)\s+)(?P<ord>(?i:first|second|third|fourth|fifth"
                         r"|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)))\s+(?P<unit>(?i:day))"
                         r"(?=\s+(?:of|in|on|at|since)\s)"),
    _rule("vague_span", r"(?<=(?i:for)\s)(?P<what>(?i:(?:quite\s+)?some\s+time|a\s+(?:long\s+)?while"
                        r"|a\s+time))(?!\s+(?:to|when|before|after|in|that)\b)"),
    _rule("deictic", rf"(?:{POS})?(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
                     r"|today|yesterday|tomorrow|tonight))"),
    _rule("clock", rf"(?:{MOD})?(?:{CLOCK})(?:(?:,?\s+(?i:on)\s+|,?\s+){_DAYREF})?"),
    _rule("clock_from", rf"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?(?=\s*(?:-|–|(?i:and|to|until"
                        rf"|till))\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*{_AMPM})"),
    _rule("day_clock", rf"{_DAYREF},?\s+(?i:at\s+)?(?:{MOD})?(?:{CLOCK})"),
    _rule("set", rf"(?P<every>(?i:every|each|per|a|an))\s+(?P<other>(?i:other)\s+)?"
                 rf"(?:{NUMBER}\s+|(?<=(?i:every)\s)(?P<few>(?i:few|several|couple\s+of))\s+(?=\w+s\b))?"
                 r"(?:(?:(?<=(?i:every)\s)|(?<=(?i:each)\s))(?P<podset>(?i:morning|afternoon|evening|night))(?!s)"
                 rf"|{UNIT}|{WEEKDAY}|{MONTH}|(?P<season>(?i:spring|summer|fall|autumn|winter)))"),
    _rule("ago", rf"(?:{MOD})?(?:{QUANT}[\s-]*|(?P<bare>)){UNIT}(?P<orso>\s+(?i:or\s+so))?"
                 r"\s+(?P<dir>(?i:ago|earlier|later"
                 r"|(?:before|after|on)(?=\s*[,.;:)!?]|\s*$)|from\s+now|hence|previously|back))"),
    _rule("quarter_century", rf"(?:{MOD})?(?P<the>(?i:the|a)\s+)(?i:quarter[\s-]+(?:of\s+a\s+)?century)"),
    _rule("duration", rf"(?:{MOD})?(?P<the>(?i:the|this|its|his|her|their)\s+)?"
                      rf"(?:(?P<drel>(?i:past|last|next|coming|first|previous|following|latest|remaining"
                      r"|final|additional|initial|entire|whole|full|same|prior|ensuing|succeeding|few"
                      r"|recent))\s+)?"
                      rf"{QUANT}[\s-]+(?:(?i:more|additional|full|long|straight|consecutive)\s+)?"
                      rf"(?:(?i:trading|business|working|calendar)\s+(?=(?i:days?|weeks?)\b))?{UNIT}"
                      r"(?P<tail>(?i:\s+and\s+a\s+half|\s+or\s+so|[\s-]+long|[\s-]+old|\s+running"
                      r"|\s+in\s+a\s+row))?"),
    _rule("vague_duration", r"(?P<the>(?i:the|in|for|over|within)\s+)?(?P<drel>(?i:past|last|next|coming"
                            r"|recent|few|several|many|following|previous|ensuing|early|later|first"
                            r"|some|years\s+and|weeks\s+and|months\s+and|days\s+and)\s+)?"
                            r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|quarters|years|decades"
                            r"|centuries))"),
    _rule("day_before", r"(?P<the>(?i:the))\s+(?P<unit>(?i:day|week|month|year))\s+"
                        r"(?P<dir>(?i:before|after|earlier|later))(?=\s*[,.;:)!?]|\s*$)"),
    _rule("ahead", r"(?P<the>(?i:the)\s+)?(?P<unit>(?i:days|weeks|months|years|decades|(?<=(?i:the)\s)(?:week"
                   r"|month|year)))\s+"
                   r"(?i:ahead|to\s+come)"),
    _rule("long_adj", r"(?P<unit>(?i:hours?|days?|weeks?|months?|years?|decades?|centuries|century))-long"
                      r"|(?P<closed>(?i:day|week|month|year))(?i:long)"),
    _rule("all_unit", r"(?P<all>(?i:all))\s+(?P<unit>(?i:day|night|week|month|year|season))"
                      r"(?:\s+(?i:long))?"),
    _rule("military", r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?P<tz>GMT|UTC|(?i:local\s+time))"),
    _rule("adj_duration", rf"(?P<num>{NUMBER}|(?i:one|half|multi|several))-(?P<unit>(?i:second|minute"
                          r"|hour|day|week|month|quarter|year|decade|century))(?:-(?i:old|long))?"),
    _rule("year_earlier", r"(?P<the>(?i:the|a)\s+)?(?P<word>(?i:year-earlier|year-ago|year\s+earlier"
                          r"|year-before|prior-year|year-over-year))(?:\s+(?P<what>(?i:quarter|period|month"
                          r"|level|levels|nine\s+months|six\s+months|first\s+half|second\s+half)))?"),
    _rule("set_adverb", r"(?P<adverb>(?i:" + _alt([w for w in SET_ADVERBS if w not in _RARE_SETS]) + r"))"),
    _rule("times_per", rf"(?P<times>(?i:once|twice|thrice|{NUMBER}\s+times))\s+(?:(?i:a|an|per|each"
                       rf"|every)\s+){UNIT_ONE}"),
    _rule("weekends", r"(?<=(?i:on|at)\s)(?i:weekends)"),
    _rule("season_count", rf"(?P<the>(?i:the)\s+)?(?i:past|last|next|coming|previous)\s+"
                          rf"(?:(?i:few|several)|{NUMBER})\s+"
                          r"(?P<season>(?i:summers|winters|springs|autumns|falls))\b"),
    _rule("holiday", rf"(?:{REL}\s+)?{HOLIDAY}(?:\s+(?:(?i:of)\s+)?{YEAR})?"),
    _rule("ref", r"(?P<word>(?i:now|currently|nowadays|presently|these\s+days|recently|lately"
                 r"|more\s+recently|most\s+recently|recent|the\s+past|the\s+future|the\s+present"
                 r"|current|the\s+near\s+future|the\s+distant\s+future|the\s+distant\s+past"
                 r"|the\s+recent\s+past|the\s+(?:long|short|near|medium)\s+term|the\s+(?:long|short)\s+run))"),
]


#: Words and shapes that every temporal expression contains at least one of. Only the text
#: around them is run through the rules, which makes the tagger several times faster on news.
_TRIGGER_WORDS = (
    r"second|minute|hour|day|night|week|fortnight|month|quarter|half|period|year|decade|centur|millenni"
    r"|spring|summer|fall\b|autumn|winter|morning|afternoon|evening|noon|midnight|midday|overnight"
    r"|now\b|current|recent|lately|future|past\b|present|term\b|run\b|today|tomorrow|tonight"
    r"|daily|weekly|nightly|yearly|eighteen|nineteen|twenty|thousand|ties\b|hrs\b|yrs?\b"
    r"|fiscal|christmas|easter|thanksgiving|new\s+year|valentine|halloween|independence|labou?r\s+day"
    r"|memorial\s+day|veterans|boxing|bastille|patrick|father|mother|luther|president|election"
    r"|armistice|d-day|flag\s+day|all\s+saints|fourth\s+of\s+july|o'clock|some\s+time|while\b|long\b"
    r"|pentecost|mardi\s+gras").split("|")


_MONTH_DAY_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
_FIRST_LETTERS = "".join(sorted({w[0] for w in _MONTH_DAY_STEMS.split("|") + _TRIGGER_WORDS}))
#: Each part starts with a test of the characters its words or shapes can start with, so that
#: most characters of a text are passed over after one test instead of a hundred.
TRIGGER = re.compile(
    rf"(?i:(?=[{_FIRST_LETTERS}])(?:\b(?:{_MONTH_DAY_STEMS})|{grouped_alternation(_TRIGGER_WORDS)}))"
    r"|(?=[\d'QHFGU])(?:(?<!\d)(?:1[0-9]|20)\d\d(?!\d)|\d0'?s\b|'\d\d|\d:\d\d|\d\s*[ap]\.?\s?m\b|\d/\d"
    r"|\bQ[1-4]\b|\bH[12]\b|\bFY|GMT|UTC)")

_BEFORE, _AFTER = 70, 50
_FAMILIES = tuple(rule.family for rule in RULES)


def regions(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around trigger words, merged where they touch."""
    spans: list[tuple[int, int]] = []
    for match in TRIGGER.finditer(text):
        start, end = max(0, match.start() - _BEFORE), min(len(text), match.end() + _AFTER)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every rule, leftmost first, longest first (earlier rules win ties).

    The caller keeps the first candidate at each place that it can resolve and skips those that
    overlap it: a rejected long match ("an October" is not a set) leaves room for a shorter one.
    """
    found: list[Candidate] = []
    lowered = folded(text)
    for start, end in regions(text):
        possible = possible_rules(text, lowered, start, end, _FAMILIES)
        for priority, rule in enumerate(RULES):
            if not possible[priority]:
                continue
            for match in rule.pattern.finditer(text, start, end):
                if match.end() > match.start() and (rule.check is None or rule.check(text, match)):
                    found.append(Candidate(match.start(), match.end(), rule.family, match, priority))
    found.sort(key=lambda c: (c.start, -(c.end - c.start), c.priority))
    return found
