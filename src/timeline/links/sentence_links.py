"""Event-time links from the date a sentence gives: ``sentence-date``.

A news sentence that names a date tells of what happened on it, even when
the parse hangs the date on another event of the sentence: in "*On Monday*,
rebels attacked the town and *burned* the market", "burned" lies within
Monday as "attacked" does. So an event of such a sentence that no time
expression is attached to (:mod:`timeline.links.time_links`) lies within the
date (``IS_INCLUDED``), if it is told as past (a simple past verb, or an
event noun of a past-tense verb, or of none: "two daily *calls* are made" is
a habit, "would *move* the *work*" a plan) and the date is not wholly after the
publication day: "*said* it *will* meet *next week*" dates neither the
saying nor the future meeting.
An event noun that is the subject of its clause is what the clause tells
about, not one more event on its date: "*the bombing* killed two people on
Monday" does not say that the bombing was on Monday, nor "*the agreement*
took effect on Monday" that it was made then. Nor is a clause that says what
was said or thought dated by the saying: "said on Monday that rebels *took*
the town".

In a sentence that names several dates, such an event takes the nearest one
in the text, which most often is the date of its own clause: "rebels
attacked on Monday, left on Friday and *burned* the market" (Friday).
Durations, sets, times without a calendar value and times that only bound
their event ("had not lost *since March*") are no dates.

The rule is a default, the weakest reading of the text: it has no tier in
:data:`~timeline.reasoning.reliability.RULE_RELIABILITY`, so its links come
last, after every link they could contradict.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping

from spacy.tokens import Doc, Token

from timeline.grammar import governing_verb
from timeline.model import (
    Event,
    Interval,
    PartOfSpeech,
    Relation,
    RelType,
    Tense,
    TimeExpression,
    TimexType,
)

__all__ = ["sentence_date_links"]

RULE = "sentence-date"
_DATING = frozenset({RelType.IS_INCLUDED, RelType.DURING})
# The rules (of :mod:`timeline.links.time_links` and :mod:`timeline.links.event_links`) whose links
# date an event, order it against another by an explicit marker, or pick one of its ends.
_ATTACHMENT = "syntactic-attachment"
_MARKER_RULES = frozenset({"clause-marker", "event-preposition"})
_ASPECTUAL = "aspectual-point"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What was said, thought or decided: "said on Monday that rebels *took* the town" dates the saying only.
_COMPLEMENTS = frozenset({"ccomp", "parataxis"})
_NO_DATES = frozenset({TimexType.SET, TimexType.DURATION})


def sentence_date_links(
    doc: Doc,
    expressions: tuple[TimeExpression, ...],
    triggers: Mapping[int, Event],
    links: tuple[Relation, ...],
    publication_date: dt.date | None,
) -> tuple[Relation, ...]:
    """Links from the undated past events of a sentence to the (nearest) date the sentence names.

    ``links`` are the links the other rules found: an event attached to a
    time keeps it, and one that a marker orders against another event ("left
    *after* the talks ended on Monday") or an aspectual verb cuts short ("the
    *talks ended* on Monday") is bounded by it, not dated.

    >>> import timeline
    >>> tl = timeline.extract("On Monday, rebels attacked the town and burned the market.", "2020-06-09")
    >>> [(r.source, r.rel_type.value, r.target) for r in tl.relations if r.rule == "sentence-date"]
    [('e2', 'IS_INCLUDED', 't1')]
    >>> [event.text for event in tl.events]
    ['attacked', 'burned']
    """
    if not triggers or not doc.has_annotation("SENT_START"):
        return ()
    attached = [link for link in links if link.rule == _ATTACHMENT]
    timed = {link.source for link in attached}
    timed.update(end for link in links if _bounds_events(link) for end in (link.source, link.target))
    # "since March", "until June": a time that bounds its event dates nothing else either.
    bounds = {link.target for link in attached if link.rel_type not in _DATING}
    # Sentence starts found once: ``Span.sent`` scans its sentence, quadratic in one enormous sentence.
    starts = [sentence.start for sentence in doc.sents]

    def sentence_of(index: int) -> int:
        return starts[bisect.bisect_right(starts, index) - 1]

    dates: dict[int, list[tuple[int, TimeExpression, Interval]]] = {}
    for expression in expressions:
        interval = expression.value.interval
        if interval is None or expression.value.type in _NO_DATES or expression.id in bounds:
            continue
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is not None:
            dates.setdefault(sentence_of(span.start), []).append((span.start, expression, interval))
    # A date still to come dates no past event.
    later = Interval.day(publication_date).end if publication_date is not None else None
    found: list[Relation] = []
    for in_sentence in dates.values():
        in_sentence.sort(key=lambda date: date[0])
    positions = {start: [position for position, _, _ in named] for start, named in dates.items()}
    for index, event in triggers.items():
        sentence = sentence_of(index)
        named = dates.get(sentence)
        if not named or event.id in timed or not _told_as_past(event, doc[index], triggers):
            continue
        _, date, interval = _nearest(named, positions[sentence], index)
        if later is None or interval.start < later:
            found.append(Relation(event.id, date.id, RelType.IS_INCLUDED, RULE))
    return tuple(found)


def _nearest(
    named: list[tuple[int, TimeExpression, Interval]], positions: list[int], index: int
) -> tuple[int, TimeExpression, Interval]:
    """Of a sentence's dates (in text order, at ``positions``), the one nearest token ``index``.

    A bisection, not a scan: a long sentence full of dates and events stays near-linear.
    """
    after = bisect.bisect_left(positions, index)
    if after == 0:
        return named[0]
    if after == len(named) or index - positions[after - 1] <= positions[after] - index:
        return named[after - 1]
    return named[after]


def _bounds_events(link: Relation) -> bool:
    if link.rule in _MARKER_RULES:
        return link.rel_type in (RelType.BEFORE, RelType.AFTER)
    return link.rule == _ASPECTUAL


def _told_as_past(event: Event, token: Token, triggers: Mapping[int, Event]) -> bool:
    if event.pos is PartOfSpeech.VERB:
        return event.tense is Tense.PAST and token.dep_ not in _COMPLEMENTS
    if event.pos is not PartOfSpeech.NOUN or token.dep_ in _SUBJECTS:
        return False
    # An event noun is told in the tense of the verb it belongs to: "two daily calls *are* made".
    verb = governing_verb(token.head) if token.head.i != token.i else None
    governor = triggers.get(verb.i) if verb is not None else None
    return governor is None or governor.tense is Tense.PAST
