"""Table of expressions and what they resolve to (dateparser-style rows).

Published Thursday 2022-02-17 unless a row says otherwise. Each row: the sentence, then the
expected (text, type, value) of every timex found in it, in order.
"""

from __future__ import annotations

import pytest

from dateline.time import tag_text

DCT = "2022-02-17"

ROWS = [
    # weekdays: past by default, forward with "will"
    ("The talks resumed on Tuesday.", [("Tuesday", "DATE", "2022-02-15")]),
    ("The talks will resume on Tuesday.", [("Tuesday", "DATE", "2022-02-22")]),
    ("He arrived Thursday.", [("Thursday", "DATE", "2022-02-17")]),
    ("Officials said Monday's ruling will be appealed.", [("Monday", "DATE", "2022-02-14")]),
    ("They met last Friday.", [("last Friday", "DATE", "2022-02-11")]),
    ("They meet next Monday.", [("next Monday", "DATE", "2022-02-21")]),
    # months and days without a year
    ("The vote is on March 3.", [("March 3", "DATE", "2022-03-03")]),
    ("The vote was on March 3.", [("March 3", "DATE", "2021-03-03")]),
    ("It happened in December.", [("December", "DATE", "2021-12")]),
    ("It will happen in December.", [("December", "DATE", "2022-12")]),
    ("The dividend is payable April 1.", [("April 1", "DATE", "2022-04-01")]),
    ("The dividend will be paid April 1.", [("April 1", "DATE", "2022-04-01")]),
    ("The offer was extended to March 9.", [("March 9", "DATE", "2022-03-09")]),
    ("Until March, the town had been calm.", [("March", "DATE", "2021-03")]),
    ("The talks are set to resume on Monday.", [("Monday", "DATE", "2022-02-21")]),
    ("The vote was planned for early March.", [("early March", "DATE", "2022-03")]),
    ("The sale should close by year-end.", [("year-end", "DATE", "2022-12-31")]),
    ("The sale should close by the end of the year.", [("the end of the year", "DATE", "2022")]),
    ("The board met in early October.", [("early October", "DATE", "2021-10")]),
    ("Prices fell in August.", [("August", "DATE", "2021-08")]),
    # a past verb governing a month a few months ahead puts it in the past
    ("The minister stepped down as party leader in March.", [("March", "DATE", "2021-03")]),
    ("Since the firm bought the mill in April, output has doubled.", [("April", "DATE", "2021-04")]),
    ("In May, the firm brought in a new manager.", [("May", "DATE", "2021-05")]),
    ("The firm agreed to buy the mill in April.", [("April", "DATE", "2022-04")]),
    ("The talks, which are supposed to end by May, resumed.", [("May", "DATE", "2022-05")]),
    ("The bonus would be paid on an unspecified date in March.", [("March", "DATE", "2022-03")]),
    ("Prices may rise.", []),
    ("Protesters march on the capital.", []),
    # explicit dates
    ("They met on Jan. 5, 2021.", [("Jan. 5, 2021", "DATE", "2021-01-05")]),
    ("She left on 5 January 2021.", [("5 January 2021", "DATE", "2021-01-05")]),
    ("She left on the 5th of January.", [("the 5th of January", "DATE", "2022-01-05")]),
    ("Rain was heavy in the month of June.", [("the month of June", "DATE", "2021-06")]),
    ("The 2019 harvest failed.", [("2019", "DATE", "2019")]),
    ("They met on 2021-01-05.", [("2021-01-05", "DATE", "2021-01-05")]),
    ("Elections were held on 12/25/2020.", [("12/25/2020", "DATE", "2020-12-25")]),
    ("Elections were held on 12/25/20.", [("12/25/20", "DATE", "2020-12-25")]),
    ("The filing of 10/30/98 was late.", [("10/30/98", "DATE", "1998-10-30")]),
    ("It opened on Saturday, April 25, 1998.", [("Saturday, April 25, 1998", "DATE", "1998-04-25")]),
    ("Troops left in August 2020.", [("August 2020", "DATE", "2020-08")]),
    ("The war began in 2011.", [("2011", "DATE", "2011")]),
    ("In nineteen ninety-four prices fell.", [("nineteen ninety-four", "DATE", "1994")]),
    ("Some 2000 people marched.", []),
    # quarters, halves, decades, centuries
    ("Prices rose in the third quarter.", [("the third quarter", "DATE", "2021-Q3")]),
    ("Profit fell in the latest quarter.", [("the latest quarter", "DATE", "2021-Q4")]),
    ("Profit fell in the fourth quarter of 2020.", [("the fourth quarter of 2020", "DATE", "2020-Q4")]),
    ("Sales in Q3 2021 were flat.", [("Q3 2021", "DATE", "2021-Q3")]),
    ("Growth slowed in the first half of 2021.", [("the first half of 2021", "DATE", "2021-H1")]),
    ("It happened in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("In the early 2000s markets boomed.", [("the early 2000s", "DATE", "200")]),
    ("The '80s were wild.", [("The '80s", "DATE", "198")]),
    ("It was built in the 19th century.", [("the 19th century", "DATE", "18")]),
    ("Results for fiscal 2020 were weak.", [("fiscal 2020", "DATE", "2020")]),
    # relative to the publication date
    ("Troops left last week.", [("last week", "DATE", "2022-W06")]),
    ("Troops leave next month.", [("next month", "DATE", "2022-03")]),
    ("Output grew this year.", [("this year", "DATE", "2022")]),
    ("It was agreed this week.", [("this week", "DATE", "2022-W07")]),
    ("It rained over the weekend.", [("the weekend", "DATE", "2022-W06-WE")]),
    ("It rained last weekend.", [("last weekend", "DATE", "2022-W06-WE")]),
    ("Traders sold ahead of the weekend.", [("the weekend", "DATE", "2022-W07-WE")]),
    ("A decade ago it was different.", [("A decade ago", "DATE", "2012")]),
    ("He left two weeks ago.", [("two weeks ago", "DATE", "2022-W05")]),
    ("It began half a century ago.", [("half a century ago", "DATE", "1972")]),
    ("Humans arrived 7000 years ago.", [("7000 years ago", "DATE", "PAST_REF")]),
    ("It will end 20000 years from now.", [("20000 years from now", "DATE", "FUTURE_REF")]),
    ("Troops left yesterday.", [("yesterday", "DATE", "2022-02-16")]),
    ("Troops leave tomorrow.", [("tomorrow", "DATE", "2022-02-18")]),
    ("It is cold today.", [("today", "DATE", "2022-02-17")]),
    ("He left early last year.", [("early last year", "DATE", "2021")]),
    ("It ended late last year.", [("late last year", "DATE", "2021")]),
    ("Shares fell earlier this month.", [("earlier this month", "DATE", "2022-02")]),
    ("It will close by the end of 2022.", [("the end of 2022", "DATE", "2022")]),
    ("They left in mid-2021.", [("mid-2021", "DATE", "2021")]),
    ("It froze last summer.", [("last summer", "DATE", "2021-SU")]),
    ("It will thaw this spring.", [("this spring", "DATE", "2022-SP")]),
    ("It snowed in the winter of 2019.", [("the winter of 2019", "DATE", "2019-WI")]),
    ("Shops were shut at Christmas.", [("Christmas", "DATE", "2021-12-25")]),
    ("Shops were shut on Thanksgiving.", [("Thanksgiving", "DATE", "2021-11-25")]),
    ("Shops were shut on New Year's Day.", [("New Year's Day", "DATE", "2022-01-01")]),
    # anaphoric: against the last date mentioned
    ("Rebels took the town in March 2019. Three days later they left.",
     [("March 2019", "DATE", "2019-03"), ("Three days later", "DATE", "2019-03-04")]),
    ("The deal closed in 2015. A year earlier talks had failed.",
     [("2015", "DATE", "2015"), ("A year earlier", "DATE", "2014")]),
    ("Voting ended on May 4, 2019. Results came the following day.",
     [("May 4, 2019", "DATE", "2019-05-04"), ("the following day", "DATE", "2019-05-05")]),
    ("Voting ended on May 4, 2019, and the count began the day before.",
     [("May 4, 2019", "DATE", "2019-05-04"), ("the day before", "DATE", "2019-05-03")]),
    ("Polls closed on May 4, 2019. The next morning the count began.",
     [("May 4, 2019", "DATE", "2019-05-04"), ("The next morning", "TIME", "2019-05-05TMO")]),
    ("The flood hit on May 4, 2019. The day before the flood, rain fell.",
     [("May 4, 2019", "DATE", "2019-05-04"), ("The day", "DATE", "2019-05-03")]),
    ("Rains fell in the weeks before the flood.", [("the weeks", "DATE", "PAST_REF")]),
    ("The dam broke on May 4, 2019. The night before, rain fell.",
     [("May 4, 2019", "DATE", "2019-05-04"), ("The night", "TIME", "2019-05-03TNI")]),
    ("The trial opens the week of March 7.", [("the week of March 7", "DATE", "2022-W10")]),
    ("Fairs filled the weekend of Oct. 3, 2020.", [("the weekend of Oct. 3, 2020", "DATE", "2020-W40-WE")]),
    ("Schools shut in the first week of October 2021.",
     [("the first week of October 2021", "DATE", "2021-W40")]),
    ("They will sail at 4 in the morning.", [("4 in the morning", "TIME", "2022-02-17T04:00")]),
    ("By mid-afternoon the streets were empty.", [("mid-afternoon", "TIME", "2022-02-17TAF")]),
    ("Shares closed on Oct. 8, 2021, up from the previous Friday.",
     [("Oct. 8, 2021", "DATE", "2021-10-08"), ("the previous Friday", "DATE", "2021-10-01")]),
    ("Today is the eighth day of the strike.",
     [("Today", "DATE", "2022-02-17"), ("the eighth day", "DATE", "2022-02-17")]),
    ("Ferries sail on Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("Ferries sail on Monday and Tuesday nights.",
     [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("Sales rose in the quarter ended Dec. 31.", [("the quarter", "DATE", "2021-Q4"),
                                                   ("Dec. 31", "DATE", "2021-12-31")]),
    ("Sales rose 4% this year through January.", [("this year", "DATE", "2022"),
                                                  ("January", "DATE", "2022-01")]),
    ("Since May, prices have doubled.", [("May", "DATE", "2021-05")]),
    # present, past and future references
    ("Prices are high now.", [("now", "DATE", "PRESENT_REF")]),
    ("The mine is currently closed.", [("currently", "DATE", "PRESENT_REF")]),
    ("Rebels recently seized it.", [("recently", "DATE", "PAST_REF")]),
    ("Nobody knows the future.", [("the future", "DATE", "FUTURE_REF")]),
    ("Attacks rose in recent years.", [("recent years", "DATE", "PAST_REF")]),
    ("The exiles hope to one day go home.", [("one day", "DATE", "FUTURE_REF")]),
    ("The region could one day rejoin.", [("one day", "DATE", "FUTURE_REF")]),
    ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
    ("It will pay off in the long run.", [("the long run", "DATE", "FUTURE_REF")]),
    # uses that TimeML annotators mostly left untagged (decision list fitted on TBAQ)
    ("The recent floods ruined crops.", []),
    ("Now, the council says, repairs will start.", []),
    ("Phones shape today's youth.", []),
    ("Phones went on sale today.", [("today", "DATE", "2022-02-17")]),
    # durations
    ("He served two years in prison.", [("two years", "DURATION", "P2Y")]),
    ("He served 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("It took a year and a half.", [("a year and a half", "DURATION", "P1Y6M")]),
    ("It took half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("The siege lasted three-and-a-half years.", [("three-and-a-half years", "DURATION", "P3Y6M")]),
    ("The works end in six weeks' time.", [("six weeks", "DURATION", "P6W")]),
    ("The feud lasted a quarter of a century.", [("a quarter of a century", "DURATION", "P25Y")]),
    ("It lasted 24 hours.", [("24 hours", "DURATION", "PT24H")]),
    ("Fighting went on for several months.", [("several months", "DURATION", "PXM")]),
    ("They waited for years.", [("years", "DURATION", "PXY")]),
    ("Troops may stay for some time.", [("some time", "DURATION", "PXX")]),
    ("The town was without power for a while.", [("a while", "DURATION", "PXX")]),
    ("Prices rose over the past three years.", [("the past three years", "DURATION", "P3Y")]),
    ("Growth is expected over the next five years.", [("the next five years", "DURATION", "P5Y")]),
    ("It lasted more than a decade.", [("more than a decade", "DURATION", "P10Y")]),
    ("He was held for almost seven years.", [("almost seven years", "DURATION", "P7Y")]),
    ("It took about three weeks.", [("three weeks", "DURATION", "P3W")]),
    ("They signed a 10-year deal.", [("10-year", "DURATION", "P10Y")]),
    ("She made a two-week visit.", [("two-week", "DURATION", "P2W")]),
    ("It is a decades-long conflict.", [("decades-long", "DURATION", "PXDE")]),
    ("A weeklong strike ended.", [("weeklong", "DURATION", "P1W")]),
    ("Growth held throughout the 1990s.", [("the 1990s", "DURATION", "P10Y")]),
    ("It will matter in the years ahead.", [("the years ahead", "DURATION", "PXY")]),
    # times of day
    ("This morning the market opened.", [("This morning", "TIME", "2022-02-17TMO")]),
    ("Shots rang out last night.", [("last night", "TIME", "2022-02-16TNI")]),
    ("Crowds gather tonight.", [("tonight", "TIME", "2022-02-17TNI")]),
    ("It began yesterday afternoon.", [("yesterday afternoon", "TIME", "2022-02-16TAF")]),
    ("Fighting started on Friday night.", [("Friday night", "TIME", "2022-02-11TNI")]),
    ("The blast occurred at 10:30 a.m.", [("10:30 a.m.", "TIME", "2022-02-17T10:30")]),
    ("The curfew starts at midnight.", [("midnight", "TIME", "2022-02-17T24:00")]),
    ("Critics saw it as high noon for the regime.", []),
    ("The polls closed at 3 p.m. Tuesday.", [("3 p.m. Tuesday", "TIME", "2022-02-15T15:00")]),
    ("The deadline passed at noon Friday.", [("noon Friday", "TIME", "2022-02-11T12:00")]),
    ("The curfew starts at 1300 GMT.", [("1300 GMT", "TIME", "2022-02-17T13:00")]),
    # sets
    ("Patrols run every week.", [("every week", "SET", "P1W")]),
    ("Prices are reviewed each year.", [("each year", "SET", "P1Y")]),
    ("The council meets twice a month.", [("twice a month", "SET", "P1M")]),
    ("The census is taken every ten years.", [("every ten years", "SET", "P10Y")]),
    ("Flights run daily.", [("daily", "SET", "P1D")]),
    ("The market opens on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
    ("Members pay $5 a year.", []),  # rates: TE3 annotators seldom tagged them
    ("Members pay $5 per year.", [("per year", "SET", "P1Y")]),
    # intervals keep their ends as separate timexes
    ("Prices rose from 2013 to 2014.", [("2013", "DATE", "2013"), ("2014", "DATE", "2014")]),
    ("The drought of 2004-2006 ruined farms.", [("2004", "DATE", "2004"), ("2006", "DATE", "2006")]),
    ("Talks ran March 21-22, 2013.", [("March 21", "DATE", "2013-03-21"), ("22", "DATE", "2013-03-22")]),
    ("On May 3 to 12 people died.", [("May 3", "DATE", "2022-05-03")]),
    # names, not times
    ("Fans watched Euro 2012 on television.", []),
    ("The Arab Spring toppled rulers.", []),
    ("It began with the fall of the regime.", []),
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[row[0][:40] for row in ROWS])
def test_expression(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(t.text, t.type, t.value) for t in tag_text(sentence, DCT)]
    assert found == expected


MODS = [
    ("It ended in early 2021.", "START"),
    ("It ended in mid-2021.", "MID"),
    ("It ended late last year.", "END"),
    ("It ended at the end of 2020.", "END"),
    ("It lasted more than a decade.", "MORE_THAN"),
    ("It lasted almost seven years.", "LESS_THAN"),
    ("It lasted about three weeks.", "APPROX"),
    ("It lasted at least two days.", "EQUAL_OR_MORE"),
]


@pytest.mark.parametrize("sentence,mod", MODS)
def test_mod(sentence: str, mod: str) -> None:
    (timex,) = tag_text(sentence, DCT)
    assert timex.mod == mod


def test_sets_carry_quant_and_freq() -> None:
    every, twice = tag_text("Patrols run every week and meet twice a month.", DCT)
    assert (every.quant, twice.freq) == ("EVERY", "2X")


INTERVALS = [
    ("Prices rose from 2013 to 2014.", ("2013", "2014")),
    ("Rain is forecast between March and May.", ("2022-03", "2022-05")),
    ("Rain fell between March and May.", ("2021-03", "2021-05")),
    ("The drought of 2004-2006 ruined farms.", ("2004", "2006")),
    ("Since 2013 the war has spread.", ("2013", "2022-02-17")),
    ("The summit was held on April 24 and 25.", ("2021-04-24", "2021-04-25")),
]


@pytest.mark.parametrize("sentence,bounds", INTERVALS)
def test_interval_bounds(sentence: str, bounds: tuple[str, str]) -> None:
    for timex in tag_text(sentence, DCT):
        assert (timex.begin, timex.end_value) == bounds


def test_anaphoric_anchor_is_the_earlier_timex() -> None:
    first, later = tag_text("Rebels took the town in March 2019. Three days later they left.", DCT)
    assert (first.anchor, later.anchor) == (None, first.tid)


def test_bad_publication_date_is_a_clear_error() -> None:
    from dateline.errors import DatelineError

    with pytest.raises(DatelineError, match="YYYY-MM-DD"):
        tag_text("last month", "17/02/2022")


def test_a_bare_offset_starts_at_its_word() -> None:
    text = "The dam burst. Minutes later the valley flooded."
    (timex,) = tag_text(text, DCT)
    assert timex.text == "Minutes later" and text[timex.start] == "M"
