from __future__ import annotations

import attrs

from timeline.evaluation.mentions import annotated_mentions, system_mentions
from timeline.evaluation.scoring import score_document, score_documents
from timeline.model import (
    Anchor,
    Aspect,
    Event,
    EventClass,
    PartOfSpeech,
    Polarity,
    Tense,
    TimeExpression,
    TimeValue,
    TimexType,
)
from timeline.timeml.annotations import AnnotatedText, EventAnnotation, TimexAnnotation

TEXT = "Prices rose on Monday and fell in June."
GOLD = AnnotatedText(
    TEXT,
    (
        TimexAnnotation("t1", "Monday", 15, 21, "DATE", "2020-06-08"),
        TimexAnnotation("t2", "June", 34, 38, "DATE", "2020-06"),
    ),
    (
        EventAnnotation(
            "e1", "rose", 7, 11, "OCCURRENCE", tense="PAST", aspect="NONE", polarity="POS", pos="VERB"
        ),
        EventAnnotation("e2", "fell", 26, 30, "OCCURRENCE"),
    ),
)


def _timex(start: int, end: int, type_: TimexType, value: str) -> TimeExpression:
    return TimeExpression(
        "x", TEXT[start:end], start, end, 0, TimeValue(type_, value), Anchor.absolute(), "test"
    )


def _event(start: int, end: int) -> Event:
    return Event(
        "x", TEXT[start:end], start, end, 0, "", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE, Polarity.POS,
        None, PartOfSpeech.VERB, "",
    )  # fmt: skip


def test_strict_relaxed_and_attributes() -> None:
    expressions = [
        _timex(12, 21, TimexType.DATE, "2020-06-08"),  # "on Monday": relaxed only
        _timex(34, 38, TimexType.TIME, "2020-06"),  # "June": strict, wrong type
        _timex(0, 6, TimexType.DATE, "2020"),  # spurious
    ]
    events = [_event(7, 11), _event(27, 30)]  # "rose" exact; "ell" starts elsewhere
    scores = score_document(GOLD, expressions, events)
    timexes = scores.timexes
    assert (timexes.gold, timexes.system, timexes.strict_matches, timexes.relaxed_matches) == (2, 3, 1, 2)
    assert timexes.correct == (1, 2)
    assert (scores.events.relaxed_matches, scores.events.strict_matches) == (1, 1)
    # "rose": every gold value agrees; modality is absent on both sides.
    assert scores.events.correct == (1, 1, 1, 1, 1, 1)


def test_missing_attributes_read_as_empty_strings() -> None:
    (fell,) = score_document(
        attrs.evolve(GOLD, events=GOLD.events[1:]), [], [_event(26, 30)]
    ).events.attributes[1:2]
    assert (fell.name, fell.correct) == ("tense", 0)  # gold has no MAKEINSTANCE: "" vs "PAST"


def test_system_spans_are_trimmed_and_empty_ones_ignored() -> None:
    text = "on  Monday "
    spaced = TimeExpression("x", " Monday ", 3, 11, 0, TimeValue(TimexType.DATE, "X"), Anchor.absolute(), "t")
    blank = TimeExpression("y", "  ", 2, 4, 0, TimeValue(TimexType.DATE, "X"), Anchor.absolute(), "t")
    mentions = system_mentions(text, [spaced, blank])
    assert [(m.start, m.end) for m in mentions.timexes] == [(4, 10)]


def test_documents_add_up() -> None:
    perfect = score_document(GOLD, [_timex(15, 21, TimexType.DATE, "2020-06-08")])
    total = score_documents([(GOLD, [_timex(15, 21, TimexType.DATE, "2020-06-08")], []), (GOLD, [], [])])
    assert total.documents == 2
    assert total.timexes.gold == 2 * perfect.timexes.gold
    assert total.timexes.relaxed_matches == perfect.timexes.relaxed_matches


def test_gold_mentions_come_sorted_by_span() -> None:
    reversed_gold = attrs.evolve(GOLD, timexes=GOLD.timexes[::-1])
    assert [m.start for m in annotated_mentions(reversed_gold).timexes] == [15, 34]
