"""The link stage as a spaCy component: ``timeline_links``, after times and events."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from timeline import store
from timeline.events.lexicon import load_lexicon
from timeline.links.event_links import event_order_links
from timeline.links.news_day_links import news_day_links
from timeline.links.pair_order import (
    PairOrderModel,
    learned_order_links,
    load_pair_order_model,
    settle_links,
)
from timeline.links.publication_links import publication_links
from timeline.links.sentence_links import sentence_date_links
from timeline.links.time_links import event_event_links, event_time_links, time_publication_links
from timeline.links.vocabulary import load_vocabulary
from timeline.model import Event, Interval, Relation, RelType, TimeExpression
from timeline.times.resolve import AnchoringPolicy

__all__ = ["LinkFinder", "dated_events", "make_link_finder", "triggers_of"]


class LinkFinder:
    """Links events to times, to each other and to the publication date.

    With ``learned_order``, verb-event pairs no rule relates get the links of
    the model of :mod:`timeline.links.pair_order` (rule ``learned-order``,
    weighed as the tense rules: a news or discourse default that contradicts
    one is left out). It is off by default: those links order undated events
    among dated ones by their start points, which moves them in the
    timeline's reading order (see ``tests/test_seed.py``), and they lower
    TempEval-3 awareness. ``pair_order`` is a model of its own to use instead
    of the shipped one (it turns the links on):
    ``benchmarks/matres_benchmark.py`` scores each part of MATRES with a
    model trained on the other part.

    >>> import spacy
    >>> import timeline
    >>> nlp = timeline.pipeline()
    >>> doc = nlp.make_doc("On Monday, only one was answered.")
    >>> doc._.publication_date = "2020-06-09"
    >>> [(r.source, r.rel_type.value, r.target, r.rule) for r in nlp(doc)._.timeline.relations]
    [('e1', 'IS_INCLUDED', 't1', 'syntactic-attachment'), ('e1', 'BEFORE', 't0', 'dated-vs-publication'),
     ('t1', 'BEFORE', 't0', 'time-values')]
    """

    def __init__(
        self,
        language: str = "en",
        policy: str = AnchoringPolicy.NEWS.value,
        *,
        learned_order: bool = False,
        pair_order: PairOrderModel | None = None,
    ) -> None:
        self._lexicon = load_lexicon(language)
        self._vocabulary = load_vocabulary(language)
        self._narrative = AnchoringPolicy(policy) is AnchoringPolicy.NARRATIVE
        if pair_order is None and learned_order:
            pair_order = load_pair_order_model(language)
        self._pair_order = pair_order
        store.register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Find the relations of ``doc``'s events and time expressions."""
        triggers = triggers_of(doc)
        expressions = store.TIME_EXPRESSIONS.get(doc)
        time_links = event_time_links(doc, expressions, triggers)
        publication_date = store.PUBLICATION_DATE.get(doc)
        dated = dated_events(time_links, expressions)
        links = (
            *time_links,
            *news_day_links(expressions, triggers, time_links, publication_date),
            *event_event_links(doc, triggers, self._lexicon),
            *event_order_links(doc, triggers, vocabulary=self._vocabulary, narrative=self._narrative),
            *publication_links(doc, triggers, dated, publication_date),
            *time_publication_links(expressions, publication_date),
        )
        links = (*links, *sentence_date_links(doc, expressions, triggers, links, publication_date))
        if self._pair_order is not None:
            learned = learned_order_links(
                doc, triggers, links, dated, self._pair_order,
                expressions=expressions, publication_date=publication_date,
            )  # fmt: skip
            links = settle_links(
                links, learned, triggers.values(), expressions=expressions, publication_date=publication_date
            )
        store.RELATIONS.set(doc, links)
        return doc


def triggers_of(doc: Doc) -> dict[int, Event]:
    """The events of ``doc`` by the index of their trigger's first token.

    >>> import timeline
    >>> doc = timeline.pipeline()("Prices rose.")
    >>> {index: event.text for index, event in triggers_of(doc).items()}
    {1: 'rose'}
    """
    triggers: dict[int, Event] = {}
    for event in store.EVENTS.get(doc):
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is not None:
            triggers[span.start] = event
    return triggers


def dated_events(links: tuple[Relation, ...], expressions: tuple[TimeExpression, ...]) -> dict[str, Interval]:
    """The interval of each event that lies, by ``links``, within a time expression with a calendar interval.

    >>> import timeline
    >>> found = timeline.extract("Prices rose on Monday.", "2020-06-09")
    >>> dated_events(found.relations, found.expressions)
    {'e1': Interval(start=datetime.datetime(2020, 6, 8, 0, 0), end=datetime.datetime(2020, 6, 9, 0, 0))}
    """
    intervals = {e.id: e.value.interval for e in expressions if e.value.interval is not None}
    dated: dict[str, Interval] = {}
    for link in links:
        if link.target in intervals and link.rel_type in (RelType.IS_INCLUDED, RelType.DURING):
            # The first link dates the event, as in the ordering stage's placement.
            dated.setdefault(link.source, intervals[link.target])
    return dated


@Language.factory(
    "timeline_links",
    default_config={"language": "en", "policy": AnchoringPolicy.NEWS.value, "learned_order": False},
)
def make_link_finder(nlp: Language, name: str, language: str, policy: str, learned_order: bool) -> LinkFinder:
    """The spaCy factory of :class:`LinkFinder`.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_links")
    <timeline...>
    """
    return LinkFinder(language, policy, learned_order=learned_order)
