"""The ordering stage as a spaCy component: ``timeline_order``, last in the pipeline.

It places the events, marks the background ones and orders them into the finished timeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from timeline import store
from timeline.model import Timeline
from timeline.ordering.order import order_entries
from timeline.ordering.placement import place_events
from timeline.ordering.salience import background_events
from timeline.sentences import sentence_offsets

__all__ = ["TimelineBuilder", "make_timeline_builder"]


class TimelineBuilder:
    """Places and orders the events and stores the finished :class:`~timeline.model.Timeline`.

    >>> import spacy
    >>> doc = TimelineBuilder()(spacy.blank("en")("No events without a parse."))
    >>> len(doc._.timeline)
    0
    """

    def __init__(self) -> None:
        store.register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Build the timeline of ``doc`` from what the earlier stages stored."""
        publication_date = store.PUBLICATION_DATE.get(doc)
        expressions = store.TIME_EXPRESSIONS.get(doc)
        events = store.EVENTS.get(doc)
        relations = store.RELATIONS.get(doc)
        placements = place_events(events, expressions, relations, publication_date)
        store.TIMELINE.set(
            doc,
            Timeline(
                text=store.TEXT.get(doc) or doc.text,
                publication_date=publication_date,
                sentences=sentence_offsets(doc),
                expressions=expressions,
                events=events,
                relations=relations,
                entries=order_entries(
                    events, placements, publication_date, background_events(events, placements)
                ),
            ),
        )
        return doc


@Language.factory("timeline_order")
def make_timeline_builder(nlp: Language, name: str) -> TimelineBuilder:
    """The spaCy factory of :class:`TimelineBuilder`.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_order")
    <timeline...>
    """
    return TimelineBuilder()
