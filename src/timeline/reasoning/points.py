"""TimeML relations as constraints between interval endpoints (Allen's relations in point form).

Every event and time is an interval with a start point and an end point,
``start <= end``. A TimeML relation becomes one or two constraints between
endpoints, each ``<``, ``<=`` or ``=``. Reasoning over points instead of
Allen's thirteen interval relations keeps closure simple and fast: it is
reachability in a graph of points (Vilain and Kautz's point algebra).

TimeML's containment relations are read loosely (``INCLUDES`` allows shared
ends), since texts rarely say whether an event fills its time exactly.
"""

from __future__ import annotations

import enum

import attrs

from timeline.model import RelType

__all__ = ["End", "Order", "PointConstraint", "constraints_of", "interval_relation", "start_relation"]


class End(enum.Enum):
    """Which endpoint of an interval.

    >>> End.START.value
    'start'
    """

    START = "start"
    END = "end"


class Order(enum.Enum):
    """How one point stands to another.

    >>> Order.LESS.strict
    True
    """

    LESS = "<"
    LESS_OR_EQUAL = "<="
    EQUAL = "="

    @property
    def strict(self) -> bool:
        """Whether the order excludes equality."""
        return self is Order.LESS


@attrs.frozen
class PointConstraint:
    """``source``'s ``source_end`` stands in ``order`` to ``target``'s ``target_end``.

    >>> PointConstraint("e1", End.END, Order.LESS, "e2", End.START).describe()
    'e1.end < e2.start'
    """

    source: str
    source_end: End
    order: Order
    target: str
    target_end: End

    def describe(self) -> str:
        """The constraint as a formula."""
        return (
            f"{self.source}.{self.source_end.value} {self.order.value} {self.target}.{self.target_end.value}"
        )


_S, _E = End.START, End.END
_LT, _LE, _EQ = Order.LESS, Order.LESS_OR_EQUAL, Order.EQUAL

# "a REL b" as constraints (a-end, order, b-end); a pair written (b-end, order, a-end) is marked by "b".
_TABLE: dict[RelType, tuple[tuple[str, End, Order, End], ...]] = {
    RelType.BEFORE: (("a", _E, _LT, _S),),
    RelType.AFTER: (("b", _E, _LT, _S),),
    RelType.IBEFORE: (("a", _E, _EQ, _S),),
    RelType.IAFTER: (("b", _E, _EQ, _S),),
    RelType.INCLUDES: (("a", _S, _LE, _S), ("b", _E, _LE, _E)),
    RelType.IS_INCLUDED: (("b", _S, _LE, _S), ("a", _E, _LE, _E)),
    RelType.DURING: (("b", _S, _LE, _S), ("a", _E, _LE, _E)),
    RelType.DURING_INV: (("a", _S, _LE, _S), ("b", _E, _LE, _E)),
    RelType.SIMULTANEOUS: (("a", _S, _EQ, _S), ("a", _E, _EQ, _E)),
    RelType.IDENTITY: (("a", _S, _EQ, _S), ("a", _E, _EQ, _E)),
    RelType.BEGINS: (("a", _S, _EQ, _S), ("a", _E, _LE, _E)),
    RelType.BEGUN_BY: (("a", _S, _EQ, _S), ("b", _E, _LE, _E)),
    RelType.ENDS: (("a", _E, _EQ, _E), ("b", _S, _LE, _S)),
    RelType.ENDED_BY: (("a", _E, _EQ, _E), ("a", _S, _LE, _S)),
    RelType.VAGUE: (),
}


def constraints_of(source: str, rel_type: RelType, target: str) -> tuple[PointConstraint, ...]:
    """The point constraints that "``source`` ``rel_type`` ``target``" states.

    >>> [c.describe() for c in constraints_of("e1", RelType.IS_INCLUDED, "t1")]
    ['t1.start <= e1.start', 'e1.end <= t1.end']
    >>> constraints_of("e1", RelType.VAGUE, "e2")
    ()
    """
    found = []
    for side, first_end, order, second_end in _TABLE[rel_type]:
        first, second = (source, target) if side == "a" else (target, source)
        found.append(PointConstraint(first, first_end, order, second, second_end))
    return tuple(found)


def start_relation(order: Order | None, reverse: Order | None) -> RelType:
    """The relation of two start points (MATRES's reading): given how a's start stands to b's and back.

    ``order`` is how a's start stands to b's start (``None``: unknown),
    ``reverse`` how b's start stands to a's.

    >>> start_relation(Order.LESS, None)
    <RelType.BEFORE: 'BEFORE'>
    >>> start_relation(Order.LESS_OR_EQUAL, Order.LESS_OR_EQUAL)
    <RelType.SIMULTANEOUS: 'SIMULTANEOUS'>
    >>> start_relation(None, None)
    <RelType.VAGUE: 'VAGUE'>
    """
    if order is Order.EQUAL or (order is not None and reverse is not None):
        return RelType.SIMULTANEOUS
    if order is Order.LESS:
        return RelType.BEFORE
    if reverse is Order.LESS:
        return RelType.AFTER
    return RelType.VAGUE


def interval_relation(
    a_end_b_start: Order | None,
    b_end_a_start: Order | None,
    starts: tuple[Order | None, Order | None],
    ends: tuple[Order | None, Order | None],
) -> RelType:
    """The TimeML relation of interval a to b from how their endpoints are known to stand.

    ``a_end_b_start`` is how a's end stands to b's start; ``starts`` and
    ``ends`` give how a's point stands to b's and b's to a's.

    >>> interval_relation(Order.LESS, None, (None, None), (None, None))
    <RelType.BEFORE: 'BEFORE'>
    >>> le = Order.LESS_OR_EQUAL
    >>> interval_relation(None, None, (le, None), (None, le))
    <RelType.INCLUDES: 'INCLUDES'>
    >>> interval_relation(None, None, (le, le), (le, le))
    <RelType.SIMULTANEOUS: 'SIMULTANEOUS'>
    """
    if a_end_b_start is Order.LESS:
        return RelType.BEFORE
    if b_end_a_start is Order.LESS:
        return RelType.AFTER
    if a_end_b_start is Order.EQUAL:
        return RelType.IBEFORE
    if b_end_a_start is Order.EQUAL:
        return RelType.IAFTER
    start_same = _equal(*starts)
    end_same = _equal(*ends)
    if start_same and end_same:
        return RelType.SIMULTANEOUS
    a_starts_first, b_starts_first = starts[0] is not None, starts[1] is not None
    a_ends_last, b_ends_last = ends[1] is not None, ends[0] is not None
    if start_same and a_ends_last:
        return RelType.BEGUN_BY
    if start_same and b_ends_last:
        return RelType.BEGINS
    if end_same and a_starts_first:
        return RelType.ENDED_BY
    if end_same and b_starts_first:
        return RelType.ENDS
    if a_starts_first and a_ends_last:
        return RelType.INCLUDES
    if b_starts_first and b_ends_last:
        return RelType.IS_INCLUDED
    return RelType.VAGUE


def _equal(forward: Order | None, backward: Order | None) -> bool:
    return forward is Order.EQUAL or (forward is not None and backward is not None)
