"""Scoring documents in memory: gold annotations against a system's time expressions and events.

Time expressions are paired by the overlap sweep and events by their start
(:mod:`timeline.evaluation.matching`); a pair is a relaxed match, and a
strict match when the two spans are identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from timeline.evaluation.matching import pair_overlapping, pair_same_start
from timeline.evaluation.mentions import Mention, MentionSet, annotated_mentions, system_mentions
from timeline.evaluation.scores import EntityScores, MentionScores
from timeline.model import Event, TimeExpression
from timeline.timeml.annotations import AnnotatedText
from timeline.timeml.reader import TimeMLDocument

__all__ = ["score_document", "score_documents", "score_mentions"]

#: One document to score: the gold document, the system's time expressions and its events.
ScoredDocument = tuple[AnnotatedText | TimeMLDocument, Sequence[TimeExpression], Sequence[Event]]


def score_mentions(gold: MentionSet, system: MentionSet) -> EntityScores:
    """The scores of one document's ``system`` mentions against its ``gold`` ones.

    >>> gold = MentionSet((Mention(0, 6, (("type", "DATE"), ("value", "2020-06-08"))),), ())
    >>> system = MentionSet((Mention(0, 9, (("type", "DATE"), ("value", "2020-06-09"))),), ())
    >>> scores = score_mentions(gold, system)
    >>> scores.timexes.relaxed.f1, scores.timexes.strict.f1, scores.timexes.attribute("value").f1
    (1.0, 0.0, 0.0)
    """
    timexes = _count(
        gold.timexes, system.timexes, pair_overlapping(gold.timexes, system.timexes), EntityScores().timexes
    )
    events = _count(
        gold.events, system.events, pair_same_start(gold.events, system.events), EntityScores().events
    )
    return EntityScores(documents=1, timexes=timexes, events=events)


def score_document(
    gold: AnnotatedText | TimeMLDocument,
    expressions: Sequence[TimeExpression],
    events: Sequence[Event] = (),
) -> EntityScores:
    """The scores of a system's ``expressions`` and ``events`` for the text of ``gold``.

    The values are scored as they would be written by
    :func:`timeline.timeml.writer.annotate`; offsets are into ``gold.text``.

    >>> from timeline import find_times
    >>> from timeline.timeml.annotations import TimexAnnotation
    >>> text = "On Monday, only one was answered."
    >>> gold = AnnotatedText(text, (TimexAnnotation("t1", "Monday", 3, 9, "DATE", "2020-06-08"),))
    >>> scores = score_document(gold, find_times(text, "2020-06-09"))
    >>> scores.timexes.strict.f1, scores.timexes.attribute("value").accuracy
    (1.0, 1.0)
    """
    return score_mentions(annotated_mentions(gold), system_mentions(gold.text, expressions, events))


def score_documents(documents: Iterable[ScoredDocument]) -> EntityScores:
    """The micro-averaged scores of ``(gold, expressions, events)`` triples.

    >>> score_documents([]).documents
    0
    """
    return EntityScores.total(
        [score_document(gold, expressions, events) for gold, expressions, events in documents]
    )


def _count(
    gold: Sequence[Mention], system: Sequence[Mention], pairs: Sequence[tuple[int, int]], empty: MentionScores
) -> MentionScores:
    strict = 0
    correct = [0] * len(empty.attribute_names)
    for gold_index, system_index in pairs:
        gold_mention, system_mention = gold[gold_index], system[system_index]
        if (gold_mention.start, gold_mention.end) == (system_mention.start, system_mention.end):
            strict += 1
        for position, name in enumerate(empty.attribute_names):
            if gold_mention.get(name) == system_mention.get(name):
                correct[position] += 1
    return MentionScores(
        empty.kind, empty.attribute_names, len(gold), len(system), strict, len(pairs), tuple(correct)
    )
