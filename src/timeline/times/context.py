"""What a reading is resolved against: policy, anchor date, tense, and the last date the text mentioned."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from timeline.model import Anchor, AnchorKind, Granularity, Tense, TimeValue

__all__ = ["AnchoringPolicy", "Direction", "ResolutionContext"]


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
    """What a reading is resolved against.

    ``anchor_date`` is the publication date (news) or the last stated date
    (narrative; then ``anchor_id`` names its expression). ``previous`` is the
    last dated value the text mentioned, with its id: anaphoric readings ("a
    year earlier", "the next day") count from it whatever the policy.
    ``period`` is the last reporting period (quarter or half) it mentioned, the
    one business news compares with ("the quarter", "a year ago").

    >>> ResolutionContext(dt.date(2020, 6, 9), Tense.PAST).anchor().describe()
    'publication date 2020-06-09, past tense'
    """

    anchor_date: dt.date | None
    tense: Tense | None = None
    anchor_id: str | None = None
    previous: TimeValue | None = None
    previous_id: str | None = None
    period: TimeValue | None = None
    period_id: str | None = None

    @property
    def direction(self) -> Direction:
        """The direction the tense gives."""
        return Direction.of_tense(self.tense)

    def anchor(self) -> Anchor:
        """The :class:`Anchor` record of the main anchor."""
        if self.anchor_id is not None:
            return Anchor(AnchorKind.EXPRESSION, self.anchor_date, self.anchor_id, self.tense)
        return Anchor(AnchorKind.PUBLICATION_DATE, self.anchor_date, None, self.tense)

    def anaphoric(self) -> tuple[dt.date | None, Granularity | None, Anchor]:
        """The day, granularity and anchor an anaphoric reading counts from.

        The last mentioned dated value where there is one, else the main anchor.

        >>> ResolutionContext(dt.date(2020, 6, 9)).anaphoric()[0]
        datetime.date(2020, 6, 9)
        """
        previous = self.previous
        if previous is not None and previous.interval is not None and self.previous_id is not None:
            anchor = Anchor(
                AnchorKind.EXPRESSION, previous.interval.start.date(), self.previous_id, self.tense
            )
            return previous.interval.start.date(), previous.granularity, anchor
        return self.anchor_date, None, self.anchor()

    def reporting_period(self) -> tuple[dt.date, Granularity, Anchor] | None:
        """The start, granularity and anchor of the last quarter or half the text mentioned, if any.

        >>> ResolutionContext(dt.date(2020, 6, 9)).reporting_period() is None
        True
        """
        period = self.period
        if period is None or period.interval is None or period.granularity is None or self.period_id is None:
            return None
        start = period.interval.start.date()
        return start, period.granularity, Anchor(AnchorKind.EXPRESSION, start, self.period_id, self.tense)
