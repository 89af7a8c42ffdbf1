"""Pairing gold and system mentions the way TempEval-3 gives them shared ids.

TempEval-3 pairs time expressions by a left-to-right sweep over the text: a
mention that starts while the mention the other annotation started last is
still open (and not yet paired) is paired with it, gold before system when
both start at the same offset. Events pair when they start at the same
offset. Both functions take mentions sorted by span and return pairs of
indices ``(gold, system)``, each mention in at most one pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.evaluation.mentions import Mention

__all__ = ["pair_overlapping", "pair_same_start"]

_GOLD, _SYSTEM = 0, 1


def pair_overlapping(gold: Sequence[Mention], system: Sequence[Mention]) -> tuple[tuple[int, int], ...]:
    """The ``(gold, system)`` index pairs of the overlap sweep.

    >>> gold = [Mention(0, 10, ()), Mention(20, 25, ())]
    >>> system = [Mention(5, 12, ()), Mention(8, 9, ()), Mention(30, 31, ())]
    >>> pair_overlapping(gold, system)
    ((0, 0),)
    """
    sides = (gold, system)
    starts = sorted(
        [(mention.start, _GOLD, index) for index, mention in enumerate(gold)]
        + [(mention.start, _SYSTEM, index) for index, mention in enumerate(system)]
    )
    paired: tuple[set[int], set[int]] = (set(), set())
    # Only the mention the other side started most recently can take a newcomer.
    latest: list[int | None] = [None, None]
    pairs: list[tuple[int, int]] = []
    for start, side, index in starts:
        other = _SYSTEM if side == _GOLD else _GOLD
        candidate = latest[other]
        if candidate is not None and candidate not in paired[other]:
            open_mention = sides[other][candidate]
            if open_mention.start <= start < open_mention.end:
                paired[other].add(candidate)
                paired[side].add(index)
                pairs.append((index, candidate) if side == _GOLD else (candidate, index))
        latest[side] = index
    return tuple(pairs)


def pair_same_start(gold: Sequence[Mention], system: Sequence[Mention]) -> tuple[tuple[int, int], ...]:
    """The ``(gold, system)`` index pairs of mentions that start at the same offset.

    Among system mentions with the same start only the first can pair.

    >>> pair_same_start([Mention(0, 4, ()), Mention(9, 12, ())], [Mention(0, 2, ()), Mention(10, 12, ())])
    ((0, 0),)
    """
    first_at: dict[int, int] = {}
    for index, mention in enumerate(system):
        first_at.setdefault(mention.start, index)
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gold_index, mention in enumerate(gold):
        system_index = first_at.get(mention.start)
        if system_index is not None and system_index not in used:
            used.add(system_index)
            pairs.append((gold_index, system_index))
    return tuple(pairs)
