"""Event timelines from news text.

>>> import timeline
>>> tl = timeline.extract("On Monday, only one was answered.", "2020-06-09")
>>> tl.entries[0].label
'2020-06-08'
"""

from timeline.batch import DocumentResult, Failure, extract_many
from timeline.errors import (
    DocumentExtractionError,
    InvalidCharacterError,
    InvalidPublicationDateError,
    InvalidSettingError,
    InvalidTextError,
    InvalidTimelineDataError,
    InvalidTimelineError,
    MissingExtraError,
    NotATimeExpressionError,
    PipelineError,
    TextMismatchError,
    TimelineError,
    TimeMLError,
)
from timeline.extract import extract
from timeline.model import (
    PUBLICATION_DATE_ID,
    Anchor,
    AnchorKind,
    Aspect,
    Entry,
    Event,
    EventClass,
    Granularity,
    Interval,
    Mention,
    MergedEntry,
    MergedTimeline,
    Mod,
    Participant,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Relation,
    RelType,
    Tense,
    TimeExpression,
    Timeline,
    TimeValue,
    TimexType,
)
from timeline.ordering.merge import merge
from timeline.pipeline import DEFAULT_PIPELINES, PipelineCache, pipeline, times_pipeline
from timeline.render import render
from timeline.times.api import find_times, normalize
from timeline.times.resolve import AnchoringPolicy

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_PIPELINES",
    "PUBLICATION_DATE_ID",
    "Anchor",
    "AnchorKind",
    "AnchoringPolicy",
    "Aspect",
    "DocumentExtractionError",
    "DocumentResult",
    "Entry",
    "Event",
    "EventClass",
    "Failure",
    "Granularity",
    "Interval",
    "InvalidCharacterError",
    "InvalidPublicationDateError",
    "InvalidSettingError",
    "InvalidTextError",
    "InvalidTimelineDataError",
    "InvalidTimelineError",
    "Mention",
    "MergedEntry",
    "MergedTimeline",
    "MissingExtraError",
    "Mod",
    "NotATimeExpressionError",
    "PartOfSpeech",
    "Participant",
    "PipelineCache",
    "PipelineError",
    "Placement",
    "PlacementKind",
    "Polarity",
    "RelType",
    "Relation",
    "Tense",
    "TextMismatchError",
    "TimeExpression",
    "TimeMLError",
    "TimeValue",
    "Timeline",
    "TimelineError",
    "TimexType",
    "__version__",
    "extract",
    "extract_many",
    "find_times",
    "merge",
    "normalize",
    "pipeline",
    "render",
    "times_pipeline",
]
