"""Several documents' timelines as one: the same event's mentions clustered, all ordered together.

Two mentions from different documents are taken for the same event when
they share a lemma and polarity, neither is a reporting event ("said" in two
articles is two statements), neither is unplaced, their placements can
overlap, and they share a participant (a named entity, or the head word of
their subject or object), or read the same, or are the same event noun on
the same interval ("the Korean War", 1950 to 1953). Clusters are the
connected groups of such pairs. Candidates are compared within a lemma, in
calendar order, against a bounded window of neighbours, so the cost stays
near-linear in mentions.

The clusters, every document's dated expressions and publication days go
into one temporal graph (:mod:`timeline.reasoning.graph`) with every
document's links, so the merged order respects all of them; a link that
contradicts more reliable ones from any document is set aside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from timeline.errors import InvalidTimelineError
from timeline.model import (
    Entry,
    Event,
    EventClass,
    Interval,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Relation,
    Timeline,
)
from timeline.model.merged import Mention, MergedEntry, MergedTimeline
from timeline.ordering.assemble import time_nodes
from timeline.ordering.order import linear_order
from timeline.ordering.placement import with_bounds
from timeline.reasoning.graph import build_graph
from timeline.reasoning.reliability import RULE_RELIABILITY

__all__ = ["merge"]

_WINDOW = 50
_NOT_NAMES = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who", "one"})
# Ranks documents' text positions apart in the tie-break of the merged order.
_DOCUMENT_STRIDE = 1 << 40


def merge(timelines: Iterable[Timeline]) -> MergedTimeline:
    """One timeline of several documents' timelines, each event once with all its mentions.

    >>> import timeline
    >>> first = timeline.extract("Kim Jong Un met Moon Jae-in on Monday.", "2020-06-09")
    >>> second = timeline.extract("On Monday, Moon Jae-in met Kim Jong Un in Seoul.", "2020-06-10")
    >>> merged = timeline.merge([first, second])
    >>> [(entry.label, entry.documents) for entry in merged]
    [('2020-06-08', (0, 1))]
    """
    documents = tuple(timelines)
    for number, candidate in enumerate(documents):
        if not isinstance(candidate, Timeline):
            msg = f"merge takes Timeline values; item {number} is a {type(candidate).__name__}"
            raise InvalidTimelineError(msg)
    mentions = [Mention(number, entry) for number, tl in enumerate(documents) for entry in tl.entries]
    clusters = _clusters(mentions)
    cluster_of = {
        (mentions[member].document, mentions[member].entry.event.id): f"m{number}"
        for number, members in enumerate(clusters)
        for member in members
    }
    nodes: dict[str, Interval | None] = {f"m{number}": None for number in range(len(clusters))}
    relations: list[Relation] = []
    for number, tl in enumerate(documents):
        nodes.update(time_nodes(tl.expressions, tl.publication_date, prefix=f"d{number}:"))
        relations.extend(_mapped(number, tl.relations, cluster_of))
    graph = build_graph(nodes, relations, RULE_RELIABILITY)
    entries: dict[str, MergedEntry] = {}
    items: list[tuple[str, Placement, int]] = []
    for number, members in enumerate(clusters):
        node = f"m{number}"
        grouped = tuple(mentions[member] for member in members)
        placement = with_bounds(_common_placement(grouped), *graph.bounds(node))
        entries[node] = MergedEntry(grouped, placement)
        first = grouped[0]
        items.append((node, placement, first.document * _DOCUMENT_STRIDE + first.entry.event.start))
    return MergedTimeline(documents, tuple(entries[node] for node in linear_order(graph, items)))


def _mapped(
    number: int, relations: Sequence[Relation], cluster_of: dict[tuple[int, str], str]
) -> list[Relation]:
    def node(identifier: str) -> str:
        return cluster_of.get((number, identifier), f"d{number}:{identifier}")

    return [
        Relation(node(relation.source), node(relation.target), relation.rel_type, relation.rule)
        for relation in relations
        if node(relation.source) != node(relation.target)
    ]


def _clusters(mentions: Sequence[Mention]) -> list[list[int]]:
    """Groups of mention indices that are the same event, each in mention order, ordered by first."""
    parent = list(range(len(mentions)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    buckets: dict[tuple[str, str], list[int]] = {}
    for index, mention in enumerate(mentions):
        event = mention.entry.event
        if event.event_class is EventClass.REPORTING or mention.entry.placement.kind is PlacementKind.UNKNOWN:
            continue
        buckets.setdefault((event.lemma.casefold(), event.polarity.value), []).append(index)
    for members in buckets.values():
        members.sort(key=lambda index: _calendar_key(mentions[index].entry.placement))
        for position, first in enumerate(members):
            for second in members[position + 1 : position + 1 + _WINDOW]:
                a, b = mentions[first], mentions[second]
                if a.document != b.document and _same_event(a.entry, b.entry):
                    parent[root(second)] = root(first)
    groups: dict[int, list[int]] = {}
    for index in range(len(mentions)):
        groups.setdefault(root(index), []).append(index)
    return sorted(groups.values(), key=lambda members: members[0])


def _calendar_key(placement: Placement) -> dt.datetime:
    moment = placement.earliest or placement.latest
    return moment if moment is not None else dt.datetime.max


def _same_event(first: Entry, second: Entry) -> bool:
    if not _can_overlap(first.placement, second.placement):
        return False
    a, b = first.event, second.event
    if _participants(a) & _participants(b):
        return True
    if a.description.casefold() == b.description.casefold():
        return True
    interval = first.placement.interval
    same_interval = interval is not None and interval == second.placement.interval
    return same_interval and a.pos is b.pos is PartOfSpeech.NOUN


def _can_overlap(first: Placement, second: Placement) -> bool:
    low = max((m for m in (first.earliest, second.earliest) if m is not None), default=None)
    high = min((m for m in (first.latest, second.latest) if m is not None), default=None)
    return low is None or high is None or low < high


def _participants(event: Event) -> frozenset[str]:
    names = {entity.text.casefold() for entity in event.entities}
    for phrase in (event.subject, event.object):
        if phrase:
            head = phrase.split()[-1].casefold().strip(".,'\u2019")
            if head and head not in _NOT_NAMES:
                names.add(head)
    return frozenset(names)


def _common_placement(mentions: Sequence[Mention]) -> Placement:
    """The tightest placement the mentions agree on; the first mention's if they disagree."""
    dated = [m.entry.placement for m in mentions if m.entry.placement.interval is not None]
    if dated:
        intervals = [p.interval for p in dated if p.interval is not None]
        narrowest = min(dated, key=lambda p: _length(p.interval))
        start = max(interval.start for interval in intervals)
        end = min(interval.end for interval in intervals)
        if start < end:
            return attrs.evolve(narrowest, earliest=start, latest=end)
    placed = [m.entry.placement for m in mentions if m.entry.placement.kind is not PlacementKind.UNKNOWN]
    return placed[0] if placed else mentions[0].entry.placement


def _length(interval: Interval | None) -> dt.timedelta:
    return interval.end - interval.start if interval is not None else dt.timedelta.max
