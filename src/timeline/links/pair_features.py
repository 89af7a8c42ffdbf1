"""What the learned pair-order model sees of two events: named binary features from the parsed ``Doc``.

A pair is two events in text order, in the same or adjacent sentences. Its
features are strings (present or absent), computed only from what the
pipeline itself found: each event's TimeML attributes (class, tense, aspect,
polarity, modality, lemma), where the two sit (same sentence, adjacent,
words apart), the dependency path between them ("ccomp", "advcl"...), the
marker words around them ("after", "when", "then"...), what the hand rules
already link them by (directly, and once closed with the calendar as the
ordering stage closes them), and how their time anchors (dated intervals,
relation to the publication date) compare. :mod:`timeline.links.pair_order`
weighs them; ``benchmarks/train_pair_order.py`` learns the weights.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs
from spacy.tokens import Token

from timeline.model import (
    PUBLICATION_DATE_ID,
    Event,
    EventClass,
    Interval,
    Relation,
    RelType,
    TimeExpression,
    TimexType,
)
from timeline.reasoning.graph import TemporalGraph, build_graph
from timeline.reasoning.reliability import RULE_RELIABILITY

__all__ = ["PairContext", "graph_nodes", "pair_features"]

_MARKERS = frozenset(
    {
        "after", "before", "when", "while", "then", "later", "as", "since", "until", "till", "because",
        "once", "if", "following", "during", "earlier", "previously", "meanwhile", "and", "but",
        "so", "thus", "also", "now", "already", "still", "again", "soon", "yet", "ago", "recently",
        "finally", "eventually", "whenever", "though", "although", "to",
    }
)  # fmt: skip
_MAX_PATH = 4


@attrs.frozen
class PairContext:
    """What the link stage knows beside the parse: rule links by pair, dated events, publication links.

    >>> context = PairContext.of([Relation("e1", "e2", RelType.BEFORE, "clause-marker")], {})
    >>> context.rules["e1", "e2"], context.rules["e2", "e1"]
    (('clause-marker:BEFORE',), ('clause-marker:AFTER',))
    """

    rules: Mapping[tuple[str, str], tuple[str, ...]]
    dated: Mapping[str, Interval]
    publication: Mapping[str, RelType]
    #: The interval of the first calendar time expression of each sentence that has one.
    sentence_times: Mapping[int, Interval] = attrs.field(factory=dict)
    #: The rule links closed, with the calendar: what they entail of two events' order, if known.
    graph: TemporalGraph | None = attrs.field(default=None, eq=False)

    @classmethod
    def of(
        cls,
        links: tuple[Relation, ...] | list[Relation],
        dated: Mapping[str, Interval],
        expressions: tuple[TimeExpression, ...] = (),
        *,
        events: Iterable[Event] = (),
        publication_date: dt.date | None = None,
    ) -> PairContext:
        """The context of the rule ``links``, the ``dated`` intervals of events, the time ``expressions``.

        With ``events``, the links are also closed over them, the expressions and the publication day, as
        the ordering stage closes them (see :func:`timeline.reasoning.graph.build_graph`).
        """
        rules: dict[tuple[str, str], list[str]] = {}
        publication: dict[str, RelType] = {}
        for link in links:
            if link.target == PUBLICATION_DATE_ID:
                publication.setdefault(link.source, link.rel_type)
                continue
            rules.setdefault((link.source, link.target), []).append(f"{link.rule}:{link.rel_type.value}")
            inverse = link.inverse()
            rules.setdefault((inverse.source, inverse.target), []).append(
                f"{inverse.rule}:{inverse.rel_type.value}"
            )
        sentence_times: dict[int, Interval] = {}
        for expression in expressions:
            if expression.value.interval is not None:
                sentence_times.setdefault(expression.sentence, expression.value.interval)
        nodes = graph_nodes(events, expressions, publication_date)
        graph = build_graph(nodes, links, RULE_RELIABILITY) if nodes else None
        return cls(
            {key: tuple(value) for key, value in rules.items()},
            dict(dated),
            publication,
            sentence_times,
            graph,
        )


def graph_nodes(
    events: Iterable[Event], expressions: Iterable[TimeExpression], publication_date: dt.date | None
) -> dict[str, Interval | None]:
    """The temporal-graph nodes of ``events``, the ``expressions`` but sets, and the publication day.

    Each time has its calendar interval, if any, as the ordering stage gives them; no events: no nodes.

    >>> graph_nodes((), (), dt.date(2020, 6, 9))
    {}
    """
    nodes: dict[str, Interval | None] = dict.fromkeys(event.id for event in events)
    if nodes:
        nodes.update(
            (expression.id, expression.value.interval)
            for expression in expressions
            if expression.value.type is not TimexType.SET
        )
        if publication_date is not None:
            nodes[PUBLICATION_DATE_ID] = Interval.day(publication_date)
    return nodes


def pair_features(
    first_token: Token, first: Event, second_token: Token, second: Event, context: PairContext
) -> tuple[str, ...]:
    """The features of the pair ``first`` (mentioned first) and ``second``, with their trigger tokens.

    >>> import timeline
    >>> nlp = timeline.pipeline()
    >>> doc = nlp("Police arrived after the bomb exploded.")
    >>> arrived, exploded = doc[1], doc[5]
    >>> events = {event.text: event for event in doc._.timeline.events}
    >>> found = pair_features(arrived, events["arrived"], exploded, events["exploded"],
    ...                       PairContext.of(doc._.timeline.relations, {}))
    >>> "path=|advcl" in found, "second_mark=after" in found, "rule=clause-marker:AFTER" in found
    (True, True, True)
    """
    features = ["bias"]
    same = first_token.sent.start == second_token.sent.start
    distance = "same" if same else "adjacent"
    features.append(f"sentences={distance}")
    for name, event, token in (("first", first, first_token), ("second", second, second_token)):
        features.extend(_event_features(name, event, token))
    classes = f"{first.event_class.value}/{second.event_class.value}"
    tenses = f"{first.tense.value}-{first.aspect.value}/{second.tense.value}-{second.aspect.value}"
    features += [f"classes={classes}", f"tenses={tenses}", f"tenses={tenses}|{distance}"]
    features += [
        f"class_tense={first.event_class.value}|{second.tense.value}-{second.aspect.value}|{distance}",
        f"tense_class={first.tense.value}-{first.aspect.value}|{second.event_class.value}|{distance}",
    ]
    roles = f"{_is_main(first_token)}/{_is_main(second_token)}"
    features += [f"roles={roles}|{distance}", f"roles={roles}|{classes}", f"classes={classes}|{distance}"]
    features += [
        f"lemma_tense={first.lemma}|{second.tense.value}",
        f"tense_lemma={first.tense.value}|{second.lemma}",
    ]
    if same:
        path = _path(first_token, second_token)
        features += [f"path={path}", f"path={path}|{tenses}", f"path={path}|{classes}"]
        words = second_token.i - first_token.i
        features.append(f"words={min(words, 10) // 3}")
        features += sorted(
            {
                f"between={token.lower_}"
                for token in first_token.doc[first_token.i + 1 : second_token.i]
                if token.lower_ in _MARKERS
            }
        )
    else:
        opener = second_token.sent[0].lower_
        features.append(f"opener={opener if opener in _MARKERS else 'other'}")
        roots = f"{_is_main(first_token)}/{_is_main(second_token)}"
        features += [f"roots={roots}", f"roots={roots}|{tenses}"]
    if second.id in first.reports:
        features.append("first_reports_second")
    if first.id in second.reports:
        features.append("second_reports_first")
    features += [f"rule={rule}" for rule in context.rules.get((first.id, second.id), ())]
    features += _anchor_features(first, second, context)
    if context.graph is not None:
        closed = context.graph.start_relation(first.id, second.id).value
        features += [f"closure={closed}", f"closure={closed}|{distance}"]
    return tuple(features)


def _event_features(name: str, event: Event, token: Token) -> list[str]:
    found = [
        f"{name}_class={event.event_class.value}",
        f"{name}_tense={event.tense.value}",
        f"{name}_aspect={event.aspect.value}",
        f"{name}_lemma={event.lemma}",
        f"{name}_dep={token.dep_}",
        f"{name}_tag={token.tag_}",
    ]
    if event.polarity.value == "NEG":
        found.append(f"{name}_negated")
    if event.modality is not None:
        found.append(f"{name}_modality={event.modality.lower()}")
    if event.event_class is EventClass.REPORTING:
        found.append(f"{name}_reporting")
    head = token.head
    if head.i != token.i:
        found += [f"{name}_head={head.lemma_.lower()}", f"{name}_head_dep={head.lemma_.lower()}|{token.dep_}"]
    quotes = sum(1 for word in token.sent[: token.i - token.sent.start] if word.text in ('"', "``", "''"))
    if quotes % 2:
        found.append(f"{name}_quoted")
    found += sorted(
        {f"{name}_mark={child.lower_}" for child in token.children if child.dep_ in ("mark", "advmod", "aux")}
    )
    return found


def _path(first: Token, second: Token) -> str:
    """The dependency labels from ``first`` up to the common head, then down to ``second``."""
    up: list[Token] = [first, *first.ancestors]
    down: list[Token] = [second, *second.ancestors]
    common = next((token for token in up if token in down), None)
    if common is None:
        return "none"
    rising = [token.dep_ for token in up[: up.index(common)]]
    falling = [token.dep_ for token in reversed(down[: down.index(common)])]
    if len(rising) + len(falling) > _MAX_PATH:
        return "long"
    return "^".join(rising) + "|" + "v".join(falling)


def _is_main(token: Token) -> str:
    if token.dep_ == "ROOT":
        return "root"
    if token.head.dep_ == "ROOT" and token.dep_ in ("ccomp", "parataxis", "conj"):
        return token.dep_
    return "other"


def _anchor_features(first: Event, second: Event, context: PairContext) -> list[str]:
    found = []
    mine, theirs = context.dated.get(first.id), context.dated.get(second.id)
    if mine is not None and theirs is not None:
        found.append(f"dated={_compare(mine, theirs)}")
    else:
        found.append(f"dated={mine is not None}/{theirs is not None}")
    mine, theirs = context.sentence_times.get(first.sentence), context.sentence_times.get(second.sentence)
    if mine is not None and theirs is not None and first.sentence != second.sentence:
        found.append(f"sentence_times={_compare(mine, theirs)}")
    else:
        found.append(f"sentence_times={mine is not None}/{theirs is not None}")
    publication = (context.publication.get(first.id), context.publication.get(second.id))
    found.append("publication=" + "/".join(rel.value if rel is not None else "none" for rel in publication))
    return found


def _compare(mine: Interval, theirs: Interval) -> str:
    if mine.end <= theirs.start:
        return "before"
    if theirs.end <= mine.start:
        return "after"
    return "same" if mine == theirs else "overlap"
