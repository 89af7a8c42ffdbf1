"""An event mention: the word that reports something happening or holding, and its TimeML attributes."""

from __future__ import annotations

import enum

import attrs

from timeline.model.time_expression import Tense

__all__ = ["Aspect", "Event", "EventClass", "PartOfSpeech", "Participant", "Polarity"]


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
class Participant:
    """A named entity of an event's clause, with its spaCy label (``PERSON``, ``ORG``, ``GPE``...).

    ``start``/``end`` are character offsets in the text.

    >>> Participant("South Korea", "GPE", 120, 131).mentions("korea")
    True
    """

    text: str
    label: str
    start: int
    end: int

    def mentions(self, name: str) -> bool:
        """Whether the entity names ``name``, ignoring case.

        It does when every word of ``name`` occurs in its text ("the iTunes
        Music Store" names "iTunes store"), or when its text is a short form of
        ``name``: a part of it that keeps its last word ("Jobs" for "Steve
        Jobs", "Apple Corps" for "Beatles Apple Corps").

        >>> Participant("Jobs", "PERSON", 0, 4).mentions("Steve Jobs")
        True
        >>> Participant("Steve", "PERSON", 0, 5).mentions("Steve Jobs")
        False
        """
        return _names(self.text, name)


@attrs.frozen
class Event:
    """An event mention and its attributes.

    ``start``/``end`` are character offsets of the trigger; ``description`` is a
    short readable rendering of its clause (who did what). ``subject`` and
    ``object`` are the compact noun phrases of who or what does and undergoes
    it, from the parse ("North Korean officials", "routine daily calls");
    ``entities`` the named entities of its clause. ``reports`` lists, for a
    reporting event ("said", "told"), the ids of the events it reports.

    >>> answered = Event(
    ...     id="e1", text="answered", start=60, end=68, sentence=4, lemma="answer",
    ...     event_class=EventClass.OCCURRENCE, tense=Tense.PAST, aspect=Aspect.NONE,
    ...     polarity=Polarity.POS, modality=None, pos=PartOfSpeech.VERB,
    ...     description="only one was answered",
    ... )
    >>> answered.description, answered.subject, answered.entities
    ('only one was answered', None, ())
    >>> answered.mentions("one")
    False
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
    subject: str | None = None
    object: str | None = None
    entities: tuple[Participant, ...] = ()
    reports: tuple[str, ...] = ()

    def mentions(self, name: str, *, named_in_full: bool = False) -> bool:
        """Whether ``name`` occurs (ignoring case) in the event's subject, object or named entities.

        Every word of ``name`` occurring in one of them counts too, and so does
        a short form keeping its last word (see :meth:`Participant.mentions`)
        when the subject or object is a proper name ("Jobs" for "Steve Jobs").
        ``named_in_full`` says the text names ``name`` in full somewhere, so that
        a person named by a part of it ("Steve") is that person.

        >>> spoke = Event("e1", "spoke", 0, 5, 0, "speak", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE,
        ...               Polarity.POS, None, PartOfSpeech.VERB, "Jobs spoke", subject="Jobs")
        >>> spoke.mentions("jobs"), spoke.mentions("Steve Jobs"), spoke.mentions("Steve Wozniak")
        (True, True, False)
        >>> steve = Participant("Steve", "PERSON", 0, 5)
        >>> first_name = attrs.evolve(spoke, subject="Steve", entities=(steve,))
        >>> first_name.mentions("Steve Jobs"), first_name.mentions("Steve Jobs", named_in_full=True)
        (False, True)
        """
        phrases = tuple(phrase for phrase in (self.subject, self.object) if phrase)
        if any(_all_words(phrase, name) or (_proper(phrase) and _names(phrase, name)) for phrase in phrases):
            return True
        if any(entity.mentions(name) for entity in self.entities):
            return True
        return named_in_full and any(
            entity.label == "PERSON" and _part_of(entity.text, name) for entity in self.entities
        )


def _words(text: str) -> list[str]:
    return [word.strip(".,;:'\"\u2019()") for word in text.casefold().split()]


def _all_words(text: str, name: str) -> bool:
    """Whether ``name`` occurs in ``text``, or every word of it does (ignoring case)."""
    if name.casefold() in text.casefold():
        return True
    wanted = _words(name)
    return bool(wanted) and set(wanted) <= set(_words(text))


def _proper(phrase: str) -> bool:
    """Whether every word of ``phrase`` starts with a capital, as names do ("Jobs", "Apple Corps")."""
    words = phrase.split()
    return bool(words) and all(word[:1].isupper() for word in words)


def _part_of(text: str, name: str) -> bool:
    """Whether every word of ``text`` is a word of ``name`` ("Steve" of "Steve Jobs")."""
    words = _words(text)
    return bool(words) and set(words) <= set(_words(name))


def _names(text: str, name: str) -> bool:
    """Whether an entity's ``text`` names ``name``: all its words, or a short form keeping the last word."""
    if _all_words(text, name):
        return True
    words, name_words = _words(text), _words(name)
    return bool(words and name_words) and words[-1] == name_words[-1] and set(words) <= set(name_words)
