"""The recognizer and resolver components on blank and parsed docs."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from timeline.errors import InvalidPublicationDateError, InvalidSettingError
from timeline.model import AnchorKind, TimeExpression, Timeline
from timeline.sentences import ParagraphBoundaries
from timeline.times.component import TimeRecognizer, TimeResolver

RECOGNIZER = TimeRecognizer("en")


def _blank(text: str, publication_date: object = None) -> Doc:
    doc = spacy.blank("en")(text)
    if publication_date is not None:
        doc._.publication_date = publication_date
    return doc


def _expressions(doc: Doc) -> list[TimeExpression]:
    return [span._.time_expression for span in doc.spans["timeline_times"]]


def test_recognizer_puts_spans_labelled_by_rule() -> None:
    doc = RECOGNIZER(_blank("talks on June 6 and last Tuesday, held daily"))
    spans = doc.spans["timeline_times"]
    assert [(span.text, span.label_) for span in spans] == [
        ("June 6", "month-day"),
        ("last Tuesday", "weekday"),
        ("daily", "recurrence-word"),
    ]


def test_recognizer_with_another_spans_key() -> None:
    doc = TimeRecognizer("en", spans_key="dates")(_blank("on June 6"))
    assert [span.text for span in doc.spans["dates"]] == ["June 6"]


def test_recognizer_refuses_an_unknown_language() -> None:
    with pytest.raises(InvalidSettingError):
        TimeRecognizer("xx")


def test_publication_date_setter_accepts_iso_strings() -> None:
    doc = _blank("talks on June 6", "2020-06-09T08:30:00+09:00")
    assert doc._.publication_date == dt.date(2020, 6, 9)
    doc._.publication_date = dt.date(2020, 1, 1)
    assert doc._.publication_date == dt.date(2020, 1, 1)
    doc._.publication_date = None
    assert doc._.publication_date is None


def test_publication_date_setter_refuses_bad_dates() -> None:
    doc = _blank("talks")
    with pytest.raises(InvalidPublicationDateError):
        doc._.publication_date = "June 9"


def test_resolver_gives_each_span_its_expression() -> None:
    doc = TimeResolver()(RECOGNIZER(_blank("talks on June 6 and Monday", "2020-06-09")))
    expressions = _expressions(doc)
    assert [(e.id, e.text, e.value.notation, e.rule) for e in expressions] == [
        ("t1", "June 6", "2020-06-06", "month-day"),
        ("t2", "Monday", "2020-06-08", "weekday"),
    ]
    assert all(e.anchor.kind is AnchorKind.PUBLICATION_DATE for e in expressions)


def test_resolver_without_publication_date_leaves_values_open() -> None:
    doc = TimeResolver()(RECOGNIZER(_blank("talks on June 6 and Monday")))
    assert [(e.value.value, e.value.interval) for e in _expressions(doc)] == [
        ("XXXX-06-06", None),
        ("XXXX-WXX-1", None),
    ]


def test_resolver_without_recognizer_finds_nothing() -> None:
    doc = TimeResolver()(_blank("talks on June 6", "2020-06-09"))
    assert "timeline_times" not in doc.spans


def test_sentence_numbers_of_expressions() -> None:
    doc = ParagraphBoundaries()(_blank("Talks ended.\nOn Monday, they met.", "2020-06-09"))
    doc = TimeResolver()(RECOGNIZER(doc))
    assert [e.sentence for e in _expressions(doc)] == [1]


def test_news_policy_anchors_every_weekday_on_the_publication_date() -> None:
    text = "Talks began on June 3, 2019. On Wednesday they ended."
    doc = TimeResolver("news")(RECOGNIZER(_blank(text, "2020-06-09")))
    wednesday = _expressions(doc)[1]
    # "ended" is past: the Wednesday before the publication date.
    assert wednesday.value.value == "2020-06-03"
    assert wednesday.anchor.kind is AnchorKind.PUBLICATION_DATE


def test_narrative_policy_anchors_on_the_last_stated_date() -> None:
    text = "Talks began on June 3, 2019. On Wednesday they ended."
    doc = TimeResolver("narrative")(RECOGNIZER(_blank(text, "2020-06-09")))
    stated, wednesday = _expressions(doc)
    assert stated.value.value == "2019-06-03"
    assert stated.anchor.kind is AnchorKind.NONE
    assert wednesday.value.value == "2019-06-05"
    assert wednesday.anchor.kind is AnchorKind.EXPRESSION
    assert wednesday.anchor.expression_id == "t1"
    assert wednesday.anchor.date == dt.date(2019, 6, 3)


def test_narrative_policy_starts_from_the_publication_date() -> None:
    doc = TimeResolver("narrative")(RECOGNIZER(_blank("On Monday they met.", "2020-06-09")))
    (monday,) = _expressions(doc)
    assert monday.value.value == "2020-06-08"
    assert monday.anchor.kind is AnchorKind.PUBLICATION_DATE


@pytest.mark.parametrize("policy", ["calendar", "", "NEWS"])
def test_unknown_policy_is_an_invalid_setting(policy: str) -> None:
    with pytest.raises(InvalidSettingError, match="unknown anchoring policy"):
        TimeResolver(policy)


def test_factories_build_the_components() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("timeline_time_recognizer")
    blank.add_pipe("timeline_time_resolver", config={"policy": "narrative"})
    doc = blank.make_doc("On June 3, 2019 and then Wednesday")
    doc._.publication_date = "2020-06-09"
    doc = blank(doc)
    assert [e.value.value for e in _expressions(doc)] == ["2019-06-03", "2019-06-05"]


def _parsed(nlp: Language, text: str) -> Timeline:
    doc = nlp.make_doc(text)
    doc._.publication_date = "2020-06-09"
    result: Timeline = nlp(doc)._.timeline
    return result


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks ended on October 12.", "2019-10-12"),
        ("The talks will resume on December 3.", "2020-12-03"),
        ("On Monday, only one was answered.", "2020-06-08"),
        ("They will meet on Thursday.", "2020-06-11"),
    ],
)
def test_parse_gives_the_tense_that_picks_the_direction(nlp: Language, text: str, value: str) -> None:
    (expression,) = _parsed(nlp, text).expressions
    assert expression.value.value == value


NEWS = (
    "North Korea To Cut All Communications\n\n"
    "On Monday, although two daily calls are usually made, only one was answered. "
    "The 1950-1953 Korean War ended with an armistice. A rally on June 6 drew crowds; "
    "the talks will resume next Tuesday or on 6 June 2021, as they have since 2008."
)


def test_offsets_invariant_on_a_blank_doc() -> None:
    doc = TimeResolver()(RECOGNIZER(_blank(NEWS, "2020-06-09")))
    expressions = _expressions(doc)
    assert len(expressions) == 7
    for expression in expressions:
        assert NEWS[expression.start : expression.end] == expression.text


def test_offsets_invariant_through_the_pipeline(nlp: Language) -> None:
    timeline = _parsed(nlp, NEWS)
    assert len(timeline.expressions) == 7
    for expression in timeline.expressions:
        assert timeline.text[expression.start : expression.end] == expression.text
