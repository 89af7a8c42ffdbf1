"""Directed graphs of points with strict and non-strict steps: the algorithms the temporal graph runs on.

Points are numbered ``0 .. count-1``; an edge ``(first, second, strict)``
says ``first < second`` (strict) or ``first <= second``. Everything here is
linear in points and edges (the cycle search is capped, see
:func:`closes_strict_cycle`).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Sequence

__all__ = ["Edge", "calendar_bounds", "closes_strict_cycle", "strongly_connected", "topological_order"]

Edge = tuple[int, int, bool]  # from point, to point, strict
#: States a conflict search may visit before it sets the link aside unverified. On the 256
#: TempEval-3 training documents no search visits more than about 100; only long tangled
#: texts (many documents read against one date) reach it.
SEARCH_LIMIT = 500


def strongly_connected(count: int, edges: Sequence[Edge]) -> list[int]:
    """The strongly connected component of every point (iterative Tarjan, components numbered from 0).

    >>> strongly_connected(3, [(0, 1, False), (1, 0, False), (1, 2, True)])
    [1, 1, 0]
    """
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


def closes_strict_cycle(adjacency: dict[int, list[tuple[int, bool]]], new: Sequence[Edge]) -> bool:
    """Whether adding ``new`` to the consistent graph ``adjacency`` closes a cycle through a strict edge.

    ``adjacency`` is left as it was.

    >>> graph = {0: [(1, False)]}
    >>> closes_strict_cycle(graph, [(1, 0, True)]), closes_strict_cycle(graph, [(1, 0, False)]), graph
    (True, False, {0: [(1, False)], 1: []})
    """
    for first, second, strict in new:
        adjacency.setdefault(first, []).append((second, strict))
    try:
        return any(_path_back(adjacency, second, first, strict) for first, second, strict in new)
    finally:
        for first, _, _ in reversed(new):
            adjacency[first].pop()


def _path_back(adjacency: dict[int, list[tuple[int, bool]]], start: int, goal: int, strict: bool) -> bool:
    """Whether a path leads from ``start`` to ``goal`` that, with a step of ``strict``, is strict.

    The search gives up after :data:`SEARCH_LIMIT` states and answers yes:
    the link is then set aside unverified, which keeps the graph consistent
    and the cost linear in links however tangled a long document gets.
    """
    seen = {(start, strict)}
    stack = [(start, strict)]
    while stack:
        if len(seen) > SEARCH_LIMIT:
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


def topological_order(
    successors: Sequence[Sequence[tuple[int, bool]]], key: Callable[[int], tuple[object, ...]] | None = None
) -> list[int]:
    """The nodes of the acyclic ``successors`` in a topological order (Kahn's algorithm).

    Among the nodes free to come next, the one with the smallest ``key``
    (default: its number) goes first.

    >>> topological_order([[(2, True)], [], []]), topological_order([[], [], []], key=lambda n: -n)
    ([0, 1, 2], [2, 1, 0])
    """
    indegree = [0] * len(successors)
    for following in successors:
        for target, _ in following:
            indegree[target] += 1
    rank = key or (lambda node: (node,))
    ready = [(rank(node), node) for node in range(len(successors)) if indegree[node] == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        _, current = heapq.heappop(ready)
        order.append(current)
        for target, _ in successors[current]:
            indegree[target] -= 1
            if indegree[target] == 0:
                heapq.heappush(ready, (rank(target), target))
    return order


def calendar_bounds(
    successors: Sequence[Sequence[tuple[int, bool]]],
    topological: Sequence[int],
    pinned: Sequence[dt.datetime | None],
) -> tuple[list[dt.datetime | None], list[dt.datetime | None]]:
    """The earliest and latest calendar moment of every node of an acyclic graph, from the pinned ones.

    >>> day = dt.datetime(2020, 6, 9)
    >>> lower, upper = calendar_bounds([[(1, True)], []], [0, 1], [day, None])
    >>> lower == [day, day], upper == [day, None]
    (True, True)
    """
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
