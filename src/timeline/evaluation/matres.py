"""MATRES (Ning, Wu and Roth 2018): the order of event start points, predicted from a Timeline and scored.

A MATRES file holds one event pair a line, tab-separated: document id, the
two verbs, the two event-instance numbers (``eiid`` ``ei<number>`` of the
TimeBank / AQUAINT TimeML), and how the first event's start stands to the
second's: BEFORE, AFTER, EQUAL or VAGUE. A pair is *covered* when both its
gold events (``eiid`` -> ``MAKEINSTANCE`` -> ``EVENT`` offsets of the TimeML
document) are events of the system's timeline, starting at the same offset.

:func:`predict_relation` answers from the timeline alone: first from its
relations, closed under the endpoint reasoning of
:mod:`timeline.evaluation.closure`, then, where those say nothing, from the
entries' placements compared as intervals (the publication date bounds an
event placed before or after it). BEFORE, AFTER and SIMULTANEOUS (MATRES's
EQUAL) compare start points; no answer reads as VAGUE.

Scores: accuracy over the pairs (an uncovered pair counts as wrong, and
accuracy on the covered pairs is given too), and the usual MATRES
precision, recall and F1 that leave VAGUE out: a correct answer is a
non-VAGUE prediction equal to the label, precision divides by the non-VAGUE
predictions, recall by the non-VAGUE labels.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from timeline.evaluation.closure import Link, PointGraph
from timeline.evaluation.figures import Figures
from timeline.evaluation.tlinks import read_links
from timeline.model import Event, EventClass, Interval, PlacementKind, RelType, Timeline

__all__ = [
    "LABELS",
    "MatresPair",
    "MatresScores",
    "TimelineOrder",
    "align_pair",
    "discourse_order",
    "instance_starts",
    "label_of",
    "predict_relation",
    "read_matres",
]

#: MATRES labels, and the relation type each stands for.
LABELS = {
    "BEFORE": RelType.BEFORE,
    "AFTER": RelType.AFTER,
    "EQUAL": RelType.SIMULTANEOUS,
    "VAGUE": RelType.VAGUE,
}
_LABEL_OF = {rel_type: label for label, rel_type in LABELS.items()}


@attrs.frozen
class MatresPair:
    """One MATRES line: two verb events of a document and how the first's start stands to the second's.

    >>> MatresPair("NYT20000406.0002", "said", "made", "ei1", "ei2", "AFTER").label
    'AFTER'
    """

    doc_id: str
    first_verb: str
    second_verb: str
    first_instance: str
    second_instance: str
    label: str


def read_matres(path: Path) -> tuple[MatresPair, ...]:
    r"""The pairs of the MATRES file at ``path``, instance numbers made ``eiid`` values (``415``: ``ei415``).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "m.txt").write_text("ABC1\tpredicted\ttried\t415\t417\tBEFORE\n", encoding="utf-8")
    >>> read_matres(folder / "m.txt")
    (MatresPair(doc_id='ABC1', first_verb='predicted', second_verb='tried', first_instance='ei415', ...),)
    """
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.strip().split("\t")
        if len(fields) != 6:
            continue
        doc_id, first, second, first_id, second_id, label = fields
        pairs.append(MatresPair(doc_id, first, second, f"ei{first_id}", f"ei{second_id}", label.upper()))
    return tuple(pairs)


def instance_starts(markup: str) -> dict[str, int]:
    """The start offset of each event of TimeML ``markup``, by ``eiid`` (and by ``eid``).

    >>> instance_starts('<TimeML><TEXT>It <EVENT eid="e1">fell</EVENT>.</TEXT>'
    ...                 '<MAKEINSTANCE eiid="ei4" eventID="e1"/></TimeML>')
    {'e1': 3, 'ei4': 3}
    """
    links = read_links(markup)
    starts = {eid: start for eid, start, _ in links.events}
    for eiid, eid in links.instances:
        if eid in starts:
            starts.setdefault(eiid, starts[eid])
    return starts


def align_pair(starts: Mapping[str, int], timeline: Timeline, pair: MatresPair) -> tuple[Event, Event] | None:
    """The events of ``timeline`` that start where the pair's gold events do (see :func:`instance_starts`).

    >>> import timeline as tl_module
    >>> markup = ('<TimeML><TEXT>Prices <EVENT eid="e1">fell</EVENT> after officials <EVENT eid="e2">spoke'
    ...           '</EVENT>.</TEXT><MAKEINSTANCE eiid="ei1" eventID="e1"/>'
    ...           '<MAKEINSTANCE eiid="ei2" eventID="e2"/></TimeML>')
    >>> found = tl_module.extract("Prices fell after officials spoke.", "1998-02-13")
    >>> pair = MatresPair("d", "fell", "spoke", "ei1", "ei2", "AFTER")
    >>> [event.text for event in align_pair(instance_starts(markup), found, pair) or ()]
    ['fell', 'spoke']
    """
    system: dict[int, Event] = {}
    for event in timeline.events:
        system.setdefault(event.start, event)
    found: list[Event] = []
    for instance in (pair.first_instance, pair.second_instance):
        start = starts.get(instance)
        match = system.get(start) if start is not None else None
        if match is None:
            return None
        found.append(match)
    return found[0], found[1]


@attrs.frozen
class TimelineOrder:
    """What a timeline says of the order of its events: its relations closed, then its placements.

    >>> import timeline
    >>> found = timeline.extract("A rally was held on June 6. On Monday, officials met.", "2020-06-09")
    >>> order = TimelineOrder.of(found)
    >>> rally, held, met = found.events
    >>> order.relation(held, met), order.relation(met, held), order.relation(rally, met)
    (<RelType.BEFORE: 'BEFORE'>, <RelType.AFTER: 'AFTER'>, None)
    """

    graph: PointGraph = attrs.field(eq=False)
    bounds: tuple[tuple[str, tuple[dt.datetime, dt.datetime]], ...]

    @classmethod
    def of(cls, timeline: Timeline) -> TimelineOrder:
        """The order of ``timeline`` (builds the closure once)."""
        graph = PointGraph()
        for relation in timeline.relations:
            graph.add(Link(relation.source, relation.target, relation.rel_type))
        bounds = []
        for entry in timeline.entries:
            found = _bounds(entry.placement.kind, entry.placement.interval, timeline.publication_date)
            if found is not None:
                bounds.append((entry.event.id, found))
        return cls(graph, tuple(bounds))

    def relation(self, first: Event, second: Event) -> RelType | None:
        """BEFORE, AFTER or SIMULTANEOUS: the start of ``first`` against that of ``second``; None: unknown."""
        starts = (first.id, "start"), (second.id, "start")
        if self.graph.point_holds(starts[0], "=", starts[1]):
            return RelType.SIMULTANEOUS
        if self.graph.point_holds(starts[0], "<", starts[1]):
            return RelType.BEFORE
        if self.graph.point_holds(starts[1], "<", starts[0]):
            return RelType.AFTER
        bounds = dict(self.bounds)
        mine, theirs = bounds.get(first.id), bounds.get(second.id)
        if mine is None or theirs is None:
            return None
        if mine[1] <= theirs[0]:
            return RelType.BEFORE
        if theirs[1] <= mine[0]:
            return RelType.AFTER
        return None


def _bounds(
    kind: PlacementKind, interval: Interval | None, publication_date: dt.date | None
) -> tuple[dt.datetime, dt.datetime] | None:
    if interval is not None and kind.is_dated:
        return interval.start, interval.end
    if publication_date is None:
        return None
    day = Interval.day(publication_date)
    if kind is PlacementKind.BEFORE_PUBLICATION:
        return dt.datetime.min, day.start
    if kind is PlacementKind.AFTER_PUBLICATION:
        return day.end, dt.datetime.max
    return None


def predict_relation(tl: Timeline, first: Event, second: Event, *, discourse: bool = False) -> RelType | None:
    """How the start of ``first`` stands to that of ``second`` by ``tl`` (see :class:`TimelineOrder`).

    With ``discourse``, a pair the timeline leaves unordered is read by
    :func:`discourse_order`, the usual last resort of rule-based temporal
    ordering; without it, such a pair is ``None`` (VAGUE).

    >>> import timeline
    >>> found = timeline.extract("The ministry said it will continue.", "2020-06-09")
    >>> said, continue_ = found.events
    >>> predict_relation(found, said, continue_)
    <RelType.BEFORE: 'BEFORE'>
    >>> found = timeline.extract("Prices rose. Analysts were surprised.", "2020-06-09")
    >>> rose, surprised = found.events
    >>> predict_relation(found, rose, surprised), predict_relation(found, rose, surprised, discourse=True)
    (None, <RelType.BEFORE: 'BEFORE'>)
    """
    found = TimelineOrder.of(tl).relation(first, second)
    if found is None and discourse:
        return discourse_order(first, second)
    return found


def discourse_order(first: Event, second: Event) -> RelType:
    """The start order news discourse suggests when nothing else does.

    A report starts after what it reports on: a reporting event ("said")
    against any other event starts later. Otherwise the event mentioned
    first starts first (text order).

    >>> import timeline
    >>> rose, said = timeline.extract("Prices rose. Analysts said so.", "2020-06-09").events
    >>> discourse_order(said, rose), discourse_order(rose, said)
    (<RelType.AFTER: 'AFTER'>, <RelType.BEFORE: 'BEFORE'>)
    >>> rose, fell = timeline.extract("Prices rose. Bonds fell.", "2020-06-09").events
    >>> discourse_order(fell, rose)
    <RelType.AFTER: 'AFTER'>
    """
    first_reports = first.event_class is EventClass.REPORTING
    second_reports = second.event_class is EventClass.REPORTING
    if first_reports != second_reports:
        return RelType.AFTER if first_reports else RelType.BEFORE
    return RelType.BEFORE if first.start < second.start else RelType.AFTER


@attrs.frozen
class MatresScores:
    """Counts of (label, prediction) over MATRES pairs; ``None`` as prediction: the pair was not covered.

    >>> scores = MatresScores.of([("BEFORE", "BEFORE"), ("AFTER", "VAGUE"), ("VAGUE", "BEFORE"),
    ...                           ("EQUAL", None)])
    >>> scores.pairs, scores.covered, scores.accuracy, scores.covered_accuracy
    (4, 3, 0.25, 0.3333333333333333)
    >>> scores.figures
    Figures(precision=0.5, recall=0.3333333333333333, f1=0.4)
    """

    counts: tuple[tuple[tuple[str, str | None], int], ...] = ()

    @classmethod
    def of(cls, outcomes: Iterable[tuple[str, str | None]]) -> MatresScores:
        """The scores of ``(label, prediction)`` outcomes."""
        counted = Counter(outcomes)
        return cls(tuple(sorted(counted.items(), key=lambda item: (item[0][0], str(item[0][1])))))

    def __add__(self, other: MatresScores) -> MatresScores:
        counted = Counter(dict(self.counts))
        counted.update(dict(other.counts))
        return MatresScores(tuple(sorted(counted.items(), key=lambda item: (item[0][0], str(item[0][1])))))

    @property
    def pairs(self) -> int:
        """All pairs scored."""
        return sum(count for _, count in self.counts)

    @property
    def covered(self) -> int:
        """Pairs whose two events the system found."""
        return sum(count for (_, predicted), count in self.counts if predicted is not None)

    @property
    def correct(self) -> int:
        """Pairs predicted as labelled."""
        return sum(count for (label, predicted), count in self.counts if label == predicted)

    @property
    def accuracy(self) -> float:
        """Correct pairs over all pairs."""
        return self.correct / self.pairs if self.pairs else 0.0

    @property
    def covered_accuracy(self) -> float:
        """Correct pairs over covered pairs."""
        return self.correct / self.covered if self.covered else 0.0

    @property
    def figures(self) -> Figures:
        """MATRES precision, recall and F1 without VAGUE (over all pairs)."""
        correct = sum(
            count for (label, predicted), count in self.counts if label == predicted and label != "VAGUE"
        )
        predicted = sum(count for (_, guess), count in self.counts if guess not in (None, "VAGUE"))
        labelled = sum(count for (label, _), count in self.counts if label != "VAGUE")
        precision = correct / predicted if predicted else 0.0
        recall = correct / labelled if labelled else 0.0
        total = precision + recall
        return Figures(precision, recall, 2 * precision * recall / total if total else 0.0)

    def label_counts(self, labels: Sequence[str] = tuple(LABELS)) -> tuple[tuple[str, int, int], ...]:
        """For each label: how many pairs carry it and how many of those were predicted so.

        >>> MatresScores.of([("BEFORE", "BEFORE"), ("BEFORE", "VAGUE")]).label_counts()[0]
        ('BEFORE', 2, 1)
        """
        return tuple(
            (
                name,
                sum(count for (label, _), count in self.counts if label == name),
                sum(count for (label, guess), count in self.counts if label == name == guess),
            )
            for name in labels
        )


def label_of(prediction: RelType | None) -> str:
    """The MATRES label of a prediction (no prediction: VAGUE).

    >>> label_of(RelType.SIMULTANEOUS), label_of(None)
    ('EQUAL', 'VAGUE')
    """
    return _LABEL_OF.get(prediction, "VAGUE") if prediction is not None else "VAGUE"
