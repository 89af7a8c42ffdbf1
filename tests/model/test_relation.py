"""RelType inverses and Relation."""

from __future__ import annotations

import attrs
import pytest

from timeline.model import PUBLICATION_DATE_ID, Relation, RelType


@pytest.mark.parametrize("rel_type", list(RelType))
def test_inverse_is_an_involution(rel_type: RelType) -> None:
    assert rel_type.inverse().inverse() is rel_type


@pytest.mark.parametrize(
    ("rel_type", "inverse"),
    [
        (RelType.BEFORE, RelType.AFTER),
        (RelType.INCLUDES, RelType.IS_INCLUDED),
        (RelType.DURING, RelType.DURING_INV),
        (RelType.IBEFORE, RelType.IAFTER),
        (RelType.BEGINS, RelType.BEGUN_BY),
        (RelType.ENDS, RelType.ENDED_BY),
    ],
)
def test_inverse_pairs(rel_type: RelType, inverse: RelType) -> None:
    assert rel_type.inverse() is inverse
    assert inverse.inverse() is rel_type


@pytest.mark.parametrize("rel_type", [RelType.SIMULTANEOUS, RelType.IDENTITY, RelType.VAGUE])
def test_symmetric_relations_are_their_own_inverse(rel_type: RelType) -> None:
    assert rel_type.inverse() is rel_type


def test_relation_inverse_swaps_ends_and_keeps_rule() -> None:
    relation = Relation("e3", "t1", RelType.IS_INCLUDED, "same-clause")
    assert relation.inverse() == Relation("t1", "e3", RelType.INCLUDES, "same-clause")
    assert relation.inverse().inverse() == relation


def test_publication_date_id() -> None:
    assert PUBLICATION_DATE_ID == "t0"


def test_relation_is_frozen() -> None:
    relation = Relation("e1", "t0", RelType.BEFORE, "tense-past")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        relation.rule = "other"  # type: ignore[misc]
