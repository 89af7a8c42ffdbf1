"""The day a text states right after a clock time: "8 a.m. on Sunday", "from 8 a.m. to 6 p.m. Sunday".

News gives the clock time first and the day after it, as a separate
expression ("at 3:45 p.m. EDT on Monday"). The clock time then lies on that
day, not on the publication date; a clock time joined to a following one by
"and", "to" or a dash shares its day ("between 8 a.m. and 6 p.m. on Sunday").
This step runs on the recognized matches, before resolution, and gives such
clock readings the day reading of the expression that follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from timeline.model import Granularity
from timeline.times.readings import CalendarDate, RelativeReading, TimeOfDayReading, WeekdayReading
from timeline.times.rules import Match

__all__ = ["with_following_days"]

# What may stand between a clock time and the day that follows it, and between two clock times of one day.
_BEFORE_DAY = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)
_BETWEEN_CLOCKS = re.compile(r"\s*(?:and|to|until|till|through|-|\u2013)\s*", re.IGNORECASE)

DayReading = CalendarDate | WeekdayReading | RelativeReading


def with_following_days(text: str, matches: Sequence[Match]) -> tuple[Match, ...]:
    """``matches`` with each dayless clock time given the day stated right after it, if any.

    >>> from timeline.times.language import load_language
    >>> from timeline.times.rules import Recognizer
    >>> english = load_language("en")
    >>> text = "Polls open between 8 a.m. and 6 p.m. on Sunday."
    >>> found = Recognizer(english.rules, english.vocabulary).find(text)
    >>> [(text[m.start : m.end], type(m.reading.day).__name__) for m in with_following_days(text, found)[:2]]
    [('8 a.m.', 'WeekdayReading'), ('6 p.m.', 'WeekdayReading')]
    """
    result = list(matches)
    # From the end, so that a day passes back along a chain of clock times.
    for index in range(len(result) - 2, -1, -1):
        match, following = result[index], result[index + 1]
        clock = match.reading
        if not isinstance(clock, TimeOfDayReading) or clock.hour is None or clock.day is not None:
            continue
        between = text[match.end : following.start]
        day: DayReading | None = None
        if _BEFORE_DAY.fullmatch(between):
            day = _day_of(following)
        elif _BETWEEN_CLOCKS.fullmatch(between) and isinstance(following.reading, TimeOfDayReading):
            day = following.reading.day
        if day is not None:
            result[index] = attrs.evolve(match, reading=attrs.evolve(clock, day=day))
    return tuple(result)


def _day_of(match: Match) -> DayReading | None:
    """The reading of ``match`` if it names one day ("Sunday", "June 6", "tomorrow")."""
    reading = match.reading
    if isinstance(reading, WeekdayReading):
        return reading
    if isinstance(reading, CalendarDate) and reading.day is not None:
        return reading
    if isinstance(reading, RelativeReading) and reading.unit is Granularity.DAY and not reading.weekend:
        return reading
    return None
