"""One test per construction, on sentences written for these tests."""
from __future__ import annotations

import pytest

from threadline.temporal import find_timexes


def values(text, dct, **kw):
    return [(t.text, t.value) for t in find_timexes(text, dct, **kw)]


def one(text, dct):
    got = find_timexes(text, dct)
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize("text,dct,expected", [
    # absolute dates in news formats
    ("The plant restarted on Mar. 2 after repairs.", "2024-03-07", ("Mar. 2", "2024-03-02")),
    ("Troops left on Sept. 1 by train.", "2025-09-04", ("Sept. 1", "2025-09-01")),
    ("It was Posted November. 08, 2023 in the morning.", "2024-01-01", ("November. 08, 2023", "2023-11-08")),
    ("The file is dated 2023-11-08 and signed.", None, ("2023-11-08", "2023-11-08")),
    ("The law took effect on 5 March 2021 nationwide.", "2024-01-01", ("5 March 2021", "2021-03-05")),
    ("They met in August of 2023 at the plant.", "2024-03-07", ("August of 2023", "2023-08")),
    ("Output fell in January 1998 sharply.", "1999-01-01", ("January 1998", "1998-01")),
    ("Work resumed on the 26th as planned.", "2024-03-28", ("the 26th", "2024-03-26")),
    # relative days and weekdays
    ("A source said on Wednesday that inspections began.", "2024-03-07", ("Wednesday", "2024-03-06")),
    ("The delegation will arrive on Friday for talks.", "2024-03-07", ("Friday", "2024-03-08")),
    ("Officials met yesterday in the capital.", "2024-03-07", ("yesterday", "2024-03-06")),
    ("Officials meet today in the capital.", "2024-03-07", ("today", "2024-03-07")),
    ("Officials will meet tomorrow in the capital.", "2024-03-07", ("tomorrow", "2024-03-08")),
    ("He spoke last Friday about the plan.", "2024-03-07", ("last Friday", "2024-03-01")),
    # relative months, years, weeks
    ("Production has risen since last June at the site.", "2024-03-07", ("last June", "2023-06")),
    ("Inspections began at the beginning of this month.", "2024-03-07", ("the beginning of this month", "2024-03")),
    ("An order came in the middle of last year.", "2024-03-07", ("the middle of last year", "2023")),
    ("Earlier this year, authorities ordered more shells.", "2024-06-20", ("Earlier this year", "2024")),
    ("News emerged late last month about the visit.", "2025-09-04", ("late last month", "2025-08")),
    ("Sales rose last week at the market.", "1998-01-08", ("last week", "1998-W01")),
    ("Sales rose this week at the market.", "1998-01-08", ("this week", "1998-W02")),
    ("The factory will open next year.", "2024-03-07", ("next year", "2025")),
    ("In early June the guards were doubled.", "2024-06-20", ("early June", "2024-06")),
    ("Work stopped at the end of July for repairs.", "2023-11-08", ("the end of July", "2023-07")),
    ("It happened two years ago in the north.", "2024-03-07", ("two years ago", "2022")),
    ("The shipment left 10 days ago by rail.", "2024-03-07", ("10 days ago", "2024-02-26")),
    # quarters, halves, seasons, decades, centuries
    ("Profit fell in the third quarter of 1998.", "1999-01-01", ("the third quarter of 1998", "1998-Q3")),
    ("The company reported third-quarter net income.", "1998-11-02", ("third-quarter", "1998-Q3")),
    ("Work slowed in the first half of 2023.", "2024-01-01", ("the first half of 2023", "2023-H1")),
    ("Floods hit this summer across the region.", "1998-08-20", ("this summer", "1998-SU")),
    ("Prices soared in the 1990s everywhere.", "2000-01-01", ("the 1990s", "199")),
    ("This changed in the 20th century forever.", "2000-01-01", ("the 20th century", "19")),
    # durations
    ("Inspectors arrived for a 10-day inspection.", "2024-03-07", ("10-day", "P10D")),
    ("The program ran for two years in total.", "2024-03-07", ("two years", "P2Y")),
    ("Prices rose over the past three months steadily.", "1998-01-08", ("the past three months", "P3M")),
    ("It may take a couple of years to fix.", "2024-03-07", ("a couple of years", "P2Y")),
    ("They talked for several hours straight.", "2024-03-07", ("several hours", "PTXH")),
    ("The climb took 5 1/2 hours in total.", "2024-03-07", ("5 1/2 hours", "PT5H30M")),
    # sets
    ("The plant reports output every week to Pyongyang.", "2024-03-07", ("every week", "P1W")),
    ("Guards patrol the site daily under orders.", "2024-03-07", ("daily", "P1D")),
    ("The bulletin comes out weekly in Korean.", "2024-03-07", ("weekly", "P1W")),
    # times
    ("The blast occurred at 3 p.m. near the gate.", "1998-01-08", ("3 p.m.", "1998-01-08T15:00")),
    ("Officials met this morning at the ministry.", "1998-01-08", ("this morning", "1998-01-08TMO")),
    ("The robbers struck at 10 p.m. Wednesday, police said.", "1998-02-13", ("10 p.m. Wednesday", "1998-02-11T22:00")),
    # present / past / future references
    ("The factory is now running at full capacity.", "1998-01-08", ("now", "PRESENT_REF")),
    ("Output may grow in the future if power improves.", "1998-01-08", ("the future", "FUTURE_REF")),
    # North Korean calendar
    ("The plan was adopted in Juche 112 at a plenary meeting.", "2024-01-01", ("Juche 112", "2023")),
    ("It was founded in the first half of Juche 39 (1950) under fire.", "2011-05-02", ("the first half of Juche 39 (1950)", "1950-H1")),
    # spelled-out years in transcripts
    ("The bombing happened in nineteen ninety-six in Atlanta.", "1998-02-27", ("nineteen ninety-six", "1996")),
])
def test_construction(text, dct, expected):
    t = one(text, dct)
    assert (t.text, t.value) == expected


def test_spans_leave_out_signals():
    for sig in ("since", "from", "by", "on", "in", "at", "during"):
        t = one(f"Guards were posted {sig} Mar. 2 at the gate.", "2024-03-07")
        assert t.text == "Mar. 2"


def test_since_gives_an_interval_to_the_dct():
    t = one("The factories have been producing more since last June.", "2024-03-07")
    assert t.value == "2023-06" and t.interval_end == "2024-03-07"
    t = one("The plant has been idle since Oct. 3.", None)
    assert t.value == "XXXX-10-03" and t.interval_end is None


def test_from_to_range_closes_at_the_second_date():
    got = find_timexes("Talks ran from June 23 to June 25 in the city.", "2011-06-27")
    assert [(t.value, t.interval_end) for t in got] == [("2011-06-23", "2011-06-25"), ("2011-06-25", None)]


def test_day_range_tail():
    assert values("Premier Choe inspected factories from June 23 to 25.", "2011-06-27") == [
        ("June 23", "2011-06-23"), ("25", "2011-06-25")]


def test_unknown_dct_keeps_unknown_parts():
    assert values("An order was handed down on Oct. 1 to restart smelters by the end of the month.", None) == [
        ("Oct. 1", "XXXX-10-01"), ("the end of the month", "XXXX-10")]
    assert values("The meeting took place on Wednesday.", None) == [("Wednesday", "XXXX-WXX-3")]
    assert values("Sales rose last year.", None) == [("last year", "XXXX")]


def test_partial_dct():
    assert values("The order came last month.", "2024-03") == [("last month", "2024-02")]
    assert values("The order came last month.", "XXXX-06") == [("last month", "XXXX-05")]


def test_dct_inferred_flag_only_on_dct_dependent_values():
    got = find_timexes("On Mar. 2, 2024 and last week the plant shut.", "2024-03-07", dct_inferred=True)
    flags = {t.text: t.dct_inferred for t in got}
    assert flags == {"Mar. 2, 2024": False, "last week": True}


def test_spans_restrict_the_search():
    text = "Posted March 3, 2024. Body: the plant closed on Mar. 2. Footer: updated 2024-03-05."
    a = text.index("Body")
    b = text.index("Footer")
    got = find_timexes(text, "2024-03-07", spans=[(a, b)])
    assert [t.text for t in got] == ["Mar. 2"]
    assert got[0].start == text.index("Mar. 2")


def test_quarter_anaphora_and_year_earlier():
    text = ("The company said third-quarter profit rose 10%. Sales in the quarter were flat, "
            "compared with a year earlier.")
    assert values(text, "1989-10-26") == [("third-quarter", "1989-Q3"), ("the quarter", "1989-Q3"),
                                          ("a year earlier", "1988-Q3")]


def test_no_false_dates():
    for text in ("He may 5 times refuse.", "The Arduous March was hard.", "It cost $1990 to fix.",
                 "A 6-year-old boy was found.", "They sold 2000 tons of coal.",
                 "The February 8 Vinalon Complex raised output.", "Daily NK has learned this.",
                 "Iraq imports about three-quarters of its food."):
        assert find_timexes(text, "2024-03-07") == [] or all(t.text not in ("may 5", "March", "1990", "6-year-old", "2000", "February 8", "three-quarters")
                                                              for t in find_timexes(text, "2024-03-07")), text


@pytest.mark.parametrize("text", [
    "The daily Rodong Sinmun said in a commentary.",
    "Minju Joson, the government daily, said the plant was modernised.",
    "It was printed in the Communist Party daily Granma.",
    "People's Daily carried an article.",
    "The case is for today's youth and today's world.",
    "The chips run many of today's personal computers.",
])
def test_newspapers_and_nowadays_are_not_times(text):
    """ "the daily" naming a paper and "today's" meaning "of our times" have no value to give."""
    assert find_timexes(text, "2011-03-05") == []


@pytest.mark.parametrize("text,expected", [
    ("The plant meets its daily target.", [("daily", "P1D")]),
    ("Flights run daily Monday through Friday.", [("daily", "P1D"), ("Monday", "2011-02-28")]),
    ("Today's meeting was held in Pyongyang.", [("Today's", "2011-03-05")]),
])
def test_recurrences_and_todays_events_stay(text, expected):
    assert [(t.text, t.value) for t in find_timexes(text, "2011-03-05")][:len(expected)] == expected


def test_offsets_are_str_indices():
    text = "“Korean” text — on Mar. 2 the plant shut."
    t = one(text, "2024-03-07")
    assert text[t.start:t.end] == t.text == "Mar. 2"


@pytest.mark.parametrize("text,dct,expected", [
    ("He was shot to death last Oct. 23 at his home.", "1999-04-19", [("last Oct. 23", "1998-10-23")]),
    ("The case may be resolved in a hearing the week of March 6, he said.", "2000-02-24", [("the week of March 6", "2000-W10")]),
    ("The relatives have until 9 a.m. Tuesday to sign.", "2000-04-03", [("9 a.m. Tuesday", "2000-04-04T09:00")]),
    ("Since KKR bought RJR in February, it has sold units.", "1989-10-30", [("February", "1989-02")]),
    ("The dividend is payable Jan. 2 to holders.", "1989-11-02", [("Jan. 2", "1990-01-02")]),
    ("The summit will be held on April 24 in Washington.", "1999-02-10", [("April 24", "1999-04-24")]),
    ("Qantas runs four flights a week and charges $55 a night.", "1998-02-13", []),
    ("A second group of directors sold shares.", "1989-10-27", []),
    ("They met for one minute and a half an hour later.", "2000-01-06", [("one minute", "PT1M")]),
    ("Oil prices hit a high in the spring of 1998.", "1999-01-01", [("the spring of 1998", "1998-SP")]),
    ("The transaction should close by year-end.", "1989-11-02", [("year-end", "1989-12-31")]),
    ("The deal is expected to close around year end.", "1989-10-30", [("year end", "1989-12")]),
    # halves of a unit go to the next smaller unit, minutes to seconds (not months to days)
    ("The alarm sounded again a minute and a half later.", "1998-01-14", [("a minute and a half", "PT1M30S")]),
    ("The inspection took two and a half years.", "2024-03-07", [("two and a half years", "P2Y6M")]),
    ("A week or so ago, the general picked the date.", "1991-02-25", [("A week or so ago", "1991-W08")]),
    # a day counted from the date named
    ("The day before last Tuesday's parade, the unit moved north.", "2000-02-24",
     [("The day before last Tuesday's", "2000-02-21")]),
    ("The plant restarted two days after March 5, 2000.", "2000-04-01", [("two days after March 5, 2000", "2000-03-07")]),
    # the weekday after an aside dates the clock time before it
    ("The missile was fired at 9:20 a.m. (0020 GMT) Thursday.", "1998-08-08",
     [("9:20 a.m.", "1998-08-06T09:20"), ("0020 GMT", "1998-08-06T00:20"), ("Thursday", "1998-08-06")]),
    # a fronted "Until X" over a past-perfect clause lies in the past
    ("Until Thursday, the ministry had not named the plant.", "1999-05-07", [("Thursday", "1999-05-06")]),
    ("The talks will go on until Thursday.", "1999-05-07", [("Thursday", "1999-05-13")]),
    # said in March, "last February" is a year back; the month just gone is "last month"
    ("Two helicopters crashed last February.", "1998-03-01", [("last February", "1997-02")]),
    ("Two helicopters crashed last January.", "1998-03-01", [("last January", "1998-01")]),
    ("Losses will run through the first two quarters of 1990.", "1989-10-26",
     [("the first two quarters of 1990", "1990-H1")]),
    ("Pickets stand outside 24 hours a day.", "1998-10-25", []),
    ("He joined a venture called Nova 1995, making parts.", "1998-04-18", []),
    ("Today is the eighth day of the operation.", "1990-08-15", [("Today", "1990-08-15"), ("the eighth day", "1990-08-15")]),
    ("It was the second day of the talks.", "1990-08-15", []),
    ("Services were held as Easter week began.", "2000-04-17", [("Easter week", "2000-W16")]),
    # a part of a relative day is kept, as for "this morning" and "last night"
    ("Shares were up at mid-afternoon yesterday.", "1989-11-02", [("mid-afternoon yesterday", "1989-11-01TAF")]),
    ("The envoy left yesterday morning.", "1989-11-02", [("yesterday morning", "1989-11-01TMO")]),
])
def test_more_constructions(text, dct, expected):
    got = [(t.text, t.value) for t in find_timexes(text, dct)]
    assert got[:len(expected)] == expected if expected else got == []


def test_a_passing_earlier_quarter_does_not_replace_the_quarter_reported():
    text = ("The steelmaker's third-quarter profit rose 12%. After a weak second quarter, it cited "
            "higher export prices. Results were hurt by write-downs in the year-earlier period.")
    assert values(text, "1989-11-01")[-1] == ("the year-earlier period", "1988-Q3")


def test_nine_months_make_a_year_earlier_a_year():
    text = ("Net rose in the third quarter from a year earlier. For the nine months, net was $9 million, "
            "compared with $8 million a year earlier.")
    assert values(text, "1989-10-26") == [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
                                          ("the nine months", "P9M"), ("a year earlier", "1988")]


def test_forecast_and_comparison_quarters_are_no_reference():
    # a later quarter (a forecast) and an earlier year's period (a comparison) leave "the quarter" alone
    text = ("Third-quarter profit fell. Analysts expect losses through the third quarter of 1990. "
            "In the year-ago period, the company earned $1 million.")
    assert values(text, "1989-10-26")[-1] == ("the year-ago period", "1988-Q3")
    text = ("Sun earned $5 million in the fiscal first quarter, up from a year earlier. "
            "In the 1988 period, it earned $20 million. Sun shipped 28,000 systems in the quarter.")
    assert values(text, "1989-10-26")[-1] == ("the quarter", "1989-Q1")


def test_last_year_after_quarterly_figures():
    text = "In the latest quarter, Aetna had a $23 million loss, compared with earnings of $33 million last year."
    assert values(text, "1989-10-30")[-1] == ("last year", "1988-Q3")
    assert values("The company was founded last year in Ohio.", "1989-10-30") == [("last year", "1988")]


def test_rates_and_titles_are_not_timexes():
    assert values("Sales should rise 8.5% annually, to 10,000 units annually.", "1989-10-26") == []
    assert values("The rallies are held annually.", "1989-10-26") == [("annually", "P1Y")]
    assert values('Baker, speaking on ABC News\' "This Week," said so. This is VOA Today.', "1990-08-13") == []
    assert values("Today the board meets.", "1990-08-13") == [("Today", "1990-08-13")]


@pytest.mark.parametrize("text,dct,expected", [
    # a past verb right after the expression outweighs an earlier "ahead of"
    ("Just ahead of the trip, the State Department on Sunday issued a warning.", "1998-08-17", ("Sunday", "1998-08-16")),
    # a future cue after a fronted expression
    ("On Tuesday, the league plans to hold a news conference.", "1998-10-26", ("Tuesday", "1998-10-27")),
    # "had been scheduled": a plan that lay in the past
    ("The offer had been scheduled to expire Friday.", "1989-10-30", ("Friday", "1989-10-27")),
    ("The offer is scheduled to expire Friday.", "1989-10-30", ("Friday", "1989-11-03")),
])
def test_tense_cues(text, dct, expected):
    assert values(text, dct) == [expected]


def test_dates_inside_names_are_not_times():
    from threadline.temporal import find_timexes
    for text in ("A meeting was held at the April 25 House of Culture.",
                 "The campaign to produce August 3 consumer goods went on.",
                 "Workers of the February 8 Vinalon Complex met."):
        assert find_timexes(text, "2025-03-05") == [], text


def test_times_overlap_each_at_its_own_precision():
    from threadline.temporal import times_overlap
    assert times_overlap("2023-08/2025-02-12", "2024")       # "since August 2023" holds 2024
    assert times_overlap("2023-08", "2023-SU") and times_overlap("2023-WI", "2024-02")
    assert times_overlap("2024-W10", "2024-03-05") and not times_overlap("2024-W10", "2024-03-12")
    assert not times_overlap("2024-04", "2024-03") and times_overlap("2024-03", "2024-03-02")
    assert times_overlap("XXXX-03-11", "2024-03") and times_overlap(None, "2024")
