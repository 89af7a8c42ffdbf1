"""A time expression found in a text, with its meaning and how that meaning was reached.

Every :class:`TimeExpression` can be explained: it keeps the rule that found
it and the :class:`Anchor` its value was resolved against, so "Monday" ->
``2020-06-08`` reads as "rule ``weekday``, resolved against the publication
date 2020-06-09, past tense".
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from timeline.model.time_value import TimeValue

__all__ = ["Anchor", "AnchorKind", "Tense", "TimeExpression"]


class Tense(enum.StrEnum):
    """Grammatical tense, in TimeML's vocabulary (also used for events).

    >>> Tense("PAST") is Tense.PAST
    True
    """

    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    NONE = "NONE"
    INFINITIVE = "INFINITIVE"
    PRESPART = "PRESPART"
    PASTPART = "PASTPART"


class AnchorKind(enum.StrEnum):
    """What a value was resolved against.

    >>> AnchorKind.PUBLICATION_DATE.value
    'publication_date'
    """

    #: The value needed no anchor ("June 6, 2020", "1950").
    NONE = "none"
    #: The publication date of the text (news policy).
    PUBLICATION_DATE = "publication_date"
    #: Another time expression of the text (narrative policy).
    EXPRESSION = "expression"


@attrs.frozen
class Anchor:
    """The reference a relative expression was resolved against.

    >>> Anchor.publication(dt.date(2020, 6, 9), Tense.PAST).describe()
    'publication date 2020-06-09, past tense'
    """

    kind: AnchorKind
    date: dt.date | None = None
    expression_id: str | None = None
    tense: Tense | None = None

    @classmethod
    def publication(cls, date: dt.date, tense: Tense | None) -> Anchor:
        """An anchor on the publication date, with the tense that chose the direction."""
        return cls(AnchorKind.PUBLICATION_DATE, date=date, tense=tense)

    @classmethod
    def absolute(cls) -> Anchor:
        """No anchor: the expression says its own date.

        >>> Anchor.absolute().describe()
        'none (absolute)'
        """
        return cls(AnchorKind.NONE)

    def describe(self) -> str:
        """A short readable account of the anchor."""
        if self.kind is AnchorKind.NONE:
            return "none (absolute)"
        where = (
            f"publication date {self.date.isoformat()}"
            if self.kind is AnchorKind.PUBLICATION_DATE and self.date is not None
            else f"expression {self.expression_id}"
        )
        if self.kind is AnchorKind.PUBLICATION_DATE and self.date is None:
            where = "publication date (unknown)"
        if self.tense is None or self.tense is Tense.NONE:
            return where
        return f"{where}, {self.tense.value.lower()} tense"


@attrs.frozen
class TimeExpression:
    """A temporal expression of the text and its normalized value.

    ``start`` and ``end`` are character offsets into the analysed text, and
    ``text[start:end] == expression.text`` always holds. A range ("from June 6
    to June 9", "1950-1953") keeps its two ends as ``parts``, each an expression
    of its own with its own offsets (TimeML annotates them as two TIMEX3).

    >>> from timeline.model.time_value import Granularity, Interval, TimexType
    >>> monday = TimeExpression(
    ...     id="t1", text="Monday", start=3, end=9, sentence=0,
    ...     value=TimeValue(TimexType.DATE, "2020-06-08", Granularity.DAY,
    ...                     Interval.day(dt.date(2020, 6, 8))),
    ...     anchor=Anchor.publication(dt.date(2020, 6, 9), Tense.PAST),
    ...     rule="weekday",
    ... )
    >>> monday.explain()
    "'Monday' -> DATE 2020-06-08 by rule weekday, anchored on publication date 2020-06-09, past tense"
    """

    id: str
    text: str
    start: int
    end: int
    sentence: int
    value: TimeValue
    anchor: Anchor
    rule: str
    parts: tuple[TimeExpression, ...] = ()

    def explain(self) -> str:
        """One line saying what the expression means and why."""
        return (
            f"{self.text!r} -> {self.value.type.value} {self.value.describe()} "
            f"by rule {self.rule}, anchored on {self.anchor.describe()}"
        )
