"""The ordering stage as a spaCy component: ``timeline_order``, last in the pipeline.

It places the events, marks the background ones and orders them into the finished timeline.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from timeline import store
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
from timeline.sentences import sentence_offsets

__all__ = ["TimelineBuilder", "make_timeline_builder", "temporal_graph"]


class TimelineBuilder:
    """Places and orders the events and stores the finished :class:`~timeline.model.Timeline`.

    >>> import spacy
    >>> doc = TimelineBuilder()(spacy.blank("en")("No events without a parse."))
    >>> len(doc._.timeline)
    0
    """

    def __init__(self) -> None:
        store.register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Build the timeline of ``doc`` from what the earlier stages stored."""
        publication_date = store.PUBLICATION_DATE.get(doc)
        expressions = store.TIME_EXPRESSIONS.get(doc)
        events = store.EVENTS.get(doc)
        graph = temporal_graph(events, expressions, store.RELATIONS.get(doc), publication_date)
        placements = place_events(events, expressions, graph.kept, publication_date, graph)
        store.TIMELINE.set(
            doc,
            Timeline(
                text=store.TEXT.get(doc) or doc.text,
                publication_date=publication_date,
                sentences=sentence_offsets(doc),
                expressions=expressions,
                events=events,
                relations=graph.kept,
                entries=order_entries(events, placements, graph, background_events(events, placements)),
                conflicts=graph.conflicts,
            ),
        )
        return doc


def temporal_graph(
    events: tuple[Event, ...],
    expressions: tuple[TimeExpression, ...],
    relations: tuple[Relation, ...],
    publication_date: dt.date | None,
) -> TemporalGraph:
    """The consistent temporal graph of a text's events, dated expressions and publication day.

    >>> import datetime as dt
    >>> temporal_graph((), (), (), dt.date(2020, 6, 9)).bounds("t0")
    (datetime.datetime(2020, 6, 9, 0, 0), datetime.datetime(2020, 6, 10, 0, 0))
    """
    nodes: dict[str, Interval | None] = dict.fromkeys(event.id for event in events)
    for expression in expressions:
        if expression.value.type is not TimexType.SET:
            nodes[expression.id] = expression.value.interval
    if publication_date is not None:
        nodes[PUBLICATION_DATE_ID] = Interval.day(publication_date)
    return build_graph(nodes, relations, RULE_RELIABILITY)


@Language.factory("timeline_order")
def make_timeline_builder(nlp: Language, name: str) -> TimelineBuilder:
    """The spaCy factory of :class:`TimelineBuilder`.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_order")
    <timeline...>
    """
    return TimelineBuilder()
