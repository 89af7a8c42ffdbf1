"""Event-publication-date links from tense and aspect, the way news is read.

``dated-vs-publication``
    An event dated by its own time expression stands to the publication date
    as its date does ("said on Monday", published Tuesday: before).
``tense-future``
    "will continue": after the publication date.
``present-perfect``
    "has lashed out": before it (with present relevance). A present perfect
    progressive is an activity begun before and still going on ("has been
    fighting cancer since 2004"): it includes the publication date.
``tense-present``
    "is taking steps", "remain at war": the event holds at publication.
``futurate-present``
    A simple present in a conditional or temporal clause speaks of what is
    still to come: "will retaliate *if* they *boost* production", "talks
    continue *until* a deal *is reached*": after the publication date; so
    when the main clause is an event not in the simple present or past (a
    future, a modal, an infinitive). Under a simple present or past, the
    clause tells of a habit or of the news itself ("*when* prices *rise*,
    consumers buy less"), and under no event of the parse (a garbled
    headline: "Town Closes Bridge *After* Engineers *Find* Cracks") it is
    left to its tense.
``news-reporting-day``
    An undated past-tense reporting event ("the ministry said", "a spokeswoman
    told a briefing") is the day's news: it happened on the publication day.
    News writes "said" without a date for statements of the day itself.
``news-reported-event``
    A past-tense event reported in the same sentence by such a reporting verb
    ("officials did not answer the calls, a spokeswoman told a briefing") is
    read as news of that day too.
``tense-past``
    Any other past-tense event: before the publication date, date unknown.
``participle-with-governor``
    A participle clause happens within the event it hangs on ("has lashed out ...,
    threatening to close ..."), which has started by then.

Modal, infinitival and nominal events get no link here: the text does not say
when they happen, and they are not guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from spacy.tokens import Doc, Token

from timeline.links.time_links import relation_to
from timeline.model import (
    PUBLICATION_DATE_ID,
    Aspect,
    Event,
    EventClass,
    Interval,
    PartOfSpeech,
    Relation,
    RelType,
    Tense,
)

__all__ = ["publication_links"]

_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
_PARTICIPLE_DEPS = frozenset({"advcl", "acl"})
# Conjunctions whose clause, in the simple present, tells of what is still to come.
_FUTURATE_MARKERS = frozenset(
    {"if", "unless", "when", "whenever", "once", "until", "till", "before", "after"}
)


def publication_links(
    doc: Doc,
    triggers: Mapping[int, Event],
    dated: Mapping[str, Interval] | None = None,
    publication_date: dt.date | None = None,
) -> tuple[Relation, ...]:
    """Links from verb events to the publication date, and from participles to their governors.

    ``dated`` gives the interval of each event dated by its own time
    expression; those are compared with the publication date instead.

    >>> import timeline
    >>> tl = timeline.extract("The ministry said it will continue.", "2020-06-09")
    >>> [(r.source, r.rel_type.value, r.target, r.rule) for r in tl.relations if r.target == "t0"]
    [('e1', 'IS_INCLUDED', 't0', 'news-reporting-day'), ('e2', 'AFTER', 't0', 'tense-future')]
    """
    links: list[Relation] = []
    dated = dated or {}
    for index, event in triggers.items():
        if event.id in dated:
            link = _by_date(event, dated[event.id], publication_date)
        elif event.pos is PartOfSpeech.VERB:
            link = _by_tense(doc[index], event, triggers)
        else:
            link = None
        if link is not None:
            links.append(link)
    return tuple(links)


def _by_date(event: Event, interval: Interval, publication_date: dt.date | None) -> Relation | None:
    if publication_date is None:
        return None
    rel_type = relation_to(interval, Interval.day(publication_date))
    # An event dated to the publication day itself is read as holding it; one inside it has no link.
    if rel_type is RelType.SIMULTANEOUS:
        rel_type = RelType.INCLUDES
    if rel_type not in (RelType.BEFORE, RelType.AFTER, RelType.INCLUDES):
        return None
    return Relation(event.id, PUBLICATION_DATE_ID, rel_type, "dated-vs-publication")


def _by_tense(token: Token, event: Event, triggers: Mapping[int, Event]) -> Relation | None:
    if event.tense is Tense.FUTURE:
        return Relation(event.id, PUBLICATION_DATE_ID, RelType.AFTER, "tense-future")
    if event.tense is Tense.PRESENT:
        if event.aspect is Aspect.PERFECTIVE:
            return Relation(event.id, PUBLICATION_DATE_ID, RelType.BEFORE, "present-perfect")
        if event.aspect is Aspect.PERFECTIVE_PROGRESSIVE:
            return Relation(event.id, PUBLICATION_DATE_ID, RelType.INCLUDES, "present-perfect")
        if event.aspect is Aspect.NONE and _futurate(token, triggers):
            return Relation(event.id, PUBLICATION_DATE_ID, RelType.AFTER, "futurate-present")
        return Relation(event.id, PUBLICATION_DATE_ID, RelType.INCLUDES, "tense-present")
    if event.tense is Tense.PAST:
        if event.aspect is Aspect.NONE and _is_past_reporting(event):
            return Relation(event.id, PUBLICATION_DATE_ID, RelType.IS_INCLUDED, "news-reporting-day")
        if event.aspect is Aspect.NONE and _reported_by_past_reporting(token, triggers):
            return Relation(event.id, PUBLICATION_DATE_ID, RelType.IS_INCLUDED, "news-reported-event")
        return Relation(event.id, PUBLICATION_DATE_ID, RelType.BEFORE, "tense-past")
    if event.tense is Tense.PRESPART and token.dep_ in _PARTICIPLE_DEPS and token.head.i in triggers:
        governor = triggers[token.head.i]
        return Relation(event.id, governor.id, RelType.IS_INCLUDED, "participle-with-governor")
    return None


def _futurate(token: Token, triggers: Mapping[int, Event]) -> bool:
    """Whether ``token`` opens a conditional or temporal clause of a main event still to come."""
    head = triggers.get(token.head.i)
    if head is None or (head.aspect is Aspect.NONE and head.tense in (Tense.PAST, Tense.PRESENT)):
        return False
    return token.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ in _FUTURATE_MARKERS for child in token.children
    )


def _is_past_reporting(event: Event) -> bool:
    return event.event_class is EventClass.REPORTING and event.tense is Tense.PAST


def _reported_by_past_reporting(token: Token, triggers: Mapping[int, Event]) -> bool:
    head = triggers.get(token.head.i)
    if token.dep_ in _REPORTED_DEPS and head is not None and _is_past_reporting(head):
        return True
    return any(
        child.dep_ in _REPORTED_DEPS and child.i in triggers and _is_past_reporting(triggers[child.i])
        for child in token.children
    )
