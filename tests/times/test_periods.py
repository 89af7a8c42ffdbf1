from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Granularity, Interval, TimeValue, TimexType
from timeline.times.context import ResolutionContext
from timeline.times.periods import (
    holiday_date,
    resolve_holiday,
    resolve_quarter,
    resolve_relative,
    resolve_season,
)
from timeline.times.readings import HolidayReading, QuarterReading, RelativeReading, SeasonReading, Shift
from timeline.times.units import interval_of

PUBLISHED = dt.date(1989, 10, 26)  # a Thursday in the fourth quarter


def _quarter_value(start: dt.date) -> TimeValue:
    return TimeValue(TimexType.DATE, "", Granularity.QUARTER, interval_of(start, Granularity.QUARTER))


def test_relative_units_count_from_the_publication_date() -> None:
    context = ResolutionContext(PUBLISHED)
    assert resolve_relative(RelativeReading(Granularity.YEAR, -1), context)[0].value == "1988"
    assert resolve_relative(RelativeReading(Granularity.WEEK, 0), context)[0].value == "1989-W43"
    assert resolve_relative(RelativeReading(Granularity.DAY, 1), context)[0].value == "1989-10-27"


def test_a_year_ago_compares_with_the_reporting_period() -> None:
    period = _quarter_value(dt.date(1989, 7, 1))
    context = ResolutionContext(PUBLISHED, period=period, period_id="t1")
    value, anchor = resolve_relative(RelativeReading(Granularity.YEAR, -1, counted=True), context)
    assert value.value == "1988-Q3"
    assert anchor.expression_id == "t1"
    # "last year" is no comparison: the calendar year before.
    assert resolve_relative(RelativeReading(Granularity.YEAR, -1), context)[0].value == "1988"


def test_a_day_counted_from_a_year_in_focus_counts_from_the_publication_date() -> None:
    year = TimeValue(TimexType.DATE, "1990", Granularity.YEAR, Interval.years(1990, 1990))
    context = ResolutionContext(PUBLISHED, previous=year, previous_id="t1")
    reading = RelativeReading(Granularity.DAY, -1, anaphoric=True)
    assert resolve_relative(reading, context)[0].value == "1989-10-25"


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (dt.date(2020, 6, 8), "2020-W23-WE"),
        (dt.date(2020, 6, 12), "2020-W24-WE"),
        (dt.date(2020, 6, 13), "2020-W24-WE"),
    ],
)
def test_the_weekend_is_the_nearest_one(published: dt.date, value: str) -> None:
    reading = RelativeReading(Granularity.WEEK, None, weekend=True)
    assert resolve_relative(reading, ResolutionContext(published))[0].value == value


def test_quarters() -> None:
    context = ResolutionContext(PUBLISHED)
    assert resolve_quarter(QuarterReading(3), context)[0].value == "1989-Q3"
    assert resolve_quarter(QuarterReading(4), context)[0].value == "1989-Q4"
    assert resolve_quarter(QuarterReading(1), context)[0].value == "1989-Q1"
    assert resolve_quarter(QuarterReading(None, which="latest"), context)[0].value == "1989-Q3"
    assert resolve_quarter(QuarterReading(None, which="current"), context)[0].value == "1989-Q4"
    next_year = QuarterReading(1, publication_year=1)
    assert resolve_quarter(next_year, context)[0].value == "1990-Q1"
    assert resolve_quarter(QuarterReading(2, unit=Granularity.HALF), context)[0].value == "1989-H2"


def test_the_quarter_is_the_one_in_focus() -> None:
    context = ResolutionContext(PUBLISHED, period=_quarter_value(dt.date(1989, 4, 1)), period_id="t2")
    assert resolve_quarter(QuarterReading(None), context)[0].value == "1989-Q2"
    assert resolve_quarter(QuarterReading(None, year_offset=-1), context)[0].value == "1988-Q2"
    assert resolve_quarter(QuarterReading(None, year=1987), context)[0].value == "1987-Q2"


def test_seasons() -> None:
    context = ResolutionContext(dt.date(1999, 6, 7))
    assert resolve_season(SeasonReading("FA", shift=Shift.LAST), context)[0].value == "1998-FA"
    assert resolve_season(SeasonReading("SU", shift=Shift.THIS), context)[0].value == "1999-SU"
    assert resolve_season(SeasonReading("WI", year=1994), context)[0].value == "1994-WI"


@pytest.mark.parametrize(
    ("reading", "year", "date"),
    [
        (HolidayReading(month=11, weekday=3, nth=4), 1999, dt.date(1999, 11, 25)),
        (HolidayReading(month=11, weekday=1, nth=1, first_day=2), 2020, dt.date(2020, 11, 3)),
        (HolidayReading(month=5, weekday=0, nth=-1), 2020, dt.date(2020, 5, 25)),
        (HolidayReading(easter_offset=0), 2019, dt.date(2019, 4, 21)),
        (HolidayReading(easter_offset=-2), 2024, dt.date(2024, 3, 29)),
    ],
)
def test_holiday_dates(reading: HolidayReading, year: int, date: dt.date) -> None:
    assert holiday_date(reading, year) == date


def test_holidays_resolve_by_shift() -> None:
    context = ResolutionContext(dt.date(2000, 1, 7))
    thanksgiving = HolidayReading(month=11, weekday=3, nth=4)
    assert resolve_holiday(thanksgiving, context)[0].value == "1999-11-25"
    last = HolidayReading(month=11, weekday=3, nth=4, shift=Shift.NEXT)
    assert resolve_holiday(last, context)[0].value == "2000-11-23"
