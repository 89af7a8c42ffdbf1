"""Precision, recall and F1, the figures every score in this package ends in."""

from __future__ import annotations

import attrs

__all__ = ["Figures"]


@attrs.frozen
class Figures:
    """Precision, recall and F1, as fractions.

    >>> Figures.of(matches=3, system=4, gold=6)
    Figures(precision=0.75, recall=0.5, f1=0.6)
    >>> Figures.of(matches=0, system=0, gold=0).f1
    1.0
    """

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, *, matches: int, system: int, gold: int) -> Figures:
        """The figures of ``matches`` among ``system`` mentions and ``gold`` mentions."""
        if system == 0 and gold == 0:
            return cls(1.0, 1.0, 1.0)
        precision = matches / system if system else 0.0
        recall = matches / gold if gold else 0.0
        total = precision + recall
        return cls(precision, recall, 2 * precision * recall / total if total else 0.0)
