"""``learned-order``: the start order of two verb events, weighed by a model learned from MATRES.

The hand rules link few event pairs. For the pairs MATRES (Ning, Wu and Roth
2018) labels, two verb events in the same or adjacent sentences, that no rule
links, a multinomial logistic regression over the pair's features (see
:mod:`timeline.links.pair_features`: the events' class, tense, aspect,
polarity, modality and lemma; the dependency path between them; the marker
words around them; the rule links and time anchors they have) says whether
the first mentioned starts BEFORE, AFTER or at the same time (EQUAL) as the
second, or that the text leaves it VAGUE. When the model's most likely answer
is an order, with a probability of at least its threshold, the pair gets a
link (EQUAL: ``SIMULTANEOUS``). Against the hand rules, learned links weigh
as much as the tense rules, after them (:data:`LEARNED_TIER`): dates,
explicit markers, reported speech and tense win over them, and a news or
discourse default that contradicts one is left out (:func:`settle_links`);
the ordering stage settles the rest with learned links last (see
:mod:`timeline.reasoning.reliability`). The link stage adds these links only
when asked (``learned_order=True``, see
:class:`timeline.links.component.LinkFinder`).

Features (all binary, see :func:`timeline.links.pair_features.pair_features`):
each event's class, tense, aspect, lemma, dependency label, tag, negation,
modality, reporting class, auxiliary/marker children, governing word, being
in a quotation; the pair's classes and tenses (also with the sentence
distance), the dependency path within a sentence (with tenses and classes),
the words between them, the marker words among them, the opener of the
second sentence and the main-clause roles across sentences, reporting
(``reports``), the hand rules' links between them and the order those links
entail once closed with the calendar, and how their dated intervals and
publication-date links compare.

The weights are ``en/pair_order.json`` beside this module, written by::

    python benchmarks/train_pair_order.py

which aligns the MATRES TimeBank and AQUAINT pairs
(``../shared/data/matres``) to the events the pipeline finds in the raw
texts (``../shared/data/tbaq-cleaned``), learns the weights, and picks the
L2 strength and the threshold by cross-validation over documents. The
shipped model has seen every MATRES TimeBank and AQUAINT pair, so its
figures on them are in-sample; ``benchmarks/matres_benchmark.py`` measures
the method held out, each part scored by a model trained on the other
(``--train-part timebank`` / ``aquaint``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs
from spacy.tokens import Doc, Token

from timeline.links.pair_features import PairContext, graph_nodes, pair_features
from timeline.model import Event, Interval, PartOfSpeech, Relation, RelType, TimeExpression
from timeline.reasoning.graph import build_graph
from timeline.reasoning.reliability import RULE_RELIABILITY

__all__ = [
    "LABELS",
    "LEARNED_TIER",
    "PairOrderModel",
    "candidate_pairs",
    "learned_order_links",
    "load_pair_order_model",
    "settle_links",
]

#: The model's answers, as MATRES labels, in the order of each feature's weights.
LABELS = ("BEFORE", "AFTER", "EQUAL", "VAGUE")
_RELATIONS = {"BEFORE": RelType.BEFORE, "AFTER": RelType.AFTER, "EQUAL": RelType.SIMULTANEOUS}
# The other interval reading of the same start order: the one that starts first is still going on.
_OVERLAPPING = {"BEFORE": RelType.INCLUDES, "AFTER": RelType.IS_INCLUDED, "EQUAL": RelType.BEGINS}
RULE = "learned-order"
#: Against the hand rules, learned links weigh as much as the tense rules (which come first): a rule of a
#: later tier (news and discourse defaults) that contradicts them is set aside by :func:`settle_links`.
LEARNED_TIER = RULE_RELIABILITY["tense-past"]


@attrs.frozen
class PairOrderModel:
    """Weights of features for each label, and the probability an answer needs to become a link.

    >>> model = PairOrderModel({"bias": (1.0, 0.0, 0.0, 0.0), "first_reporting": (-2.0, 2.0, 0.0, 0.0)}, 0.5)
    >>> model.predict(("bias",))
    ('BEFORE', 0.475...)
    >>> model.predict(("bias", "first_reporting"))
    ('AFTER', 0.757...)
    """

    weights: Mapping[str, tuple[float, ...]]
    threshold: float

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> PairOrderModel:
        """The model of ``data``, as written to ``pair_order.json``: ``weights`` and ``threshold``.

        >>> PairOrderModel.of({"weights": {"bias": [1, 0, 0, 0]}, "threshold": 0.4})
        PairOrderModel(weights={'bias': (1.0, 0.0, 0.0, 0.0)}, threshold=0.4)
        """
        weights = {
            str(feature): tuple(float(value) for value in values)
            for feature, values in data["weights"].items()
        }
        return cls(weights, float(data["threshold"]))

    def probabilities(self, features: tuple[str, ...]) -> tuple[float, ...]:
        """The probability of each of :data:`LABELS` given ``features`` (unknown features weigh nothing).

        >>> PairOrderModel({"bias": (0.0, 0.0, 0.0, 0.0)}, 0.5).probabilities(("bias", "unknown"))
        (0.25, 0.25, 0.25, 0.25)
        """
        scores = [0.0] * len(LABELS)
        for feature in features:
            for index, weight in enumerate(self.weights.get(feature, ())):
                scores[index] += weight
        top = max(scores)
        exponentials = [math.exp(score - top) for score in scores]
        total = sum(exponentials)
        return tuple(value / total for value in exponentials)

    def predict(self, features: tuple[str, ...]) -> tuple[str, float]:
        """The most likely label of ``features`` and its probability.

        >>> PairOrderModel({"reporting": (0.0, 3.0, 0.0, 0.0)}, 0.5).predict(("reporting",))
        ('AFTER', 0.87...)
        """
        probabilities = self.probabilities(features)
        best = max(range(len(LABELS)), key=probabilities.__getitem__)
        return LABELS[best], probabilities[best]


def load_pair_order_model(language: str = "en") -> PairOrderModel:
    """The model shipped for ``language`` (``<language>/pair_order.json``); none: a model that links nothing.

    >>> model = load_pair_order_model()
    >>> 0.0 < model.threshold < 1.0, len(model.weights["bias"])
    (True, 4)
    >>> load_pair_order_model("xx").weights
    {}
    """
    path = resources.files("timeline.links").joinpath(language, "pair_order.json")
    if not path.is_file():
        return PairOrderModel({}, 1.0)
    return PairOrderModel.of(json.loads(path.read_text(encoding="utf-8")))


def candidate_pairs(doc: Doc, triggers: Mapping[int, Event]) -> Iterator[tuple[Token, Event, Token, Event]]:
    """Pairs of verb events in text order, in the same or adjacent sentences: the pairs MATRES labels.

    >>> import timeline
    >>> doc = timeline.pipeline()("Prices rose. Bonds fell and oil gained.")
    >>> triggers = {doc.char_span(e.start, e.end).start: e for e in doc._.timeline.events}
    >>> [(first.text, second.text) for _, first, _, second in candidate_pairs(doc, triggers)]
    [('rose', 'fell'), ('rose', 'gained'), ('fell', 'gained')]
    """
    verbs = sorted((index, event) for index, event in triggers.items() if event.pos is PartOfSpeech.VERB)
    sentence_of = {sentence.start: number for number, sentence in enumerate(doc.sents)} if verbs else {}
    sentences = {index: sentence_of[doc[index].sent.start] for index, _ in verbs}
    for position, (index, event) in enumerate(verbs):
        for other_index, other in verbs[position + 1 :]:
            if sentences[other_index] - sentences[index] > 1:
                break
            yield doc[index], event, doc[other_index], other


def learned_order_links(
    doc: Doc,
    triggers: Mapping[int, Event],
    links: tuple[Relation, ...],
    dated: Mapping[str, Interval],
    model: PairOrderModel,
    *,
    expressions: tuple[TimeExpression, ...] = (),
    publication_date: dt.date | None = None,
) -> tuple[Relation, ...]:
    """``learned-order`` links for the candidate pairs no rule of ``links`` relates.

    The time ``expressions`` of the text inform the features (see :class:`PairContext`).

    Links come most confident first, then, for the same pairs, the overlapping
    reading of the same start order (``INCLUDES`` for BEFORE: the first is
    still going on when the second starts), which the reasoning keeps only
    where the first reading contradicts what is known. The link stage runs
    this with ``learned_order=True``:

    >>> import timeline
    >>> nlp = timeline.pipeline()
    >>> _ = nlp.replace_pipe("timeline_links", "timeline_links", config={"learned_order": True})
    >>> text = "Police arrived after the bomb exploded. Residents fled."
    >>> tl = timeline.extract(text, "2020-06-09", nlp=nlp)
    >>> [(r.source, r.rel_type.value, r.target) for r in tl.relations if r.rule == "learned-order"]
    [('e2', 'BEFORE', 'e3'), ('e1', 'BEFORE', 'e3')]
    """
    if not model.weights:
        return ()
    context = PairContext.of(
        links, dated, expressions, events=triggers.values(), publication_date=publication_date
    )
    found: list[tuple[float, int, str, str, str]] = []
    for first_token, first, second_token, second in candidate_pairs(doc, triggers):
        if (first.id, second.id) in context.rules:
            continue
        label, probability = model.predict(pair_features(first_token, first, second_token, second, context))
        if label not in _RELATIONS or probability < model.threshold:
            continue
        found.append((-probability, len(found), first.id, second.id, label))
    # Most confident first: where two learned links contradict, the reasoning keeps the earlier one. A
    # start order whose first reading (one ends before the other starts) contradicts what is known may
    # still hold with the events overlapping, so that reading follows, after all the first ones.
    found.sort()
    return tuple(
        Relation(first, second, readings[label], RULE)
        for readings in (_RELATIONS, _OVERLAPPING)
        for _, _, first, second, label in found
    )


def settle_links(
    links: tuple[Relation, ...],
    learned: tuple[Relation, ...],
    events: Iterable[Event],
    *,
    expressions: tuple[TimeExpression, ...] = (),
    publication_date: dt.date | None = None,
) -> tuple[Relation, ...]:
    """The rule ``links`` that stand against the ``learned`` ones, then the learned links.

    The links are closed as the ordering stage closes them, but with the
    learned links at :data:`LEARNED_TIER`: a rule link of a later tier of
    :data:`~timeline.reasoning.reliability.RULE_RELIABILITY` (the news and
    discourse defaults: a present tense, the reporting day, text order) that
    contradicts the learned order is left out. Dates, explicit markers, the
    tense rules and the rules the table leaves unlisted still win over the
    learned order; the ordering stage settles what is left, learned links
    last.

    >>> from timeline.model import Aspect, EventClass, Polarity, Tense
    >>> def event(id_: str) -> Event:
    ...     return Event(id_, "x", 0, 1, 0, "x", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE,
    ...                  Polarity.POS, None, PartOfSpeech.VERB, "x")
    >>> weak = Relation("e1", "e2", RelType.BEFORE, "narrative-order")
    >>> sure = Relation("e1", "e2", RelType.AFTER, "clause-marker")
    >>> learned = (Relation("e1", "e2", RelType.AFTER, RULE),)
    >>> [link.rule for link in settle_links((weak,), learned, [event("e1"), event("e2")])]
    ['learned-order']
    >>> [link.rule for link in settle_links((sure,), learned, [event("e1"), event("e2")])]
    ['clause-marker', 'learned-order']
    """
    if not learned:
        return links
    reliability = {**RULE_RELIABILITY, RULE: LEARNED_TIER}
    graph = build_graph(graph_nodes(events, expressions, publication_date), (*links, *learned), reliability)
    # Unlisted rules (dates a sentence names, complements, coreference) come last in the ordering stage
    # too, before the learned links: only the listed later tiers give way here.
    overruled = {id(link) for link in graph.conflicts if RULE_RELIABILITY.get(link.rule, -1) > LEARNED_TIER}
    return (*(link for link in links if id(link) not in overruled), *learned)
