"""Resolving a reading against its anchor: what "Monday", "June 6" or "a year earlier" means in this text.

News policy: relative expressions are resolved against the publication date,
in the direction the clause's tense gives (a past-tense "On Monday" is the most
recent Monday on or before the publication date; a future one the next).
Narrative policy: against the last date the text mentioned, falling back to
the publication date before the text has mentioned any; against a mentioned
date the nearest match is taken (a past-tense narrative says nothing of the
direction from one of its own dates). Under both policies, anaphoric
expressions ("a year earlier", "the next day", "the quarter") count from the
last date the text mentioned.

Without an anchor, a relative value stays underspecified as TIMEX3 writes it
(``XXXX-06-06``) and has no interval.
"""

from __future__ import annotations

import attrs

from timeline.model import Anchor, Granularity, Tense, TimeValue, TimexType
from timeline.times.clock import resolve_time_of_day
from timeline.times.context import AnchoringPolicy, Direction, ResolutionContext
from timeline.times.dates import resolve_calendar_date, resolve_era, resolve_range, resolve_weekday
from timeline.times.durations import resolve_duration
from timeline.times.periods import resolve_holiday, resolve_quarter, resolve_relative, resolve_season
from timeline.times.readings import (
    CalendarDate,
    DurationReading,
    EraReading,
    HolidayReading,
    ModifiedReading,
    QuarterReading,
    RangeReading,
    Reading,
    RecurrenceReading,
    ReferenceReading,
    RelativeReading,
    SeasonReading,
    TimeOfDayReading,
    WeekdayReading,
)

__all__ = ["AnchoringPolicy", "Direction", "ResolutionContext", "refers_back", "resolve"]

_PAST_TENSES = (Tense.PAST, Tense.PASTPART)


def refers_back(reading: Reading) -> bool:
    """Whether ``reading`` counts from the date the text is about ("a year earlier", "the quarter").

    >>> refers_back(RelativeReading(Granularity.YEAR, -1, anaphoric=True))
    True
    """
    match reading:
        case RelativeReading():
            # "a year ago" in business news compares with the quarter in focus: it does not move it.
            return reading.anaphoric or (reading.counted and reading.unit is Granularity.YEAR)
        case WeekdayReading():
            return reading.anaphoric
        case QuarterReading():
            # "the 1988 period" takes its quarter from the focus: a comparison, not a new focus.
            return bool(reading.year_offset) or (reading.number is None and reading.which == "focus")
        case ModifiedReading():
            return refers_back(reading.inner)
        case _:
            return False


def resolve(reading: Reading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:  # noqa: PLR0912 - a case per reading type
    """The value of ``reading`` in ``context``, and the anchor it used.

    >>> import datetime as dt
    >>> from timeline.model import Tense
    >>> value, anchor = resolve(WeekdayReading(0), ResolutionContext(dt.date(2020, 6, 9), Tense.PAST))
    >>> value.value, anchor.describe()
    ('2020-06-08', 'publication date 2020-06-09, past tense')
    """
    match reading:
        case CalendarDate():
            return resolve_calendar_date(reading, context)
        case WeekdayReading():
            return resolve_weekday(reading, context)
        case RelativeReading(within=True, offset=int(offset)) if context.tense in _PAST_TENSES:
            # "released four versions in five years": a length of time, not five years from now.
            return resolve_duration(DurationReading(abs(offset), reading.unit), context)
        case RelativeReading():
            return resolve_relative(reading, context)
        case QuarterReading():
            return resolve_quarter(reading, context)
        case SeasonReading():
            return resolve_season(reading, context)
        case EraReading():
            return resolve_era(reading)
        case HolidayReading():
            return resolve_holiday(reading, context)
        case TimeOfDayReading():
            return resolve_time_of_day(reading, context)
        case RangeReading():
            return resolve_range(resolve(reading.begin, context), resolve(reading.end, context))
        case ReferenceReading():
            return TimeValue(TimexType.DATE, reading.value), context.anchor()
        case DurationReading():
            return resolve_duration(reading, context)
        case RecurrenceReading():
            recurrence = TimeValue(
                TimexType.SET, reading.period, reading.granularity, quant=reading.quant, freq=reading.freq
            )
            return recurrence, Anchor.absolute()
        case ModifiedReading():
            inner, anchor = resolve(reading.inner, context)
            return attrs.evolve(inner, mod=reading.mod), anchor
