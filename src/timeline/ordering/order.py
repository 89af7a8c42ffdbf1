"""Sorting placed events into timeline order, earliest first.

Dated events go by the start of their interval, then its end. An event known
only to be before the publication date comes after every event dated earlier
and before the publication day itself; one after it, right after the
publication day. Events nothing places come last. Ties keep text order.
Entries of background events (see :mod:`timeline.ordering.salience`) are
marked ``salient=False``; they keep their place in the order.
"""

from __future__ import annotations

import datetime as dt

from timeline.model import Entry, Event, Interval, Placement, PlacementKind

__all__ = ["order_entries"]

_UNPLACED_RANK = {
    PlacementKind.BEFORE_PUBLICATION: 0,
    PlacementKind.AT_PUBLICATION: 1,
    PlacementKind.AFTER_PUBLICATION: 2,
    PlacementKind.DATED: 3,
    PlacementKind.UNKNOWN: 4,
}

_SortKey = tuple[dt.datetime, int, dt.datetime, int]


def order_entries(
    events: tuple[Event, ...],
    placements: dict[str, Placement],
    publication_date: dt.date | None,
    background: frozenset[str] = frozenset(),
) -> tuple[Entry, ...]:
    """The events as timeline entries, in timeline order; the ids in ``background`` are not salient.

    >>> order_entries((), {}, None)
    ()
    """
    publication = Interval.day(publication_date) if publication_date is not None else None

    def key(event: Event) -> _SortKey:
        placement = placements[event.id]
        if placement.interval is not None:
            return (placement.interval.start, 0, placement.interval.end, event.start)
        if publication is not None and placement.kind is PlacementKind.BEFORE_PUBLICATION:
            return (publication.start, -1, publication.start, event.start)
        if publication is not None and placement.kind is PlacementKind.AFTER_PUBLICATION:
            return (publication.end, -1, publication.end, event.start)
        # No calendar position: after everything dated, grouped by what is known.
        return (dt.datetime.max, _UNPLACED_RANK[placement.kind], dt.datetime.max, event.start)

    return tuple(
        Entry(event, placements[event.id], salient=event.id not in background)
        for event in sorted(events, key=key)
    )
