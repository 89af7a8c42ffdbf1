from __future__ import annotations

from timeline.evaluation.matching import pair_overlapping, pair_same_start
from timeline.evaluation.mentions import Mention


def _spans(*spans: tuple[int, int]) -> list[Mention]:
    return [Mention(start, end, ()) for start, end in spans]


def test_identical_and_overlapping_spans_pair() -> None:
    assert pair_overlapping(_spans((0, 5), (10, 20)), _spans((0, 5), (15, 25))) == ((0, 0), (1, 1))


def test_only_the_latest_open_mention_can_take_a_newcomer() -> None:
    # The gold [0, 20) is open when the system [12, 14) starts, but gold [10, 11) started later.
    assert pair_overlapping(_spans((0, 20), (10, 11)), _spans((12, 14))) == ()


def test_a_mention_pairs_once() -> None:
    assert pair_overlapping(_spans((0, 10)), _spans((2, 3), (4, 5))) == ((0, 0),)


def test_gold_goes_first_on_the_same_start() -> None:
    # On the tie at 3 the gold [3, 9) comes first, so it is the latest gold mention the system meets.
    assert pair_overlapping(_spans((0, 10), (3, 9)), _spans((3, 4))) == ((1, 0),)


def test_adjacent_spans_do_not_overlap() -> None:
    assert pair_overlapping(_spans((0, 5)), _spans((5, 9))) == ()


def test_same_start_pairs_the_first_system_mention_once() -> None:
    gold = _spans((0, 4), (0, 6), (8, 9))
    system = _spans((0, 2), (0, 9), (7, 9))
    assert pair_same_start(gold, system) == ((0, 0),)


def test_nothing_to_pair() -> None:
    assert pair_overlapping([], _spans((0, 1))) == pair_same_start(_spans((0, 1)), []) == ()
