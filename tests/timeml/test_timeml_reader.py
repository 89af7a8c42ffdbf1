from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.timeml.reader import TimeMLError, read_corpus, read_document

DOCUMENT = (
    "<?xml version='1.0' encoding='UTF-8'?>\n<TimeML>\n<DOCID>wsj_0001</DOCID>\n"
    '<DCT><TIMEX3 tid="t0" type="TIME" value="1989-10-26T08:00" functionInDocument="CREATION_TIME">'
    "10/26/89</TIMEX3></DCT>\n"
    '<TEXT>\nShares <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose '
    '<TIMEX3 tid="t1" type="DATE" value="1989-10-25">yesterday</TIMEX3>.\n</TEXT>\n'
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
    "</TimeML>\n"
)


def _write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_reads_text_without_tags_and_the_creation_date(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, "a.tml", DOCUMENT))
    assert document.doc_id == "wsj_0001"
    assert document.text == "\nShares fell & rose yesterday.\n"
    assert document.publication_date == dt.date(1989, 10, 26)


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
    ],
)
def test_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(TimeMLError, match=message):
        read_document(_write(tmp_path, "bad.tml", content))


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match="is not a folder"):
        list(read_corpus(tmp_path / "missing"))
