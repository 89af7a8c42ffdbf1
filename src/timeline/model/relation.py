"""A temporal relation between two mentions (or a mention and the publication date)."""

from __future__ import annotations

import enum

import attrs

__all__ = ["PUBLICATION_DATE_ID", "RelType", "Relation"]

#: The id that stands for the publication date in relations, as ``t0`` does for the DCT in TimeML.
PUBLICATION_DATE_ID = "t0"


class RelType(enum.StrEnum):
    """TimeML TLINK relation types, read as "source RELTYPE target".

    >>> RelType.BEFORE.inverse() is RelType.AFTER
    True
    """

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    INCLUDES = "INCLUDES"
    IS_INCLUDED = "IS_INCLUDED"
    DURING = "DURING"
    DURING_INV = "DURING_INV"
    SIMULTANEOUS = "SIMULTANEOUS"
    IDENTITY = "IDENTITY"
    IAFTER = "IAFTER"
    IBEFORE = "IBEFORE"
    BEGINS = "BEGINS"
    BEGUN_BY = "BEGUN_BY"
    ENDS = "ENDS"
    ENDED_BY = "ENDED_BY"
    VAGUE = "VAGUE"

    def inverse(self) -> RelType:
        """The same relation read from the target's side."""
        return _INVERSES.get(self, self)


_INVERSES = {
    RelType.BEFORE: RelType.AFTER,
    RelType.AFTER: RelType.BEFORE,
    RelType.INCLUDES: RelType.IS_INCLUDED,
    RelType.IS_INCLUDED: RelType.INCLUDES,
    RelType.DURING: RelType.DURING_INV,
    RelType.DURING_INV: RelType.DURING,
    RelType.IAFTER: RelType.IBEFORE,
    RelType.IBEFORE: RelType.IAFTER,
    RelType.BEGINS: RelType.BEGUN_BY,
    RelType.BEGUN_BY: RelType.BEGINS,
    RelType.ENDS: RelType.ENDED_BY,
    RelType.ENDED_BY: RelType.ENDS,
}


@attrs.frozen
class Relation:
    """``source`` stands in ``rel_type`` to ``target``; ``rule`` says what produced the link.

    Ids are those of :class:`~timeline.model.Event` and
    :class:`~timeline.model.TimeExpression`, or :data:`PUBLICATION_DATE_ID`.

    >>> Relation("e3", "t1", RelType.IS_INCLUDED, "same-clause").inverse()
    Relation(source='t1', target='e3', rel_type=<RelType.INCLUDES: 'INCLUDES'>, rule='same-clause')
    """

    source: str
    target: str
    rel_type: RelType
    rule: str

    def inverse(self) -> Relation:
        """The same link read from the target's side."""
        return Relation(self.target, self.source, self.rel_type.inverse(), self.rule)
