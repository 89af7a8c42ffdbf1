"""Placing each event on the time axis from its links, the most reliable link first.

1. A link to a time expression with a calendar interval dates the event
   (``IS_INCLUDED``, ``DURING``, ``SIMULTANEOUS``).
2. Dates spread along event-event links: an event within or simultaneous with
   a dated event gets its interval; one that ends (begins) a dated event gets
   the last (first) unit of its interval.
3. An event still undated is placed by its link to the publication date:
   before, on, or after it; placements of that kind spread along
   ``SIMULTANEOUS`` links too.
4. Anything else that the temporal graph bounds (an event "before June 6",
   one after a dated event) is ``BOUNDED``: it keeps open bounds, never an
   invented date.
5. Anything else is ``UNKNOWN``: flagged, never guessed.

Every placement then carries the tightest bounds the graph supports
(``earliest`` start, ``latest`` end; see :mod:`timeline.reasoning.graph`).
"""

from __future__ import annotations

import datetime as dt

import attrs

from timeline.model import (
    PUBLICATION_DATE_ID,
    Event,
    Granularity,
    Interval,
    Placement,
    PlacementKind,
    Relation,
    RelType,
    TimeExpression,
)
from timeline.reasoning.graph import TemporalGraph

__all__ = ["place_events", "with_bounds"]

_WITHIN = frozenset({RelType.IS_INCLUDED, RelType.DURING, RelType.SIMULTANEOUS, RelType.IDENTITY})
_AT_PUBLICATION = frozenset({RelType.INCLUDES, RelType.IS_INCLUDED, RelType.SIMULTANEOUS, RelType.DURING})


def place_events(
    events: tuple[Event, ...],
    expressions: tuple[TimeExpression, ...],
    relations: tuple[Relation, ...],
    publication_date: dt.date | None,
    graph: TemporalGraph | None = None,
) -> dict[str, Placement]:
    """The placement of every event, by event id, with its bounds from ``graph`` if given.

    >>> place_events((), (), (), None)
    {}
    """
    times = {expression.id: expression for expression in expressions}
    placed: dict[str, Placement] = {}
    for relation in relations:
        expression = times.get(relation.target)
        if relation.rel_type in _WITHIN and expression is not None and relation.source not in placed:
            placement = _from_time(expression, relation.rule)
            if placement is not None:
                placed[relation.source] = placement
    _spread(relations, placed)
    for relation in relations:
        if relation.target == PUBLICATION_DATE_ID and relation.source not in placed:
            placed[relation.source] = _from_publication(relation, publication_date)
    _spread(relations, placed)
    for event in events:
        placed.setdefault(event.id, Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link"))
    if graph is not None:
        for event in events:
            placed[event.id] = with_bounds(placed[event.id], *graph.bounds(event.id))
    return placed


def with_bounds(placement: Placement, earliest: dt.datetime | None, latest: dt.datetime | None) -> Placement:
    """``placement`` with the tightest of its own bounds and the given ones; an unknown one becomes bounded.

    >>> unknown = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link")
    >>> bounded = with_bounds(unknown, None, dt.datetime(2020, 6, 6))
    >>> bounded.kind.value, bounded.label
    ('bounded', 'before 2020-06-06')
    """
    given = (earliest, latest)
    for own_earliest in (placement.earliest, placement.interval.start if placement.interval else None):
        if own_earliest is not None:
            earliest = own_earliest if earliest is None else max(earliest, own_earliest)
    for own_latest in (placement.latest, placement.interval.end if placement.interval else None):
        if own_latest is not None:
            latest = own_latest if latest is None else min(latest, own_latest)
    if earliest is not None and latest is not None and earliest >= latest and given != (None, None):
        # The given bounds contradict the placement's own (mentions of one event that disagree):
        # the placement keeps its own.
        return with_bounds(placement, None, None)
    if placement.kind is PlacementKind.UNKNOWN and (earliest is not None or latest is not None):
        return Placement(
            PlacementKind.BOUNDED,
            None,
            _bounds_label(earliest, latest),
            None,
            "graph-bounds",
            earliest,
            latest,
        )
    return attrs.evolve(placement, earliest=earliest, latest=latest)


def _bounds_label(earliest: dt.datetime | None, latest: dt.datetime | None) -> str:
    if earliest is not None and latest is not None:
        return f"between {_moment(earliest)} and {_moment(latest)}"
    if latest is not None:
        return f"before {_moment(latest)}"
    return f"from {_moment(earliest)}" if earliest is not None else "unknown"


def _moment(moment: dt.datetime) -> str:
    """A bound as people read it: a day when it falls at midnight."""
    if moment in (dt.datetime.max, dt.datetime.min):
        return "the end of time" if moment == dt.datetime.max else "the start of time"
    if moment.time() == dt.time():
        return moment.date().isoformat()
    return moment.isoformat(timespec="minutes")


def _from_time(expression: TimeExpression, rule: str) -> Placement | None:
    interval = expression.value.interval
    if interval is None:
        return None
    return Placement(PlacementKind.DATED, interval, expression.value.describe(), expression.id, rule)


def _from_publication(relation: Relation, publication_date: dt.date | None) -> Placement:
    day = publication_date.isoformat() if publication_date is not None else "publication"
    if relation.rel_type in (RelType.BEFORE, RelType.IBEFORE):
        return Placement(
            PlacementKind.BEFORE_PUBLICATION, None, f"before {day}", PUBLICATION_DATE_ID, relation.rule
        )
    if relation.rel_type in (RelType.AFTER, RelType.IAFTER):
        return Placement(
            PlacementKind.AFTER_PUBLICATION, None, f"after {day}", PUBLICATION_DATE_ID, relation.rule
        )
    if relation.rel_type in _AT_PUBLICATION:
        interval = Interval.day(publication_date) if publication_date is not None else None
        return Placement(PlacementKind.AT_PUBLICATION, interval, day, PUBLICATION_DATE_ID, relation.rule)
    return Placement(PlacementKind.UNKNOWN, None, "unknown", None, relation.rule)


def _spread(relations: tuple[Relation, ...], placed: dict[str, Placement]) -> None:
    """Carry placements along event-event links until nothing changes."""
    for _ in range(len(relations) + 1):
        changed = False
        for relation in relations:
            if relation.target == PUBLICATION_DATE_ID:
                continue
            for source, target, rel_type in (
                (relation.source, relation.target, relation.rel_type),
                (relation.target, relation.source, relation.rel_type.inverse()),
            ):
                if source in placed or target not in placed:
                    continue
                derived = _derive(placed[target], rel_type, relation.rule, target)
                if derived is not None:
                    placed[source] = derived
                    changed = True
        if not changed:
            return


def _derive(other: Placement, rel_type: RelType, rule: str, other_id: str) -> Placement | None:
    """The placement of an event that stands in ``rel_type`` to an event placed at ``other``."""
    if other.kind is PlacementKind.UNKNOWN:
        return None
    if rel_type in (RelType.IS_INCLUDED, RelType.DURING, RelType.SIMULTANEOUS, RelType.IDENTITY):
        return Placement(other.kind, other.interval, other.label, other_id, rule)
    if rel_type in (RelType.ENDS, RelType.BEGINS) and other.interval is not None:
        granularity = _granularity_of(other.interval)
        point = (
            other.interval.ending_point(granularity)
            if rel_type is RelType.ENDS
            else other.interval.starting_point(granularity)
        )
        return Placement(PlacementKind.DATED, point, _label(point, granularity), other_id, rule)
    return None


def _granularity_of(interval: Interval) -> Granularity:
    start, end = interval.start, interval.end
    if start.month == 1 and start.day == 1 and end.month == 1 and end.day == 1 and end.year > start.year:
        return Granularity.YEAR
    if start.day == 1 and end.day == 1 and (end - start).days >= 28:
        return Granularity.MONTH
    return Granularity.DAY


def _label(interval: Interval, granularity: Granularity) -> str:
    if granularity is Granularity.YEAR:
        return f"{interval.start.year:04d}"
    if granularity is Granularity.MONTH:
        return f"{interval.start.year:04d}-{interval.start.month:02d}"
    return interval.start.date().isoformat()
