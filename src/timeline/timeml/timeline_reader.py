"""Gold TimeML as a :class:`~timeline.model.Timeline`: the annotators' times, events and links, placed.

:func:`read_timeline` turns an annotated document (TimeBank, AQUAINT,
TempEval-3) into the same value :func:`timeline.extract` returns, built from
the gold tags instead of the system's: every in-text ``TIMEX3`` becomes a
:class:`~timeline.model.TimeExpression` (rule ``gold``; its calendar interval
read from the value, see :mod:`timeline.timeml.values`), every ``EVENT`` an
:class:`~timeline.model.Event` (described by its trigger; TimeML has no
clause descriptions), every ``TLINK`` a :class:`~timeline.model.Relation`
(rule ``gold``; links to the creation time point at
:data:`~timeline.model.PUBLICATION_DATE_ID`, and a link from a time to an
event is turned round so the event comes first, as the ordering stage reads
links). ``EVIDENTIAL`` SLINKs give reporting events what they report. The
events are then placed and ordered by the library's own ordering stage
(:mod:`timeline.ordering`), so a gold timeline and a system timeline can be
compared entry by entry. Sentences come from punctuation and paragraphs (no
parser).
"""

from __future__ import annotations

import bisect
from pathlib import Path
from xml.etree import ElementTree

import attrs

from timeline.model import (
    PUBLICATION_DATE_ID,
    Event,
    Relation,
    RelType,
    TimeExpression,
    Timeline,
)
from timeline.ordering.assemble import assemble_timeline
from timeline.pipeline import DEFAULT_PIPELINES
from timeline.sentences import sentence_offsets
from timeline.timeml.annotations import GOLD_RULE, EventAnnotation, LinkAnnotation
from timeline.timeml.markup import TimeMLError, local_name, parse_markup
from timeline.timeml.reader import parse_document, read_markup
from timeline.timeml.values import interval_of_value

__all__ = ["parse_timeline", "read_timeline"]

_EVIDENTIAL = frozenset({"EVIDENTIAL", "NEG_EVIDENTIAL"})
_EXAMPLE = (
    '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" '
    'functionInDocument="CREATION_TIME">1998-02-13</TIMEX3></DCT>'
    '<TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3>. They will '
    '<EVENT eid="e2" class="OCCURRENCE">rise</EVENT>, analysts '
    '<EVENT eid="e3" class="REPORTING">said</EVENT>.</TEXT>'
    '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>'
    '<MAKEINSTANCE eiid="ei2" eventID="e2" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>'
    '<MAKEINSTANCE eiid="ei3" eventID="e3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>'
    '<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>'
    '<TLINK lid="l2" timeID="t0" relatedToEventInstance="ei2" relType="BEFORE"/>'
    '<SLINK lid="l3" eventInstanceID="ei3" subordinatedEventInstance="ei2" relType="EVIDENTIAL"/>'
    "</TimeML>"
)


def parse_timeline(markup: str, *, source: str = "<string>") -> Timeline:
    """The gold timeline of the TimeML document ``markup``; ``source`` names it in errors.

    >>> tl = parse_timeline(_EXAMPLE)
    >>> [(entry.label, entry.event.text, entry.placement.rule) for entry in tl]
    [('1998-02-12', 'fell', 'gold'), ('after 1998-02-13', 'rise', 'gold'), ('unknown', 'said', 'no-link')]
    >>> tl.relations[1]
    Relation(source='e2', target='t0', rel_type=<RelType.AFTER: 'AFTER'>, rule='gold')
    >>> [entry.salient for entry in tl]
    [True, True, False]
    """
    document = parse_document(markup, source=source)
    root = parse_markup(markup, source=source)
    sentences = _sentences(document.text)
    starts = [start for start, _ in sentences]

    def sentence_of(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    expressions = tuple(
        _expression(timex.to_time_expression(), sentence_of(timex.start)) for timex in document.timexes
    )
    instances = {event.instance_id: event.eid for event in document.events if event.instance_id}
    reports = _reports(root, instances)
    events = tuple(
        _event(event, sentence_of(event.start), reports.get(event.eid, ())) for event in document.events
    )
    known = {expression.id for expression in expressions} | {event.id for event in events}
    relations = _relations(document.links, instances, _creation_time_id(root), known, source)
    return assemble_timeline(
        text=document.text,
        publication_date=document.publication_date,
        sentences=sentences,
        expressions=expressions,
        events=events,
        relations=relations,
    )


def read_timeline(source: Path | str) -> Timeline:
    """The gold timeline of the TimeML file at ``source`` (a path), or of ``source`` itself if it is markup.

    >>> read_timeline(_EXAMPLE).publication_date
    datetime.date(1998, 2, 13)
    >>> read_timeline("no-such-file.tml")
    Traceback (most recent call last):
    ...
    FileNotFoundError: [Errno 2] No such file or directory: 'no-such-file.tml'
    """
    if isinstance(source, str) and source.lstrip("\ufeff \t\r\n").startswith("<"):
        return parse_timeline(source)
    path = Path(source)
    return parse_timeline(read_markup(path), source=str(path))


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    if not text.strip():
        return ()
    nlp = DEFAULT_PIPELINES.get(times_only=True)
    doc = nlp.make_doc(text)
    # Only the boundary components: the time components would add the system's times to the doc.
    for name in ("timeline_sentencizer", "timeline_paragraphs"):
        doc = nlp.get_pipe(name)(doc)
    return sentence_offsets(doc)


def _expression(expression: TimeExpression, sentence: int) -> TimeExpression:
    value = expression.value
    read = interval_of_value(value.value)
    if read is not None:
        value = attrs.evolve(value, granularity=read[0], interval=read[1])
    return attrs.evolve(expression, sentence=sentence, value=value)


def _event(annotation: EventAnnotation, sentence: int, reports: tuple[str, ...]) -> Event:
    event = annotation.to_event()
    return attrs.evolve(event, sentence=sentence, description=event.text, reports=reports)


def _reports(root: ElementTree.Element, instances: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Event id -> ids of the events it reports, from ``EVIDENTIAL`` SLINKs."""
    reports: dict[str, list[str]] = {}
    for element in root.iter():
        if local_name(element.tag) != "SLINK" or element.get("relType") not in _EVIDENTIAL:
            continue
        reporter = instances.get(element.get("eventInstanceID") or "")
        reported = instances.get(element.get("subordinatedEventInstance") or "")
        if reporter is not None and reported is not None:
            reports.setdefault(reporter, []).append(reported)
    return {event_id: tuple(ids) for event_id, ids in reports.items()}


def _creation_time_id(root: ElementTree.Element) -> str | None:
    for element in root.iter():
        if local_name(element.tag) == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            return element.get("tid")
    return None


def _relations(
    links: tuple[LinkAnnotation, ...],
    instances: dict[str, str],
    creation_time: str | None,
    known: set[str],
    source: str,
) -> tuple[Relation, ...]:
    events = set(instances.values())
    relations = []
    for link in links:
        ends = []
        for end in (link.source, link.target):
            mention = instances.get(end, end)
            ends.append(PUBLICATION_DATE_ID if end == creation_time else mention)
        if not all(end in known or end == PUBLICATION_DATE_ID for end in ends):
            continue  # a link to a tag outside <TEXT> or to nothing: TimeBank has a few
        try:
            rel_type = RelType(link.rel_type)
        except ValueError:
            choices = ", ".join(member.value for member in RelType)
            msg = f"{source}: TLINK {link.lid} has relType {link.rel_type!r}; expected one of {choices}"
            raise TimeMLError(msg) from None
        relation = Relation(ends[0], ends[1], rel_type, GOLD_RULE)
        # The ordering stage reads links from the event's side.
        turn = relation.target in events and relation.source not in events
        relations.append(relation.inverse() if turn else relation)
    return tuple(relations)
