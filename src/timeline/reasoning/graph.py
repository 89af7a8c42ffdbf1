"""A temporal graph over interval endpoints: closure, consistency and calendar bounds.

Nodes are events, time expressions and the publication date; each has a
start and an end point. Edges are point constraints (``<``, ``<=``; ``=`` is
``<=`` both ways). Time expressions with a calendar interval, and the
publication day, pin their points to calendar values; those points are
chained in calendar order, so the calendar takes part in every inference.

Closure is reachability: ``a < b`` holds when a path leads from a to b
through at least one strict edge. A set of constraints is inconsistent
exactly when a strongly connected component holds a strict edge, so
consistency is checked in linear time (Tarjan's algorithm). Links are added
in tiers of decreasing reliability; a link that contradicts what more
reliable links (or earlier links of its own tier) already state is set aside
as a conflict, never half-applied.

Bounds are read off the condensed graph in topological order: a point's
earliest moment is the latest calendar value that must precede it, its
latest moment the earliest value that must follow it. The whole build is
near-linear in the number of links.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence

import attrs

from timeline.model import Interval, Relation, RelType
from timeline.reasoning.digraph import (
    Edge,
    calendar_bounds,
    closes_strict_cycle,
    strongly_connected,
    topological_order,
)
from timeline.reasoning.points import End, Order, constraints_of, interval_relation, start_relation

__all__ = ["TemporalGraph", "build_graph"]


@attrs.frozen
class TemporalGraph:
    """The consistent temporal graph of one text; build it with :func:`build_graph`.

    >>> import datetime as dt
    >>> from timeline.model import Interval, Relation, RelType
    >>> june_6 = Interval.day(dt.date(2020, 6, 6))
    >>> graph = build_graph({"t1": june_6, "e1": None, "e2": None},
    ...                     [Relation("e1", "t1", RelType.IS_INCLUDED, "attachment"),
    ...                      Relation("e2", "e1", RelType.AFTER, "marker")])
    >>> graph.relation("e1", "e2"), graph.bounds("e2")
    (<RelType.BEFORE: 'BEFORE'>, (datetime.datetime(2020, 6, 6, 0, 0), None))
    """

    nodes: tuple[str, ...]
    index: Mapping[str, int]
    #: The component of every point (point ``2 * i`` is node i's start, ``2 * i + 1`` its end).
    component: tuple[int, ...]
    #: Successors of every component, with whether the step is strict.
    successors: tuple[tuple[tuple[int, bool], ...], ...]
    #: Every component's position in a topological order.
    position: tuple[int, ...]
    lower: tuple[dt.datetime | None, ...]
    upper: tuple[dt.datetime | None, ...]
    kept: tuple[Relation, ...]
    conflicts: tuple[Relation, ...]

    def point(self, node: str, end: End) -> int:
        """The component of ``node``'s ``end`` point.

        >>> build_graph({"e1": None}, []).point("e1", End.START) == build_graph({"e1": None}, []).point(
        ...     "e1", End.START)
        True
        """
        return self.component[_point(self._index(node), end)]

    def bounds(self, node: str) -> tuple[dt.datetime | None, dt.datetime | None]:
        """The earliest start and latest end of ``node`` the graph supports (``None``: open).

        >>> build_graph({"e1": None}, []).bounds("e1")
        (None, None)
        """
        return self.lower[self.point(node, End.START)], self.upper[self.point(node, End.END)]

    def order(self, first: int, second: int) -> Order | None:
        """How component ``first`` is known to stand to ``second`` (``None``: not known to precede it).

        >>> graph = build_graph({"e1": None, "e2": None}, [Relation("e1", "e2", RelType.BEFORE, "r")])
        >>> graph.order(graph.point("e1", End.START), graph.point("e2", End.START))
        <Order.LESS: '<'>
        """
        if first == second:
            return Order.EQUAL
        if self.position[second] < self.position[first]:
            return None
        upper_first, lower_second = self.upper[first], self.lower[second]
        if upper_first is not None and lower_second is not None and upper_first < lower_second:
            return Order.LESS
        best: dict[int, bool] = {first: False}
        stack = [first]
        found: bool | None = None
        while stack:
            current = stack.pop()
            strict = best[current]
            for following, step_strict in self.successors[current]:
                if self.position[following] > self.position[second]:
                    continue
                reached = strict or step_strict
                if following in best and (best[following] or not reached):
                    continue
                best[following] = reached
                if following == second:
                    found = reached if found is None else found or reached
                    continue
                stack.append(following)
        if found is None:
            return None
        return Order.LESS if found else Order.LESS_OR_EQUAL

    def relation(self, first: str, second: str) -> RelType:
        """The tightest TimeML relation of ``first`` to ``second`` that the graph entails.

        >>> graph = build_graph({"e1": None, "e2": None}, [Relation("e1", "e2", RelType.BEFORE, "r")])
        >>> graph.relation("e2", "e1")
        <RelType.AFTER: 'AFTER'>
        """
        a_start, a_end = self.point(first, End.START), self.point(first, End.END)
        b_start, b_end = self.point(second, End.START), self.point(second, End.END)
        return interval_relation(
            self.order(a_end, b_start),
            self.order(b_end, a_start),
            (self.order(a_start, b_start), self.order(b_start, a_start)),
            (self.order(a_end, b_end), self.order(b_end, a_end)),
        )

    def start_relation(self, first: str, second: str) -> RelType:
        """How the starts of ``first`` and ``second`` stand: BEFORE, AFTER, SIMULTANEOUS or VAGUE.

        >>> graph = build_graph({"e1": None, "e2": None}, [Relation("e1", "e2", RelType.BEGINS, "r")])
        >>> graph.start_relation("e1", "e2")
        <RelType.SIMULTANEOUS: 'SIMULTANEOUS'>
        """
        a_start, b_start = self.point(first, End.START), self.point(second, End.START)
        return start_relation(self.order(a_start, b_start), self.order(b_start, a_start))

    def _index(self, node: str) -> int:
        try:
            return self.index[node]
        except KeyError:
            msg = f"no node {node!r} in the temporal graph"
            raise KeyError(msg) from None


def _node_index(nodes: tuple[str, ...]) -> dict[str, int]:
    return {node: index for index, node in enumerate(nodes)}


def build_graph(
    nodes: Mapping[str, Interval | None],
    relations: Iterable[Relation],
    reliability: Mapping[str, int] | None = None,
) -> TemporalGraph:
    """The consistent graph of ``nodes`` (with the calendar interval of each that has one) and ``relations``.

    Relations are added by ``reliability`` of their rule (lower first; rules
    not listed come last), in the given order within a tier; one that
    contradicts what is already there is set aside in ``conflicts``.
    Relations naming unknown nodes are ignored.

    >>> graph = build_graph({"e1": None, "e2": None},
    ...                     [Relation("e1", "e2", RelType.BEFORE, "sure"),
    ...                      Relation("e2", "e1", RelType.BEFORE, "guess")], {"sure": 0, "guess": 1})
    >>> [r.rule for r in graph.kept], [r.rule for r in graph.conflicts]
    (['sure'], ['guess'])
    """
    names = tuple(nodes)
    index = _node_index(names)
    base = _intrinsic_edges(len(names)) + _calendar_edges(names, nodes)
    ranks = reliability or {}
    known = [r for r in relations if r.source in index and r.target in index and r.source != r.target]
    tiers: dict[int, list[int]] = {}
    for number, relation in enumerate(known):
        tiers.setdefault(ranks.get(relation.rule, len(ranks) + 1), []).append(number)
    accepted = list(base)
    # Positions in ``known``: links keep the order they were given in.
    kept: list[int] = []
    conflicts: list[int] = []
    point_count = 2 * len(names)
    for rank in sorted(tiers):
        tier = tiers[rank]
        tier_edges = [_edges_of(known[number], index) for number in tier]
        candidate = accepted + [edge for edges in tier_edges for edge in edges]
        component = strongly_connected(point_count, candidate)
        bad = {component[u] for u, v, strict in candidate if strict and component[u] == component[v]}
        suspects: list[int] = []
        for number, edges in enumerate(tier_edges):
            if any(component[u] in bad and component[u] == component[v] for u, v, _ in edges):
                suspects.append(number)
            else:
                accepted.extend(edges)
                kept.append(tier[number])
        # Each suspect in text order is added back unless it closes a strict cycle. Any such
        # cycle lies inside one bad component, so the search keeps to the edges within one.
        adjacency: dict[int, list[tuple[int, bool]]] = {}
        for first, second, strict in accepted:
            if component[first] in bad and component[first] == component[second]:
                adjacency.setdefault(first, []).append((second, strict))
        for number in suspects:
            edges = [edge for edge in tier_edges[number] if component[edge[0]] == component[edge[1]]]
            if closes_strict_cycle(adjacency, edges):
                conflicts.append(tier[number])
                continue
            accepted.extend(tier_edges[number])
            kept.append(tier[number])
            for first, second, strict in edges:
                if component[first] in bad:
                    adjacency.setdefault(first, []).append((second, strict))
    outcome = (
        tuple(known[number] for number in sorted(kept)),
        tuple(known[number] for number in sorted(conflicts)),
    )
    return _condense(names, nodes, accepted, outcome)


def _edges_of(relation: Relation, index: Mapping[str, int]) -> list[Edge]:
    edges: list[Edge] = []
    for constraint in constraints_of(relation.source, relation.rel_type, relation.target):
        first = _point(index[constraint.source], constraint.source_end)
        second = _point(index[constraint.target], constraint.target_end)
        edges.append((first, second, constraint.order is Order.LESS))
        if constraint.order is Order.EQUAL:
            edges.append((second, first, False))
    return edges


def _point(node: int, end: End) -> int:
    return 2 * node + (1 if end is End.END else 0)


def _intrinsic_edges(count: int) -> list[Edge]:
    return [(2 * node, 2 * node + 1, False) for node in range(count)]


def _calendar_edges(names: Sequence[str], nodes: Mapping[str, Interval | None]) -> list[Edge]:
    """Edges that chain the pinned points in calendar order (equal moments both ways).

    Intervals are half-open, so an end point lies just before a start point of
    the same value: a day ends before the next one starts.
    """
    pinned: list[tuple[dt.datetime, int, int]] = []
    for number, name in enumerate(names):
        interval = nodes[name]
        if interval is not None:
            pinned.extend(((interval.start, 1, 2 * number), (interval.end, 0, 2 * number + 1)))
    pinned.sort()
    edges: list[Edge] = []
    for (value, side, point), (next_value, next_side, next_point) in itertools.pairwise(pinned):
        same = (value, side) == (next_value, next_side)
        edges.append((point, next_point, not same))
        if same:
            edges.append((next_point, point, False))
    return edges


def _condense(
    names: tuple[str, ...],
    nodes: Mapping[str, Interval | None],
    edges: Sequence[Edge],
    outcome: tuple[tuple[Relation, ...], tuple[Relation, ...]],
) -> TemporalGraph:
    """The graph of components of the consistent ``edges``, with order and bounds."""
    component = strongly_connected(2 * len(names), edges)
    size = max(component, default=-1) + 1
    steps: dict[tuple[int, int], bool] = {}
    for first, second, strict in edges:
        a, b = component[first], component[second]
        if a != b:
            steps[(a, b)] = steps.get((a, b), False) or strict
    successors: list[list[tuple[int, bool]]] = [[] for _ in range(size)]
    for (a, b), strict in steps.items():
        successors[a].append((b, strict))
    pinned: list[dt.datetime | None] = [None] * size
    for number, name in enumerate(names):
        interval = nodes[name]
        if interval is not None:
            pinned[component[_point(number, End.START)]] = interval.start
            pinned[component[_point(number, End.END)]] = interval.end
    topological = topological_order(successors)
    position = [0] * size
    for rank, current in enumerate(topological):
        position[current] = rank
    lower, upper = calendar_bounds(successors, topological, pinned)
    kept, conflicts = outcome
    return TemporalGraph(
        nodes=names,
        index=_node_index(names),
        component=tuple(component),
        successors=tuple(tuple(s) for s in successors),
        position=tuple(position),
        lower=tuple(lower),
        upper=tuple(upper),
        kept=kept,
        conflicts=conflicts,
    )
