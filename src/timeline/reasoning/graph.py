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
import heapq
import itertools
from collections.abc import Iterable, Mapping, Sequence

import attrs

from timeline.model import Interval, Relation, RelType
from timeline.reasoning.points import End, Order, constraints_of, interval_relation, start_relation

__all__ = ["TemporalGraph", "build_graph"]

_Edge = tuple[int, int, bool]  # from point, to point, strict
#: States a conflict search may visit before it sets the link aside unverified.
_SEARCH_LIMIT = 2000


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
        index = self._index(node)
        return self.component[2 * index + (1 if end is End.END else 0)]

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
    tiers: dict[int, list[Relation]] = {}
    for relation in known:
        tiers.setdefault(ranks.get(relation.rule, len(ranks) + 1), []).append(relation)
    accepted = list(base)
    kept: list[Relation] = []
    conflicts: list[Relation] = []
    point_count = 2 * len(names)
    for rank in sorted(tiers):
        tier = tiers[rank]
        tier_edges = [_edges_of(relation, index) for relation in tier]
        candidate = accepted + [edge for edges in tier_edges for edge in edges]
        component = _components(point_count, candidate)
        bad = {component[u] for u, v, strict in candidate if strict and component[u] == component[v]}
        suspects: list[int] = []
        for number, edges in enumerate(tier_edges):
            if any(component[u] in bad and component[u] == component[v] for u, v, _ in edges):
                suspects.append(number)
            else:
                accepted.extend(edges)
                kept.append(tier[number])
        # Each suspect in text order is added back unless it closes a strict cycle. Any such
        # cycle lies inside a bad component, so the search keeps to their points.
        inside = {point for point in range(point_count) if component[point] in bad}
        adjacency: dict[int, list[tuple[int, bool]]] = {}
        for first, second, strict in accepted:
            if first in inside and second in inside:
                adjacency.setdefault(first, []).append((second, strict))
        for number in suspects:
            edges = tier_edges[number]
            if _closes_strict_cycle(adjacency, edges):
                conflicts.append(tier[number])
                continue
            accepted.extend(edges)
            kept.append(tier[number])
            for first, second, strict in edges:
                adjacency.setdefault(first, []).append((second, strict))
    # Links keep the order they were given in.
    given = {id(relation): number for number, relation in enumerate(known)}
    kept.sort(key=lambda relation: given[id(relation)])
    conflicts.sort(key=lambda relation: given[id(relation)])
    return _condense(names, nodes, accepted, (tuple(kept), tuple(conflicts)))


def _edges_of(relation: Relation, index: Mapping[str, int]) -> list[_Edge]:
    edges: list[_Edge] = []
    for constraint in constraints_of(relation.source, relation.rel_type, relation.target):
        first = _point(index[constraint.source], constraint.source_end)
        second = _point(index[constraint.target], constraint.target_end)
        edges.append((first, second, constraint.order is Order.LESS))
        if constraint.order is Order.EQUAL:
            edges.append((second, first, False))
    return edges


def _point(node: int, end: End) -> int:
    return 2 * node + (1 if end is End.END else 0)


def _intrinsic_edges(count: int) -> list[_Edge]:
    return [(2 * node, 2 * node + 1, False) for node in range(count)]


def _calendar_edges(names: Sequence[str], nodes: Mapping[str, Interval | None]) -> list[_Edge]:
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
    edges: list[_Edge] = []
    for (value, side, point), (next_value, next_side, next_point) in itertools.pairwise(pinned):
        same = (value, side) == (next_value, next_side)
        edges.append((point, next_point, not same))
        if same:
            edges.append((next_point, point, False))
    return edges


def _components(count: int, edges: Sequence[_Edge]) -> list[int]:
    """The strongly connected component of every point (iterative Tarjan)."""
    adjacency: list[list[int]] = [[] for _ in range(count)]
    for first, second, _ in edges:
        adjacency[first].append(second)
    order = [-1] * count
    low = [0] * count
    component = [-1] * count
    on_stack = [False] * count
    stack: list[int] = []
    counter = 0
    found = 0
    for root in range(count):
        if order[root] != -1:
            continue
        work = [(root, 0)]
        while work:
            node, child = work[-1]
            if child == 0:
                order[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack[node] = True
            if child < len(adjacency[node]):
                work[-1] = (node, child + 1)
                following = adjacency[node][child]
                if order[following] == -1:
                    work.append((following, 0))
                elif on_stack[following]:
                    low[node] = min(low[node], order[following])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == order[node]:
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component[member] = found
                    if member == node:
                        break
                found += 1
    return component


def _closes_strict_cycle(adjacency: dict[int, list[tuple[int, bool]]], new: Sequence[_Edge]) -> bool:
    """Whether adding ``new`` to the consistent graph ``adjacency`` closes a cycle through a strict edge."""
    for first, second, strict in new:
        adjacency.setdefault(first, []).append((second, strict))
    try:
        return any(_path_back(adjacency, second, first, strict) for first, second, strict in new)
    finally:
        for first, _, _ in reversed(new):
            adjacency[first].pop()


def _path_back(adjacency: dict[int, list[tuple[int, bool]]], start: int, goal: int, strict: bool) -> bool:
    """Whether a path leads from ``start`` to ``goal`` that, with a step of ``strict``, is strict.

    The search gives up after :data:`_SEARCH_LIMIT` states and answers yes:
    the link is then set aside unverified, which keeps the graph consistent
    and the cost linear in links however tangled a long document gets.
    """
    seen = {(start, strict)}
    stack = [(start, strict)]
    while stack:
        if len(seen) > _SEARCH_LIMIT:
            return True
        point, so_far = stack.pop()
        if point == goal and so_far:
            return True
        for following, step in adjacency.get(point, ()):
            state = (following, so_far or step)
            if state not in seen:
                seen.add(state)
                stack.append(state)
    return False


def _condense(
    names: tuple[str, ...],
    nodes: Mapping[str, Interval | None],
    edges: Sequence[_Edge],
    outcome: tuple[tuple[Relation, ...], tuple[Relation, ...]],
) -> TemporalGraph:
    """The graph of components of the consistent ``edges``, with order and bounds."""
    component = _components(2 * len(names), edges)
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
            pinned[component[2 * number]] = interval.start
            pinned[component[2 * number + 1]] = interval.end
    topological = _topological(successors)
    position = [0] * size
    for rank, current in enumerate(topological):
        position[current] = rank
    lower, upper = _bounds(successors, topological, pinned)
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


def _topological(successors: Sequence[Sequence[tuple[int, bool]]]) -> list[int]:
    """A topological order of the components (Kahn's algorithm)."""
    indegree = [0] * len(successors)
    for following in successors:
        for target, _ in following:
            indegree[target] += 1
    ready = [c for c in range(len(successors)) if indegree[c] == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        current = heapq.heappop(ready)
        order.append(current)
        for target, _ in successors[current]:
            indegree[target] -= 1
            if indegree[target] == 0:
                heapq.heappush(ready, target)
    return order


def _bounds(
    successors: Sequence[Sequence[tuple[int, bool]]],
    topological: Sequence[int],
    pinned: Sequence[dt.datetime | None],
) -> tuple[list[dt.datetime | None], list[dt.datetime | None]]:
    """The earliest and latest calendar moment of every component, from the pinned ones."""
    lower = list(pinned)
    for current in topological:
        bound = lower[current]
        if bound is None:
            continue
        for target, _ in successors[current]:
            if lower[target] is None or bound > lower[target]:  # type: ignore[operator]
                lower[target] = bound
    upper = list(pinned)
    for current in reversed(topological):
        for target, _ in successors[current]:
            bound = upper[target]
            if bound is not None and (upper[current] is None or bound < upper[current]):  # type: ignore[operator]
                upper[current] = bound
    return lower, upper
