"""TimeML relations as endpoint constraints."""

from __future__ import annotations

import pytest

from timeline.model import RelType
from timeline.reasoning.points import (
    End,
    Order,
    PointConstraint,
    constraints_of,
    interval_relation,
    start_relation,
)


def _normal(constraints: tuple[PointConstraint, ...]) -> set[tuple[str, End, str, str, End]]:
    """Constraints as comparable facts; an equality reads the same both ways."""
    facts = set()
    for c in constraints:
        first, second = (c.source, c.source_end), (c.target, c.target_end)
        if c.order is Order.EQUAL and (first[0], first[1].value) > (second[0], second[1].value):
            first, second = second, first
        facts.add((first[0], first[1], c.order.value, second[0], second[1]))
    return facts


@pytest.mark.parametrize("rel_type", list(RelType))
def test_a_relation_and_its_inverse_state_the_same(rel_type: RelType) -> None:
    assert _normal(constraints_of("a", rel_type, "b")) == _normal(
        constraints_of("b", rel_type.inverse(), "a")
    )


@pytest.mark.parametrize(
    ("rel_type", "expected"),
    [
        (RelType.BEFORE, ["a.end < b.start"]),
        (RelType.IBEFORE, ["a.end = b.start"]),
        (RelType.SIMULTANEOUS, ["a.start = b.start", "a.end = b.end"]),
        (RelType.BEGINS, ["a.start = b.start", "a.end <= b.end"]),
        (RelType.ENDS, ["a.end = b.end", "b.start <= a.start"]),
        (RelType.INCLUDES, ["a.start <= b.start", "b.end <= a.end"]),
    ],
)
def test_constraints_in_point_form(rel_type: RelType, expected: list[str]) -> None:
    assert [c.describe() for c in constraints_of("a", rel_type, "b")] == expected


def test_vague_states_nothing() -> None:
    assert constraints_of("a", RelType.VAGUE, "b") == ()


@pytest.mark.parametrize(
    ("order", "reverse", "expected"),
    [
        (Order.LESS, None, RelType.BEFORE),
        (None, Order.LESS, RelType.AFTER),
        (Order.EQUAL, Order.EQUAL, RelType.SIMULTANEOUS),
        (Order.LESS_OR_EQUAL, None, RelType.VAGUE),
        (None, None, RelType.VAGUE),
    ],
)
def test_start_relation(order: Order | None, reverse: Order | None, expected: RelType) -> None:
    assert start_relation(order, reverse) is expected


def test_interval_relation_reads_each_kind() -> None:
    le, eq = Order.LESS_OR_EQUAL, Order.EQUAL
    none = (None, None)
    assert interval_relation(None, Order.LESS, none, none) is RelType.AFTER
    assert interval_relation(eq, None, none, none) is RelType.IBEFORE
    assert interval_relation(None, eq, none, none) is RelType.IAFTER
    assert interval_relation(None, None, (eq, eq), (None, le)) is RelType.BEGUN_BY
    assert interval_relation(None, None, (eq, eq), (le, None)) is RelType.BEGINS
    assert interval_relation(None, None, (le, None), (eq, eq)) is RelType.ENDED_BY
    assert interval_relation(None, None, (None, le), (eq, eq)) is RelType.ENDS
    assert interval_relation(None, None, (None, le), (le, None)) is RelType.IS_INCLUDED
    assert interval_relation(None, None, none, none) is RelType.VAGUE
