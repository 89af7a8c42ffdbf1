"""Readable descriptions of an event's clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from timeline.events.describe import describe


def _describe(nlp: Language, text: str, word: str, *, keeps_reported: bool = False) -> str:
    doc = nlp(text)
    trigger = next(token for token in doc if token.text == word)
    return describe(trigger, keeps_reported=keeps_reported)


@pytest.mark.parametrize(
    ("text", "word", "description"),
    [
        ("Officials did not answer the calls.", "answer", "Officials did not answer the calls"),
        ("On Monday, only one was answered.", "answered", "On Monday, only one was answered"),
        (
            "North Korean officials did not answer routine daily calls to the liaison office, "
            "nor calls on military hotlines, a spokeswoman told a briefing.",
            "answer",
            "North Korean officials did not answer routine daily calls to the liaison office",
        ),
        (
            "North Korea is taking steps to shut down all communication.",
            "taking",
            "North Korea is taking steps to shut down all communication",
        ),
        (
            "The secretive country has lashed out at South Korea.",
            "lashed",
            "The secretive country has lashed out at South Korea",
        ),
    ],
)
def test_descriptions(nlp: Language, text: str, word: str, description: str) -> None:
    assert _describe(nlp, text, word) == description


def test_a_reporting_verb_keeps_what_it_reports(nlp: Language) -> None:
    text = "The ministry said it will continue to follow the agreed principles."
    assert _describe(nlp, text, "said", keeps_reported=True) == (
        "The ministry said it will continue to follow the agreed principles"
    )
    assert _describe(nlp, text, "said") == "The ministry said"


def test_reported_clause_alone(nlp: Language) -> None:
    text = "The ministry said it will continue to follow the agreed principles."
    assert _describe(nlp, text, "continue") == "it will continue to follow the agreed principles"


def test_punctuation_inside_words_is_kept(nlp: Language) -> None:
    assert _describe(nlp, "The state-run agency reported it.", "reported") == (
        "The state-run agency reported it"
    )


def test_long_descriptions_are_cut(nlp: Language) -> None:
    text = (
        "Kim Jong Un reportedly spoke at the 13th Political Bureau meeting of the 7th Central "
        "Committee of the Workers' Party of Korea, according to the state media outlet of the "
        "reclusive country run by the Kim family since 1948."
    )
    description = _describe(nlp, text, "spoke")
    assert description.startswith("Kim Jong Un reportedly spoke at the 13th Political Bureau")
    assert description.endswith(" …")
    assert len(description.split(" ")) == 25


def test_a_borrowed_subject_leads_the_description(nlp: Language) -> None:
    doc = nlp("The ministry will continue and strive for peace.")
    strive = next(token for token in doc if token.text == "strive")
    subject = next(token for token in doc if token.text == "ministry")
    assert describe(strive, subject=subject) == "The ministry will strive for peace"


def test_a_pronoun_subject_does_not_lead(nlp: Language) -> None:
    doc = nlp("It will continue and strive for peace.")
    strive = next(token for token in doc if token.text == "strive")
    assert describe(strive, subject=doc[0]) == "strive for peace"


@pytest.mark.parametrize(
    ("text", "word", "subject", "description"),
    [
        ("North Korea is not willing to talk.", "willing", "Korea", "North Korea is not willing to talk"),
        ("Officials said they were unable to comment.", "unable", "they", "were unable to comment"),
        ("Were they willing to talk?", "willing", "they", "willing to talk"),
    ],
)
def test_a_predicative_adjective_keeps_its_copula(
    nlp: Language, text: str, word: str, subject: str, description: str
) -> None:
    doc = nlp(text)
    trigger = next(token for token in doc if token.text == word)
    head = next(token for token in doc if token.text == subject)
    assert describe(trigger, subject=head) == description
