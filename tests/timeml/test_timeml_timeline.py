"""Timelines to and from TimeML: gold documents as Timeline values, timelines as TempEval-3 input."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from timeline import extract
from timeline.errors import TimeMLError
from timeline.export.json import from_json, to_json
from timeline.model import PUBLICATION_DATE_ID, PlacementKind, Relation, RelType, Timeline
from timeline.timeml import parse_timeline, read_timeline, write_timeline
from timeline.timeml.reader import read_document

REPOSITORY = Path(__file__).resolve().parents[2]
CORPUS = (REPOSITORY / ".." / "shared" / "data" / "tbaq-cleaned").resolve()
TE3SCORE = (REPOSITORY / ".." / "shared" / "tools" / "te3score.py").resolve()
DOCUMENTS = sorted(CORPUS.rglob("*.tml"))
needs_corpus = pytest.mark.skipif(not DOCUMENTS, reason=f"the TempEval-3 corpus is not at {CORPUS}")


@needs_corpus
def test_every_gold_document_becomes_a_timeline() -> None:
    kinds: dict[PlacementKind, int] = {}
    for path in DOCUMENTS:
        document = read_document(path)
        tl = read_timeline(path)
        assert tl.text == document.text
        assert tl.publication_date == document.publication_date
        assert [(e.start, e.end) for e in tl.events] == [(e.start, e.end) for e in document.events]
        assert [(t.start, t.end, t.value.value) for t in tl.expressions] == [
            (t.start, t.end, t.value) for t in document.timexes
        ]
        assert sorted(entry.event.id for entry in tl.entries) == sorted(event.id for event in tl.events)
        known = {e.id for e in tl.events} | {t.id for t in tl.expressions} | {PUBLICATION_DATE_ID}
        assert all(r.source in known and r.target in known for r in tl.relations), path.name
        for sentence in {event.sentence for event in tl.events}:
            assert 0 <= sentence < len(tl.sentences)
        # Placed and ordered by the library's own ordering stage: the order honours every kept BEFORE.
        position = {entry.event.id: number for number, entry in enumerate(tl.entries)}
        for relation in tl.relations:
            if (
                relation.rel_type is RelType.BEFORE
                and relation.source in position
                and relation.target in position
            ):
                assert position[relation.source] < position[relation.target], (path.name, relation)
        for entry in tl.entries:
            kinds[entry.placement.kind] = kinds.get(entry.placement.kind, 0) + 1
    assert kinds[PlacementKind.DATED] > 1000  # gold TLINKs to dated TIMEX3 place many events
    assert set(kinds) == set(PlacementKind)


@needs_corpus
@pytest.mark.parametrize("path", DOCUMENTS[::25], ids=lambda path: path.name)
def test_gold_timelines_survive_json(path: Path) -> None:
    tl = read_timeline(path)
    assert from_json(to_json(tl)) == tl


def test_gold_values_give_intervals_and_links_are_read_from_the_event() -> None:
    markup = (
        '<TimeML><DCT><TIMEX3 tid="t9" type="DATE" value="1998-02-13" '
        'functionInDocument="CREATION_TIME">Feb 13</TIMEX3></DCT>\n<TEXT>In '
        '<TIMEX3 tid="t1" type="DATE" value="1997-Q4">the fourth quarter</TIMEX3> profit '
        '<EVENT eid="e1" class="OCCURRENCE">rose</EVENT>.\n\nIt may '
        '<EVENT eid="e2" class="OCCURRENCE">fall</EVENT>.</TEXT>\n'
        '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
        '<MAKEINSTANCE eiid="ei2" eventID="e2" tense="NONE" aspect="NONE" polarity="POS" pos="VERB"/>\n'
        '<TLINK lid="l1" timeID="t1" relatedToEventInstance="ei1" relType="INCLUDES"/>\n'
        '<TLINK lid="l2" eventInstanceID="ei2" relatedToTime="t9" relType="AFTER"/>\n</TimeML>'
    )
    tl = parse_timeline(markup)
    assert tl.expressions[0].value.interval is not None
    assert tl.expressions[0].value.interval.start == dt.datetime(1997, 10, 1)
    assert tl.relations[0].source == "e1"
    assert tl.relations[0].rel_type is RelType.IS_INCLUDED
    assert tl.relations[1].target == PUBLICATION_DATE_ID
    assert [(entry.label, entry.event.text) for entry in tl] == [
        ("1997-Q4", "rose"),
        ("after 1998-02-13", "fall"),
    ]
    assert [tl.sentence_text(event.sentence) for event in tl.events] == [
        "In the fourth quarter profit rose.",
        "It may fall.",
    ]


def test_an_unknown_relation_type_is_refused() -> None:
    markup = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" '
        'functionInDocument="CREATION_TIME">Feb 13</TIMEX3></DCT><TEXT>It '
        '<EVENT eid="e1" class="OCCURRENCE">fell</EVENT>.</TEXT>'
        '<MAKEINSTANCE eiid="ei1" eventID="e1"/>'
        '<TLINK lid="l7" eventInstanceID="ei1" relatedToTime="t0" relType="SOONISH"/></TimeML>'
    )
    with pytest.raises(TimeMLError, match="TLINK l7 has relType 'SOONISH'"):
        parse_timeline(markup, source="odd.tml")


def test_written_timeline_reads_back(seed_timeline: Timeline) -> None:
    markup = write_timeline(seed_timeline, doc_id="north-korea")
    back = parse_timeline(markup)
    assert back.text == seed_timeline.text
    assert back.publication_date == seed_timeline.publication_date
    assert [(e.start, e.end, e.event_class) for e in back.events] == sorted(
        (e.start, e.end, e.event_class) for e in seed_timeline.events
    )
    written_links = markup.count("<TLINK ")
    assert written_links == len(back.relations) > 0
    # Relations whose ends are single tags are all written (ranges are written as their two ends).
    ranges = {t.id for t in seed_timeline.expressions if t.parts}
    expected = [r for r in seed_timeline.relations if r.source not in ranges and r.target not in ranges]
    assert written_links == len(expected)
    # The same links, told by the texts of their ends (ids are renumbered when written).
    assert _told(back, back.relations) == _told(seed_timeline, expected)


def _told(tl: Timeline, relations: Iterable[Relation]) -> list[tuple[str, str, str]]:
    names = {event.id: event.text for event in tl.events} | {PUBLICATION_DATE_ID: "(publication)"}
    names |= {part.id: part.text for t in tl.expressions for part in (t.parts or (t,))}
    told = []
    for relation in relations:
        forward = (names[relation.source], relation.rel_type.value, names[relation.target])
        backward = (names[relation.target], relation.rel_type.inverse().value, names[relation.source])
        told.append(min(forward, backward))
    return sorted(told)


def test_a_timeline_without_publication_date_cannot_be_timeml() -> None:
    with pytest.raises(TimeMLError, match="needs a creation time"):
        write_timeline(Timeline(text="x", publication_date=None))


@needs_corpus
@pytest.mark.skipif(not TE3SCORE.is_file(), reason=f"the reference scorer is not at {TE3SCORE}")
def test_te3score_reads_written_timelines(tmp_path: Path) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    for path in DOCUMENTS[::90]:
        document = read_document(path)
        (gold / path.name).write_bytes(path.read_bytes())
        tl = extract(document.text, document.publication_date)
        (system / path.name).write_text(write_timeline(tl, doc_id=document.doc_id), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(TE3SCORE), str(gold), str(system), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)
    assert scores["files"] == len(list(system.iterdir()))
    assert scores["system_tlinks"] > 0
    assert scores["warnings"] == []
    assert scores["TIMEX3"]["relaxed"]["f1"] > 0.5
