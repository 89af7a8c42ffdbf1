"""Temporal closure for evaluation: TimeML relations as constraints on interval endpoints.

Each node (an event, a time expression, the publication date) is an interval
with a start point before its end point; a relation type is a conjunction of
``<`` and ``=`` constraints between the endpoints of its two nodes, as the
TempEval-3 toolkit (UzZaman and Allen 2011) reads TimeML:

=================  =============================
relation           endpoint constraints
=================  =============================
BEFORE             x.end < y.start
IBEFORE            x.end = y.start
BEGINS             x.start = y.start, x.end < y.end
ENDS               y.start < x.start, x.end = y.end
INCLUDES           x.start < y.start, y.end < x.end
SIMULTANEOUS       x.start = y.start, x.end = y.end
=================  =============================

with the inverse types (AFTER, IAFTER, BEGUN_BY, ENDED_BY, IS_INCLUDED) read
from the other side; IDENTITY, DURING and DURING_INV count as SIMULTANEOUS
(the toolkit's convention), VAGUE constrains nothing. The graph keeps, for
every point, the sets (as integer bit sets) of points equal to it, before it
and after it, updated on each insertion, so a query is one bit test. With
only ``<`` and ``=`` between points this closure is complete: whatever the
relations entail, the graph knows.

This module is independent of the library's own reasoning in
:mod:`timeline.ordering`, as an evaluation tool must be.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from timeline.model import RelType

__all__ = ["Link", "PointGraph", "ReducedGraph", "constraints", "reduce_links"]

_START, _END = "start", "end"
#: One endpoint constraint: (node, end) ``<`` or ``=`` (node, end).
Constraint = tuple[tuple[str, str], str, tuple[str, str]]

_SAME = {RelType.IDENTITY, RelType.DURING, RelType.DURING_INV, RelType.SIMULTANEOUS}


@attrs.frozen
class Link:
    """``source`` stands in ``rel_type`` to ``target`` (node names of one graph).

    >>> Link("e1", "t1", RelType.IS_INCLUDED).inverse()
    Link(source='t1', target='e1', rel_type=<RelType.INCLUDES: 'INCLUDES'>)
    """

    source: str
    target: str
    rel_type: RelType

    def inverse(self) -> Link:
        """The same link read from the target's side."""
        return Link(self.target, self.source, self.rel_type.inverse())


def constraints(link: Link) -> tuple[Constraint, ...]:
    """The endpoint constraints ``link`` stands for (none for VAGUE).

    >>> constraints(Link("e1", "e2", RelType.BEFORE))
    ((('e1', 'end'), '<', ('e2', 'start')),)
    >>> constraints(Link("e1", "e2", RelType.DURING)) == constraints(Link("e1", "e2", RelType.SIMULTANEOUS))
    True
    """
    x, y, rel = link.source, link.target, link.rel_type
    xs, xe, ys, ye = (x, _START), (x, _END), (y, _START), (y, _END)
    if rel in _SAME:
        return ((xs, "=", ys), (xe, "=", ye))
    table: dict[RelType, tuple[Constraint, ...]] = {
        RelType.BEFORE: ((xe, "<", ys),),
        RelType.AFTER: ((ye, "<", xs),),
        RelType.IBEFORE: ((xe, "=", ys),),
        RelType.IAFTER: ((ye, "=", xs),),
        RelType.BEGINS: ((xs, "=", ys), (xe, "<", ye)),
        RelType.BEGUN_BY: ((xs, "=", ys), (ye, "<", xe)),
        RelType.ENDS: ((xe, "=", ye), (ys, "<", xs)),
        RelType.ENDED_BY: ((xe, "=", ye), (xs, "<", ys)),
        RelType.INCLUDES: ((xs, "<", ys), (ye, "<", xe)),
        RelType.IS_INCLUDED: ((ys, "<", xs), (xe, "<", ye)),
    }
    return table.get(rel, ())


class PointGraph:
    """The closure of the relations added so far, over the endpoints of their nodes.

    >>> graph = PointGraph()
    >>> graph.add(Link("a", "b", RelType.BEFORE)), graph.add(Link("b", "c", RelType.INCLUDES))
    (True, True)
    >>> graph.entails(Link("a", "c", RelType.BEFORE)), graph.entails(Link("c", "a", RelType.AFTER))
    (True, True)
    >>> graph.entails(Link("a", "c", RelType.IBEFORE))
    False
    >>> graph.consistent(Link("c", "a", RelType.BEFORE))
    False
    """

    def __init__(self) -> None:
        self._index: dict[tuple[str, str], int] = {}
        # Bit sets per point: the points equal to it (itself included), before it, after it.
        self._equal: list[int] = []
        self._before: list[int] = []
        self._after: list[int] = []

    def add(self, link: Link) -> bool:
        """Add ``link`` unless it contradicts the graph; whether it was added."""
        saved = (list(self._equal), list(self._before), list(self._after), dict(self._index))
        for left, sign, right in constraints(link):
            a, b = self._point(left), self._point(right)
            if not self._add_constraint(a, sign, b):
                self._equal, self._before, self._after, self._index = saved
                return False
        return True

    def entails(self, link: Link) -> bool:
        """Whether every constraint of ``link`` follows from the graph (VAGUE never does)."""
        found = constraints(link)
        return bool(found) and all(self._holds(left, sign, right) for left, sign, right in found)

    def point_holds(self, left: tuple[str, str], sign: str, right: tuple[str, str]) -> bool:
        """Whether ``left`` ``sign`` (``<`` or ``=``) ``right`` follows; a point is ``(node, "start"|"end")``.

        >>> graph = PointGraph()
        >>> graph.add(Link("a", "b", RelType.BEGINS))
        True
        >>> graph.point_holds(("a", "start"), "=", ("b", "start"))
        True
        >>> graph.point_holds(("b", "end"), "<", ("a", "end"))
        False
        """
        return self._holds(left, sign, right)

    def consistent(self, link: Link) -> bool:
        """Whether ``link`` could be added without a contradiction (the graph is left unchanged)."""
        saved = (list(self._equal), list(self._before), list(self._after), dict(self._index))
        try:
            return self.add(link)
        finally:
            self._equal, self._before, self._after, self._index = saved

    def _holds(self, left: tuple[str, str], sign: str, right: tuple[str, str]) -> bool:
        a, b = self._index.get(left), self._index.get(right)
        if a is None or b is None:
            return False
        mask = self._equal[a] if sign == "=" else self._after[a]
        return bool(mask >> b & 1)

    def _point(self, point: tuple[str, str]) -> int:
        found = self._index.get(point)
        if found is not None:
            return found
        node = point[0]
        for end in (_START, _END):
            self._index[(node, end)] = len(self._equal)
            self._equal.append(1 << len(self._equal))
            self._before.append(0)
            self._after.append(0)
        self._add_constraint(self._index[(node, _START)], "<", self._index[(node, _END)])
        return self._index[point]

    def _add_constraint(self, a: int, sign: str, b: int) -> bool:
        if sign == "<":
            if (self._equal[b] | self._after[b]) >> a & 1:
                return False  # b <= a already
            self._less(a, b)
            return True
        if self._after[a] >> b & 1 or self._after[b] >> a & 1:
            return False
        if not self._equal[a] >> b & 1:
            self._merge(a, b)
        return True

    def _less(self, a: int, b: int) -> None:
        lower = self._equal[a] | self._before[a]
        upper = self._equal[b] | self._after[b]
        for x in _bits(lower):
            self._after[x] |= upper
        for y in _bits(upper):
            self._before[y] |= lower

    def _merge(self, a: int, b: int) -> None:
        equal = self._equal[a] | self._equal[b]
        before = self._before[a] | self._before[b]
        after = self._after[a] | self._after[b]
        for x in _bits(equal):
            self._equal[x], self._before[x], self._after[x] = equal, before, after
        for x in _bits(before):
            self._after[x] |= equal | after
        for y in _bits(after):
            self._before[y] |= equal | before


def _bits(mask: int) -> Iterable[int]:
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


@attrs.frozen
class ReducedGraph:
    """A list of relations read in order: the closure, and the relations that count (``kept`` + ``violated``).

    ``kept`` are the relations that added something when read (the reduced
    graph), ``violated`` those that contradicted what came before (left out
    of the closure but still scored, as TempEval-3 scores them), ``given``
    every distinct relation as written.

    >>> reduced = reduce_links([Link("a", "b", RelType.BEFORE), Link("b", "c", RelType.BEFORE),
    ...                         Link("a", "c", RelType.BEFORE), Link("c", "a", RelType.BEFORE)])
    >>> [(link.source, link.target) for link in reduced.kept], len(reduced.violated), len(reduced.scored)
    ([('a', 'b'), ('b', 'c')], 1, 3)
    """

    graph: PointGraph = attrs.field(eq=False)
    kept: tuple[Link, ...]
    violated: tuple[Link, ...]
    given: frozenset[Link]

    @property
    def scored(self) -> tuple[Link, ...]:
        """The relations that count in precision (system) or recall (gold): ``kept`` and ``violated``."""
        return self.kept + self.violated

    def supports(self, link: Link) -> bool:
        """Whether ``link`` follows from the closure or was given as such (either direction).

        >>> reduce_links([Link("a", "b", RelType.IBEFORE)]).supports(Link("b", "a", RelType.IAFTER))
        True
        """
        link = _normalized(link)
        return self.graph.entails(link) or link in self.given or link.inverse() in self.given


def reduce_links(links: Iterable[Link]) -> ReducedGraph:
    """The graph of ``links`` read in order, the way the TempEval-3 toolkit builds its timegraph.

    A relation already entailed by the ones before it is redundant and left
    out of the reduced graph; one that contradicts them is *violated*; a
    repeated relation counts once; VAGUE ones are ignored; IDENTITY, DURING
    and DURING_INV become SIMULTANEOUS.

    >>> reduce_links([Link("a", "b", RelType.SIMULTANEOUS), Link("b", "a", RelType.IDENTITY)]).kept
    (Link(source='a', target='b', rel_type=<RelType.SIMULTANEOUS: 'SIMULTANEOUS'>),)
    """
    graph = PointGraph()
    kept: list[Link] = []
    violated: list[Link] = []
    seen: set[Link] = set()
    for written in links:
        link = _normalized(written)
        if link in seen or not constraints(link):
            continue
        seen.add(link)
        if graph.entails(link):
            continue
        if graph.add(link):
            kept.append(link)
        else:
            violated.append(link)
    return ReducedGraph(graph, tuple(kept), tuple(violated), frozenset(seen))


def _normalized(link: Link) -> Link:
    """IDENTITY, DURING and DURING_INV read as SIMULTANEOUS, as the toolkit reads them."""
    return attrs.evolve(link, rel_type=RelType.SIMULTANEOUS) if link.rel_type in _SAME else link
