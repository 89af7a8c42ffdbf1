"""The result of an analysis: a text's events placed in time, earliest first.

Every event the text reports is an entry of the timeline. Some are
*background*: a reporting event ("said", "told") whose reported event is
itself placed in time carries no information of its own on the time axis
(see :mod:`timeline.ordering.salience`). Such entries have ``salient=False``;
they stay in :attr:`Timeline.entries`, and :meth:`Timeline.view` (the default
view, which the table export and ``timeline extract`` show) leaves them out
unless asked for ``background=True``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Literal

import attrs

from timeline.model.event import Event
from timeline.model.relation import Relation
from timeline.model.time_expression import TimeExpression
from timeline.model.time_value import Interval, as_moment

__all__ = ["Entry", "Placement", "PlacementKind", "Timeline"]


class PlacementKind(enum.StrEnum):
    """How an event was placed on the time axis.

    >>> PlacementKind.DATED.is_dated
    True
    """

    #: Inside the interval of a time expression of the text (or one of its ends).
    DATED = "dated"
    #: Before the publication date; the text gives no date.
    BEFORE_PUBLICATION = "before_publication"
    #: On the publication date: what the text reports as happening "now".
    AT_PUBLICATION = "at_publication"
    #: After the publication date; the text gives no date.
    AFTER_PUBLICATION = "after_publication"
    #: Between bounds the text gives (one of them may be open), with no date of its own:
    #: "before June 6", "after the war".
    BOUNDED = "bounded"
    #: Nothing in the text places it; it is not guessed.
    UNKNOWN = "unknown"

    @property
    def is_dated(self) -> bool:
        """Whether the placement carries a calendar interval."""
        return self in (PlacementKind.DATED, PlacementKind.AT_PUBLICATION)


@attrs.frozen
class Placement:
    """Where an event lies: a calendar interval, or a side of the publication date.

    ``anchor_id`` names what placed it (a time expression id, ``t0`` for the
    publication date, or another event id) and ``rule`` the reasoning used.
    ``earliest`` and ``latest`` are the tightest bounds the text supports:
    the event starts no earlier than ``earliest`` and ends no later than
    ``latest`` (``None``: open on that side). A dated event's bounds are
    those of its interval, or tighter.

    >>> import datetime as dt
    >>> before = Placement(PlacementKind.BEFORE_PUBLICATION, None, "before 2020-06-09", "t0", "tense",
    ...                    latest=dt.datetime(2020, 6, 9))
    >>> before.label, before.earliest, before.latest
    ('before 2020-06-09', None, datetime.datetime(2020, 6, 9, 0, 0))
    """

    kind: PlacementKind
    interval: Interval | None
    label: str
    anchor_id: str | None
    rule: str
    earliest: dt.datetime | None = None
    latest: dt.datetime | None = None


@attrs.frozen
class Entry:
    """One event of the timeline with its placement.

    >>> from timeline.model.event import Aspect, EventClass, PartOfSpeech, Polarity
    >>> from timeline.model.time_expression import Tense
    >>> event = Event("e1", "spoke", 0, 5, 0, "speak", EventClass.OCCURRENCE, Tense.PAST,
    ...               Aspect.NONE, Polarity.POS, None, PartOfSpeech.VERB, "Kim spoke")
    >>> entry = Entry(event, Placement(PlacementKind.UNKNOWN, None, "unknown", None, "none"))
    >>> entry.label, entry.description, entry.salient
    ('unknown', 'Kim spoke', True)
    """

    event: Event
    placement: Placement
    #: False for background (a report whose content is an entry of its own); see the module docstring.
    salient: bool = True

    @property
    def label(self) -> str:
        """The placement as people read it: a date, a range, or a side of publication."""
        return self.placement.label

    @property
    def description(self) -> str:
        """The readable description of the event."""
        return self.event.description


_GROUP_FORMATS = {
    "day": "{0.year:04d}-{0.month:02d}-{0.day:02d}",
    "month": "{0.year:04d}-{0.month:02d}",
    "year": "{0.year:04d}",
}


@attrs.frozen
class Timeline:
    """A text's time expressions, events and relations, with its events ordered in time.

    Iterating a timeline yields its :class:`Entry` values, earliest first;
    undated events come where their tense puts them relative to the
    publication date, and events nothing places come last.

    >>> tl = Timeline(text="", publication_date=dt.date(2020, 6, 9))
    >>> len(tl), list(tl)
    (0, [])
    """

    text: str
    publication_date: dt.date | None
    sentences: tuple[tuple[int, int], ...] = ()
    expressions: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    entries: tuple[Entry, ...] = ()
    #: Relations set aside because they contradict more reliable ones (see :mod:`timeline.reasoning`).
    conflicts: tuple[Relation, ...] = ()

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def view(self, *, background: bool = False) -> tuple[Entry, ...]:
        """The default view: the salient entries in timeline order; ``background=True`` gives them all.

        >>> from timeline.model.event import Aspect, EventClass, PartOfSpeech, Polarity
        >>> from timeline.model.time_expression import Tense
        >>> said = Event("e1", "said", 0, 4, 0, "say", EventClass.REPORTING, Tense.PAST,
        ...              Aspect.NONE, Polarity.POS, None, PartOfSpeech.VERB, "He said it rained")
        >>> unknown = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "none")
        >>> tl = Timeline(text="", publication_date=None, entries=(Entry(said, unknown, salient=False),))
        >>> len(tl.view()), len(tl.view(background=True))
        (0, 1)
        """
        return tuple(entry for entry in self.entries if background or entry.salient)

    def about(self, name: str, *, background: bool = True) -> tuple[Entry, ...]:
        """Entries whose event's subject, object or named entities mention ``name`` (ignoring case).

        A person the text names in full is also found where it names them by a
        part of that name ("Steve" once the text has said "Steve Jobs"); see
        :meth:`Event.mentions`. ``background=False`` keeps to the default view
        (see :meth:`view`).

        >>> from timeline.model.event import Aspect, EventClass, PartOfSpeech, Polarity
        >>> from timeline.model.time_expression import Tense
        >>> met = Event("e1", "met", 0, 3, 0, "meet", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE,
        ...             Polarity.POS, None, PartOfSpeech.VERB, "Kim met Moon", subject="Kim")
        >>> unknown = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "none")
        >>> tl = Timeline(text="", publication_date=None, entries=(Entry(met, unknown),))
        >>> [entry.description for entry in tl.about("KIM")], tl.about("Apple")
        (['Kim met Moon'], ())
        """
        named_in_full = name.casefold() in self.text.casefold()
        return tuple(
            entry
            for entry in self.view(background=background)
            if entry.event.mentions(name, named_in_full=named_in_full)
        )

    def between(self, start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> tuple[Entry, ...]:
        """Entries whose interval overlaps ``[start, end)``, in timeline order.

        Dates mean midnight at the start of that day, so
        ``between(date(2020, 6, 1), date(2020, 7, 1))`` is the whole of June 2020.
        Undated entries are never returned.

        >>> Timeline(text="", publication_date=None).between(dt.date(2020, 1, 1), dt.date(2021, 1, 1))
        ()
        """
        window = Interval(as_moment(start), as_moment(end))
        return tuple(
            entry
            for entry in self.entries
            if entry.placement.interval is not None and entry.placement.interval.overlaps(window)
        )

    def on(self, day: dt.date) -> tuple[Entry, ...]:
        """Entries whose interval overlaps the calendar day ``day``.

        >>> Timeline(text="", publication_date=None).on(dt.date(2020, 6, 8))
        ()
        """
        window = Interval.day(day)
        return self.between(window.start, window.end)

    def before(self, moment: dt.date | dt.datetime) -> tuple[Entry, ...]:
        """Entries known to end by ``moment`` (a date means midnight at its start), in timeline order.

        An entry counts when its latest possible end is no later than ``moment``:
        an event "before June 6" is before June 6, a dated June 5 event is too,
        and an event with an open end is never returned.

        >>> Timeline(text="", publication_date=None).before(dt.date(2020, 6, 6))
        ()
        """
        limit = as_moment(moment)
        return tuple(
            entry
            for entry in self.entries
            if entry.placement.latest is not None and entry.placement.latest <= limit
        )

    def after(self, moment: dt.date | dt.datetime) -> tuple[Entry, ...]:
        """Entries known to start at or after ``moment`` (a date means midnight at its start), in order.

        >>> Timeline(text="", publication_date=None).after(dt.date(2020, 6, 6))
        ()
        """
        limit = as_moment(moment)
        return tuple(
            entry
            for entry in self.entries
            if entry.placement.earliest is not None and entry.placement.earliest >= limit
        )

    def group_by(self, unit: Literal["day", "month", "year"]) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
        """The dated entries grouped by the day, month or year their interval starts in, in order.

        Each group is ``(label, entries)`` with labels like ``"2020-06-08"``,
        ``"2020-06"`` or ``"2020"``. Entries without an interval (placed only
        relative to the publication date, bounded, or unknown) are left out.

        >>> Timeline(text="", publication_date=None).group_by("month")
        ()
        >>> Timeline(text="", publication_date=None).group_by("week")
        Traceback (most recent call last):
        ...
        ValueError: unit must be 'day', 'month' or 'year', not 'week'
        """
        if unit not in _GROUP_FORMATS:
            msg = f"unit must be 'day', 'month' or 'year', not {unit!r}"
            raise ValueError(msg)
        groups: dict[str, list[Entry]] = {}
        for entry in self.entries:
            interval = entry.placement.interval
            if interval is not None:
                groups.setdefault(_GROUP_FORMATS[unit].format(interval.start), []).append(entry)
        return tuple((label, tuple(entries)) for label, entries in sorted(groups.items()))

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index`` (character offsets in :attr:`sentences`), stripped.

        >>> Timeline(text="One. Two.", publication_date=None, sentences=((0, 4), (5, 9))).sentence_text(1)
        'Two.'
        """
        if not 0 <= index < len(self.sentences):
            return ""
        start, end = self.sentences[index]
        return self.text[start:end].strip()

    def expression(self, expression_id: str) -> TimeExpression:
        """The time expression with id ``expression_id``.

        >>> Timeline(text="", publication_date=None).expression("t9")
        Traceback (most recent call last):
        ...
        KeyError: "no time expression with id 't9'"
        """
        for expression in self.expressions:
            if expression.id == expression_id:
                return expression
        msg = f"no time expression with id {expression_id!r}"
        raise KeyError(msg)

    # Formats: thin doors to timeline.export and timeline.render, imported late (they import the model).

    def to_json(self, *, indent: int | None = 2) -> str:
        """The timeline as JSON (see :mod:`timeline.export.json` and its schema); lossless.

        >>> tl = Timeline(text="Hi.", publication_date=dt.date(2020, 6, 9))
        >>> Timeline.from_json(tl.to_json()) == tl
        True
        """
        from timeline.export.json import to_json  # noqa: PLC0415 - the export module imports this one

        return to_json(self, indent=indent)

    @classmethod
    def from_json(cls, document: str | bytes) -> Timeline:
        """The timeline that :meth:`to_json` wrote.

        >>> Timeline.from_json('{"text": "", "publication_date": "2020-06-09"}').publication_date
        datetime.date(2020, 6, 9)
        """
        from timeline.export.json import from_json  # noqa: PLC0415 - the export module imports this one

        return from_json(document)

    def to_dataframe(self) -> object:
        """The entries as a ``pandas.DataFrame`` (see :mod:`timeline.export.dataframe`; needs pandas).

        >>> len(Timeline(text="", publication_date=None).to_dataframe())
        0
        """
        from timeline.export.dataframe import to_dataframe  # noqa: PLC0415 - it imports this module

        return to_dataframe(self)

    def _repr_html_(self) -> str:
        """The picture of :func:`timeline.render`, for Jupyter."""
        from timeline.render import render  # noqa: PLC0415 - the render package imports this module

        return render(self)
