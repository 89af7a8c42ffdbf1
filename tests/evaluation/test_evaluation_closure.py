"""The endpoint closure against brute force (Allen's composition table) and on hand-made graphs."""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.evaluation.closure import Link, PointGraph, constraints, reduce_links
from timeline.model import RelType

#: The relation types with constraints of their own (the rest read as SIMULTANEOUS or constrain nothing).
BASIC = (
    RelType.BEFORE, RelType.AFTER, RelType.IBEFORE, RelType.IAFTER, RelType.BEGINS, RelType.BEGUN_BY,
    RelType.ENDS, RelType.ENDED_BY, RelType.INCLUDES, RelType.IS_INCLUDED, RelType.SIMULTANEOUS,
)  # fmt: skip

Interval = tuple[int, int]


def _holds(link: Link, where: dict[str, Interval]) -> bool:
    def value(point: tuple[str, str]) -> int:
        start, end = where[point[0]]
        return start if point[1] == "start" else end

    return all(
        value(left) < value(right) if sign == "<" else value(left) == value(right)
        for left, sign, right in constraints(link)
    )


def _intervals(points: int) -> list[Interval]:
    return [(start, end) for start in range(points) for end in range(start + 1, points)]


def test_every_composition_is_exactly_what_all_models_agree_on() -> None:
    """For r1(a, b) and r2(b, c), the closure entails r(a, c) iff every model of the two satisfies r."""
    models: dict[tuple[RelType, RelType], list[dict[str, Interval]]] = defaultdict(list)
    # Six points suffice for every order of three intervals' ends.
    for a, b, c in itertools.product(_intervals(6), repeat=3):
        where = {"a": a, "b": b, "c": c}
        for first in BASIC:
            if not _holds(Link("a", "b", first), where):
                continue
            for second in BASIC:
                if _holds(Link("b", "c", second), where):
                    models[(first, second)].append(where)
    assert len(models) == len(BASIC) ** 2
    for (first, second), found in models.items():
        graph = PointGraph()
        assert graph.add(Link("a", "b", first))
        assert graph.add(Link("b", "c", second))
        for relation in BASIC:
            link = Link("a", "c", relation)
            everywhere = all(_holds(link, where) for where in found)
            assert graph.entails(link) == everywhere, (first, second, relation)
            somewhere = any(_holds(link, where) for where in found)
            assert graph.consistent(link) == somewhere, (first, second, relation)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 9), st.integers(1, 4)), min_size=2, max_size=6),
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.sampled_from(BASIC)), max_size=12),
)
def test_links_true_of_real_intervals_are_consistent_and_entail_only_truths(
    spans: list[tuple[int, int]], picks: list[tuple[int, int, RelType]]
) -> None:
    where = {f"n{index}": (start, start + length) for index, (start, length) in enumerate(spans)}
    names = sorted(where)
    links = [
        Link(names[i % len(names)], names[j % len(names)], rel)
        for i, j, rel in picks
        if _holds(Link(names[i % len(names)], names[j % len(names)], rel), where)
    ]
    reduced = reduce_links(links)
    assert reduced.violated == ()
    for first, second in itertools.permutations(names, 2):
        for relation in BASIC:
            link = Link(first, second, relation)
            if reduced.graph.entails(link):
                assert _holds(link, where), link
    # The reduced graph says as much as all the links.
    again = reduce_links(reduced.kept)
    assert all(again.graph.entails(link) for link in links)


def test_a_chain_is_reduced_to_its_steps_whatever_the_direction_it_is_written_in() -> None:
    links = [
        Link("a", "b", RelType.BEFORE),
        Link("c", "b", RelType.AFTER),
        Link("a", "c", RelType.BEFORE),
        Link("d", "c", RelType.IS_INCLUDED),
        Link("a", "d", RelType.BEFORE),
    ]
    reduced = reduce_links(links)
    assert reduced.kept == (links[0], links[1], links[3])
    assert reduced.violated == ()


def test_contradictions_are_kept_apart_and_the_closure_stays_consistent() -> None:
    links = [
        Link("a", "b", RelType.BEFORE),
        Link("b", "c", RelType.BEFORE),
        Link("a", "c", RelType.INCLUDES),
        Link("x", "x", RelType.BEFORE),
        Link("x", "x", RelType.SIMULTANEOUS),
    ]
    reduced = reduce_links(links)
    assert reduced.violated == (links[2], links[3])
    assert reduced.graph.entails(Link("c", "a", RelType.AFTER))
    assert not reduced.graph.entails(Link("a", "c", RelType.INCLUDES))
    assert reduced.supports(Link("a", "c", RelType.INCLUDES))  # given word for word


def test_a_contradiction_undoes_every_constraint_of_its_link() -> None:
    graph = PointGraph()
    assert graph.add(Link("a", "b", RelType.BEFORE))
    # BEGINS asks a.start = b.start (contradicting) after a.end < b.end (fine): neither may stay.
    assert not graph.add(Link("b", "a", RelType.BEGINS))
    assert not graph.entails(Link("b", "a", RelType.ENDED_BY))
    assert graph.consistent(Link("a", "b", RelType.IBEFORE)) is False
    assert graph.entails(Link("a", "b", RelType.BEFORE))


@pytest.mark.parametrize("same", [RelType.IDENTITY, RelType.DURING, RelType.DURING_INV])
def test_identity_and_during_read_as_simultaneous(same: RelType) -> None:
    reduced = reduce_links([Link("a", "b", same), Link("b", "c", RelType.BEFORE)])
    assert reduced.kept[0].rel_type is RelType.SIMULTANEOUS
    assert reduced.graph.entails(Link("a", "c", RelType.BEFORE))


def test_vague_links_say_nothing() -> None:
    reduced = reduce_links([Link("a", "b", RelType.VAGUE)])
    assert reduced.scored == ()
    assert not reduced.graph.entails(Link("a", "b", RelType.VAGUE))
