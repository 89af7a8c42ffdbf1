"""The ordering stage as a spaCy component: ``timeline_order``, last in the pipeline.

It places the events, marks the background ones and orders them into the finished timeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from timeline import store
from timeline.ordering.assemble import assemble_timeline
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
        timeline = assemble_timeline(
            text=store.TEXT.get(doc) or doc.text,
            publication_date=store.PUBLICATION_DATE.get(doc),
            sentences=sentence_offsets(doc),
            expressions=store.TIME_EXPRESSIONS.get(doc),
            events=store.EVENTS.get(doc),
            relations=store.RELATIONS.get(doc),
        )
        store.TIMELINE.set(doc, timeline)
        return doc


@Language.factory("timeline_order")
def make_timeline_builder(nlp: Language, name: str) -> TimelineBuilder:
    """The spaCy factory of :class:`TimelineBuilder`.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_order")
    <timeline...>
    """
    return TimelineBuilder()
