"""Event-publication-date links from tense and aspect, through the pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from timeline.links.publication_links import publication_links
from timeline.model import PUBLICATION_DATE_ID, RelType, Timeline


def _timeline(nlp: Language, text: str) -> Timeline:
    doc = nlp.make_doc(text)
    doc._.publication_date = "2020-06-09"
    result: Timeline = nlp(doc)._.timeline
    return result


def _publication_links(timeline: Timeline) -> dict[str, tuple[RelType, str]]:
    names = {event.id: event.text for event in timeline.events}
    return {
        names[r.source]: (r.rel_type, r.rule)
        for r in timeline.relations
        if r.target == PUBLICATION_DATE_ID and r.source in names
    }


@pytest.mark.parametrize(
    ("text", "word", "rel_type", "rule"),
    [
        (
            "The ministry said it will continue to follow the principles.",
            "continue",
            RelType.AFTER,
            "tense-future",
        ),
        (
            "The ministry said it will continue to follow the principles.",
            "said",
            RelType.IS_INCLUDED,
            "news-reporting-day",
        ),
        (
            "The secretive country has lashed out at South Korea.",
            "lashed",
            RelType.BEFORE,
            "present-perfect",
        ),
        # Begun before and still going on: it holds at publication.
        ("He has been talking.", "talking", RelType.INCLUDES, "present-perfect"),
        (
            "He has been fighting pancreatic cancer since 2004.",
            "fighting",
            RelType.INCLUDES,
            "present-perfect",
        ),
        (
            "North Korea is taking steps to shut down all communication.",
            "taking",
            RelType.INCLUDES,
            "tense-present",
        ),
        ("The two Koreas remain at war.", "remain", RelType.INCLUDES, "tense-present"),
        ("Officials did not answer the calls.", "answer", RelType.BEFORE, "tense-past"),
        (
            "Officials did not answer the calls, a spokeswoman said.",
            "answer",
            RelType.IS_INCLUDED,
            "news-reported-event",
        ),
        (
            "Officials did not answer the calls, a spokeswoman said.",
            "said",
            RelType.IS_INCLUDED,
            "news-reporting-day",
        ),
    ],
)
def test_link_to_the_publication_date(
    nlp: Language, text: str, word: str, rel_type: RelType, rule: str
) -> None:
    assert _publication_links(_timeline(nlp, text))[word] == (rel_type, rule)


def test_participle_happens_within_its_governor(nlp: Language) -> None:
    timeline = _timeline(nlp, "The country has lashed out at the South, threatening to close an office.")
    names = {event.id: event.text for event in timeline.events}
    links = [
        (names[r.source], r.rel_type, names[r.target])
        for r in timeline.relations
        if r.rule == "participle-with-governor"
    ]
    assert links == [("threatening", RelType.IS_INCLUDED, "lashed")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The routine calls should be maintained.", "maintained"),
        ("They could not answer.", "answer"),
        ("The ministry said it will continue to follow the principles.", "follow"),
        ("North Korea is taking steps to shut down all communication.", "shut"),
        ("Officials did not answer the calls.", "calls"),
    ],
)
def test_modal_infinitive_and_nominal_events_get_no_link(nlp: Language, text: str, word: str) -> None:
    timeline = _timeline(nlp, text)
    assert word in {event.text for event in timeline.events}
    assert word not in _publication_links(timeline)


def test_no_triggers_no_links(nlp: Language) -> None:
    assert publication_links(nlp("The war ended."), {}) == ()


def test_dated_reporting_event_is_not_also_put_on_the_publication_day(nlp: Language) -> None:
    timeline = _timeline(nlp, "The ministry said on Monday that talks would resume.")
    assert _publication_links(timeline)["said"] == (RelType.BEFORE, "dated-vs-publication")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iraq will retaliate if they boost production.", "boost"),
        ("The talks will continue until a deal is reached.", "reached"),
        ("Prices will fall once the harvest comes in.", "comes"),
    ],
)
def test_a_present_in_a_conditional_or_temporal_clause_is_ahead(nlp: Language, text: str, word: str) -> None:
    assert _publication_links(_timeline(nlp, text))[word] == (RelType.AFTER, "futurate-present")


def test_a_present_in_a_clause_of_reason_holds_at_publication(nlp: Language) -> None:
    links = _publication_links(_timeline(nlp, "Prices fall because demand remains weak."))
    assert links["remains"] == (RelType.INCLUDES, "tense-present")


def test_a_present_under_a_present_main_clause_is_no_futurate(nlp: Language) -> None:
    links = _publication_links(_timeline(nlp, "Town Closes Bridge After Engineers Find Cracks"))
    assert links["Find"][1] != "futurate-present"
