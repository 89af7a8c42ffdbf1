"""Resolving readings of calendar dates: "June 6", "Monday", "1950-1953", "the 1990s".

Each function takes a reading and a :class:`~timeline.times.context.ResolutionContext`
and returns the value and the anchor used. The direction of an
underspecified date comes from the clause's tense: the past looks back from
the anchor, the future forward, anything else to the nearest; a date close to
the anchor is the near one whatever the tense. The helpers here (``dated``,
``add_units``, ``pick``) serve :mod:`timeline.times.periods` too.
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs

from timeline.model import Anchor, Granularity, Interval, TimeValue, TimexType
from timeline.times.context import Direction, ResolutionContext
from timeline.times.readings import (
    CalendarDate,
    EraReading,
    Shift,
    WeekdayReading,
)
from timeline.times.units import interval_of, months_per_unit, value_of

__all__ = [
    "NEAR_DAYS",
    "add_units",
    "dated",
    "pick",
    "resolve_calendar_date",
    "resolve_era",
    "resolve_range",
    "resolve_weekday",
]


_UNDERSPECIFIED_WEEKDAY = "XXXX-WXX-{}"


# Dates this close to the anchor are the near ones whatever the tense (measured on TempEval-3 training news).
NEAR_DAYS = 90


def dated(day: dt.date, granularity: Granularity) -> TimeValue:
    """The DATE value of the ``granularity`` unit that holds ``day``.

    >>> dated(dt.date(1989, 10, 26), Granularity.QUARTER).value
    '1989-Q4'
    """
    return TimeValue(TimexType.DATE, value_of(day, granularity), granularity, interval_of(day, granularity))


def add_units(day: dt.date, unit: Granularity, steps: int) -> dt.date:
    """``day`` moved by ``steps`` units, keeping its place in the unit (the day clamped to the month).

    Raises ``OverflowError`` past either end of the calendar.

    >>> add_units(dt.date(2020, 2, 29), Granularity.YEAR, -1)
    datetime.date(2019, 2, 28)
    """
    if unit is Granularity.DAY:
        return day + dt.timedelta(days=steps)
    if unit is Granularity.WEEK:
        return day + dt.timedelta(weeks=steps)
    year, month = divmod(day.year * 12 + day.month - 1 + steps * months_per_unit(unit), 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        msg = f"{steps} {unit.value}(s) from {day.isoformat()} is outside the calendar"
        raise OverflowError(msg)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def pick(candidates: list[dt.date], anchor: dt.date, direction: Direction, near_days: int = 0) -> dt.date:
    """The candidate the direction points to; one within ``near_days`` of the anchor whatever the tense.

    A reader takes "June 3" in a text of June 9 as that June 3, even in a
    future-tense clause; only farther dates are placed by the tense.

    >>> june_3 = [dt.date(2019, 6, 3), dt.date(2020, 6, 3), dt.date(2021, 6, 3)]
    >>> published = dt.date(2020, 6, 9)
    >>> pick(june_3, published, Direction.FORWARD), pick(june_3, published, Direction.FORWARD, 120)
    (datetime.date(2021, 6, 3), datetime.date(2020, 6, 3))
    """
    nearest = min(candidates, key=lambda date: (abs((date - anchor).days), date > anchor))
    if abs((nearest - anchor).days) <= near_days:
        return nearest
    before = [date for date in candidates if date <= anchor]
    after = [date for date in candidates if date >= anchor]
    if direction is Direction.BACKWARD and before:
        return max(before)
    if direction is Direction.FORWARD and after:
        return min(after)
    # Nearest; a tie goes to the past, where news mostly looks.
    return nearest


def resolve_calendar_date(reading: CalendarDate, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """A stated date; a missing year comes from the anchor, the tense or a shift word.

    >>> resolve_calendar_date(CalendarDate(month=6, day=6), ResolutionContext(dt.date(2020, 6, 9)))[0].value
    '2020-06-06'
    """
    if reading.week and reading.day is not None:
        # "the week of March 6": the week that holds the date.
        day_value, anchor = resolve_calendar_date(attrs.evolve(reading, week=False), context)
        if day_value.interval is None:
            return TimeValue(TimexType.DATE, "XXXX-WXX"), anchor
        return dated(day_value.interval.start.date(), Granularity.WEEK), anchor
    if reading.year is not None:
        return _stated(reading.year, reading.month, reading.day), Anchor.absolute()
    if reading.month is None:
        msg = "a calendar date reading needs a year or a month"
        raise ValueError(msg)
    anchor_date = context.anchor_date
    if anchor_date is None:
        day_part = f"-{reading.day:02d}" if reading.day is not None else ""
        granularity = Granularity.DAY if reading.day is not None else Granularity.MONTH
        return TimeValue(TimexType.DATE, f"XXXX-{reading.month:02d}{day_part}", granularity), context.anchor()
    if reading.year_offset is not None:
        year = anchor_date.year + reading.year_offset
    else:
        year = _year_for(reading, anchor_date, context.direction)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return TimeValue(TimexType.DATE, f"XXXX-{reading.month:02d}"), context.anchor()
    return _stated(year, reading.month, reading.day), context.anchor()


def _year_for(reading: CalendarDate, anchor: dt.date, direction: Direction) -> int:
    month = reading.month or 1
    day = reading.day or 1
    candidates = [
        dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        for year in range(max(anchor.year - 8, dt.MINYEAR), min(anchor.year + 9, dt.MAXYEAR + 1))
        if reading.day is None or _exists(year, month, day)
    ]
    if reading.day is None:
        # A month alone: the month that holds the anchor counts as on either side of it.
        candidates = [date.replace(day=1) for date in candidates]
        anchor = anchor.replace(day=1)
    if reading.shift is Shift.LAST:
        earlier = [date for date in candidates if date < anchor]
        return max(earlier).year if earlier else anchor.year
    if reading.shift is Shift.NEXT:
        later = [date for date in candidates if date > anchor]
        return min(later).year if later else anchor.year
    if reading.shift is Shift.THIS:
        return anchor.year
    return pick(candidates, anchor, direction, NEAR_DAYS).year


def _exists(year: int, month: int, day: int) -> bool:
    return day <= calendar.monthrange(year, month)[1]


def _stated(year: int, month: int | None, day: int | None) -> TimeValue:
    if month is None:
        return dated(dt.date(year, 1, 1), Granularity.YEAR)
    if day is None:
        return dated(dt.date(year, month, 1), Granularity.MONTH)
    return dated(dt.date(year, month, day), Granularity.DAY)


def resolve_weekday(reading: WeekdayReading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """A weekday: the one the shift word or the tense points to from the anchor.

    >>> resolve_weekday(WeekdayReading(0), ResolutionContext(dt.date(2020, 6, 9)))[0].value
    '2020-06-08'
    """
    underspecified = TimeValue(
        TimexType.DATE, _UNDERSPECIFIED_WEEKDAY.format(reading.weekday + 1), Granularity.DAY
    )
    anchor, record = context.anchor_date, context.anchor()
    if reading.anaphoric:
        focus, _, focus_record = context.anaphoric()
        anchor, record = focus, focus_record
    if anchor is None:
        return underspecified, record
    back = (anchor.weekday() - reading.weekday) % 7  # days back to the same weekday, on or before
    forward = (reading.weekday - anchor.weekday()) % 7  # days forward, on or after
    if reading.shift is Shift.LAST:
        offset = -(back or 7)
    elif reading.shift is Shift.NEXT:
        offset = forward or 7
    elif reading.shift is Shift.THIS:
        offset = reading.weekday - anchor.weekday()  # the same ISO week
    elif context.direction is Direction.BACKWARD:
        offset = -back
    elif context.direction is Direction.FORWARD:
        offset = forward
    else:
        offset = -back if back <= forward else forward
    try:
        date = anchor + dt.timedelta(days=offset)
    except OverflowError:
        # Past either end of the calendar: the weekday stays unresolved.
        return underspecified, record
    return dated(date, Granularity.DAY), record


def resolve_era(reading: EraReading) -> tuple[TimeValue, Anchor]:
    """A decade ("198", TIMEX3's three digits) or a century ("19").

    >>> resolve_era(EraReading(1980, Granularity.DECADE))[0].value
    '198'
    """
    return dated(dt.date(reading.first_year, 1, 1), reading.unit), Anchor.absolute()


def resolve_range(begin: tuple[TimeValue, Anchor], end: tuple[TimeValue, Anchor]) -> tuple[TimeValue, Anchor]:
    """A range of two resolved ends: a DURATION with both ends, covering both.

    >>> from timeline.times.context import ResolutionContext
    >>> context = ResolutionContext(None)
    >>> ends = [resolve_calendar_date(CalendarDate(year), context) for year in (1950, 1953)]
    >>> resolve_range(*ends)[0].value
    'P4Y'
    """
    (first, first_anchor), (last, last_anchor) = begin, end
    anchor = first_anchor if first_anchor.kind.value != "none" else last_anchor
    if first.interval is None or last.interval is None:
        return TimeValue(TimexType.DURATION, "PXY", first.granularity, None, begin=first, end=last), anchor
    interval = Interval(first.interval.start, max(last.interval.end, first.interval.start))
    length = (
        f"P{last.interval.start.year - first.interval.start.year + 1}Y"
        if first.granularity is Granularity.YEAR
        else f"P{(interval.end - interval.start).days}D"
    )
    return TimeValue(TimexType.DURATION, length, first.granularity, interval, begin=first, end=last), anchor
