"""Resolving readings against an anchor, including property tests of the direction rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from timeline.model import AnchorKind, Granularity, Interval, Tense, TimexType
from timeline.times.readings import (
    CalendarDate,
    RangeReading,
    RecurrenceReading,
    Shift,
    WeekdayReading,
)
from timeline.times.resolve import Direction, ResolutionContext, resolve

TUESDAY = dt.date(2020, 6, 9)
NEAR_DAYS = 120

# Shared strategies: anchors well inside the calendar, and readings of every kind.
anchors = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))
weekdays = st.integers(min_value=0, max_value=6)
month_days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)).map(
    lambda date: (date.month, date.day)
)


def _resolved_date(reading: WeekdayReading | CalendarDate, context: ResolutionContext) -> dt.date:
    value, _anchor = resolve(reading, context)
    return dt.date.fromisoformat(value.value)


@given(anchors, weekdays)
def test_past_weekday_is_on_or_before_the_anchor(anchor: dt.date, weekday: int) -> None:
    date = _resolved_date(WeekdayReading(weekday), ResolutionContext(anchor, Tense.PAST))
    assert date.weekday() == weekday
    assert 0 <= (anchor - date).days <= 6


@given(anchors, weekdays)
def test_future_weekday_is_on_or_after_the_anchor(anchor: dt.date, weekday: int) -> None:
    date = _resolved_date(WeekdayReading(weekday), ResolutionContext(anchor, Tense.FUTURE))
    assert date.weekday() == weekday
    assert 0 <= (date - anchor).days <= 6


@given(anchors, weekdays, st.sampled_from([None, Tense.PRESENT, Tense.NONE, Tense.INFINITIVE]))
def test_weekday_without_a_direction_is_the_nearest(
    anchor: dt.date, weekday: int, tense: Tense | None
) -> None:
    date = _resolved_date(WeekdayReading(weekday), ResolutionContext(anchor, tense))
    assert date.weekday() == weekday
    assert abs((date - anchor).days) <= 3


@given(anchors, weekdays, st.sampled_from([None, Tense.PAST, Tense.FUTURE]))
def test_last_and_next_weekday_are_strictly_before_and_after(
    anchor: dt.date, weekday: int, tense: Tense | None
) -> None:
    last = _resolved_date(WeekdayReading(weekday, Shift.LAST), ResolutionContext(anchor, tense))
    following = _resolved_date(WeekdayReading(weekday, Shift.NEXT), ResolutionContext(anchor, tense))
    assert 1 <= (anchor - last).days <= 7
    assert 1 <= (following - anchor).days <= 7
    assert last.weekday() == following.weekday() == weekday


@given(anchors, weekdays)
def test_this_weekday_is_in_the_same_iso_week(anchor: dt.date, weekday: int) -> None:
    date = _resolved_date(WeekdayReading(weekday, Shift.THIS), ResolutionContext(anchor))
    assert date.isocalendar()[:2] == anchor.isocalendar()[:2]
    assert date.weekday() == weekday


@given(anchors, month_days)
def test_past_month_day_is_within_the_year_before(anchor: dt.date, month_day: tuple[int, int]) -> None:
    month, day = month_day
    date = _resolved_date(CalendarDate(None, month, day), ResolutionContext(anchor, Tense.PAST))
    assert (date.month, date.day) == (month, day)
    # On or before the anchor, unless so close after it that the near date wins over the tense.
    assert date <= anchor or (date - anchor).days <= NEAR_DAYS
    # Within a year, or eight for February 29 (1900 and 2100 are not leap years).
    assert (anchor - date).days < (366 * 8 if (month, day) == (2, 29) else 366)


@given(anchors, month_days)
def test_future_month_day_is_within_the_year_after(anchor: dt.date, month_day: tuple[int, int]) -> None:
    month, day = month_day
    date = _resolved_date(CalendarDate(None, month, day), ResolutionContext(anchor, Tense.FUTURE))
    assert (date.month, date.day) == (month, day)
    assert date >= anchor or (anchor - date).days <= NEAR_DAYS
    assert (date - anchor).days < (366 * 8 if (month, day) == (2, 29) else 366)


@given(anchors, month_days)
def test_month_day_without_a_direction_is_within_half_a_year(
    anchor: dt.date, month_day: tuple[int, int]
) -> None:
    month, day = month_day
    assume((month, day) != (2, 29))
    date = _resolved_date(CalendarDate(None, month, day), ResolutionContext(anchor))
    assert abs((date - anchor).days) <= 183


@pytest.mark.parametrize(
    ("tense", "direction"),
    [
        (Tense.PAST, Direction.BACKWARD),
        (Tense.PASTPART, Direction.BACKWARD),
        (Tense.FUTURE, Direction.FORWARD),
        (Tense.PRESENT, Direction.NEAREST),
        (Tense.INFINITIVE, Direction.NEAREST),
        (None, Direction.NEAREST),
    ],
)
def test_direction_of_tense(tense: Tense | None, direction: Direction) -> None:
    assert Direction.of_tense(tense) is direction


def test_nearest_weekday_on_either_side() -> None:
    # From Tuesday 2020-06-09, Saturday is 3 days back and Friday 3 days on.
    assert _resolved_date(WeekdayReading(5), ResolutionContext(TUESDAY)) == dt.date(2020, 6, 6)
    assert _resolved_date(WeekdayReading(4), ResolutionContext(TUESDAY)) == dt.date(2020, 6, 12)


def test_nearest_month_day_tie_goes_to_the_past() -> None:
    # 2020-07-02 is 183 days after 2020-01-01 and 183 days before 2021-01-01.
    anchor = dt.date(2020, 7, 2)
    assert _resolved_date(CalendarDate(None, 1, 1), ResolutionContext(anchor)) == (dt.date(2020, 1, 1))


def test_same_weekday_as_the_anchor_is_the_anchor_unless_shifted() -> None:
    assert _resolved_date(WeekdayReading(1), ResolutionContext(TUESDAY, Tense.PAST)) == TUESDAY
    assert _resolved_date(WeekdayReading(1), ResolutionContext(TUESDAY, Tense.FUTURE)) == TUESDAY
    assert _resolved_date(WeekdayReading(1, Shift.LAST), ResolutionContext(TUESDAY)) == (dt.date(2020, 6, 2))
    assert _resolved_date(WeekdayReading(1, Shift.NEXT), ResolutionContext(TUESDAY)) == (dt.date(2020, 6, 16))


def test_weekday_value_and_anchor() -> None:
    value, anchor = resolve(WeekdayReading(0), ResolutionContext(TUESDAY, Tense.PAST))
    assert value.type is TimexType.DATE
    assert value.granularity is Granularity.DAY
    assert value.interval == Interval.day(dt.date(2020, 6, 8))
    assert anchor.kind is AnchorKind.PUBLICATION_DATE
    assert anchor.date == TUESDAY
    assert anchor.tense is Tense.PAST


def test_month_day_without_publication_date_stays_underspecified() -> None:
    value, anchor = resolve(CalendarDate(None, 6, 6), ResolutionContext(None, Tense.PAST))
    assert value.value == "XXXX-06-06"
    assert value.granularity is Granularity.DAY
    assert value.interval is None
    assert anchor.kind is AnchorKind.PUBLICATION_DATE
    assert anchor.date is None


def test_month_without_publication_date_stays_underspecified() -> None:
    value, _anchor = resolve(CalendarDate(None, 6), ResolutionContext(None))
    assert value.value == "XXXX-06"
    assert value.granularity is Granularity.MONTH
    assert value.interval is None


def test_weekday_without_publication_date_stays_underspecified() -> None:
    value, anchor = resolve(WeekdayReading(0), ResolutionContext(None))
    assert value.value == "XXXX-WXX-1"
    assert value.interval is None
    assert anchor.describe() == "publication date (unknown)"


def test_stated_dates_need_no_anchor() -> None:
    value, anchor = resolve(CalendarDate(2020, 6, 6), ResolutionContext(None))
    assert value.value == "2020-06-06"
    assert value.interval == Interval.day(dt.date(2020, 6, 6))
    assert anchor.kind is AnchorKind.NONE


def test_stated_year_and_month() -> None:
    year, _ = resolve(CalendarDate(1950), ResolutionContext(TUESDAY))
    assert (year.value, year.granularity) == ("1950", Granularity.YEAR)
    assert year.interval == Interval.years(1950, 1950)
    december, _ = resolve(CalendarDate(2020, 12), ResolutionContext(TUESDAY))
    assert december.value == "2020-12"
    assert december.interval == Interval(dt.datetime(2020, 12, 1), dt.datetime(2021, 1, 1))


def test_month_of_the_last_year_ends_at_datetime_max() -> None:
    value, _ = resolve(CalendarDate(dt.MAXYEAR, 12), ResolutionContext(None))
    assert value.interval is not None
    assert value.interval.end == dt.datetime.max


def test_calendar_reading_without_year_or_month_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a year or a month"):
        resolve(CalendarDate(None, None, 6), ResolutionContext(TUESDAY))


def test_year_range_is_a_duration_with_two_ends() -> None:
    value, anchor = resolve(RangeReading(CalendarDate(1950), CalendarDate(1953)), ResolutionContext(TUESDAY))
    assert value.type is TimexType.DURATION
    assert value.value == "P4Y"
    assert value.notation == "1950/1953"
    assert value.is_range
    assert value.interval == Interval.years(1950, 1953)
    assert anchor.kind is AnchorKind.NONE


def test_recurrence_is_a_set_without_interval() -> None:
    value, anchor = resolve(RecurrenceReading("P1D", Granularity.DAY), ResolutionContext(TUESDAY))
    assert value.type is TimexType.SET
    assert value.value == "P1D"
    assert value.interval is None
    assert anchor.kind is AnchorKind.NONE


def test_context_with_an_expression_anchor() -> None:
    context = ResolutionContext(dt.date(2019, 6, 3), Tense.PAST, anchor_id="t1")
    anchor = context.anchor()
    assert anchor.kind is AnchorKind.EXPRESSION
    assert anchor.expression_id == "t1"
    assert anchor.date == dt.date(2019, 6, 3)


_READINGS = st.one_of(
    st.builds(WeekdayReading, st.integers(0, 6), st.none() | st.sampled_from(Shift)),
    st.builds(
        CalendarDate,
        st.none() | st.integers(1, 9999),
        st.integers(1, 12),
        st.none() | st.integers(1, 28),
    ),
)


@given(
    reading=_READINGS,
    anchor=st.dates(),
    tense=st.none() | st.sampled_from([Tense.PAST, Tense.PRESENT, Tense.FUTURE]),
)
def test_resolution_never_fails_anywhere_in_the_calendar(
    reading: WeekdayReading | CalendarDate, anchor: dt.date, tense: Tense | None
) -> None:
    value, _ = resolve(reading, ResolutionContext(anchor, tense))
    if value.interval is not None:
        assert value.interval.start <= value.interval.end
