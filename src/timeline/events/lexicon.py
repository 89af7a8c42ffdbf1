"""A language's event lexicon: which words name events, and their TimeML classes."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib import resources

import attrs

from timeline.errors import InvalidSettingError
from timeline.model import EventClass

__all__ = ["EventLexicon", "load_lexicon"]


@attrs.frozen
class EventLexicon:
    """Event nouns, verb classes and non-event verbs of one language.

    >>> lexicon = load_lexicon("en")
    >>> lexicon.verb_class("say"), lexicon.is_event_noun("war")
    (<EventClass.REPORTING: 'REPORTING'>, True)
    """

    classes: Mapping[str, EventClass]
    nouns: frozenset[str]
    not_events: frozenset[str]
    ending_verbs: frozenset[str] = frozenset()
    beginning_verbs: frozenset[str] = frozenset()

    def verb_class(self, lemma: str) -> EventClass:
        """The TimeML class of a verb lemma; OCCURRENCE when the lexicon does not list it."""
        return self.classes.get(lemma.lower(), EventClass.OCCURRENCE)

    def is_event_noun(self, lemma: str) -> bool:
        """Whether a noun lemma names an event."""
        return lemma.lower() in self.nouns


def load_lexicon(language: str) -> EventLexicon:
    """Read the event lexicon of ``language``.

    >>> load_lexicon("xx")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: no event lexicon for language 'xx'
    """
    path = resources.files("timeline.events").joinpath(language, "lexicon.toml")
    if not path.is_file():
        msg = f"no event lexicon for language {language!r}"
        raise InvalidSettingError(msg)
    data = tomllib.loads(path.read_text("utf-8"))
    classes: dict[str, EventClass] = {}
    # A lemma listed under several classes keeps the first (the file lists the most telling first).
    for name, lemmas in data["class"].items():
        for lemma in lemmas:
            classes.setdefault(lemma, EventClass(name))
    return EventLexicon(
        classes=classes,
        nouns=frozenset(data["nouns"]["lemmas"]),
        not_events=frozenset(data["not_events"]["lemmas"]),
        ending_verbs=frozenset(data["aspect_point"]["ends"]),
        beginning_verbs=frozenset(data["aspect_point"]["begins"]),
    )
