"""An event mention: the word that reports something happening or holding, and its TimeML attributes."""

from __future__ import annotations

import enum

import attrs

from timeline.model.time_expression import Tense

__all__ = ["Aspect", "Event", "EventClass", "PartOfSpeech", "Polarity"]


class EventClass(enum.StrEnum):
    """TimeML event classes.

    >>> EventClass("REPORTING") is EventClass.REPORTING
    True
    """

    OCCURRENCE = "OCCURRENCE"
    REPORTING = "REPORTING"
    STATE = "STATE"
    I_ACTION = "I_ACTION"
    I_STATE = "I_STATE"
    ASPECTUAL = "ASPECTUAL"
    PERCEPTION = "PERCEPTION"


class Aspect(enum.StrEnum):
    """TimeML grammatical aspect.

    >>> Aspect.PERFECTIVE.value
    'PERFECTIVE'
    """

    PROGRESSIVE = "PROGRESSIVE"
    PERFECTIVE = "PERFECTIVE"
    PERFECTIVE_PROGRESSIVE = "PERFECTIVE_PROGRESSIVE"
    NONE = "NONE"


class Polarity(enum.StrEnum):
    """Whether the text asserts the event happened (POS) or denies it (NEG).

    >>> Polarity.NEG.value
    'NEG'
    """

    POS = "POS"
    NEG = "NEG"


class PartOfSpeech(enum.StrEnum):
    """TimeML part of speech of an event trigger.

    >>> PartOfSpeech.NOUN.value
    'NOUN'
    """

    VERB = "VERB"
    NOUN = "NOUN"
    ADJECTIVE = "ADJECTIVE"
    PREPOSITION = "PREPOSITION"
    OTHER = "OTHER"


@attrs.frozen
class Event:
    """An event mention and its attributes.

    ``start``/``end`` are character offsets of the trigger; ``description`` is a
    short readable rendering of its clause (who did what).

    >>> answered = Event(
    ...     id="e1", text="answered", start=60, end=68, sentence=4, lemma="answer",
    ...     event_class=EventClass.OCCURRENCE, tense=Tense.PAST, aspect=Aspect.NONE,
    ...     polarity=Polarity.POS, modality=None, pos=PartOfSpeech.VERB,
    ...     description="only one was answered",
    ... )
    >>> answered.description
    'only one was answered'
    """

    id: str
    text: str
    start: int
    end: int
    sentence: int
    lemma: str
    event_class: EventClass
    tense: Tense
    aspect: Aspect
    polarity: Polarity
    modality: str | None
    pos: PartOfSpeech
    description: str
