"""Interval and TimeValue: calendar stretches and their TIMEX3 notation."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from timeline.model import Granularity, Interval, TimeValue, TimexType


def test_interval_refuses_to_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="cannot end"):
        Interval(dt.datetime(2020, 6, 9), dt.datetime(2020, 6, 8))


def test_empty_interval_is_allowed() -> None:
    moment = dt.datetime(2020, 6, 9)
    assert Interval(moment, moment).start == moment


def test_day_covers_one_calendar_day() -> None:
    day = Interval.day(dt.date(2020, 6, 8))
    assert day.start == dt.datetime(2020, 6, 8)
    assert day.end == dt.datetime(2020, 6, 9)


def test_years_includes_both_ends() -> None:
    years = Interval.years(1950, 1953)
    assert years.start == dt.datetime(1950, 1, 1)
    assert years.end == dt.datetime(1954, 1, 1)


def test_years_of_the_last_year_ends_at_datetime_max() -> None:
    assert Interval.years(dt.MAXYEAR, dt.MAXYEAR).end == dt.datetime.max


def test_years_refuses_a_reversed_range() -> None:
    with pytest.raises(ValueError, match="cannot end"):
        Interval.years(1953, 1950)


def test_contains_is_half_open() -> None:
    day = Interval.day(dt.date(2020, 6, 8))
    assert day.contains(dt.datetime(2020, 6, 8))
    assert day.contains(dt.datetime(2020, 6, 8, 23, 59))
    assert not day.contains(dt.datetime(2020, 6, 9))
    assert not day.contains(dt.datetime(2020, 6, 7, 23, 59))


def test_overlaps_needs_a_shared_moment() -> None:
    monday = Interval.day(dt.date(2020, 6, 8))
    tuesday = Interval.day(dt.date(2020, 6, 9))
    year = Interval.years(2020, 2020)
    assert not monday.overlaps(tuesday)
    assert not tuesday.overlaps(monday)
    assert monday.overlaps(year)
    assert year.overlaps(monday)
    assert monday.overlaps(monday)


def test_starting_and_ending_point_by_year() -> None:
    war = Interval.years(1950, 1953)
    assert war.starting_point(Granularity.YEAR) == Interval.years(1950, 1950)
    assert war.ending_point(Granularity.YEAR) == Interval.years(1953, 1953)


def test_starting_and_ending_point_by_day() -> None:
    war = Interval.years(1950, 1953)
    assert war.starting_point(Granularity.DAY) == Interval.day(dt.date(1950, 1, 1))
    assert war.ending_point(Granularity.DAY) == Interval.day(dt.date(1953, 12, 31))


def test_ending_point_never_leaves_the_interval() -> None:
    spring = Interval(dt.datetime(2020, 3, 1), dt.datetime(2020, 6, 1))
    assert spring.ending_point(Granularity.YEAR) == spring
    assert spring.ending_point(Granularity.MONTH) == Interval.month(2020, 5)
    assert spring.starting_point(Granularity.MONTH) == Interval.month(2020, 3)


def test_points_of_a_single_day_are_that_day() -> None:
    day = Interval.day(dt.date(2020, 6, 8))
    assert day.starting_point(Granularity.DAY) == day
    assert day.ending_point(Granularity.DAY) == day


def test_granularity_order() -> None:
    assert Granularity.DAY.is_finer_than(Granularity.YEAR)
    assert not Granularity.YEAR.is_finer_than(Granularity.DAY)
    assert not Granularity.DAY.is_finer_than(Granularity.DAY)


def _year(year: int) -> TimeValue:
    return TimeValue(TimexType.DATE, f"{year}", Granularity.YEAR, Interval.years(year, year))


def test_plain_value_notation_and_description() -> None:
    monday = TimeValue(TimexType.DATE, "2020-06-08", Granularity.DAY, Interval.day(dt.date(2020, 6, 8)))
    assert monday.notation == "2020-06-08"
    assert monday.describe() == "2020-06-08"
    assert not monday.is_range


def test_range_notation_and_description() -> None:
    war = TimeValue(
        TimexType.DURATION,
        "P4Y",
        Granularity.YEAR,
        Interval.years(1950, 1953),
        begin=_year(1950),
        end=_year(1953),
    )
    assert war.is_range
    assert war.notation == "1950/1953"
    assert war.describe() == "1950 to 1953"


def test_a_value_with_one_end_is_no_range() -> None:
    assert not TimeValue(TimexType.DURATION, "PXY", begin=_year(1950)).is_range


def test_set_description() -> None:
    daily = TimeValue(TimexType.SET, "P1D", Granularity.DAY)
    assert daily.describe() == "every P1D"
    assert daily.notation == "P1D"


def test_values_are_frozen() -> None:
    value = _year(1950)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.value = "1951"  # type: ignore[misc]
    interval = Interval.years(1950, 1950)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        interval.start = dt.datetime(1949, 1, 1)  # type: ignore[misc]
