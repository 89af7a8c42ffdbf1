"""TempEval-3 evaluation: TIMEX3 and EVENT extraction, and TLINK temporal awareness, against gold TimeML.

>>> from timeline.evaluation import EntityScores, format_scores
>>> print(format_scores(EntityScores()).splitlines()[0])
documents scored: 0
"""

from timeline.evaluation.awareness import AwarenessScores, KindCounts, score_links, score_markup
from timeline.evaluation.closure import Link, PointGraph, reduce_links
from timeline.evaluation.folders import TextMismatchError, evaluate, evaluate_file
from timeline.evaluation.matres import MatresScores, TimelineOrder, predict_relation
from timeline.evaluation.mentions import Mention, MentionSet, annotated_mentions, system_mentions
from timeline.evaluation.report import format_scores, scores_as_dict
from timeline.evaluation.scores import AttributeScore, EntityScores, Figures, MentionScores
from timeline.evaluation.scoring import score_document, score_documents, score_mentions

__all__ = [
    "AttributeScore",
    "AwarenessScores",
    "EntityScores",
    "Figures",
    "KindCounts",
    "Link",
    "MatresScores",
    "Mention",
    "MentionScores",
    "MentionSet",
    "PointGraph",
    "TextMismatchError",
    "TimelineOrder",
    "annotated_mentions",
    "evaluate",
    "evaluate_file",
    "format_scores",
    "predict_relation",
    "reduce_links",
    "score_document",
    "score_documents",
    "score_links",
    "score_markup",
    "score_mentions",
    "scores_as_dict",
    "system_mentions",
]
