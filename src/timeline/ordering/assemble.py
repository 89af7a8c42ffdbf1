"""From a text's expressions, events and links to a finished :class:`~timeline.model.Timeline`.

The links go into one consistent temporal graph (conflicting ones set
aside), the events are placed with their bounds, background events marked,
and the entries ordered. The spaCy component and the TimeML reader (gold
annotations as timelines) both assemble timelines this way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from timeline.model import (
    PUBLICATION_DATE_ID,
    Event,
    Interval,
    Relation,
    TimeExpression,
    Timeline,
    TimexType,
)
from timeline.ordering.order import order_entries
from timeline.ordering.placement import place_events
from timeline.ordering.salience import background_events
from timeline.reasoning.graph import TemporalGraph, build_graph
from timeline.reasoning.reliability import RULE_RELIABILITY

__all__ = ["assemble_timeline", "temporal_graph", "time_nodes"]


def assemble_timeline(
    *,
    text: str,
    publication_date: dt.date | None,
    sentences: tuple[tuple[int, int], ...],
    expressions: tuple[TimeExpression, ...],
    events: tuple[Event, ...],
    relations: tuple[Relation, ...],
) -> Timeline:
    """The timeline of a text whose expressions, events and links are known.

    >>> tl = assemble_timeline(text="", publication_date=dt.date(2020, 6, 9), sentences=(),
    ...                        expressions=(), events=(), relations=())
    >>> len(tl), tl.conflicts
    (0, ())
    """
    graph = temporal_graph(events, expressions, relations, publication_date)
    placements = place_events(events, expressions, graph.kept, publication_date, graph)
    return Timeline(
        text=text,
        publication_date=publication_date,
        sentences=sentences,
        expressions=expressions,
        events=events,
        relations=graph.kept,
        entries=order_entries(events, placements, graph, background_events(events, placements)),
        conflicts=graph.conflicts,
    )


def temporal_graph(
    events: tuple[Event, ...],
    expressions: tuple[TimeExpression, ...],
    relations: tuple[Relation, ...],
    publication_date: dt.date | None,
) -> TemporalGraph:
    """The consistent temporal graph of a text's events, dated expressions and publication day.

    >>> temporal_graph((), (), (), dt.date(2020, 6, 9)).bounds("t0")
    (datetime.datetime(2020, 6, 9, 0, 0), datetime.datetime(2020, 6, 10, 0, 0))
    """
    nodes: dict[str, Interval | None] = dict.fromkeys(event.id for event in events)
    nodes.update(time_nodes(expressions, publication_date))
    return build_graph(nodes, relations, RULE_RELIABILITY)


def time_nodes(
    expressions: Iterable[TimeExpression], publication_date: dt.date | None, prefix: str = ""
) -> dict[str, Interval | None]:
    """The graph nodes of a text's times: each expression but sets, and the publication day (``t0``).

    Each id gets ``prefix`` (to keep several documents' times apart) and
    the calendar interval of the time, if it has one.

    >>> time_nodes((), dt.date(2020, 6, 9), prefix="d1:")
    {'d1:t0': Interval(start=datetime.datetime(2020, 6, 9, 0, 0), end=datetime.datetime(2020, 6, 10, 0, 0))}
    """
    nodes: dict[str, Interval | None] = {
        f"{prefix}{expression.id}": expression.value.interval
        for expression in expressions
        if expression.value.type is not TimexType.SET
    }
    if publication_date is not None:
        nodes[f"{prefix}{PUBLICATION_DATE_ID}"] = Interval.day(publication_date)
    return nodes
