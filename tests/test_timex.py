"""Temporal expressions: one test per normalisation rule family, on sentences
written for the test, each with its publication date (DCT)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.analysis.parse import parse
from generator.analysis.timex import find_timexes
from generator.model import Article
from generator.reader import split_paragraphs

THU = dt.date(2021, 10, 21)  # a Thursday, in the fourth quarter


def timexes(nlp, body: str, dct: dt.date | None = THU):
    article = Article("t.md", "t", "t", body, split_paragraphs(body), dct)
    return find_timexes(parse(article, nlp), dct)


def values(nlp, body: str, dct: dt.date | None = THU) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in timexes(nlp, body, dct)}


def test_offsets_point_at_the_text_and_are_sorted(nlp):
    body = "The talks began on Monday.\n\nThey will end next week, officials said on Tuesday."
    found = timexes(nlp, body)
    assert [t.text for t in found] == ["Monday", "next week", "Tuesday"]
    assert all(body[t.start:t.end] == t.text for t in found)
    assert [t.paragraph for t in found] == [1, 2, 2]


def test_explicit_calendar_dates(nlp):
    v = values(nlp, "The deal closed on March 5, 1998. The mine opened in June 1987. "
                    "The filing is dated 2003-07-14.")
    assert v["March 5, 1998"] == ("DATE", "1998-03-05")
    assert v["June 1987"] == ("DATE", "1987-06")
    assert v["2003-07-14"] == ("DATE", "2003-07-14")


def test_years_decades_and_centuries(nlp):
    v = values(nlp, "The bridge was built in 1932, rebuilt in the 1990s and is the oldest of "
                    "the 20th century.")
    assert v["1932"] == ("DATE", "1932")
    assert v["the 1990s"] == ("DATE", "199")
    assert v["the 20th century"] == ("DATE", "19")


def test_numbers_that_are_not_years(nlp):
    found = values(nlp, "The company paid $1999 for 2000 tons of steel.")
    assert "1999" not in found and "2000" not in found


@pytest.mark.parametrize("phrase, expected", [
    ("today", ("DATE", "2021-10-21")),
    ("yesterday", ("DATE", "2021-10-20")),
    ("tomorrow", ("DATE", "2021-10-22")),
    ("this morning", ("TIME", "2021-10-21TMO")),
    ("last night", ("TIME", "2021-10-20TNI")),
])
def test_days_relative_to_the_publication_date(nlp, phrase, expected):
    assert values(nlp, f"The minister spoke {phrase} in the capital.")[phrase] == expected


def test_calendar_units_relative_to_the_publication_date(nlp):
    v = values(nlp, "Sales fell last year and rose this month; a vote is due next week "
                    "after a quiet weekend.")
    assert v["last year"] == ("DATE", "2020")
    assert v["this month"] == ("DATE", "2021-10")
    assert v["next week"] == ("DATE", "2021-W43")


def test_month_without_a_year_follows_the_tense(nlp):
    march = dt.date(2021, 3, 10)
    assert values(nlp, "The law was passed in November.", march)["November"] == ("DATE", "2020-11")
    assert values(nlp, "The vote will take place in November.", march)["November"] == ("DATE", "2021-11")
    assert values(nlp, "Parliament met on January 4.", march)["January 4"] == ("DATE", "2021-01-04")


def test_a_story_told_from_an_earlier_year_keeps_its_year(nlp):
    v = values(nlp, "The army moved on November 15, 2017. The president resigned on November 21.")
    assert v["November 21"] == ("DATE", "2017-11-21")
    # a date long after the story's date goes back to the publication date
    v = values(nlp, "The plant opened on May 2, 1990. Workers voted in April to strike.",
               dt.date(1999, 6, 1))
    assert v["April"] == ("DATE", "1999-04")


def test_infinitives_of_plans_look_ahead(nlp):
    assert values(nlp, "He is to be sentenced in June.", dt.date(2020, 2, 15))["June"] == \
        ("DATE", "2020-06")


def test_a_list_of_months_runs_forward(nlp):
    october = dt.date(2013, 10, 9)
    v = values(nlp, "I am touring Italy in November, Spain in December, Mexico in January and "
                    "Peru in February.", october)
    assert [v[m] for m in ("November", "December", "January", "February")] == [
        ("DATE", "2013-11"), ("DATE", "2013-12"), ("DATE", "2014-01"), ("DATE", "2014-02")]
    # a starting point is not a step of the list
    v = values(nlp, "The shares rose to a high in June from a low in March.", october)
    assert v["March"] == ("DATE", "2013-03")


def test_weekday_follows_the_tense(nlp):
    assert values(nlp, "The minister resigned on Monday.")["Monday"] == ("DATE", "2021-10-18")
    assert values(nlp, "The minister will resign on Monday.")["Monday"] == ("DATE", "2021-10-25")
    assert values(nlp, "He left last Thursday.")["last Thursday"] == ("DATE", "2021-10-14")


def test_quarters_and_halves(nlp):
    january = dt.date(1990, 1, 20)
    v = values(nlp, "Profit in the fourth quarter rose, and first-half sales will grow.", january)
    assert v["the fourth quarter"] == ("DATE", "1989-Q4")
    v = values(nlp, "The group posted third-quarter profit of $5 million, up from the year-ago quarter.")
    assert v["third-quarter"] == ("DATE", "2021-Q3")  # the determiner goes with "profit"
    assert v["the year-ago quarter"] == ("DATE", "2020-Q3")
    assert values(nlp, "Sales grew in the first half of 2019.")["the first half of 2019"] == \
        ("DATE", "2019-H1")


def test_durations_including_vague_ones(nlp):
    v = values(nlp, "The war lasted three years and a decade of talks followed; for years "
                    "nothing moved, and in recent weeks the talks stalled for more than four hours.")
    assert v["three years"] == ("DURATION", "P3Y")
    assert v["a decade"] == ("DURATION", "P10Y")
    assert v["years"] == ("DURATION", "PXY")
    assert v["recent weeks"] == ("DURATION", "PXW")
    assert v["more than four hours"] == ("DURATION", "PT4H")


def test_fractional_durations_use_the_next_smaller_unit(nlp):
    v = values(nlp, "The trial lasted 2 1/2 years; the vote took one and a half days.")
    assert v["2 1/2 years"] == ("DURATION", "P2Y6M")
    assert v["one and a half days"] == ("DURATION", "P1DT12H")


def test_hedges_and_prepositions_stay_outside_the_span(nlp):
    texts = [t.text for t in timexes(nlp, "Prices rose over the past two years and fell for "
                                          "about six months.")]
    assert texts == ["the past two years", "six months"]


def test_ago_counts_back_from_the_publication_date(nlp):
    v = values(nlp, "He arrived three years ago and left two weeks ago.")
    assert v["three years ago"] == ("DATE", "2018")
    assert v["two weeks ago"] == ("DATE", "2021-W40")


def test_anaphoric_expressions_use_the_last_mentioned_date(nlp):
    v = values(nlp, "The company was founded in 1990. Two years later, it went public. "
                    "The following year it moved to Lyon.")
    assert v["Two years later"] == ("DATE", "1992")
    assert v["The following year"] == ("DATE", "1993")


def test_vague_references(nlp):
    v = values(nlp, "Prices are now higher than in the past, and the firm recently said "
                    "they would fall in the future.")
    assert v["now"] == ("DATE", "PRESENT_REF")
    assert v["the past"] == ("DATE", "PAST_REF")
    assert v["recently"] == ("DATE", "PAST_REF")
    assert v["the future"] == ("DATE", "FUTURE_REF")


def test_sets(nlp):
    v = values(nlp, "The committee meets every week, the board twice a year, and the paper "
                    "is printed daily.")
    assert v["every week"] == ("SET", "P1W")
    assert v["twice a year"] == ("SET", "P1Y")
    assert v["daily"] == ("SET", "P1D")
    assert "daily" not in values(nlp, "She reads a daily newspaper.")


def test_times_of_day(nlp):
    v = values(nlp, "The polls close at 8 p.m. and the count starts at noon on Friday.")
    assert v["8 p.m."] == ("TIME", "2021-10-21T20:00")
    assert v["noon on Friday"] == ("TIME", "2021-10-15T12:00")


def test_a_bare_clock_time_belongs_to_the_day_last_named(nlp):
    v = values(nlp, "He fell ill early yesterday morning. At 2:45 a.m. he died.")
    assert v["2:45 a.m."] == ("TIME", "2021-10-20T02:45")


def test_seasons(nlp):
    v = values(nlp, "The plant closed last summer and will reopen in the spring of 2023.")
    assert v["last summer"] == ("DATE", "2021-SU")
    assert v["the spring of 2023"] == ("DATE", "2023-SP")


def test_undated_article_keeps_unresolved_values(nlp):
    v = values(nlp, "The law adopted last year was debated on October 21 and yesterday; "
                    "the party was banned in March 2018.", dct=None)
    assert v["last year"] == ("DATE", "XXXX")
    assert v["October 21"] == ("DATE", "XXXX-10-21")
    assert v["yesterday"] == ("DATE", "XXXX-XX-XX")
    assert v["March 2018"] == ("DATE", "2018-03")  # explicit: no publication date needed


def test_a_season_as_relative_unit_is_never_a_duration_crash(nlp):
    # "the past season" once reached the duration table, which has no season unit
    v = values(nlp, "The club had its best results over the past season, the coach said.")
    assert all(typ in ("DATE", "DURATION") for typ, _ in v.values())
    assert not any("season" in value for _, value in v.values())
