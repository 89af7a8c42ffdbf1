"""Resolving readings of periods: "last year", "a year earlier", "the third quarter", "last fall".

Movable holidays ("Thanksgiving") and weekends are resolved here too.
Deictic readings count from the publication date (news) or the last stated
date (narrative); anaphoric ones ("a year earlier", "the quarter") from the
date or reporting period the text is about.
"""

from __future__ import annotations

import calendar
import datetime as dt

from timeline.model import Anchor, Granularity, Interval, TimeValue, TimexType
from timeline.times.context import Direction, ResolutionContext
from timeline.times.dates import NEAR_DAYS, add_units, dated, pick
from timeline.times.readings import HolidayReading, QuarterReading, RelativeReading, SeasonReading, Shift
from timeline.times.units import SEASON_CODES, months_per_unit, shift, unit_start, value_of

__all__ = ["holiday_date", "resolve_holiday", "resolve_quarter", "resolve_relative", "resolve_season"]

# Reporting periods whose granularity a year's distance from them keeps.
_PERIODS = frozenset({Granularity.QUARTER, Granularity.HALF})


def resolve_relative(reading: RelativeReading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """A unit counted from the publication date ("last year") or the last date mentioned ("a year earlier").

    >>> last_year = RelativeReading(Granularity.YEAR, -1)
    >>> resolve_relative(last_year, ResolutionContext(dt.date(1989, 10, 26)))[0].value
    '1988'
    """
    focus_day, focus_granularity, focus_anchor = context.anaphoric()
    period = context.reporting_period()
    base: dt.date | None
    base_granularity: Granularity | None
    if reading.counted and reading.unit is Granularity.YEAR and reading.offset and period is not None:
        # Business news compares a quarter with "a year ago" or "a year earlier": the same quarter,
        # a year back.
        base, base_granularity, anchor = period
    elif reading.anaphoric and not (
        focus_granularity is not None and reading.unit.is_finer_than(focus_granularity)
    ):
        base, base_granularity, anchor = focus_day, focus_granularity, focus_anchor
    else:
        base, base_granularity, anchor = context.anchor_date, None, context.anchor()
    if reading.weekend and reading.offset is None and base is not None:
        return _nearest_weekend(base, context.direction), anchor
    if reading.offset is None:
        return TimeValue(TimexType.DATE, "PAST_REF" if reading.anaphoric else "PRESENT_REF"), anchor
    if base is None:
        return TimeValue(TimexType.DATE, "XXXX"), anchor
    granularity = reading.granularity or reading.unit
    if base_granularity in _PERIODS and base_granularity.is_finer_than(reading.unit) and reading.offset:
        # "a year earlier" than the third quarter is the third quarter of the year before.
        granularity = base_granularity
    if granularity in (Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND):
        granularity = Granularity.DAY
    try:
        day = add_units(base, reading.unit, reading.offset)
    except (OverflowError, ValueError):
        return TimeValue(TimexType.DATE, "XXXX"), anchor
    if reading.weekend:
        return _weekend(day), anchor
    return dated(day, granularity), anchor


def _nearest_weekend(day: dt.date, direction: Direction) -> TimeValue:
    """The weekend the tense points to from ``day``, or the nearest one (a Monday looks back)."""
    saturday = unit_start(day, Granularity.WEEK) + dt.timedelta(days=5)
    previous = saturday - dt.timedelta(days=7)
    if day >= saturday or direction is Direction.FORWARD:
        return _weekend(
            saturday if day <= saturday + dt.timedelta(days=1) else saturday + dt.timedelta(days=7)
        )
    if direction is Direction.BACKWARD or (day - previous).days - 1 <= (saturday - day).days:
        return _weekend(previous)
    return _weekend(saturday)


def _weekend(day: dt.date) -> TimeValue:
    week = unit_start(day, Granularity.WEEK)
    saturday = dt.datetime.combine(week + dt.timedelta(days=5), dt.time())
    interval = Interval(saturday, saturday + dt.timedelta(days=2))
    return TimeValue(TimexType.DATE, f"{value_of(day, Granularity.WEEK)}-WE", Granularity.WEEK, interval)


def resolve_quarter(reading: QuarterReading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """A quarter (or half) of a year: stated, the latest one so named, or the one the text is about.

    >>> resolve_quarter(QuarterReading(3), ResolutionContext(dt.date(1989, 10, 26)))[0].value
    '1989-Q3'
    """
    unit = reading.unit
    months = months_per_unit(unit)
    letter = "Q" if unit is Granularity.QUARTER else "H"
    if reading.year is not None and reading.number is not None:
        return dated(dt.date(reading.year, (reading.number - 1) * months + 1, 1), unit), Anchor.absolute()
    publication = context.anchor_date
    if publication is None:
        number = f"{reading.number}" if reading.number is not None else "X"
        return TimeValue(TimexType.DATE, f"XXXX-{letter}{number}", unit), context.anchor()
    anchor = context.anchor()
    if reading.number is not None:
        candidates = [
            dt.date(year, (reading.number - 1) * months + 1, 1)
            for year in range(
                max(publication.year - 2, dt.MINYEAR), min(publication.year + 3, dt.MAXYEAR + 1)
            )
        ]
        # A quarter named without a year is the latest one that has begun: business news reports
        # on quarters that are over or under way ("expects to report third-quarter results").
        start = pick(candidates, unit_start(publication, unit), Direction.BACKWARD)
    elif reading.which == "current":
        start = unit_start(publication, unit)
    elif (
        reading.which == "focus" and (period := context.reporting_period()) is not None and period[1] is unit
    ):
        start, anchor = unit_start(period[0], unit), period[2]
    else:
        # "the latest quarter": the last whole one before the publication date.
        start = shift(publication, unit, -1)
    if reading.year is not None:
        start = start.replace(year=reading.year)
    elif reading.publication_year is not None:
        start = start.replace(year=publication.year + reading.publication_year)
    if reading.year_offset:
        start = add_units(start, Granularity.YEAR, reading.year_offset)
    return dated(start, unit), anchor


def resolve_season(reading: SeasonReading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """A season of a stated year, or of the year the shift word or tense points to.

    >>> resolve_season(SeasonReading("FA", shift=Shift.LAST), ResolutionContext(dt.date(1999, 6, 7)))[0].value
    '1998-FA'
    """
    start_month = SEASON_CODES[reading.season]
    if reading.year is not None:
        return _season(reading.season, reading.year, start_month), Anchor.absolute()
    anchor = context.anchor_date
    if anchor is None:
        return TimeValue(TimexType.DATE, f"XXXX-{reading.season}", Granularity.SEASON), context.anchor()
    starts = [dt.date(year, start_month, 1) for year in range(anchor.year - 2, anchor.year + 3)]
    current = (
        max(date for date in starts if date <= anchor) if any(d <= anchor for d in starts) else starts[0]
    )
    in_season = anchor < add_units(current, Granularity.MONTH, 3)
    if reading.shift is Shift.LAST:
        chosen = max(date for date in starts if date < (current if in_season else anchor))
    elif reading.shift is Shift.NEXT:
        chosen = min(date for date in starts if date > anchor)
    elif reading.shift is Shift.THIS:
        chosen = next(date for date in starts if date.year == anchor.year)
    elif in_season:
        chosen = current
    else:
        chosen = pick(starts, anchor, context.direction)
    return _season(reading.season, chosen.year, start_month), context.anchor()


def _season(code: str, year: int, start_month: int) -> TimeValue:
    start = dt.datetime(year, start_month, 1)
    end_date = add_units(start.date(), Granularity.MONTH, 3)
    return TimeValue(
        TimexType.DATE,
        f"{year:04d}-{code}",
        Granularity.SEASON,
        Interval(start, dt.datetime.combine(end_date, dt.time())),
    )


def holiday_date(reading: HolidayReading, year: int) -> dt.date:
    """The date of the holiday in ``year``.

    >>> holiday_date(HolidayReading(month=11, weekday=3, nth=4), 1999)
    datetime.date(1999, 11, 25)
    >>> holiday_date(HolidayReading(easter_offset=0), 2000)
    datetime.date(2000, 4, 23)
    """
    if reading.easter_offset is not None:
        return _easter(year) + dt.timedelta(days=reading.easter_offset)
    month = reading.month or 1
    weekday = reading.weekday or 0
    if reading.nth < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, reading.first_day)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (reading.nth - 1))


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_century, century_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_century - moon + 15) % 30
    leap_year, year_rest = divmod(rest, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_year - epact - year_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def resolve_holiday(reading: HolidayReading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """A movable holiday in a stated year, or the one the shift word or tense points to.

    >>> thanksgiving = HolidayReading(month=11, weekday=3, nth=4)
    >>> resolve_holiday(thanksgiving, ResolutionContext(dt.date(2000, 1, 7)))[0].value
    '1999-11-25'
    """
    granularity = Granularity.WEEK if reading.week else Granularity.DAY
    if reading.year is not None:
        return dated(holiday_date(reading, reading.year), granularity), Anchor.absolute()
    anchor = context.anchor_date
    if anchor is None:
        return TimeValue(TimexType.DATE, "XXXX-XX-XX", granularity), context.anchor()
    candidates = [holiday_date(reading, year) for year in range(max(anchor.year - 2, 1583), anchor.year + 3)]
    if reading.shift is Shift.LAST:
        chosen = max(date for date in candidates if date < anchor)
    elif reading.shift is Shift.NEXT:
        chosen = min(date for date in candidates if date > anchor)
    else:
        chosen = pick(candidates, anchor, context.direction, NEAR_DAYS)
    return dated(chosen, granularity), context.anchor()
