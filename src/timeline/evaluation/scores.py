"""TempEval-3 entity scores: raw counts summed over documents, and the figures derived from them.

Figures are micro-averaged: counts are summed over all documents before
dividing. Precision is matches over system mentions, recall matches over
gold mentions, F1 their harmonic mean; when gold and system both have no
mention of a kind, all three are 1 (TempEval-3's convention), otherwise an
empty denominator gives 0. An attribute's accuracy is the share of relaxed
pairs whose values agree; its F1 (precision, recall) is that accuracy times
the relaxed F1 (precision, recall).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from timeline.evaluation.awareness import AwarenessScores
from timeline.evaluation.figures import Figures
from timeline.evaluation.mentions import EVENT_ATTRIBUTES, TIMEX_ATTRIBUTES

__all__ = ["AttributeScore", "EntityScores", "Figures", "MentionScores"]


@attrs.frozen
class AttributeScore:
    """How well one attribute agrees on the relaxed pairs.

    >>> AttributeScore("type", correct=9, accuracy=0.9, precision=0.72, recall=0.6, f1=0.6).name
    'type'
    """

    name: str
    correct: int
    accuracy: float
    precision: float
    recall: float
    f1: float


@attrs.frozen
class MentionScores:
    """The counts for one kind of mention (``TIMEX3`` or ``EVENT``); figures are properties.

    ``correct`` holds, for each name of ``attribute_names``, the relaxed
    pairs whose values of that attribute agree.

    >>> scores = MentionScores("TIMEX3", ("type", "value"), gold=10, system=8, strict_matches=6,
    ...                        relaxed_matches=8, correct=(8, 6))
    >>> round(scores.strict.f1, 4), scores.relaxed.recall
    (0.6667, 0.8)
    >>> scores.attribute("value").accuracy
    0.75
    >>> [score.name for score in scores.attributes]
    ['type', 'value']
    >>> (scores + scores).gold
    20
    """

    kind: str
    attribute_names: tuple[str, ...]
    gold: int = 0
    system: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    correct: tuple[int, ...] = attrs.field()

    @correct.default
    def _no_correct(self) -> tuple[int, ...]:
        return (0,) * len(self.attribute_names)

    @correct.validator
    def _one_count_per_attribute(self, _attribute: object, value: tuple[int, ...]) -> None:
        if len(value) != len(self.attribute_names):
            msg = f"correct has {len(value)} counts for {len(self.attribute_names)} attributes"
            raise ValueError(msg)

    def __add__(self, other: MentionScores) -> MentionScores:
        if (other.kind, other.attribute_names) != (self.kind, self.attribute_names):
            return NotImplemented
        return MentionScores(
            self.kind,
            self.attribute_names,
            self.gold + other.gold,
            self.system + other.system,
            self.strict_matches + other.strict_matches,
            self.relaxed_matches + other.relaxed_matches,
            tuple(mine + theirs for mine, theirs in zip(self.correct, other.correct, strict=True)),
        )

    @property
    def strict(self) -> Figures:
        """Figures for identical spans."""
        return Figures.of(matches=self.strict_matches, system=self.system, gold=self.gold)

    @property
    def relaxed(self) -> Figures:
        """Figures for paired (overlapping, for events same-start) spans."""
        return Figures.of(matches=self.relaxed_matches, system=self.system, gold=self.gold)

    def attribute(self, name: str) -> AttributeScore:
        """The score of attribute ``name`` (one of :attr:`attribute_names`)."""
        correct = self.correct[self.attribute_names.index(name)]
        if self.gold == 0 and self.system == 0:
            accuracy = 1.0
        else:
            accuracy = correct / self.relaxed_matches if self.relaxed_matches else 0.0
        relaxed = self.relaxed
        return AttributeScore(
            name,
            correct,
            accuracy,
            accuracy * relaxed.precision,
            accuracy * relaxed.recall,
            accuracy * relaxed.f1,
        )

    @property
    def attributes(self) -> tuple[AttributeScore, ...]:
        """The score of every attribute, in :attr:`attribute_names` order."""
        return tuple(self.attribute(name) for name in self.attribute_names)


def _timex_scores() -> MentionScores:
    return MentionScores("TIMEX3", TIMEX_ATTRIBUTES)


def _event_scores() -> MentionScores:
    return MentionScores("EVENT", EVENT_ATTRIBUTES)


@attrs.frozen
class EntityScores:
    """TIMEX3 and EVENT scores over ``documents`` documents, and the TLINK temporal awareness.

    ``unpaired`` names the gold documents that had no system document and
    were scored as empty annotations. ``tlinks`` holds the temporal
    awareness counts (:mod:`timeline.evaluation.awareness`) of the TimeML
    files scored; scores made in memory from values carry none.

    >>> empty = EntityScores()
    >>> empty.timexes.relaxed.f1, empty.events.attribute("class").accuracy
    (1.0, 1.0)
    >>> (empty + EntityScores(documents=2)).documents
    2
    """

    documents: int = 0
    timexes: MentionScores = attrs.field(factory=_timex_scores)
    events: MentionScores = attrs.field(factory=_event_scores)
    unpaired: tuple[str, ...] = ()
    tlinks: AwarenessScores = attrs.field(factory=AwarenessScores)

    def __add__(self, other: EntityScores) -> EntityScores:
        return EntityScores(
            self.documents + other.documents,
            self.timexes + other.timexes,
            self.events + other.events,
            self.unpaired + other.unpaired,
            self.tlinks + other.tlinks,
        )

    @classmethod
    def total(cls, parts: Sequence[EntityScores]) -> EntityScores:
        """The sum of ``parts`` (no documents when empty).

        >>> EntityScores.total([EntityScores(documents=1), EntityScores(documents=3)]).documents
        4
        """
        result = cls()
        for part in parts:
            result += part
        return result
