"""Event-time links to the words that name the publication day: ``news-day``.

News writes "said" without a date for the statements of the day it is
published (``news-reporting-day``, :mod:`timeline.links.publication_links`).
When the story names that day itself, dating one of its events with it ("the
ministry said *Friday*", published Friday; "talks resumed *today*"), its
undated reports lie within those very words: each undated past-tense
reporting event is ``IS_INCLUDED`` in the first time expression that names
the publication day and dates an event. The link says no more than the
publication-day rule does, but it ties the reports to the text's own date,
as a reader (and a TimeML annotator) ties them.

A story that names no such day, or only days before it ("said Thursday",
published Friday: an earlier statement), gets no links here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from timeline.model import (
    Aspect,
    Event,
    EventClass,
    Interval,
    Relation,
    RelType,
    Tense,
    TimeExpression,
)

__all__ = ["news_day_links"]

RULE = "news-day"


def news_day_links(
    expressions: tuple[TimeExpression, ...],
    triggers: Mapping[int, Event],
    attached: tuple[Relation, ...],
    publication_date: dt.date | None,
) -> tuple[Relation, ...]:
    """Links from the undated past-tense reporting events to the words that name the publication day.

    ``attached`` are the event-time links of the parse.

    >>> import timeline
    >>> text = "Rebels took the town on Tuesday. Food is short, an aid group said."
    >>> tl = timeline.extract(text, "2020-06-09")
    >>> [(r.source, r.rel_type.value, r.target) for r in tl.relations if r.rule == "news-day"]
    [('e2', 'IS_INCLUDED', 't1')]
    >>> [(event.id, event.text) for event in tl.events]
    [('e1', 'took'), ('e2', 'said')]
    """
    if publication_date is None:
        return ()
    day = Interval.day(publication_date)
    naming = {expression.id for expression in expressions if expression.value.interval == day}
    events = {event.id: event.start for event in triggers.values()}
    dating = [
        link
        for link in attached
        if link.rel_type is RelType.IS_INCLUDED and link.target in naming and link.source in events
    ]
    if not dating:
        return ()
    news_day = min(dating, key=lambda link: events[link.source]).target
    timed = {link.source for link in attached}
    return tuple(
        Relation(event.id, news_day, RelType.IS_INCLUDED, RULE)
        for event in triggers.values()
        if _past_report(event) and event.id not in timed
    )


def _past_report(event: Event) -> bool:
    past = event.tense is Tense.PAST and event.aspect is Aspect.NONE
    return past and event.event_class is EventClass.REPORTING
