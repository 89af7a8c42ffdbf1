"""Sorting placed events into timeline order, earliest first, consistent with every link.

The order is a topological order of the temporal graph's points (see
:mod:`timeline.reasoning.graph`), so it never contradicts a ``BEFORE`` the
links entail: if a is before b, a's start comes first. Among the points free
to come next, the earliest by the calendar goes first: a point's calendar
key is its earliest moment, or, when only its latest moment is known (an
event "before June 9"), just before that moment. Events with no calendar
position come after everything dated, grouped by what is known of them
(before, at, after publication, then unknown), in text order. Events are
then sorted by where their start point falls in that order, then their end.
Entries of background events (see :mod:`timeline.ordering.salience`) are
marked ``salient=False``; they keep their place in the order.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping, Sequence

from timeline.model import Entry, Event, Placement, PlacementKind
from timeline.reasoning.digraph import topological_order
from timeline.reasoning.graph import TemporalGraph, build_graph
from timeline.reasoning.points import End

__all__ = ["linear_order", "order_entries"]

_UNPLACED_RANK = {
    PlacementKind.BEFORE_PUBLICATION: 0,
    PlacementKind.AT_PUBLICATION: 1,
    PlacementKind.AFTER_PUBLICATION: 2,
    PlacementKind.BOUNDED: 3,
    PlacementKind.DATED: 3,
    PlacementKind.UNKNOWN: 4,
}

# Calendar moment, then -1 for "just before it" / 0 for "at it" / rank of the unplaced, then text position.
_Key = tuple[dt.datetime, int, int]
_NO_TEXT = sys.maxsize


def order_entries(
    events: tuple[Event, ...],
    placements: Mapping[str, Placement],
    graph: TemporalGraph | None = None,
    background: frozenset[str] = frozenset(),
) -> tuple[Entry, ...]:
    """The events as timeline entries, in timeline order; the ids in ``background`` are not salient.

    Without a ``graph``, one is built from the events alone (no links).

    >>> order_entries((), {})
    ()
    """
    if graph is None:
        graph = build_graph(dict.fromkeys(event.id for event in events), ())
    by_id = {event.id: event for event in events}
    items = [(event.id, placements[event.id], event.start) for event in events]
    return tuple(
        Entry(by_id[node], placements[node], salient=node not in background)
        for node in linear_order(graph, items)
    )


def linear_order(graph: TemporalGraph, items: Sequence[tuple[str, Placement, int]]) -> list[str]:
    """The ids of ``items`` (id, placement, text position) in timeline order over ``graph``.

    >>> from timeline.model import PlacementKind
    >>> unknown = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "r")
    >>> linear_order(build_graph({"b": None, "a": None}, ()), [("b", unknown, 9), ("a", unknown, 1)])
    ['a', 'b']
    """
    keys = _component_keys(graph, items)
    position = [0] * len(keys)
    for rank, component in enumerate(topological_order(graph.successors, keys.__getitem__)):
        position[component] = rank

    def key(item: tuple[str, Placement, int]) -> tuple[int, int, int]:
        start, end = graph.point(item[0], End.START), graph.point(item[0], End.END)
        return (position[start], position[end], item[2])

    return [item[0] for item in sorted(items, key=key)]


def _component_keys(graph: TemporalGraph, items: Sequence[tuple[str, Placement, int]]) -> list[_Key]:
    """The calendar key of every component of the graph's points.

    A component holding an event's start takes the event's own key (from its
    placement); any other takes its calendar bounds.
    """
    keys: list[_Key] = []
    for lower, upper in zip(graph.lower, graph.upper, strict=True):
        if lower is not None:
            keys.append((lower, 0, _NO_TEXT))
        elif upper is not None:
            keys.append((upper, -1, _NO_TEXT))
        else:
            keys.append((dt.datetime.max, _UNPLACED_RANK[PlacementKind.UNKNOWN], _NO_TEXT))
    claimed: set[int] = set()
    for node, placement, text_position in items:
        component = graph.point(node, End.START)
        own = _event_key(placement, text_position)
        keys[component] = min(keys[component], own) if component in claimed else own
        claimed.add(component)
    # A point must come before its successors, so it is due no later than they are: an undated
    # event "before the war" is due when the war is.
    for component in sorted(range(len(keys)), key=graph.position.__getitem__, reverse=True):
        for following, _ in graph.successors[component]:
            keys[component] = min(keys[component], keys[following])
    return keys


def _event_key(placement: Placement, text_position: int) -> _Key:
    if placement.interval is not None:
        return (placement.interval.start, 0, text_position)
    # News is mostly about the recent past: an event known only to lie between two moments
    # goes just before the later one.
    if placement.latest is not None:
        return (placement.latest, -1, text_position)
    if placement.earliest is not None:
        return (placement.earliest, 0, text_position)
    return (dt.datetime.max, _UNPLACED_RANK[placement.kind], text_position)
