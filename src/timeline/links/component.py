"""The link stage as a spaCy component: ``timeline_links``, after times and events."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from timeline import store
from timeline.events.lexicon import load_lexicon
from timeline.links.event_links import event_order_links
from timeline.links.publication_links import publication_links
from timeline.links.time_links import event_event_links, event_time_links, time_publication_links
from timeline.model import Event, Interval, Relation, RelType, TimeExpression
from timeline.times.resolve import AnchoringPolicy

__all__ = ["LinkFinder", "make_link_finder"]


class LinkFinder:
    """Links events to times, to each other and to the publication date.

    >>> import spacy
    >>> import timeline
    >>> nlp = timeline.pipeline()
    >>> doc = nlp.make_doc("On Monday, only one was answered.")
    >>> doc._.publication_date = "2020-06-09"
    >>> [(r.source, r.rel_type.value, r.target, r.rule) for r in nlp(doc)._.timeline.relations]
    [('e1', 'IS_INCLUDED', 't1', 'syntactic-attachment'), ('e1', 'BEFORE', 't0', 'dated-vs-publication'),
     ('t1', 'BEFORE', 't0', 'time-values')]
    """

    def __init__(self, language: str = "en", policy: str = AnchoringPolicy.NEWS.value) -> None:
        self._lexicon = load_lexicon(language)
        self._narrative = AnchoringPolicy(policy) is AnchoringPolicy.NARRATIVE
        store.register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Find the relations of ``doc``'s events and time expressions."""
        triggers: dict[int, Event] = {}
        for event in store.EVENTS.get(doc):
            span = doc.char_span(event.start, event.end, alignment_mode="expand")
            if span is not None:
                triggers[span.start] = event
        expressions = store.TIME_EXPRESSIONS.get(doc)
        time_links = event_time_links(doc, expressions, triggers)
        publication_date = store.PUBLICATION_DATE.get(doc)
        links = (
            *time_links,
            *event_event_links(doc, triggers, self._lexicon),
            *event_order_links(doc, triggers, narrative=self._narrative),
            *publication_links(doc, triggers, _dated(time_links, expressions), publication_date),
            *time_publication_links(expressions, publication_date),
        )
        store.RELATIONS.set(doc, links)
        return doc


def _dated(links: tuple[Relation, ...], expressions: tuple[TimeExpression, ...]) -> dict[str, Interval]:
    """The interval of each event that lies within a time expression with a calendar interval."""
    intervals = {e.id: e.value.interval for e in expressions if e.value.interval is not None}
    dated: dict[str, Interval] = {}
    for link in links:
        if link.target in intervals and link.rel_type in (RelType.IS_INCLUDED, RelType.DURING):
            # The first link dates the event, as in the ordering stage's placement.
            dated.setdefault(link.source, intervals[link.target])
    return dated


@Language.factory("timeline_links", default_config={"language": "en", "policy": AnchoringPolicy.NEWS.value})
def make_link_finder(nlp: Language, name: str, language: str, policy: str) -> LinkFinder:
    """The spaCy factory of :class:`LinkFinder`.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_links")
    <timeline...>
    """
    return LinkFinder(language, policy)
