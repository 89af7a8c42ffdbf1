"""Event-time and event-event links read off the parse.

Three rules, each named in the links it makes:

``syntactic-attachment``
    A time expression belongs to the nearest event above it in the parse: "On
    Monday ... only one was answered", "a rally on June 6", "the 1950-1953
    Korean War". The event lies within the time (``IS_INCLUDED``), or spans it
    when the time is a range (``DURING``). A preposition can say otherwise:
    "since 1948" (``BEGUN_BY``), "until June" (``ENDED_BY``), "before Monday"
    (``BEFORE``), "after the vote" (``AFTER``); such events are not dated by
    the time, only bounded. A duration spans the event it measures ("a
    four-day visit", "worked for ten years": ``DURING``), or holds it when
    introduced by "in", "within", "over" or "during" ("fell in the last 24
    hours": ``IS_INCLUDED``); a reference to the present, past or future
    ("now", "recently") holds the event (``IS_INCLUDED``). A time quoted
    apart from the event names a thing the event is about and dates
    nothing ("displays the text *"Steve Jobs 1955-2011"*"); so does one in
    the term of a comparison, which dates the value compared, not the
    event ("assets *increased* to $12.7 billion from $12.4 billion *a year
    earlier*", "*fell* from its *1990* peak"). An event
    given two dates that cannot both hold takes the nearer one, in its own
    conjunct ("in 2001 the iPod and *the following year* Mac OS X was
    *released*").
``aspectual-point``
    An aspectual verb picks one end of the event it governs: "the war ended"
    is the end of the war (``ENDS``), "the talks began" its start (``BEGINS``).
``shared-circumstance``
    An event set "at", "during", "amid" or "in" another event lies within it
    ("wearing masks at a rally"); one "with" another happens together with it
    ("ended with an armistice").
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from timeline.events.lexicon import EventLexicon
from timeline.model import (
    PUBLICATION_DATE_ID,
    Event,
    EventClass,
    Interval,
    Relation,
    RelType,
    TimeExpression,
    TimexType,
)

__all__ = ["event_event_links", "event_time_links", "relation_to", "time_publication_links"]

_WITHIN_PREPOSITIONS = frozenset({"at", "during", "amid", "amidst", "in", "throughout"})
_TOGETHER_PREPOSITIONS = frozenset({"with"})
# How many heads up the event a time expression belongs to may be.
_MAX_DEPTH = 64
_GOVERNED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "xcomp"})
# Prepositions that bound an event by a time instead of putting it inside the time.
_BOUNDING_PREPOSITIONS = {
    "since": RelType.BEGUN_BY,
    "from": RelType.BEGUN_BY,
    "until": RelType.ENDED_BY,
    "till": RelType.ENDED_BY,
    "through": RelType.ENDED_BY,
    "before": RelType.BEFORE,
    "by": RelType.BEFORE,
    "after": RelType.AFTER,
}

# Prepositions that put an event inside a duration rather than across it.
_SPAN_PREPOSITIONS = frozenset({"in", "within", "over", "during"})
# Quotation marks, straight, curly and as tokenized news text writes them.
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
# Words that introduce the term of a comparison ("from $12.4 billion a year earlier", "than in 1990").
_COMPARISON_WORDS = frozenset({"from", "than", "versus", "vs.", "compared", "against"})
# Links that date an event, of which it can hold only those that overlap.
_DATING = frozenset({RelType.IS_INCLUDED, RelType.DURING})


def event_time_links(
    doc: Doc, expressions: tuple[TimeExpression, ...], triggers: Mapping[int, Event]
) -> tuple[Relation, ...]:
    """Links from events to the time expressions attached to them in the parse.

    >>> import timeline
    >>> tl = timeline.extract("A rally was held on June 6.", "2020-06-09")
    >>> [(r.source, r.rel_type.value, r.target) for r in tl.relations if r.rule == "syntactic-attachment"]
    [('e2', 'IS_INCLUDED', 't1')]
    """
    links: list[Relation] = []
    nearness: dict[Relation, int] = {}
    quotes = _Quotes(doc)
    for expression in expressions:
        if expression.value.type is TimexType.SET:
            continue
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None:
            continue
        event = _event_above(span.root, triggers)
        if event is None:
            continue
        trigger = doc.char_span(event.start, event.end, alignment_mode="expand")
        if trigger is None or quotes.apart(span, trigger) or _compared(span.root, trigger.start):
            continue
        head = span.root.head
        preposition = head.lower_ if span.root.dep_ == "pobj" else None
        if expression.value.interval is not None:
            rel_type = RelType.DURING if expression.value.is_range else RelType.IS_INCLUDED
            rel_type = _BOUNDING_PREPOSITIONS.get(preposition or "", rel_type)
        elif expression.value.type is TimexType.DURATION:
            if preposition in _BOUNDING_PREPOSITIONS:
                # "after two weeks", "until 30 days": bounds counted from a point the text leaves open.
                continue
            rel_type = RelType.IS_INCLUDED if preposition in _SPAN_PREPOSITIONS else RelType.DURING
        else:
            rel_type = RelType.IS_INCLUDED
        link = Relation(event.id, expression.id, rel_type, "syntactic-attachment")
        links.append(link)
        nearness[link] = min(abs(span.start - trigger.end), abs(trigger.start - span.end))
    return _nearest_dates(links, expressions, nearness)


def _compared(root: Token, trigger_start: int) -> bool:
    """Whether a time lies below a comparison word under its event ("from ... a year earlier").

    A time right after "from" ("from 1990") bounds the event instead; it is not a comparison.
    """
    current = root.head
    for _ in range(_MAX_DEPTH):
        if current.i in (trigger_start, current.head.i):
            return False
        if current.lower_ in _COMPARISON_WORDS and current.i != root.head.i:
            return True
        current = current.head
    return False


class _Quotes:
    """The quotation marks and sentences of a doc, found once, so each question costs a logarithm.

    >>> import spacy
    >>> doc = spacy.blank("en")('He read the text "War 1950-1953" aloud.')
    >>> _Quotes(doc).apart(doc[5:6], doc[1:2]), _Quotes(doc).apart(doc[1:2], doc[5:6])
    (True, False)
    """

    def __init__(self, doc: Doc) -> None:
        self._marks = [token.i for token in doc if token.text in _QUOTES]
        self._starts = [sentence.start for sentence in doc.sents] if doc.has_annotation("SENT_START") else []
        self._length = len(doc)

    def apart(self, span: Span, trigger: Span) -> bool:
        """Whether ``span`` lies between quotation marks of its sentence that leave ``trigger`` outside."""
        number = bisect.bisect_right(self._starts, span.start) - 1
        first = self._starts[number] if number >= 0 else 0
        last = self._starts[number + 1] if number + 1 < len(self._starts) else self._length
        low = bisect.bisect_left(self._marks, first)
        before = bisect.bisect_left(self._marks, span.start)
        if (before - low) % 2 == 0:
            return False
        after = bisect.bisect_left(self._marks, span.end)
        closing = self._marks[after] if after < len(self._marks) and self._marks[after] < last else last
        return not self._marks[before - 1] < trigger.start < closing


def _nearest_dates(
    links: list[Relation], expressions: tuple[TimeExpression, ...], nearness: Mapping[Relation, int]
) -> tuple[Relation, ...]:
    """Of an event's dates that cannot both hold, keep the one nearest its trigger.

    The others belong to elided clauses: "in 2001 the iPod and the following year Mac OS X was released".
    """
    intervals = {e.id: e.value.interval for e in expressions if e.value.interval is not None}
    dates: dict[str, list[Relation]] = {}
    for link in links:
        if link.rel_type in _DATING and link.target in intervals:
            dates.setdefault(link.source, []).append(link)
    dropped: set[Relation] = set()
    for candidates in dates.values():
        nearest = min(candidates, key=lambda link: nearness[link])
        dropped.update(
            link
            for link in candidates
            if relation_to(intervals[link.target], intervals[nearest.target])
            in (RelType.BEFORE, RelType.AFTER)
        )
    return tuple(link for link in links if link not in dropped)


def _event_above(token: Token, triggers: Mapping[int, Event]) -> Event | None:
    current = token
    # Climbing at most _MAX_DEPTH heads keeps a long, event-less parse (pathological input) linear.
    for _ in range(_MAX_DEPTH):
        if current.head.i == current.i:
            break
        current = current.head
        if current.i in triggers:
            return triggers[current.i]
    return None


def event_event_links(doc: Doc, triggers: Mapping[int, Event], lexicon: EventLexicon) -> tuple[Relation, ...]:
    """Links between events from aspectual verbs and shared circumstances.

    >>> import timeline
    >>> tl = timeline.extract("The war ended with an armistice.", "2020-06-09")
    >>> sorted((r.source, r.rel_type.value, r.target, r.rule) for r in tl.relations if r.target != "t0")
    [('e2', 'ENDS', 'e1', 'aspectual-point'), ('e3', 'SIMULTANEOUS', 'e2', 'shared-circumstance')]
    """
    links: list[Relation] = []
    for index, event in triggers.items():
        token = doc[index]
        if event.event_class is EventClass.ASPECTUAL:
            links.extend(_aspectual(token, event, triggers, lexicon))
        for child in token.children:
            if child.dep_ != "prep":
                continue
            preposition = child.lower_
            for inner in child.children:
                if inner.dep_ != "pobj" or inner.i not in triggers:
                    continue
                other = triggers[inner.i]
                if preposition in _WITHIN_PREPOSITIONS:
                    links.append(Relation(event.id, other.id, RelType.IS_INCLUDED, "shared-circumstance"))
                elif preposition in _TOGETHER_PREPOSITIONS:
                    links.append(Relation(other.id, event.id, RelType.SIMULTANEOUS, "shared-circumstance"))
    return tuple(links)


def _aspectual(
    token: Token, event: Event, triggers: Mapping[int, Event], lexicon: EventLexicon
) -> list[Relation]:
    if event.lemma in lexicon.ending_verbs:
        rel_type = RelType.ENDS
    elif event.lemma in lexicon.beginning_verbs:
        rel_type = RelType.BEGINS
    else:
        return []
    return [
        Relation(event.id, triggers[child.i].id, rel_type, "aspectual-point")
        for child in token.children
        if child.dep_ in _GOVERNED_DEPS and child.i in triggers
    ]


def time_publication_links(
    expressions: tuple[TimeExpression, ...], publication_date: dt.date | None
) -> tuple[Relation, ...]:
    """The time expressions with a calendar interval and the publication day, chained in calendar order.

    Each time is linked by value to the next one in time (earliest start
    first, the longer of two that start together first), so that the links
    entail how any two of them stand, not only how each stands to the
    publication day: "June 6" BEFORE "June 8" BEFORE the publication day
    tells that June 6 is before June 8 as well. Times that overlap only in
    part break the chain there (no plain relation says how they stand).

    >>> import timeline
    >>> tl = timeline.extract("A rally was held on June 6.", "2020-06-09")
    >>> [(r.source, r.rel_type.value, r.target) for r in tl.relations if r.rule == "time-values"]
    [('t1', 'BEFORE', 't0')]
    >>> tl = timeline.extract("It rained this month, on June 2 and June 12.", "2020-06-09")
    >>> [(r.source, r.rel_type.value, r.target) for r in tl.relations if r.rule == "time-values"]
    [('t1', 'INCLUDES', 't2'), ('t2', 'BEFORE', 't0'), ('t0', 'BEFORE', 't3')]
    """
    if publication_date is None:
        return ()
    timed = [(Interval.day(publication_date), PUBLICATION_DATE_ID)]
    for expression in expressions:
        interval = expression.value.interval
        if expression.value.type is not TimexType.SET and interval is not None:
            timed.append((interval, expression.id))
    # Sorting is stable: of equal intervals, the publication day and then the earlier mention lead.
    timed.sort(key=lambda pair: (pair[0].start, -(pair[0].end - pair[0].start)))
    links = []
    for (interval, source), (following, target) in itertools.pairwise(timed):
        rel_type = relation_to(interval, following)
        if rel_type is not None:
            links.append(Relation(source, target, rel_type, "time-values"))
    return tuple(links)


def relation_to(interval: Interval, other: Interval) -> RelType | None:
    """How ``interval`` stands to ``other`` by their calendar values, when one of the plain relations says it.

    BEFORE, AFTER, SIMULTANEOUS, INCLUDES or IS_INCLUDED; ``None`` for a
    partial overlap.

    >>> import datetime as dt
    >>> june = Interval.month(2020, 6)
    >>> relation_to(june, Interval.day(dt.date(2020, 6, 9))), relation_to(june, Interval.month(2020, 7))
    (<RelType.INCLUDES: 'INCLUDES'>, <RelType.BEFORE: 'BEFORE'>)
    """
    if interval.end <= other.start:
        return RelType.BEFORE
    if interval.start >= other.end:
        return RelType.AFTER
    if interval == other:
        return RelType.SIMULTANEOUS
    if interval.start <= other.start and other.end <= interval.end:
        return RelType.INCLUDES
    if other.start <= interval.start and interval.end <= other.end:
        return RelType.IS_INCLUDED
    return None
