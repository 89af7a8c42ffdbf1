"""Producers of calendar readings: dates, ranges, weekdays, holidays, quarters, seasons, decades.

A producer gets the named groups of a rule's match and the language's
vocabulary, and returns a :class:`~timeline.times.readings.Reading`, or
``None`` to refuse a match that only looks like a time ("1953-1950" is no
range, "February 30" no date). Group names are shared by all rules: ``year``,
``month``, ``day``, ``weekday``, ``ordinal``, ``shift``...
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping

import dateparser

from timeline.model import Granularity, Mod
from timeline.times.readings import (
    CalendarDate,
    EraReading,
    HolidayReading,
    ModifiedReading,
    QuarterReading,
    RangeReading,
    Reading,
    SeasonReading,
    Shift,
    WeekdayReading,
)
from timeline.times.vocabulary import Vocabulary

# The producers are reached through ``producers.PRODUCERS``; these are shared with produce_relative.
__all__ = ["Groups", "calendar_date", "month_number", "shift_of"]

Groups = Mapping[str, str]

# A range written with a two-digit end ("1999-00") spans at most this many years.
_MAX_SHORT_RANGE = 20


_YEAR_WORDS = {"last year": -1, "this year": 0, "next year": 1, "the previous year": -1}


def month_number(word: str, vocabulary: Vocabulary) -> int:
    """The number of a month written in figures or as a (possibly abbreviated) name.

    >>> from timeline.times.language import load_language
    >>> month_number("Sept.", load_language("en").vocabulary)
    9
    """
    if word.isdigit():
        return int(word)
    name = word.rstrip(".")
    table = "month" if vocabulary.has("month", name) else "month_abbreviation"
    return int(vocabulary.meaning(table, name))


def shift_of(groups: Groups, vocabulary: Vocabulary) -> Shift | None:
    """The shift word of a match ("last", "next", "this"), or ``None``.

    >>> from timeline.times.language import load_language
    >>> shift_of({"shift": "coming"}, load_language("en").vocabulary)
    <Shift.NEXT: 'next'>
    """
    return Shift(vocabulary.meaning("shift", groups["shift"])) if "shift" in groups else None


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def calendar_date(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A date from ``year``, ``month`` and ``day`` groups, any of them missing; ``year_words`` "last year".

    >>> from timeline.times.language import load_language
    >>> calendar_date({"month": "June", "day": "6"}, load_language("en").vocabulary)
    CalendarDate(year=None, month=6, day=6, shift=None, year_offset=None, week=False)
    """
    year = int(groups["year"]) if "year" in groups else None
    if "spelled_year" in groups:
        year = spelled_year(groups["spelled_year"], vocabulary)
        if year is None:
            return None
    if "short_year" in groups:
        short = int(groups["short_year"])
        year = 1900 + short if short >= 30 else 2000 + short  # "10/26/89" is 1989, "06/06/20" 2020
    month = month_number(groups["month"], vocabulary) if "month" in groups else None
    day = _day_number(groups["day"]) if "day" in groups else None
    if month is not None and not 1 <= month <= 12:
        return None
    # February 29 exists only in leap years; without a year, any leap year will do.
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    year_offset = None
    if "year_words" in groups:
        year_offset = _YEAR_WORDS.get(" ".join(groups["year_words"].lower().split()))
    reading = CalendarDate(
        year=year,
        month=month,
        day=day,
        shift=shift_of(groups, vocabulary),
        year_offset=year_offset,
        week="week" in groups,
    )
    if "open" in groups:
        # "1994 or later", "1990 and beyond": the year and all after (or before) it.
        backward = groups["open"].lower().split()[-1] in ("earlier", "before")
        return ModifiedReading(reading, Mod.ON_OR_BEFORE if backward else Mod.ON_OR_AFTER)
    return reading


def spelled_year(text: str, vocabulary: Vocabulary) -> int | None:
    """A year in words: "nineteen ninety-six" is 1996, "two thousand" 2000, "two thousand and one" 2001."""
    words = " ".join(text.lower().replace("-", " ").split()).split(" ")
    if words[:2] == ["two", "thousand"]:
        rest = [word for word in words[2:] if word != "and"]
        tail = sum(int(vocabulary.meaning("number", word)) for word in rest) if rest else 0
        return 2000 + tail
    if not words or not vocabulary.has("number", words[0]):
        return None
    century = int(vocabulary.meaning("number", words[0]))
    rest = words[1:]
    if not 10 <= century <= 20 or not rest or not all(vocabulary.has("number", word) for word in rest):
        return None
    return century * 100 + sum(int(vocabulary.meaning("number", word)) for word in rest)


# dateparser's settings for a whole date in an unusual format: all three parts required,
# nothing guessed, no time zone; the language is the rules' own.
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}


def parsed_date(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A whole date in a format the rules do not spell out, read by dateparser ("6-Jun-2020")."""
    del vocabulary
    parsed = dateparser.parse(groups["text"], languages=["en"], settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        return None
    return CalendarDate(year=parsed.year, month=parsed.month, day=parsed.day)


def numeric_date(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A date written in figures, month first ("10/26/89", "6/6/2020")."""
    return calendar_date(groups, vocabulary)


def year_range(groups: Groups, _vocabulary: Vocabulary) -> Reading | None:
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


def date_range(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Two days of one stretch: "June 6-9", "from June 6 to July 2, 2020"."""
    begin = calendar_date({key: groups[key] for key in ("month", "day", "year") if key in groups}, vocabulary)
    end_groups = {"month": groups.get("end_month", groups["month"]), "day": groups["end_day"]}
    if "year" in groups:
        end_groups["year"] = groups["year"]
    end = calendar_date(end_groups, vocabulary)
    if not isinstance(begin, CalendarDate) or not isinstance(end, CalendarDate):
        return None
    if (end.month, end.day) <= (begin.month, begin.day):
        return None
    return RangeReading(begin, end)


def anaphoric_weekday(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A weekday counted from the date in focus: "the previous Friday", "the following Monday"."""
    forward = groups["step"].lower() in ("following", "next")
    day = int(vocabulary.meaning("weekday", groups["weekday"]))
    return WeekdayReading(day, Shift.NEXT if forward else Shift.LAST, anaphoric=True)


def weekday(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A weekday with an optional shift word."""
    return WeekdayReading(int(vocabulary.meaning("weekday", groups["weekday"])), shift_of(groups, vocabulary))


def quarter(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Quarters and halves: "the third quarter", "the first half of 1990", "the year-ago quarter"."""
    unit = (
        Granularity.HALF if groups.get("unit", "quarter").lower().startswith("half") else Granularity.QUARTER
    )
    number = None
    last = 4 if unit is Granularity.QUARTER else 2
    if groups.get("ordinal", "").lower() == "last":
        # "the last half of 1989" is the second half; without a year, "the last quarter" is the latest.
        if not (groups.get("year") or groups.get("year_after")):
            return QuarterReading(None, None, unit, 0, "latest")
        number = last
    elif "ordinal" in groups:
        number = int(vocabulary.meaning("ordinal", groups["ordinal"]))
    elif "number" in groups:
        number = int(groups["number"])
    if number is not None and not 1 <= number <= (4 if unit is Granularity.QUARTER else 2):
        return None
    stated = groups.get("year") or groups.get("year_after")
    year = int(stated) if stated else None
    context = " ".join(groups.get("context", "").lower().replace("-", " ").split())
    year_offset = -1 if context in _YEAR_BACK_CONTEXTS else 0
    which = _QUARTER_CONTEXTS.get(context, "focus")
    publication_year = None
    if "shift" in groups:
        # "next year's first quarter": the year counts from the publication date's.
        publication_year = {"last": -1, "this": 0, "next": 1}[vocabulary.meaning("shift", groups["shift"])]
    return QuarterReading(number, year, unit, year_offset, which, publication_year)


_YEAR_BACK_CONTEXTS = frozenset(
    {
        "year ago",
        "year earlier",
        "prior year",
        "previous year's",
        "year before",
        "last year",
        "a year ago",
        "a year earlier",
        "the previous year",
        "the prior year",
    }
)


_QUARTER_CONTEXTS = {"latest": "latest", "past": "latest", "most recent": "latest", "current": "current"}


def season(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Seasons: "last fall", "this summer", "spring 2020"."""
    code = str(vocabulary.meaning("season", groups["season"]))
    year = int(groups["year"]) if "year" in groups else None
    if "spelled_year" in groups:
        year = spelled_year(groups["spelled_year"], vocabulary)
    reading = SeasonReading(code, year, shift_of(groups, vocabulary))
    if "part" in groups:
        # "the early summer", "the late fall"
        return ModifiedReading(reading, Mod.START if groups["part"].lower() == "early" else Mod.END)
    return reading


def decade(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Decades: "the 1990s", "the '90s", "the nineties"."""
    if "decade_year" in groups:
        first = int(groups["decade_year"])
    elif "short_decade" in groups:
        short = int(groups["short_decade"])
        first = 1900 + short
    else:
        first = 1900 + 10 * int(vocabulary.meaning("decade_word", groups["decade_word"]))
    if first % 10:
        return None
    return EraReading(first, Granularity.DECADE)


def century(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Centuries: "the 20th century", "the nineteenth century"."""
    if "century_number" in groups:
        number = int(groups["century_number"].rstrip("stndrh"))
    else:
        number = int(vocabulary.meaning("century_ordinal", groups["century_ordinal"]))
    if not 1 <= number <= 99:
        return None
    return (
        EraReading((number - 1) * 100, Granularity.CENTURY)
        if number > 1
        else EraReading(1, Granularity.CENTURY)
    )


def holiday(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Holidays on a weekday of a month ("Thanksgiving") or counted from Easter ("Good Friday")."""
    year = int(groups["year"]) if "year" in groups else None
    shift = shift_of(groups, vocabulary)
    if "easter" in groups:
        offset = int(vocabulary.meaning("easter_holiday", groups["easter"]))
        return HolidayReading(easter_offset=offset, year=year, shift=shift, week="week" in groups)
    month, weekday, nth, first_day = (
        int(part) for part in vocabulary.meaning("weekday_holiday", groups["holiday"])
    )
    return HolidayReading(month=month, weekday=weekday, nth=nth, first_day=first_day, year=year, shift=shift)


def fixed_holiday(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A holiday on a fixed day ("Christmas"), in a stated year or the one the tense gives."""
    month, day = vocabulary.meaning("fixed_holiday", groups["holiday"])
    year = int(groups["year"]) if "year" in groups else None
    return CalendarDate(year=year, month=int(month), day=int(day))
