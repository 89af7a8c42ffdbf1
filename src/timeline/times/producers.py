"""Producers: from the named groups of a rule's match to a reading.

A rule in a language's ``rules.toml`` names its producer in ``reading``. A
producer gets the match's groups and the language's vocabulary, and returns a
:class:`~timeline.times.readings.Reading`, or ``None`` to refuse a match that
only looks like a time ("1953-1950" is no range).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping

from timeline.model import Granularity
from timeline.times.readings import (
    CalendarDate,
    RangeReading,
    Reading,
    RecurrenceReading,
    Shift,
    WeekdayReading,
)
from timeline.times.vocabulary import Vocabulary

__all__ = ["PRODUCERS", "Producer"]

Producer = Callable[[Mapping[str, str], Vocabulary], Reading | None]

# A range written with a two-digit end ("1999-00") spans at most this many years.
_MAX_SHORT_RANGE = 20


def _month(word: str, vocabulary: Vocabulary) -> int:
    if word.isdigit():
        return int(word)
    name = word.rstrip(".")
    table = "month" if vocabulary.has("month", name) else "month_abbreviation"
    return int(vocabulary.meaning(table, name))


def calendar_date(groups: Mapping[str, str], vocabulary: Vocabulary) -> Reading | None:
    """A date from ``year``, ``month`` and ``day`` groups, any of them missing."""
    year = int(groups["year"]) if "year" in groups else None
    month = _month(groups["month"], vocabulary) if "month" in groups else None
    day = int(groups["day"]) if "day" in groups else None
    if day is not None and month is not None:
        # February 29 exists only in leap years; without a year, any leap year will do.
        longest = calendar.monthrange(year if year is not None else 2000, month)[1]
        if day > longest:
            return None
    return CalendarDate(year=year, month=month, day=day)


def year_range(groups: Mapping[str, str], _vocabulary: Vocabulary) -> Reading | None:
    """A range of years; a two-digit end takes the century of the start ("1998-99")."""
    first = int(groups["first"])
    last_text = groups["last"]
    if len(last_text) == 4:
        last = int(last_text)
    else:
        # "1998-99" stays in the century; "1999-00" crosses into the next one.
        last = first - first % 100 + int(last_text)
        if last <= first:
            last += 100
        if last - first > _MAX_SHORT_RANGE:
            return None
    if last <= first:
        return None
    return RangeReading(CalendarDate(year=first), CalendarDate(year=last))


def weekday(groups: Mapping[str, str], vocabulary: Vocabulary) -> Reading | None:
    """A weekday with an optional shift word."""
    shift = Shift(vocabulary.meaning("shift", groups["shift"])) if "shift" in groups else None
    return WeekdayReading(int(vocabulary.meaning("weekday", groups["weekday"])), shift)


def recurrence(groups: Mapping[str, str], vocabulary: Vocabulary) -> Reading | None:
    """A set word ("daily") and its period."""
    period, granularity = vocabulary.meaning("recurrence", groups["recurrence"])
    return RecurrenceReading(str(period), Granularity(granularity))


#: Producers by the name rules use in ``reading``.
PRODUCERS: Mapping[str, Producer] = {
    "calendar_date": calendar_date,
    "year_range": year_range,
    "weekday": weekday,
    "recurrence": recurrence,
}
