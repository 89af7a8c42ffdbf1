"""Resolving a reading against its anchor: what "Monday" or "June 6" means in this text.

News policy: relative expressions are resolved against the publication date,
in the direction the clause's tense gives (a past-tense "On Monday" is the most
recent Monday on or before the publication date; a future one the next).
Narrative policy: against the last date the text mentioned, falling back to
the publication date before the text has mentioned any; against a mentioned
date the nearest match is taken (a past-tense narrative says nothing of the
direction from one of its own dates).

Without an anchor, a relative value stays underspecified as TIMEX3 writes it
(``XXXX-06-06``) and has no interval.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from timeline.model import Anchor, AnchorKind, Granularity, Interval, Tense, TimeValue, TimexType
from timeline.times.readings import (
    CalendarDate,
    RangeReading,
    Reading,
    RecurrenceReading,
    Shift,
    WeekdayReading,
)

__all__ = ["AnchoringPolicy", "Direction", "ResolutionContext", "resolve"]


class AnchoringPolicy(enum.StrEnum):
    """What relative expressions are resolved against.

    >>> AnchoringPolicy("news") is AnchoringPolicy.NEWS
    True
    """

    NEWS = "news"
    NARRATIVE = "narrative"


class Direction(enum.Enum):
    """Which side of the anchor an underspecified date is looked for on.

    >>> Direction.of_tense(None)
    <Direction.NEAREST: 'nearest'>
    """

    BACKWARD = "backward"
    FORWARD = "forward"
    NEAREST = "nearest"

    @classmethod
    def of_tense(cls, tense: Tense | None) -> Direction:
        """Past tense looks back, future forward, anything else to the nearest.

        >>> Direction.of_tense(Tense.PAST)
        <Direction.BACKWARD: 'backward'>
        """
        if tense in (Tense.PAST, Tense.PASTPART):
            return cls.BACKWARD
        if tense is Tense.FUTURE:
            return cls.FORWARD
        return cls.NEAREST


@attrs.frozen
class ResolutionContext:
    """What a reading is resolved against: the anchor date, and the clause's tense.

    ``anchor_id`` is ``None`` for the publication date, or the id of the time
    expression that supplied ``anchor_date`` (narrative policy).

    >>> ResolutionContext(dt.date(2020, 6, 9), Tense.PAST).anchor().describe()
    'publication date 2020-06-09, past tense'
    """

    anchor_date: dt.date | None
    tense: Tense | None = None
    anchor_id: str | None = None

    def anchor(self) -> Anchor:
        """The :class:`Anchor` record of this context."""
        if self.anchor_id is not None:
            return Anchor(AnchorKind.EXPRESSION, self.anchor_date, self.anchor_id, self.tense)
        return Anchor(AnchorKind.PUBLICATION_DATE, self.anchor_date, None, self.tense)


def resolve(reading: Reading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """The value of ``reading`` in ``context``, and the anchor it used.

    >>> from timeline.times.readings import WeekdayReading
    >>> value, anchor = resolve(WeekdayReading(0), ResolutionContext(dt.date(2020, 6, 9), Tense.PAST))
    >>> value.value, anchor.describe()
    ('2020-06-08', 'publication date 2020-06-09, past tense')
    """
    match reading:
        case CalendarDate():
            return _calendar_date(reading, context)
        case WeekdayReading():
            return _weekday(reading, context)
        case RangeReading():
            begin, begin_anchor = _calendar_date(reading.begin, context)
            end, end_anchor = _calendar_date(reading.end, context)
            anchor = begin_anchor if begin_anchor.kind is not AnchorKind.NONE else end_anchor
            return _range(begin, end), anchor
        case RecurrenceReading():
            value = TimeValue(TimexType.SET, reading.period, reading.granularity, quant=reading.quant)
            return value, Anchor.absolute()


def _calendar_date(reading: CalendarDate, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    if reading.year is not None:
        return _stated_date(reading.year, reading.month, reading.day), Anchor.absolute()
    if reading.month is None:
        msg = "a calendar date reading needs a year or a month"
        raise ValueError(msg)
    if context.anchor_date is None:
        day_part = f"-{reading.day:02d}" if reading.day is not None else ""
        value = f"XXXX-{reading.month:02d}{day_part}"
        granularity = Granularity.DAY if reading.day is not None else Granularity.MONTH
        return TimeValue(TimexType.DATE, value, granularity), context.anchor()
    year = _year_for(reading.month, reading.day or 1, context.anchor_date, Direction.of_tense(context.tense))
    return _stated_date(year, reading.month, reading.day), context.anchor()


def _year_for(month: int, day: int, anchor: dt.date, direction: Direction) -> int:
    """The year that puts month/day on the side of ``anchor`` that ``direction`` asks for."""
    candidates = [
        dt.date(year, month, day)
        for year in range(anchor.year - 8, anchor.year + 9)
        if dt.MINYEAR <= year <= dt.MAXYEAR and _exists(year, month, day)
    ]
    before = [date for date in candidates if date <= anchor]
    after = [date for date in candidates if date >= anchor]
    # At the ends of the calendar one side may be empty; the nearest date is then the answer.
    if direction is Direction.BACKWARD and before:
        return max(before).year
    if direction is Direction.FORWARD and after:
        return min(after).year
    # Nearest; a tie goes to the past, where news mostly looks.
    return min(candidates, key=lambda date: (abs((date - anchor).days), date > anchor)).year


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _stated_date(year: int, month: int | None, day: int | None) -> TimeValue:
    if month is None:
        return TimeValue(TimexType.DATE, f"{year:04d}", Granularity.YEAR, Interval.years(year, year))
    if day is None:
        return TimeValue(
            TimexType.DATE, f"{year:04d}-{month:02d}", Granularity.MONTH, Interval.month(year, month)
        )
    date = dt.date(year, month, day)
    return TimeValue(TimexType.DATE, date.isoformat(), Granularity.DAY, Interval.day(date))


def _weekday(reading: WeekdayReading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    if context.anchor_date is None:
        return TimeValue(TimexType.DATE, f"XXXX-WXX-{reading.weekday + 1}", Granularity.DAY), context.anchor()
    anchor = context.anchor_date
    back = (anchor.weekday() - reading.weekday) % 7  # days back to the same weekday, on or before
    forward = (reading.weekday - anchor.weekday()) % 7  # days forward, on or after
    if reading.shift is Shift.LAST:
        offset = -(back or 7)
    elif reading.shift is Shift.NEXT:
        offset = forward or 7
    elif reading.shift is Shift.THIS:
        offset = reading.weekday - anchor.weekday()  # the same ISO week
    else:
        direction = Direction.of_tense(context.tense)
        if direction is Direction.BACKWARD:
            offset = -back
        elif direction is Direction.FORWARD:
            offset = forward
        else:
            offset = -back if back <= forward else forward
    try:
        date = anchor + dt.timedelta(days=offset)
    except OverflowError:
        # Past either end of the calendar: the weekday stays unresolved.
        return TimeValue(TimexType.DATE, f"XXXX-WXX-{reading.weekday + 1}", Granularity.DAY), context.anchor()
    return TimeValue(TimexType.DATE, date.isoformat(), Granularity.DAY, Interval.day(date)), context.anchor()


def _range(begin: TimeValue, end: TimeValue) -> TimeValue:
    """A range of two stated values: a DURATION with both ends, covering both."""
    if begin.interval is None or end.interval is None:
        return TimeValue(TimexType.DURATION, "PXY", begin.granularity, None, begin=begin, end=end)
    interval = Interval(begin.interval.start, end.interval.end)
    length = (
        f"P{end.interval.start.year - begin.interval.start.year + 1}Y"
        if begin.granularity is Granularity.YEAR
        else f"P{(interval.end - interval.start).days}D"
    )
    return TimeValue(TimexType.DURATION, length, begin.granularity, interval, begin=begin, end=end)
