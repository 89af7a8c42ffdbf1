"""TempEval-3 temporal awareness: closure-based TLINK precision, recall and F1 (UzZaman and Allen 2011).

With ``K+`` the temporal closure of an annotation and ``K-`` its reduced
graph (the relations that are neither entailed by earlier ones nor, for the
violated ones, left out),

    precision = |Sys- ∩ Ref+| / |Sys-|        recall = |Ref- ∩ Sys+| / |Ref-|

where a relation is "in" a closure when the closure entails it or the other
annotation gives it word for word (what the TempEval-3 toolkit does, so a
gold relation that contradicts the rest of the gold still counts when a
system gives it). Counts are summed over documents before dividing
(micro-average); precision is 0 without system relations, recall 0 without
gold ones, as in the toolkit. Each scored relation also counts under its
:class:`~timeline.evaluation.tlinks.LinkKind`, so the kinds add up to the
whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from timeline.evaluation.closure import Link, reduce_links
from timeline.evaluation.figures import Figures
from timeline.evaluation.tlinks import LinkKind, link_kind, read_links, shared_links

__all__ = ["AwarenessScores", "KindCounts", "score_links", "score_markup"]


@attrs.frozen
class KindCounts:
    """Counts for one kind of link: scored system relations and how many the gold supports, and back.

    >>> KindCounts(system=4, system_correct=3, gold=6, gold_found=3).figures
    Figures(precision=0.75, recall=0.5, f1=0.6)
    """

    system: int = 0
    system_correct: int = 0
    gold: int = 0
    gold_found: int = 0

    def __add__(self, other: KindCounts) -> KindCounts:
        return KindCounts(
            self.system + other.system,
            self.system_correct + other.system_correct,
            self.gold + other.gold,
            self.gold_found + other.gold_found,
        )

    @property
    def figures(self) -> Figures:
        """Precision, recall and F1 (each 0 when its denominator is)."""
        precision = self.system_correct / self.system if self.system else 0.0
        recall = self.gold_found / self.gold if self.gold else 0.0
        total = precision + recall
        return Figures(precision, recall, 2 * precision * recall / total if total else 0.0)


def _no_kinds() -> tuple[KindCounts, ...]:
    return tuple(KindCounts() for _ in LinkKind)


@attrs.frozen
class AwarenessScores:
    """Temporal awareness counts over documents, per kind of link (in :class:`~.tlinks.LinkKind` order).

    ``gold_tlinks`` and ``system_tlinks`` count the TLINK elements as written.

    >>> scores = AwarenessScores(kinds=(KindCounts(2, 2, 4, 2), KindCounts(), KindCounts(), KindCounts()))
    >>> scores.overall.figures.f1, scores.kind("event-time").gold
    (0.6666666666666666, 4)
    >>> (scores + scores).overall.system
    4
    """

    documents: int = 0
    gold_tlinks: int = 0
    system_tlinks: int = 0
    kinds: tuple[KindCounts, ...] = attrs.field(factory=_no_kinds)

    def __add__(self, other: AwarenessScores) -> AwarenessScores:
        return AwarenessScores(
            self.documents + other.documents,
            self.gold_tlinks + other.gold_tlinks,
            self.system_tlinks + other.system_tlinks,
            tuple(mine + theirs for mine, theirs in zip(self.kinds, other.kinds, strict=True)),
        )

    @property
    def overall(self) -> KindCounts:
        """The counts of all kinds together."""
        total = KindCounts()
        for counts in self.kinds:
            total += counts
        return total

    def kind(self, name: str | LinkKind) -> KindCounts:
        """The counts of the kind of link ``name`` (a :class:`~.tlinks.LinkKind` or its value)."""
        return self.kinds[list(LinkKind).index(LinkKind(name))]

    @classmethod
    def total(cls, parts: Iterable[AwarenessScores]) -> AwarenessScores:
        """The sum of ``parts``.

        >>> AwarenessScores.total([AwarenessScores(documents=1)] * 3).documents
        3
        """
        result = cls()
        for part in parts:
            result += part
        return result


def score_links(
    gold: Sequence[Link], system: Sequence[Link], *, gold_tlinks: int = -1, system_tlinks: int = -1
) -> AwarenessScores:
    """The temporal awareness of one document's ``system`` relations against its ``gold`` ones.

    Node names must be shared (see :func:`~timeline.evaluation.tlinks.shared_links`);
    each list is read in its order. The TLINK counts default to the list lengths.

    >>> from timeline.model import RelType
    >>> gold = [Link("a", "b", RelType.BEFORE), Link("b", "c", RelType.BEFORE)]
    >>> scores = score_links(gold, [Link("a", "c", RelType.BEFORE)])
    >>> scores.overall.figures
    Figures(precision=1.0, recall=0.0, f1=0.0)
    >>> score_links(gold, gold).overall.figures.f1
    1.0
    """
    reduced_gold, reduced_system = reduce_links(gold), reduce_links(system)
    counts = {kind: KindCounts() for kind in LinkKind}
    for link in reduced_system.scored:
        correct = int(reduced_gold.supports(link))
        counts[link_kind(link)] += KindCounts(system=1, system_correct=correct)
    for link in reduced_gold.scored:
        found = int(reduced_system.supports(link))
        counts[link_kind(link)] += KindCounts(gold=1, gold_found=found)
    return AwarenessScores(
        documents=1,
        gold_tlinks=len(gold) if gold_tlinks < 0 else gold_tlinks,
        system_tlinks=len(system) if system_tlinks < 0 else system_tlinks,
        kinds=tuple(counts[kind] for kind in LinkKind),
    )


def score_markup(gold: str, system: str | None, *, source: str = "<string>") -> AwarenessScores:
    """The temporal awareness of the TimeML ``system`` markup against the ``gold`` markup (``None``: no file).

    >>> gold = ('<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
    ...         '<TEXT>It <EVENT eid="e1">fell</EVENT>.</TEXT><MAKEINSTANCE eiid="ei1" eventID="e1"/>'
    ...         '<TLINK eventInstanceID="ei1" relatedToTime="t0" relType="BEFORE"/></TimeML>')
    >>> score_markup(gold, gold).overall.figures.f1, score_markup(gold, None).overall.gold
    (1.0, 1)
    """
    gold_links = read_links(gold, source=source)
    if system is None:
        gold_shared = shared_links(gold_links, gold_links)[0]
        return score_links(gold_shared, (), gold_tlinks=gold_links.written, system_tlinks=0)
    system_links = read_links(system, source=source)
    gold_shared, system_shared = shared_links(gold_links, system_links)
    return score_links(
        gold_shared, system_shared, gold_tlinks=gold_links.written, system_tlinks=system_links.written
    )
