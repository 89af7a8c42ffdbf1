"""Resolving times of day: "10 p.m.", "10:35 a.m. Friday", "this morning", "Friday night"."""

from __future__ import annotations

import datetime as dt

from timeline.model import Anchor, Granularity, Interval, TimeValue, TimexType
from timeline.times.context import ResolutionContext
from timeline.times.dates import resolve_calendar_date, resolve_weekday
from timeline.times.periods import resolve_relative
from timeline.times.readings import CalendarDate, TimeOfDayReading, WeekdayReading

__all__ = ["resolve_time_of_day"]

# Hours [from, to) of each TIMEX3 part of the day; night runs past midnight.
_PARTS = {"MO": (6, 12), "MI": (12, 13), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30), "DT": (9, 17)}


def _day(reading: TimeOfDayReading, context: ResolutionContext) -> tuple[dt.date | None, Anchor]:
    if reading.day is None and reading.hour is None:
        # "this morning", "this afternoon": today.
        return context.anchor_date, context.anchor()
    if reading.day is None:
        day, granularity, anchor = context.anaphoric()
        if granularity not in (None, Granularity.DAY, Granularity.PART_OF_DAY, Granularity.MINUTE):
            # The last date mentioned is coarser than a day: the clock time is on the anchor day.
            return context.anchor_date, context.anchor()
        return day, anchor
    if isinstance(reading.day, CalendarDate):
        value, anchor = resolve_calendar_date(reading.day, context)
    elif isinstance(reading.day, WeekdayReading):
        value, anchor = resolve_weekday(reading.day, context)
    else:
        value, anchor = resolve_relative(reading.day, context)
    if value.interval is None or value.granularity is not Granularity.DAY:
        return None, anchor
    return value.interval.start.date(), anchor


def resolve_time_of_day(reading: TimeOfDayReading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """A clock time or part of the day, on its stated day or the day the context gives.

    >>> value, _ = resolve_time_of_day(TimeOfDayReading(hour=22), ResolutionContext(dt.date(1998, 2, 11)))
    >>> value.value, value.type.value
    ('1998-02-11T22:00', 'TIME')
    >>> friday, monday = WeekdayReading(4), ResolutionContext(dt.date(1989, 10, 30))
    >>> resolve_time_of_day(TimeOfDayReading(hour=24, day=friday), monday)[0].value
    '1989-10-27T24:00'
    """
    day, anchor = _day(reading, context)
    day_text = day.isoformat() if day is not None else "XXXX-XX-XX"
    if reading.hour is not None:
        minute = reading.minute or 0
        value = f"{day_text}T{reading.hour:02d}:{minute:02d}"
        interval = None
        if day is not None:
            # Hour 24 is the end of the day ("midnight Friday"), the first minute of the next.
            start = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=reading.hour, minutes=minute)
            interval = Interval(start, start + dt.timedelta(minutes=1))
        return TimeValue(TimexType.TIME, value, Granularity.MINUTE, interval), anchor
    part = reading.part or "DT"
    interval = None
    if day is not None:
        first, last = _PARTS.get(part, (0, 24))
        midnight = dt.datetime.combine(day, dt.time())
        interval = Interval(midnight + dt.timedelta(hours=first), midnight + dt.timedelta(hours=last))
    # A part of a named day ("Friday night", "tonight") is annotated as a date in TimeML news
    # corpora; a part of the day the context gives ("this morning") as a time.
    timex_type = TimexType.DATE if reading.day is not None else TimexType.TIME
    return TimeValue(timex_type, f"{day_text}T{part}", Granularity.PART_OF_DAY, interval), anchor
