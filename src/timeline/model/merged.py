"""One timeline built from several documents: each entry is an event and its mentions across them.

:func:`timeline.merge` builds a :class:`MergedTimeline`; this module holds
the values it returns. An entry's placement is the tightest one its
mentions agree on; its description is that of its first mention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from timeline.model.event import Event
from timeline.model.time_value import Interval, as_moment
from timeline.model.timeline import Entry, Placement, Timeline

__all__ = ["Mention", "MergedEntry", "MergedTimeline"]


@attrs.frozen
class Mention:
    """One document's mention of an event: the document's index in the merge and its entry.

    >>> from timeline.model.timeline import PlacementKind
    >>> from timeline.model.event import Aspect, Event, EventClass, PartOfSpeech, Polarity
    >>> from timeline.model.time_expression import Tense
    >>> met = Event("e1", "met", 0, 3, 0, "meet", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE,
    ...             Polarity.POS, None, PartOfSpeech.VERB, "Kim met Moon")
    >>> Mention(0, Entry(met, Placement(PlacementKind.UNKNOWN, None, "unknown", None, "r"))).event.text
    'met'
    """

    document: int
    entry: Entry

    @property
    def event(self) -> Event:
        """The event mentioned."""
        return self.entry.event


@attrs.frozen
class MergedEntry:
    """An event of the merged timeline: its mentions (at least one) and their common placement.

    >>> from timeline.model.timeline import PlacementKind
    >>> from timeline.model.event import Aspect, Event, EventClass, PartOfSpeech, Polarity
    >>> from timeline.model.time_expression import Tense
    >>> met = Event("e1", "met", 0, 3, 0, "meet", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE,
    ...             Polarity.POS, None, PartOfSpeech.VERB, "Kim met Moon")
    >>> unknown = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "r")
    >>> entry = MergedEntry((Mention(0, Entry(met, unknown)),), unknown)
    >>> entry.description, entry.label, entry.documents
    ('Kim met Moon', 'unknown', (0,))
    """

    mentions: tuple[Mention, ...]
    placement: Placement

    @property
    def description(self) -> str:
        """The description of the first mention."""
        return self.mentions[0].entry.description

    @property
    def label(self) -> str:
        """The common placement as people read it."""
        return self.placement.label

    @property
    def documents(self) -> tuple[int, ...]:
        """The indices of the documents that mention the event, in order."""
        return tuple(sorted({mention.document for mention in self.mentions}))

    @property
    def salient(self) -> bool:
        """Whether any mention is salient (see :meth:`Timeline.view`)."""
        return any(mention.entry.salient for mention in self.mentions)

    def mentions_name(self, name: str, named_in_full: frozenset[int] = frozenset()) -> bool:
        """Whether any mention's subject, object or named entities mention ``name``.

        ``named_in_full`` holds the indices of the documents that name ``name``
        in full: as in :meth:`Timeline.about`, a person such a document names
        in full is also found in it by a part of that name ("Steve" for "Steve Jobs").

        >>> from timeline.model import PlacementKind
        >>> MergedEntry((), Placement(PlacementKind.UNKNOWN, None, "unknown", None, "r")).mentions_name("Kim")
        False
        """
        return any(
            mention.event.mentions(name, named_in_full=mention.document in named_in_full)
            for mention in self.mentions
        )


@attrs.frozen
class MergedTimeline:
    """The timelines of several documents as one, events clustered across documents, earliest first.

    >>> merged = MergedTimeline((), ())
    >>> len(merged), merged.between(dt.date(2020, 1, 1), dt.date(2021, 1, 1))
    (0, ())
    """

    timelines: tuple[Timeline, ...]
    entries: tuple[MergedEntry, ...]

    def __iter__(self) -> Iterator[MergedEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def view(self, *, background: bool = False) -> tuple[MergedEntry, ...]:
        """The salient entries; ``background=True`` gives them all (see :meth:`Timeline.view`).

        >>> MergedTimeline((), ()).view()
        ()
        """
        return tuple(entry for entry in self.entries if background or entry.salient)

    def about(self, name: str, *, background: bool = True) -> tuple[MergedEntry, ...]:
        """Entries any of whose mentions involve ``name`` (see :meth:`Timeline.about`).

        >>> MergedTimeline((), ()).about("Kim")
        ()
        """
        wanted = name.casefold()
        named = frozenset(index for index, tl in enumerate(self.timelines) if wanted in tl.text.casefold())
        return tuple(entry for entry in self.view(background=background) if entry.mentions_name(name, named))

    def between(self, start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> tuple[MergedEntry, ...]:
        """Entries whose interval overlaps ``[start, end)`` (see :meth:`Timeline.between`).

        >>> MergedTimeline((), ()).between(dt.date(2020, 6, 1), dt.date(2020, 7, 1))
        ()
        """
        window = Interval(as_moment(start), as_moment(end))
        return tuple(
            entry
            for entry in self.entries
            if entry.placement.interval is not None and entry.placement.interval.overlaps(window)
        )

    def on(self, day: dt.date) -> tuple[MergedEntry, ...]:
        """Entries whose interval overlaps the calendar day ``day``.

        >>> MergedTimeline((), ()).on(dt.date(2020, 6, 8))
        ()
        """
        window = Interval.day(day)
        return self.between(window.start, window.end)
