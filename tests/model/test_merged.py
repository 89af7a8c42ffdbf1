"""The values of a merged timeline."""

from __future__ import annotations

import datetime as dt

from timeline.model import (
    Aspect,
    Entry,
    Event,
    EventClass,
    Interval,
    Mention,
    MergedEntry,
    MergedTimeline,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Tense,
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
