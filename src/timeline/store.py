"""Where the pipeline's stages keep their results on a spaCy ``Doc``, and the extensions that read them.

Each stage stores immutable values (tuples of frozen attrs objects, never
spaCy objects) in ``doc.user_data`` under its own key, and puts spans in
``doc.spans``. Users read them through getter extensions registered once:
``doc._.publication_date`` (also settable), ``doc._.timeline``,
``span._.time_expression`` and ``span._.event``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from timeline.errors import PipelineError
from timeline.model import Event, Relation, TimeExpression, Timeline
from timeline.publication import to_publication_date
from timeline.times.rules import Match

__all__ = [
    "EVENTS_KEY",
    "TIMES_KEY",
    "events",
    "publication_date",
    "readings",
    "register_extensions",
    "relations",
    "set_events",
    "set_publication_date",
    "set_readings",
    "set_relations",
    "set_time_expressions",
    "set_timeline",
    "time_expressions",
    "timeline",
]

#: ``doc.spans`` key of the time expressions.
TIMES_KEY = "timeline_times"
#: ``doc.spans`` key of the events.
EVENTS_KEY = "timeline_events"

_PUBLICATION_DATE = "timeline.publication_date"
_READINGS = "timeline.readings"
_TIMES = "timeline.time_expressions"
_EVENTS = "timeline.events"
_RELATIONS = "timeline.relations"
_TIMELINE = "timeline.timeline"


def set_publication_date(doc: Doc, value: object) -> None:
    """Give ``doc`` its publication date, in any form ``to_publication_date`` takes, or ``None``."""
    doc.user_data[_PUBLICATION_DATE] = None if value is None else to_publication_date(value)


def publication_date(doc: Doc) -> dt.date | None:
    """The publication date of ``doc``, or ``None`` when none was given."""
    value = doc.user_data.get(_PUBLICATION_DATE)
    return value if isinstance(value, dt.date) else None


def set_readings(doc: Doc, matches: tuple[Match, ...]) -> None:
    """Store what the recognizer found."""
    doc.user_data[_READINGS] = matches


def readings(doc: Doc) -> tuple[Match, ...]:
    """What the recognizer found, or ``()``."""
    return tuple(doc.user_data.get(_READINGS, ()))


def set_time_expressions(doc: Doc, expressions: tuple[TimeExpression, ...]) -> None:
    """Store the resolved time expressions."""
    doc.user_data[_TIMES] = expressions


def time_expressions(doc: Doc) -> tuple[TimeExpression, ...]:
    """The resolved time expressions, or ``()``."""
    return tuple(doc.user_data.get(_TIMES, ()))


def set_events(doc: Doc, found: tuple[Event, ...]) -> None:
    """Store the events."""
    doc.user_data[_EVENTS] = found


def events(doc: Doc) -> tuple[Event, ...]:
    """The events, or ``()``."""
    return tuple(doc.user_data.get(_EVENTS, ()))


def set_relations(doc: Doc, found: tuple[Relation, ...]) -> None:
    """Store the temporal relations."""
    doc.user_data[_RELATIONS] = found


def relations(doc: Doc) -> tuple[Relation, ...]:
    """The temporal relations, or ``()``."""
    return tuple(doc.user_data.get(_RELATIONS, ()))


def set_timeline(doc: Doc, result: Timeline) -> None:
    """Store the finished timeline."""
    doc.user_data[_TIMELINE] = result


def timeline(doc: Doc) -> Timeline:
    """The finished timeline of ``doc``; the ordering component must have run."""
    result = doc.user_data.get(_TIMELINE)
    if not isinstance(result, Timeline):
        msg = (
            "this Doc has no timeline: run it through a pipeline with the 'timeline_order' "
            "component (see timeline.pipeline())"
        )
        raise PipelineError(msg)
    return result


def _span_expression(span: Span) -> TimeExpression | None:
    for expression in time_expressions(span.doc):
        if span.start_char <= expression.start and expression.end <= span.end_char:
            return expression
    return None


def _span_event(span: Span) -> Event | None:
    for event in events(span.doc):
        if span.start_char <= event.start and event.end <= span.end_char:
            return event
    return None


def register_extensions() -> None:
    """Register the ``._.`` extensions once; a no-op when they exist already.

    >>> register_extensions()
    >>> Doc.has_extension("timeline")
    True
    """
    if not Doc.has_extension("publication_date"):
        Doc.set_extension("publication_date", getter=publication_date, setter=set_publication_date)
    if not Doc.has_extension("timeline"):
        Doc.set_extension("timeline", getter=timeline)
    if not Span.has_extension("time_expression"):
        Span.set_extension("time_expression", getter=_span_expression)
    if not Span.has_extension("event"):
        Span.set_extension("event", getter=_span_event)
