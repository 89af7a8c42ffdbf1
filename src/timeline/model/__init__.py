"""The value types every stage produces and every consumer reads."""

from timeline.model.event import Aspect, Event, EventClass, Participant, PartOfSpeech, Polarity
from timeline.model.merged import Mention, MergedEntry, MergedTimeline
from timeline.model.relation import PUBLICATION_DATE_ID, Relation, RelType
from timeline.model.time_expression import Anchor, AnchorKind, Tense, TimeExpression
from timeline.model.time_value import Granularity, Interval, Mod, TimeValue, TimexType
from timeline.model.timeline import Entry, Placement, PlacementKind, Timeline

__all__ = [
    "PUBLICATION_DATE_ID",
    "Anchor",
    "AnchorKind",
    "Aspect",
    "Entry",
    "Event",
    "EventClass",
    "Granularity",
    "Interval",
    "Mention",
    "MergedEntry",
    "MergedTimeline",
    "Mod",
    "PartOfSpeech",
    "Participant",
    "Placement",
    "PlacementKind",
    "Polarity",
    "RelType",
    "Relation",
    "Tense",
    "TimeExpression",
    "TimeValue",
    "Timeline",
    "TimexType",
]
