from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.model import AnchorKind, Aspect, EventClass, Mod, PartOfSpeech, Polarity, Tense, TimexType
from timeline.timeml.reader import (
    TimeMLError,
    parse_annotations,
    parse_document,
    read_corpus,
    read_document,
    read_markup,
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "tbaq-cleaned"

DOCUMENT = (
    "<?xml version='1.0' encoding='UTF-8'?>\n<TimeML>\n<DOCID>wsj_0001</DOCID>\n"
    '<DCT><TIMEX3 tid="t0" type="TIME" value="1989-10-26T08:00" functionInDocument="CREATION_TIME">'
    "10/26/89</TIMEX3></DCT>\n"
    '<TEXT>\nShares <EVENT eid="e1" class="OCCURRENCE" stem="fall">fell</EVENT> &amp; '
    '<EVENT eid="e2" class="OCCURRENCE" tense="FUTURE">rose</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1989-10-25" mod="END" anchorTimeID="t0" '
    'functionInDocument="NONE">late yesterday</TIMEX3>,<TIMEX3 tid="t2" type="SET" value="P1D" freq="1X" '
    'quant="EVERY"> every day </TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P2D" beginPoint="t1" '
    'endPoint="t0">two days</TIMEX3>.\n</TEXT>\n'
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
    '<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="PERFECTIVE" polarity="NEG" pos="UNKNOWN" '
    'modality="would"/>\n'
    '<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>\n'
    '<TLINK lid="l2" timeID="t3" relatedToEventInstance="ei2" relType="INCLUDES"/>\n'
    "</TimeML>\n"
)


def _write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_reads_text_without_tags_and_the_creation_date(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, "a.tml", DOCUMENT))
    assert document.doc_id == "wsj_0001"
    assert document.text == "\nShares fell & rose late yesterday, every day  for two days.\n"
    assert document.publication_date == dt.date(1989, 10, 26)


def test_timex_spans_are_trimmed_and_keep_every_attribute() -> None:
    document = parse_document(DOCUMENT)
    assert [(t.tid, t.text) for t in document.timexes] == [
        ("t1", "late yesterday"),
        ("t2", "every day"),
        ("t3", "two days"),
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text
    late, every, two = document.timexes
    assert (late.type, late.value, late.mod, late.anchor_time_id, late.function_in_document) == (
        "DATE",
        "1989-10-25",
        "END",
        "t0",
        "NONE",
    )
    assert (every.freq, every.quant) == ("1X", "EVERY")
    assert (two.begin_point, two.end_point) == ("t1", "t0")


def test_events_take_their_instance_attributes_and_their_own_win() -> None:
    fell, rose = parse_document(DOCUMENT).events
    assert (fell.eid, fell.text, fell.stem, fell.tense, fell.instance_id) == (
        "e1",
        "fell",
        "fall",
        "PAST",
        "ei1",
    )
    assert (rose.tense, rose.aspect, rose.polarity, rose.pos, rose.modality) == (
        "FUTURE",
        "PERFECTIVE",
        "NEG",
        "UNKNOWN",
        "would",
    )


def test_links_name_source_target_and_type() -> None:
    links = parse_document(DOCUMENT).links
    assert [(k.lid, k.source, k.target, k.rel_type) for k in links] == [
        ("l1", "ei1", "t1", "IS_INCLUDED"),
        ("l2", "t3", "ei2", "INCLUDES"),
    ]


def test_conversion_to_model_values() -> None:
    document = parse_document(DOCUMENT)
    late, every, _ = document.time_expressions()
    assert (late.value.type, late.value.value, late.value.mod) == (TimexType.DATE, "1989-10-25", Mod.END)
    assert (late.rule, late.anchor.kind, late.value.interval) == ("gold", AnchorKind.NONE, None)
    assert (every.value.freq, every.value.quant) == ("1X", "EVERY")
    fell, rose = document.model_events()
    assert (fell.lemma, fell.event_class, fell.tense, fell.pos) == (
        "fall",
        EventClass.OCCURRENCE,
        Tense.PAST,
        PartOfSpeech.VERB,
    )
    assert (rose.lemma, rose.aspect, rose.polarity, rose.modality, rose.pos) == (
        "rose",
        Aspect.PERFECTIVE,
        Polarity.NEG,
        "would",
        PartOfSpeech.OTHER,
    )
    assert (rose.description, rose.sentence) == ("", 0)


def test_unknown_type_is_a_clear_error() -> None:
    document = parse_document(DOCUMENT.replace('type="SET"', 'type="CYCLE"'))
    with pytest.raises(TimeMLError, match="TIMEX3 t2 type is 'CYCLE'; expected one of DATE"):
        document.time_expressions()


def test_events_outside_text_and_whitespace_only_tags_are_ignored() -> None:
    markup = (
        '<TimeML><TITLE><EVENT eid="e9" class="STATE">Title</EVENT></TITLE>'
        '<TEXT>A <EVENT eid="e1" class="STATE"> </EVENT>b <TIMEX3 tid="t1" type="DATE" value="X"></TIMEX3>'
        "</TEXT></TimeML>"
    )
    annotated = parse_annotations(markup)
    assert (annotated.text, annotated.events, annotated.timexes) == ("A  b ", (), ())


def test_line_ends_and_character_references_read_as_an_xml_reader_reads_them() -> None:
    markup = "<TimeML><TEXT>a\r\nb\rc &#233;&lt;&#x41;&#13;</TEXT></TimeML>"
    assert parse_annotations(markup).text == "a\nb\nc é<A\r"


def test_read_markup_keeps_line_ends_and_drops_the_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "crlf.tml"
    path.write_bytes(b"\xef\xbb\xbf<TimeML>\r\n<TEXT>x</TEXT></TimeML>")
    assert read_markup(path) == "<TimeML>\r\n<TEXT>x</TEXT></TimeML>"


def test_corpus_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "b.tml", DOCUMENT.replace("wsj_0001", "second"))
    _write(tmp_path, "a.tml", DOCUMENT)
    _write(tmp_path, "notes.txt", "not TimeML")
    assert [d.doc_id for d in read_corpus(tmp_path)] == ["wsj_0001", "second"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<TimeML><TEXT>unclosed</TimeML>", "not well-formed XML"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT> element"),
        ("<TimeML><TEXT>no date</TEXT></TimeML>", "no creation-time TIMEX3"),
        (
            '<TimeML><DCT><TIMEX3 value="Feb 13, 1998" functionInDocument="CREATION_TIME"/></DCT>'
            "<TEXT>x</TEXT></TimeML>",
            "does not start with a date",
        ),
    ],
)
def test_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(TimeMLError, match=message):
        read_document(_write(tmp_path, "bad.tml", content))


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match="is not a folder"):
        list(read_corpus(tmp_path / "missing"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the TempEval-3 corpus is not at {CORPUS}")
def test_every_tbaq_document_reads_with_exact_offsets() -> None:
    documents = list(read_corpus(CORPUS))
    assert len(documents) == 256
    assert sum(len(d.timexes) for d in documents) == 1822
    assert sum(len(d.events) for d in documents) == 11129
    assert sum(len(d.links) for d in documents) == 11115
    for document in documents:
        spans = [(t.start, t.end, t.text) for t in document.timexes]
        spans += [(e.start, e.end, e.text) for e in document.events]
        for start, end, text in spans:
            assert document.text[start:end] == text
            assert text == text.strip()
        assert len(document.time_expressions()) == len(document.timexes)
        assert len(document.model_events()) == len(document.events)
