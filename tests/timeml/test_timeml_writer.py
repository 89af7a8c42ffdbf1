from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from timeline import extract
from timeline.evaluation.awareness import score_markup
from timeline.model import (
    PUBLICATION_DATE_ID,
    Anchor,
    Aspect,
    Event,
    EventClass,
    Mod,
    PartOfSpeech,
    Polarity,
    Relation,
    RelType,
    Tense,
    TimeExpression,
    TimeValue,
    TimexType,
)
from timeline.timeml.markup import TimeMLError, parse_markup
from timeline.timeml.reader import parse_annotations, parse_document, read_markup
from timeline.timeml.system import system_tags
from timeline.timeml.writer import annotate, tlink_elements, write_document

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "tbaq-cleaned"

ORIGINAL = (
    '<?xml version="1.0" ?>\r\n<TimeML>\n<DOCID>d1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-09" functionInDocument="CREATION_TIME">'
    "June 9</TIMEX3></DCT>\n<EXTRAINFO>a \r b</EXTRAINFO>\n"
    '<TEXT>\nAT&amp;T <EVENT eid="e7" class="OCCURRENCE">said</EVENT> <SIGNAL sid="s1">on</SIGNAL> '
    '<TIMEX3 tid="t9" type="DATE" value="2020-06-08">Monday</TIMEX3> that 1 &lt; 2.\n</TEXT>\n'
    '<MAKEINSTANCE eiid="ei7" eventID="e7" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
    '<TLINK lid="l1" eventInstanceID="ei7" relatedToTime="t9" relType="IS_INCLUDED"/>\n'
    '<SLINK lid="l2" eventInstanceID="ei7" subordinatedEventInstance="ei7" relType="EVIDENTIAL"></SLINK>\n'
    '<ALINK lid="l3" eventInstanceID="ei7" relatedToEventInstance="ei7" relType="INITIATES" />\n'
    "</TimeML>\n"
)
TEXT = "\nAT&T said on Monday that 1 < 2.\n"


def _expression(text: str, start: int, value: TimeValue, id_: str = "t1") -> TimeExpression:
    return TimeExpression(id_, text, start, start + len(text), 0, value, Anchor.absolute(), "test")


def _event(text: str, start: int, modality: str | None = None) -> Event:
    return Event(
        "e1", text, start, start + len(text), 0, text, EventClass.REPORTING, Tense.PAST, Aspect.NONE,
        Polarity.NEG, modality, PartOfSpeech.VERB, "",
    )  # fmt: skip


MONDAY = _expression("Monday", TEXT.index("Monday"), TimeValue(TimexType.DATE, "2020-06-08", mod=Mod.START))
SAID = _event("said", TEXT.index("said"), modality="would")


def test_text_header_and_document_are_kept_and_gold_tags_replaced() -> None:
    written = annotate(ORIGINAL, [MONDAY], [SAID])
    assert parse_annotations(written).text == TEXT
    head = ORIGINAL[: ORIGINAL.index("<TEXT>")]
    assert written.startswith(head)  # declaration, DOCID, DCT and the raw \r of EXTRAINFO untouched
    for gone in ('tid="t9"', "<SIGNAL", "<TLINK", "<SLINK", "<ALINK", 'eiid="ei7"'):
        assert gone not in written
    assert written.endswith("</TEXT>\n" + _instance_line() + "\n</TimeML>\n")
    document = parse_document(written)
    (timex,) = document.timexes
    assert (timex.tid, timex.text, timex.type, timex.value, timex.mod) == (
        "t1",
        "Monday",
        "DATE",
        "2020-06-08",
        "START",
    )
    (event,) = document.events
    assert (event.eid, event.text, event.event_class, event.tense, event.polarity, event.modality) == (
        "e1",
        "said",
        "REPORTING",
        "PAST",
        "NEG",
        "would",
    )


def _instance_line() -> str:
    return (
        '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="NEG" pos="VERB" '
        'modality="would"/>'
    )


def test_times_only_writes_no_events_and_no_instances() -> None:
    written = annotate(ORIGINAL, [MONDAY])
    assert "<EVENT" not in written
    assert "MAKEINSTANCE" not in written
    assert '<TIMEX3 tid="t1" type="DATE" value="2020-06-08" mod="START">Monday</TIMEX3>' in written


def test_set_and_range_values_write_what_the_value_holds() -> None:
    text = "Talks ran weekly in 1950-1953."
    weekly = _expression("weekly", 10, TimeValue(TimexType.SET, "P1W", freq="1X", quant="EACH"))
    years = _expression(
        "1950-1953",
        20,
        TimeValue(
            TimexType.DURATION,
            "P4Y",
            begin=TimeValue(TimexType.DATE, "1950"),
            end=TimeValue(TimexType.DATE, "1953"),
        ),
    )
    written = write_document(text, dt.date(2020, 6, 9), [weekly, years])
    assert '<TIMEX3 tid="t1" type="SET" value="P1W" freq="1X" quant="EACH">weekly</TIMEX3>' in written
    assert '<TIMEX3 tid="t2" type="DURATION" value="P4Y">1950-1953</TIMEX3>' in written


def test_crossing_spans_keep_the_first_and_nested_spans_stay() -> None:
    text = "late on Monday night"
    date = TimeValue(TimexType.DATE, "2020-06-08")
    late_monday = _expression("late on Monday", 0, date, "a")
    monday_night = _expression("Monday night", 8, date, "b")
    monday = _expression("Monday", 8, date, "c")
    written = write_document(text, "2020-06-09", [late_monday, monday_night, monday])
    annotated = parse_annotations(written)
    assert [timex.text for timex in annotated.timexes] == ["late on Monday", "Monday"]
    assert "late on <TIMEX3" in written.replace('<TIMEX3 tid="t1" type="DATE" value="2020-06-08">', "")


def test_a_value_from_another_text_is_refused() -> None:
    with pytest.raises(TimeMLError, match="does not match the text there"):
        annotate(ORIGINAL, [attrs.evolve(MONDAY, start=MONDAY.start + 1, end=MONDAY.end + 1)])


def test_write_document_escapes_and_round_trips() -> None:
    text = 'Q&A <b> "quoted"\r\nnext\tline ]]>'
    written = write_document(text, "2020-06-09T08:30:00+09:00", doc_id="x&y")
    document = parse_document(written)
    assert (document.text, document.doc_id, document.publication_date) == (text, "x&y", dt.date(2020, 6, 9))


def test_write_document_refuses_characters_xml_cannot_hold() -> None:
    with pytest.raises(TimeMLError, match=r"U\+000B at offset 1"):
        write_document("a\vb", "2020-06-09")


def test_annotate_needs_a_text_element() -> None:
    with pytest.raises(TimeMLError, match="no <TEXT> element"):
        annotate("<TimeML><BODY>x</BODY></TimeML>", [])


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the TempEval-3 corpus is not at {CORPUS}")
@pytest.mark.parametrize("name", ["AQUAINT/NYT19981120.0362.tml", "TimeBank/WSJ910225-0066.tml"])
def test_gold_written_back_reads_the_same(name: str) -> None:
    markup = read_markup(CORPUS / name)
    gold = parse_document(markup)
    again = parse_document(annotate(markup, gold.time_expressions(), gold.model_events()))
    assert again.text == gold.text
    assert [(t.start, t.end, t.type, t.value) for t in again.timexes] == [
        (t.start, t.end, t.type, t.value) for t in gold.timexes
    ]
    assert [(e.start, e.end, e.event_class) for e in again.events] == [
        (e.start, e.end, e.event_class) for e in gold.events
    ]
    parse_markup(annotate(markup, gold.time_expressions()))


def test_relations_become_tlinks_between_the_written_ids() -> None:
    relations = [
        Relation("e1", "t1", RelType.IS_INCLUDED, "test"),
        Relation("t1", PUBLICATION_DATE_ID, RelType.BEFORE, "test"),
        Relation("e1", PUBLICATION_DATE_ID, RelType.VAGUE, "test"),  # TimeML 1.2 has no VAGUE
        Relation("e1", "e404", RelType.AFTER, "test"),  # an end that was not written
    ]
    written = annotate(ORIGINAL, [MONDAY], [SAID], relations=relations)
    assert written.endswith(
        "</TEXT>\n" + _instance_line() + "\n"
        '<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>\n'
        '<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>\n</TimeML>\n'
    )
    new = write_document(TEXT, "2020-06-09", [MONDAY], [SAID], relations=relations[:1])
    assert '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>' in new
    assert "<TLINK" not in annotate(ORIGINAL, [MONDAY], [SAID])


def test_tlinks_are_written_times_first_and_creation_time_last() -> None:
    relations = [
        Relation("e1", PUBLICATION_DATE_ID, RelType.BEFORE, "test"),
        Relation("e1", "e1", RelType.SIMULTANEOUS, "test"),
        Relation("e1", "t1", RelType.IS_INCLUDED, "test"),
        Relation(PUBLICATION_DATE_ID, "t1", RelType.AFTER, "test"),
    ]
    written = annotate(ORIGINAL, [MONDAY], [SAID], relations=relations)
    assert [
        line.split('relType="')[1].split('"')[0] for line in written.splitlines() if "<TLINK" in line
    ] == [
        "AFTER",
        "IS_INCLUDED",
        "SIMULTANEOUS",
        "BEFORE",
    ]


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the TempEval-3 corpus is not at {CORPUS}")
def test_gold_relations_written_back_score_as_the_gold() -> None:
    markup = read_markup(CORPUS / "AQUAINT/APW19990206.0090.tml")
    gold = parse_document(markup)
    model_ids = {event.instance_id: event.eid for event in gold.events if event.instance_id}
    model_ids |= {timex.tid: timex.tid for timex in gold.timexes} | {"t0": PUBLICATION_DATE_ID}
    relations = [
        Relation(model_ids[link.source], model_ids[link.target], RelType(link.rel_type), "gold")
        for link in gold.links
        if link.source in model_ids and link.target in model_ids
    ]
    assert len(relations) > 0.9 * len(gold.links)
    written = annotate(markup, gold.time_expressions(), gold.model_events(), relations=relations)
    assert written.count("<TLINK") == len(relations)
    figures = score_markup(markup, written).overall.figures
    assert figures.precision == 1.0
    assert figures.recall > 0.9


def test_a_past_event_of_the_publication_day_is_before_the_creation_time() -> None:
    text = "The ministry said it will continue."
    tl = extract(text, "2020-06-09")
    assert ("e1", RelType.IS_INCLUDED, "t0") in {(r.source, r.rel_type, r.target) for r in tl.relations}
    written = tlink_elements(
        system_tags(text, tl.expressions, tl.events), tl.expressions, tl.events, tl.relations
    )
    assert '<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>' in written
    assert '<TLINK lid="l3" relType="AFTER" eventInstanceID="ei2" relatedToTime="t0"/>' in written


@pytest.mark.parametrize(
    ("text", "rel_type"),
    [
        ("The company says it is ready.", "IS_INCLUDED"),  # a statement: made at one moment of the day
        ("Prices remain high.", "INCLUDES"),  # a state: holds through it
        ("The company has said it is ready.", "BEFORE"),
    ],
)
def test_a_present_statement_is_within_the_creation_time(text: str, rel_type: str) -> None:
    tl = extract(text, "2020-06-09")
    written = tlink_elements(
        system_tags(text, tl.expressions, tl.events), tl.expressions, tl.events, tl.relations
    )
    assert f'relType="{rel_type}" eventInstanceID="ei1" relatedToTime="t0"/>' in " ".join(written)
