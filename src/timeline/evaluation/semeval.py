"""SemEval-2015 Task 4 (TimeLine, Minard et al. 2015): entity timelines across documents, exported and scored.

A timeline file names its target entity on the first line, then gives one
line per event: ``POSITION<TAB>DATE<TAB>MENTION[<TAB>MENTION...]``, a
mention being ``DOCID-SENTENCE-token`` and the mentions of a line the same
event (its token in lower case). Position 0 with date ``XXXX-XX-XX`` is an event nothing anchors or
orders; equal positions are simultaneous; dates may be partial (``2006-01``,
``1985``).

Scoring follows the task's evaluation tool: each timeline becomes a graph
of TLINKs, which is scored with TempEval-3 temporal awareness
(:mod:`timeline.evaluation.awareness`) against the gold timeline of the same
entity, and counts are summed over timelines (micro-average). The graph, as
the task describes it: every event that happens before another one is
BEFORE it, events at the same position are SIMULTANEOUS, and each event is
SIMULTANEOUS with a time node for its date (a TIMEX3 per distinct anchored
date). Here each mention is a node (the mentions of a line are
SIMULTANEOUS), consecutive positions are linked (the closure does the
rest), event-event links come before the date links, and unordered events
(position 0) get no link, so they do not count. Where several positions
share one date, the date links contradict the order; like every
contradiction they are left out of the closure but still scored, as the
TempEval-3 toolkit does.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from pathlib import Path

import attrs

from timeline.evaluation.awareness import AwarenessScores, score_links
from timeline.evaluation.closure import Link
from timeline.model import Entry, Interval, RelType, Timeline
from timeline.publication import to_publication_date
from timeline.timeml.markup import inline_tags, local_name, parse_markup, text_element

__all__ = [
    "EntityTimeline",
    "SourceDocument",
    "TimelineEvent",
    "export_timeline",
    "read_source",
    "read_timeline",
    "score_timelines",
    "timeline_links",
]

UNANCHORED = "XXXX-XX-XX"


@attrs.frozen
class TimelineEvent:
    """One line of a timeline: its position, its date and the mentions of the event.

    >>> TimelineEvent(2, "2010-06-07", ("16844-2-unveiled",)).anchored
    True
    """

    position: int
    date: str
    mentions: tuple[str, ...]

    @property
    def anchored(self) -> bool:
        """Whether the date names a year at least (``XXXX-XX-XX`` does not)."""
        return self.date[:4].isdigit()


@attrs.frozen
class EntityTimeline:
    """The timeline of one target entity: its events in file order.

    >>> timeline = EntityTimeline("iPod", (TimelineEvent(1, "2006-01", ("4678-5-use",)),))
    >>> print(timeline.format(), end="")
    iPod
    1	2006-01	4678-5-use
    """

    entity: str
    events: tuple[TimelineEvent, ...] = ()

    def format(self) -> str:
        """The timeline in the task's file format."""
        lines = [self.entity]
        lines += ["\t".join((str(event.position), event.date, *event.mentions)) for event in self.events]
        return "\n".join(lines) + "\n"


def read_timeline(path: Path) -> EntityTimeline:
    r"""The timeline in the file at ``path``.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "ipod.txt"
    >>> _ = path.write_text("iPod\n0\tXXXX-XX-XX\t7539-14-sales\n1\t2006-01\t4678-5-use\t4678-6-used\n")
    >>> [(event.position, event.mentions) for event in read_timeline(path).events]
    [(0, ('7539-14-sales',)), (1, ('4678-5-use', '4678-6-used'))]
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    events = []
    for line in lines[1:]:
        fields = [field.strip() for field in line.split("\t") if field.strip()]
        if len(fields) >= 3 and fields[0].lstrip("-").isdigit():
            events.append(TimelineEvent(int(fields[0]), fields[1], tuple(fields[2:])))
    return EntityTimeline(lines[0].strip() if lines else "", tuple(events))


def timeline_links(timeline: EntityTimeline) -> tuple[Link, ...]:
    """The TLINK graph of ``timeline`` (see the module docstring); nodes ``E:<mention>`` and ``T:<date>``.

    >>> links = timeline_links(EntityTimeline("x", (
    ...     TimelineEvent(1, "2006-01", ("d-5-use",)), TimelineEvent(1, "2006-01", ("d-6-sold",)),
    ...     TimelineEvent(2, "XXXX-XX-XX", ("d-7-have", "e-2-has")),
    ...     TimelineEvent(0, "XXXX-XX-XX", ("d-9-sales",)))))
    >>> [(link.source, link.rel_type.value, link.target) for link in links]
    [('E:d-5-use', 'SIMULTANEOUS', 'E:d-6-sold'), ('E:d-7-have', 'SIMULTANEOUS', 'E:e-2-has'), \
('E:d-5-use', 'BEFORE', 'E:d-7-have'), ('E:d-5-use', 'SIMULTANEOUS', 'T:2006-01'), \
('E:d-6-sold', 'SIMULTANEOUS', 'T:2006-01')]
    """
    ordered = sorted((event for event in timeline.events if event.position > 0), key=lambda e: e.position)
    positions: dict[int, list[TimelineEvent]] = {}
    for event in ordered:
        positions.setdefault(event.position, []).append(event)
    links: list[Link] = []
    for events in positions.values():
        nodes = [f"E:{mention}" for event in events for mention in event.mentions]
        links += [Link(first, second, RelType.SIMULTANEOUS) for first, second in itertools.pairwise(nodes)]
    firsts = [f"E:{events[0].mentions[0]}" for events in positions.values()]
    links += [Link(first, second, RelType.BEFORE) for first, second in itertools.pairwise(firsts)]
    for event in ordered:
        if event.anchored:
            links += [
                Link(f"E:{mention}", f"T:{event.date}", RelType.SIMULTANEOUS) for mention in event.mentions
            ]
    return tuple(links)


def score_timelines(gold: Sequence[EntityTimeline], system: Sequence[EntityTimeline]) -> AwarenessScores:
    """Temporal awareness of the ``system`` timelines against the ``gold`` ones, summed over gold timelines.

    A gold timeline pairs with the system timeline of the same entity (case
    ignored); without one it is scored against an empty timeline.

    >>> gold = EntityTimeline(
    ...     "iPod", (TimelineEvent(1, "2006", ("a-2-made",)), TimelineEvent(2, "2007", ("a-3-sold",))))
    >>> score_timelines([gold], [gold]).overall.figures.f1, score_timelines([gold], []).overall.figures.f1
    (1.0, 0.0)
    """
    by_entity = {timeline.entity.casefold(): timeline for timeline in system}
    parts = []
    for timeline in gold:
        found = by_entity.get(timeline.entity.casefold(), EntityTimeline(timeline.entity))
        parts.append(score_links(timeline_links(timeline), timeline_links(found)))
    return AwarenessScores.total(parts)


@attrs.frozen
class SourceDocument:
    r"""A document of the task in TimeML: its id, creation date, and the text of each ``<s id>`` sentence.

    ``text`` is the sentences joined by line feeds (the TimeML text glues them
    together); ``sentences`` holds ``(start, end, id)`` spans of ``text``.

    >>> document = SourceDocument("7", dt.date(2010, 6, 8), "A b .\nC d .", ((0, 5, "1"), (6, 11, "2")))
    >>> document.sentence_at(7)
    '2'
    """

    doc_id: str
    publication_date: dt.date
    text: str
    sentences: tuple[tuple[int, int, str], ...]

    def sentence_at(self, offset: int) -> str:
        """The id of the sentence holding ``offset`` (``""`` if none does)."""
        for start, end, sentence_id in self.sentences:
            if start <= offset < end:
                return sentence_id
        return ""


def read_source(path: Path) -> SourceDocument:
    r"""The document in the task's TimeML file at ``path`` (gold EVENT tags are ignored).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "7-a.tml"
    >>> _ = path.write_text('<TimeML><DOCID>7</DOCID><DCT><TIMEX3 tid="t0" value="2010-06-08" '
    ...     'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT><s id="1">June 8</s>'
    ...     '<s id="2">Jobs <EVENT eid="e1">spoke</EVENT> .</s></TEXT></TimeML>')
    >>> document = read_source(path)
    >>> document.doc_id, document.text, document.sentences
    ('7', 'June 8\nJobs spoke .', ((0, 6, '1'), (7, 19, '2')))
    """
    root = parse_markup(path.read_text(encoding="utf-8"), source=str(path))
    text, tags = inline_tags(text_element(root, source=str(path)))
    pieces: list[str] = []
    sentences: list[tuple[int, int, str]] = []
    offset = 0
    for tag in tags:
        if tag.name != "s":
            continue
        piece = text[tag.start : tag.end]
        sentences.append((offset, offset + len(piece), tag.get("id") or ""))
        pieces.append(piece)
        offset += len(piece) + 1
    doc_id = next((e.text or "" for e in root.iter() if local_name(e.tag) == "DOCID"), "").strip()
    created = next(
        (e.get("value") or "" for e in root.iter() if e.get("functionInDocument") == "CREATION_TIME"), ""
    )
    return SourceDocument(
        doc_id or path.stem.split("-")[0].split("_")[0],
        to_publication_date(created[:10]),
        "\n".join(pieces),
        tuple(sentences),
    )


def export_timeline(entity: str, documents: Sequence[tuple[SourceDocument, Timeline]]) -> EntityTimeline:
    """The timeline of ``entity`` over the ``(document, its timeline)`` pairs: :meth:`Timeline.about` entries.

    Entries with a calendar interval are ordered by it (earlier start first,
    the longer first on a tie; equal intervals share a position) and dated
    at its granularity (day, month, year); the others go to position 0,
    unanchored, as nothing orders them across documents.

    >>> import timeline
    >>> document = SourceDocument("7", dt.date(2010, 6, 8), "Jobs spoke on Monday .", ((0, 22, "2"),))
    >>> found = timeline.extract(document.text, document.publication_date)
    >>> print(export_timeline("Jobs", [(document, found)]).format(), end="")
    Jobs
    1	2010-06-07	7-2-spoke
    """
    dated: list[tuple[tuple[dt.datetime, float], str, str]] = []
    unordered: list[str] = []
    for document, found in documents:
        for entry in found.about(entity):
            mention = _mention(document, entry)
            interval = entry.placement.interval
            if interval is not None and entry.placement.kind.is_dated:
                dated.append(((interval.start, -_span(interval)), _date(interval), mention))
            else:
                unordered.append(mention)
    events = [TimelineEvent(0, UNANCHORED, (mention,)) for mention in unordered]
    position, previous = 0, None
    for key, date, mention in sorted(dated, key=lambda item: item[0]):
        if key != previous:
            position, previous = position + 1, key
        events.append(TimelineEvent(position, date, (mention,)))
    return EntityTimeline(entity, tuple(events))


def _mention(document: SourceDocument, entry: Entry) -> str:
    # The task writes mention tokens in lower case ("16900-2-pre-orders" for "Pre-orders").
    token = "_".join(entry.event.text.lower().split())
    return f"{document.doc_id}-{document.sentence_at(entry.event.start)}-{token}"


def _span(interval: Interval) -> float:
    return (interval.end - interval.start).total_seconds()


def _date(interval: Interval) -> str:
    """The interval as the task writes dates: a day, a month (``2006-01``) or a year (``1985``)."""
    start = interval.start
    if start.day == 1 and start.time() == dt.time() and start.year < dt.MAXYEAR:
        if start.month == 1 and interval == Interval.years(start.year, start.year):
            return f"{start.year:04d}"
        if interval == Interval.month(start.year, start.month):
            return f"{start.year:04d}-{start.month:02d}"
    return start.date().isoformat()
