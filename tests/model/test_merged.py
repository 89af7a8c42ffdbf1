"""The values of a merged timeline."""

from __future__ import annotations

import datetime as dt

import attrs

from timeline.model import (
    Aspect,
    Entry,
    Event,
    EventClass,
    Interval,
    Mention,
    MergedEntry,
    MergedTimeline,
    Participant,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Tense,
    Timeline,
)

MONDAY = Interval.day(dt.date(2020, 6, 8))


def _entry(text: str, placement: Placement, *, salient: bool = True, subject: str | None = None) -> Entry:
    event = Event(
        "e1", text, 0, len(text), 0, text, EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE, Polarity.POS,
        None, PartOfSpeech.VERB, f"{subject or 'someone'} {text}", subject=subject,
    )  # fmt: skip
    return Entry(event, placement, salient=salient)


DATED = Placement(PlacementKind.DATED, MONDAY, "2020-06-08", "t1", "r", MONDAY.start, MONDAY.end)
UNKNOWN = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "r")
MET = MergedEntry(
    (Mention(1, _entry("met", DATED, subject="Kim")), Mention(0, _entry("met", DATED, subject="Moon"))), DATED
)
SAID = MergedEntry((Mention(0, _entry("said", UNKNOWN, salient=False)),), UNKNOWN)
MERGED = MergedTimeline((), (MET, SAID))


def test_entry_reads_its_first_mention_and_common_placement() -> None:
    assert MET.description == "Kim met"
    assert MET.label == "2020-06-08"
    assert MET.documents == (0, 1)
    assert MET.mentions[0].event.text == "met"


def test_salience_and_view() -> None:
    assert MET.salient
    assert not SAID.salient
    assert MERGED.view() == (MET,)
    assert MERGED.view(background=True) == (MET, SAID)


def test_about_searches_every_mention() -> None:
    assert MERGED.about("moon") == (MET,)
    assert MERGED.about("nobody") == ()


def test_between_and_on() -> None:
    assert MERGED.on(dt.date(2020, 6, 8)) == (MET,)
    assert MERGED.between(dt.datetime(2020, 6, 9), dt.datetime(2020, 6, 10)) == ()
    assert list(MERGED) == [MET, SAID]
    assert len(MERGED) == 2


def test_about_reads_each_mention_against_its_own_document() -> None:
    steve = Participant("Steve", "PERSON", 0, 5)
    entry = _entry("spoke", DATED, subject="Steve")
    spoke = attrs.evolve(entry, event=attrs.evolve(entry.event, entities=(steve,)))
    merged_entry = MergedEntry((Mention(1, spoke),), DATED)
    documents = (
        Timeline(text="Steve Jobs spoke.", publication_date=None),
        Timeline(text="Steve spoke.", publication_date=None),
    )
    assert MergedTimeline(documents, (merged_entry,)).about("Steve Jobs") == ()
    assert MergedTimeline(documents[::-1], (merged_entry,)).about("Steve Jobs") == (merged_entry,)
