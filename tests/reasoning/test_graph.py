"""The temporal graph: closure, consistency, conflicts and calendar bounds."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Interval, Relation, RelType
from timeline.reasoning.graph import build_graph
from timeline.reasoning.points import End, Order

JUNE_6 = Interval.day(dt.date(2020, 6, 6))
PUBLISHED = Interval.day(dt.date(2020, 6, 9))


def _link(source: str, rel_type: RelType, target: str, rule: str = "r") -> Relation:
    return Relation(source, target, rel_type, rule)


def test_before_is_transitive() -> None:
    graph = build_graph(
        dict.fromkeys(["a", "b", "c"]), [_link("a", RelType.BEFORE, "b"), _link("b", RelType.BEFORE, "c")]
    )
    assert graph.relation("a", "c") is RelType.BEFORE
    assert graph.relation("c", "a") is RelType.AFTER


def test_inclusion_and_before_combine() -> None:
    graph = build_graph(
        dict.fromkeys(["war", "battle", "peace"]),
        [_link("battle", RelType.IS_INCLUDED, "war"), _link("war", RelType.BEFORE, "peace")],
    )
    assert graph.relation("battle", "peace") is RelType.BEFORE


def test_simultaneous_events_share_their_points() -> None:
    graph = build_graph(dict.fromkeys(["a", "b"]), [_link("a", RelType.SIMULTANEOUS, "b")])
    assert graph.point("a", End.START) == graph.point("b", End.START)
    assert graph.relation("a", "b") is RelType.SIMULTANEOUS


def test_unrelated_events_are_vague() -> None:
    graph = build_graph(dict.fromkeys(["a", "b"]), [])
    assert graph.relation("a", "b") is RelType.VAGUE
    assert graph.start_relation("a", "b") is RelType.VAGUE


def test_calendar_values_take_part_in_inference() -> None:
    graph = build_graph(
        {"t1": JUNE_6, "t0": PUBLISHED, "rally": None, "call": None},
        [_link("rally", RelType.IS_INCLUDED, "t1"), _link("call", RelType.IS_INCLUDED, "t0")],
    )
    assert graph.relation("rally", "call") is RelType.BEFORE


def test_bounds_are_the_tightest_the_links_give() -> None:
    graph = build_graph(
        {"t1": JUNE_6, "t0": PUBLISHED, "e1": None, "e2": None},
        [
            _link("e1", RelType.AFTER, "t1"),
            _link("e1", RelType.BEFORE, "t0"),
            _link("e2", RelType.BEFORE, "t1"),
        ],
    )
    assert graph.bounds("e1") == (dt.datetime(2020, 6, 7), dt.datetime(2020, 6, 9))
    assert graph.bounds("e2") == (None, dt.datetime(2020, 6, 6))


def test_a_contradicting_link_of_a_lower_tier_is_set_aside() -> None:
    sure = _link("e1", RelType.IS_INCLUDED, "t1", "syntactic-attachment")
    guess = _link("e1", RelType.AFTER, "t0", "tense-future")
    graph = build_graph(
        {"t1": JUNE_6, "t0": PUBLISHED, "e1": None},
        [guess, sure],
        {"syntactic-attachment": 0, "tense-future": 3},
    )
    assert graph.kept == (sure,)
    assert graph.conflicts == (guess,)
    assert graph.bounds("e1") == (JUNE_6.start, JUNE_6.end)


def test_within_a_tier_the_earlier_link_wins() -> None:
    first = _link("a", RelType.BEFORE, "b")
    second = _link("b", RelType.BEFORE, "a")
    graph = build_graph(dict.fromkeys(["a", "b"]), [first, second])
    assert graph.kept == (first,)
    assert graph.conflicts == (second,)


def test_links_to_unknown_nodes_are_ignored() -> None:
    graph = build_graph(dict.fromkeys(["a"]), [_link("a", RelType.BEFORE, "nowhere")])
    assert graph.kept == ()
    assert graph.conflicts == ()


def test_an_unknown_node_is_a_clear_key_error() -> None:
    with pytest.raises(KeyError, match="no node 'x'"):
        build_graph({}, []).bounds("x")


def test_a_long_chain_is_ordered_end_to_end() -> None:
    names = [f"e{number}" for number in range(3000)]
    links = [_link(a, RelType.BEFORE, b) for a, b in itertools.pairwise(names)]
    graph = build_graph(dict.fromkeys(names), links)
    assert graph.order(graph.point("e0", End.START), graph.point("e2999", End.END)) is Order.LESS
    assert graph.relation("e2999", "e0") is RelType.AFTER


def _closure(count: int, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    reach = set(pairs)
    for middle, first, last in itertools.product(range(count), repeat=3):
        if (first, middle) in reach and (middle, last) in reach:
            reach.add((first, last))
    return reach


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=2, max_value=7).flatmap(
        lambda count: st.tuples(
            st.just(count),
            st.lists(
                st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)).filter(lambda p: p[0] < p[1]),
                max_size=12,
            ),
        )
    )
)
def test_before_links_of_a_dag_give_exactly_their_transitive_closure(
    case: tuple[int, list[tuple[int, int]]],
) -> None:
    count, pairs = case
    names = [f"e{number}" for number in range(count)]
    graph = build_graph(dict.fromkeys(names), [_link(names[a], RelType.BEFORE, names[b]) for a, b in pairs])
    assert graph.conflicts == ()
    closure = _closure(count, set(pairs))
    for a, b in itertools.permutations(range(count), 2):
        expected = RelType.BEFORE if (a, b) in closure else RelType.AFTER if (b, a) in closure else None
        found = graph.relation(names[a], names[b])
        assert (found if found in (RelType.BEFORE, RelType.AFTER) else None) is expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.sampled_from(list(RelType))), max_size=15))
def test_whatever_the_links_the_kept_ones_are_consistent(links: list[tuple[int, int, RelType]]) -> None:
    names = [f"e{number}" for number in range(6)]
    relations = [_link(names[a], rel_type, names[b]) for a, b, rel_type in links if a != b]
    graph = build_graph(dict.fromkeys(names), relations)
    assert len(graph.kept) + len(graph.conflicts) == len(relations)
    # A kept BEFORE is entailed, never contradicted.
    for relation in graph.kept:
        if relation.rel_type is RelType.BEFORE:
            assert graph.relation(relation.source, relation.target) is RelType.BEFORE


def test_a_day_is_before_the_next_day() -> None:
    june_5 = Interval.day(dt.date(2020, 6, 5))
    link = _link("t1", RelType.BEFORE, "t2")
    graph = build_graph({"t1": june_5, "t2": JUNE_6}, [link])
    assert graph.kept == (link,)
    assert graph.relation("t1", "t2") is RelType.BEFORE


def test_a_day_does_not_meet_itself_or_the_day_before() -> None:
    graph = build_graph(
        {"t1": JUNE_6, "t2": Interval.day(dt.date(2020, 6, 5))}, [_link("t1", RelType.BEFORE, "t2")]
    )
    assert graph.kept == ()
