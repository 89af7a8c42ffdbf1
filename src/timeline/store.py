"""Where the pipeline's stages keep their results on a spaCy ``Doc``, and the extensions that read them.

Each stage keeps immutable values (tuples of frozen attrs objects, never spaCy
objects) in a typed :class:`Slot` of ``doc.user_data``, and puts spans in
``doc.spans``. Users read the results through getter extensions registered
once: ``doc._.publication_date`` (also settable), ``doc._.timeline``,
``span._.time_expression`` and ``span._.event``.
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

import attrs
from spacy.tokens import Doc, Span

from timeline.errors import PipelineError
from timeline.model import Event, Relation, TimeExpression, Timeline
from timeline.publication import to_publication_date
from timeline.times.rules import Match

__all__ = [
    "EVENTS",
    "EVENTS_KEY",
    "GIVEN_EVENTS",
    "PUBLICATION_DATE",
    "READINGS",
    "RELATIONS",
    "TEXT",
    "TIMELINE",
    "TIMES_KEY",
    "TIME_EXPRESSIONS",
    "Slot",
    "register_extensions",
    "set_publication_date",
    "timeline_of",
]

#: ``doc.spans`` key of the time expressions.
TIMES_KEY = "timeline_times"
#: ``doc.spans`` key of the events.
EVENTS_KEY = "timeline_events"

T = TypeVar("T")


@attrs.frozen
class Slot(Generic[T]):
    """A named, typed place in ``doc.user_data`` where one stage keeps its result.

    >>> import spacy
    >>> doc = spacy.blank("en")("text")
    >>> EVENTS.get(doc)
    ()
    >>> EVENTS.set(doc, ())
    >>> EVENTS.get(doc)
    ()
    """

    name: str
    default: T

    def get(self, doc: Doc) -> T:
        """The value kept on ``doc``, or the slot's default when the stage has not run."""
        value: T = doc.user_data.get(self.name, self.default)
        return value

    def set(self, doc: Doc, value: T) -> None:
        """Keep ``value`` on ``doc``."""
        doc.user_data[self.name] = value


#: The publication date, set before the pipeline runs (``doc._.publication_date = ...``).
PUBLICATION_DATE: Slot[dt.date | None] = Slot("timeline.publication_date", None)
#: What the time recognizer found, for the resolver.
READINGS: Slot[tuple[Match, ...]] = Slot("timeline.readings", ())
#: The text the recognizer read (spaCy joins a Doc's tokens anew on every ``doc.text``).
TEXT: Slot[str | None] = Slot("timeline.text", None)
#: The resolved time expressions.
TIME_EXPRESSIONS: Slot[tuple[TimeExpression, ...]] = Slot("timeline.time_expressions", ())
#: The character spans of events given by the caller (``None``: the event stage finds them).
GIVEN_EVENTS: Slot[tuple[tuple[int, int], ...] | None] = Slot("timeline.given_events", None)
#: The events.
EVENTS: Slot[tuple[Event, ...]] = Slot("timeline.events", ())
#: The temporal relations.
RELATIONS: Slot[tuple[Relation, ...]] = Slot("timeline.relations", ())
#: The finished timeline.
TIMELINE: Slot[Timeline | None] = Slot("timeline.timeline", None)


def set_publication_date(doc: Doc, value: object) -> None:
    """Give ``doc`` its publication date, in any form ``to_publication_date`` takes, or ``None``.

    >>> import spacy
    >>> doc = spacy.blank("en")("text")
    >>> set_publication_date(doc, "2020-06-09")
    >>> PUBLICATION_DATE.get(doc)
    datetime.date(2020, 6, 9)
    """
    PUBLICATION_DATE.set(doc, None if value is None else to_publication_date(value))


def timeline_of(doc: Doc) -> Timeline:
    """The finished timeline of ``doc``; the ordering component must have run.

    >>> import spacy
    >>> timeline_of(spacy.blank("en")("text"))
    Traceback (most recent call last):
    ...
    timeline.errors.PipelineError: this Doc has no timeline: run it through a pipeline with ...
    """
    result = TIMELINE.get(doc)
    if result is None:
        msg = (
            "this Doc has no timeline: run it through a pipeline with the 'timeline_order' "
            "component (see timeline.pipeline())"
        )
        raise PipelineError(msg)
    return result


def _span_expression(span: Span) -> TimeExpression | None:
    for expression in TIME_EXPRESSIONS.get(span.doc):
        if span.start_char <= expression.start and expression.end <= span.end_char:
            return expression
    return None


def _span_event(span: Span) -> Event | None:
    for event in EVENTS.get(span.doc):
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
        Doc.set_extension("publication_date", getter=PUBLICATION_DATE.get, setter=set_publication_date)
    if not Doc.has_extension("timeline"):
        Doc.set_extension("timeline", getter=timeline_of)
    if not Span.has_extension("time_expression"):
        Span.set_extension("time_expression", getter=_span_expression)
    if not Span.has_extension("event"):
        Span.set_extension("event", getter=_span_event)
