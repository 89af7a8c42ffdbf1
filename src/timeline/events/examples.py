"""A language's event example corpus: sentences with the event a word triggers, and words that trigger none.

The corpus (``events/<language>/examples.toml``) names, for every example,
the lexicon entry or detection rule it illustrates (``rule``): a lexicon
table and class such as ``class.REPORTING`` or ``nouns.I_STATE``, or a rule of
:mod:`timeline.events.detect` such as ``proper-noun``. The examples run
through the default pipeline as tests and document what counts as an event;
those marked ``copular_states`` run with that opt-in setting of the
``timeline_events`` component switched on (a copula whose predicate has no
eventive head is a STATE: "the hair was in a cap").
"""

from __future__ import annotations

from typing import Any

import attrs

from timeline.language_data import read_language_table
from timeline.model import Aspect, EventClass, PartOfSpeech, Polarity, Tense

__all__ = ["EventExample", "ExampleCorpus", "NotAnEvent", "load_examples"]


@attrs.frozen
class EventExample:
    """A sentence, the word in it that triggers an event, and the event's expected attributes.

    ``subject``, ``object`` and ``lemma`` are checked when given; ``copular_states``
    says the example holds with that setting of the ``timeline_events`` component on.

    >>> example = load_examples("en").examples[0]
    >>> example.rule, example.trigger
    ('class.REPORTING', 'said')
    """

    rule: str
    text: str
    trigger: str
    event_class: EventClass
    tense: Tense
    aspect: Aspect
    polarity: Polarity
    pos: PartOfSpeech
    modality: str | None = None
    lemma: str | None = None
    subject: str | None = None
    object: str | None = None
    copular_states: bool = False


@attrs.frozen
class NotAnEvent:
    """A word that looks like an event but is not one, as TimeML annotates, and why.

    ``copular_states`` says it is no event even with that setting of the
    ``timeline_events`` component on.

    >>> negative = load_examples("en").negatives[0]
    >>> negative.word, negative.rule
    ('Suspected', 'modifier-participle')
    """

    rule: str
    text: str
    word: str
    copular_states: bool = False


@attrs.frozen
class ExampleCorpus:
    """The examples and the negative examples of one language.

    >>> corpus = load_examples("en")
    >>> len(corpus.examples) > 20, len(corpus.negatives) > 5
    (True, True)
    """

    examples: tuple[EventExample, ...]
    negatives: tuple[NotAnEvent, ...]


def _example(entry: dict[str, Any]) -> EventExample:
    return EventExample(
        rule=entry["rule"],
        text=entry["text"],
        trigger=entry["trigger"],
        event_class=EventClass(entry["class"]),
        tense=Tense(entry.get("tense", "NONE")),
        aspect=Aspect(entry.get("aspect", "NONE")),
        polarity=Polarity(entry.get("polarity", "POS")),
        pos=PartOfSpeech(entry.get("pos", "VERB")),
        modality=entry.get("modality"),
        lemma=entry.get("lemma"),
        subject=entry.get("subject"),
        object=entry.get("object"),
        copular_states=entry.get("copular_states", False),
    )


def load_examples(language: str) -> ExampleCorpus:
    """Read the event example corpus of ``language``.

    >>> load_examples("xx")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: no event examples for language 'xx'
    """
    data = read_language_table("timeline.events", language, "examples.toml", "event examples")
    return ExampleCorpus(
        examples=tuple(_example(entry) for entry in data.get("example", [])),
        negatives=tuple(
            NotAnEvent(entry["rule"], entry["text"], entry["word"], entry.get("copular_states", False))
            for entry in data.get("negative", [])
        ),
    )
