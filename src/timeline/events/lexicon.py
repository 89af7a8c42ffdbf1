"""A language's event lexicon: which words name events, and their TimeML classes."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from timeline.language_data import read_language_table
from timeline.model import EventClass

__all__ = ["EventLexicon", "load_lexicon"]


@attrs.frozen
class EventLexicon:
    """Verb classes, event nouns and adjectives, and non-event verbs of one language.

    >>> lexicon = load_lexicon("en")
    >>> lexicon.verb_class("say"), lexicon.is_event_noun("war"), lexicon.noun_class("attempt")
    (<EventClass.REPORTING: 'REPORTING'>, True, <EventClass.I_ACTION: 'I_ACTION'>)
    """

    classes: Mapping[str, EventClass]
    nouns: frozenset[str]
    not_events: frozenset[str]
    ending_verbs: frozenset[str] = frozenset()
    beginning_verbs: frozenset[str] = frozenset()
    noun_classes: Mapping[str, EventClass] = attrs.field(factory=dict)
    adjectives: Mapping[str, EventClass] = attrs.field(factory=dict)
    word_lemmas: Mapping[str, str] = attrs.field(factory=dict)
    complement_classes: Mapping[str, EventClass] = attrs.field(factory=dict)
    gerund_classes: Mapping[str, EventClass] = attrs.field(factory=dict)
    noun_complement_classes: Mapping[str, EventClass] = attrs.field(factory=dict)
    period_verbs: frozenset[str] = frozenset()
    period_nouns: frozenset[str] = frozenset()

    def verb_class(self, lemma: str, *, has_complement: bool = False, has_gerund: bool = False) -> EventClass:
        """The TimeML class of a verb lemma; OCCURRENCE when the lexicon does not list it.

        ``has_complement`` says the verb takes a clause ("declined to comment"),
        which makes some verbs intensional; ``has_gerund`` says that clause is
        a gerund ("prices kept rising"), which makes some verbs aspectual.

        >>> lexicon = load_lexicon("en")
        >>> lexicon.verb_class("decline"), lexicon.verb_class("decline", has_complement=True)
        (<EventClass.OCCURRENCE: 'OCCURRENCE'>, <EventClass.I_ACTION: 'I_ACTION'>)
        >>> lexicon.verb_class("keep"), lexicon.verb_class("keep", has_complement=True, has_gerund=True)
        (<EventClass.OCCURRENCE: 'OCCURRENCE'>, <EventClass.ASPECTUAL: 'ASPECTUAL'>)
        """
        if has_gerund and lemma.lower() in self.gerund_classes:
            return self.gerund_classes[lemma.lower()]
        if has_complement and lemma.lower() in self.complement_classes:
            return self.complement_classes[lemma.lower()]
        return self.classes.get(lemma.lower(), EventClass.OCCURRENCE)

    def is_event_noun(self, lemma: str) -> bool:
        """Whether a noun lemma names an event."""
        return lemma.lower() in self.nouns

    def noun_class(self, lemma: str, *, has_complement: bool = False) -> EventClass:
        """The TimeML class of an event noun; OCCURRENCE unless the lexicon says otherwise.

        ``has_complement`` says the noun takes an infinitive ("an effort to
        reach a deal"), which makes some nouns intensional.

        >>> lexicon = load_lexicon("en")
        >>> lexicon.noun_class("effort"), lexicon.noun_class("effort", has_complement=True)
        (<EventClass.OCCURRENCE: 'OCCURRENCE'>, <EventClass.I_ACTION: 'I_ACTION'>)
        """
        if has_complement and lemma.lower() in self.noun_complement_classes:
            return self.noun_complement_classes[lemma.lower()]
        return self.noun_classes.get(lemma.lower(), EventClass.OCCURRENCE)

    def adjective_class(self, lemma: str) -> EventClass | None:
        """The TimeML class of an adjective that names a state when predicative, else ``None``.

        >>> load_lexicon("en").adjective_class("willing"), load_lexicon("en").adjective_class("red")
        (<EventClass.I_STATE: 'I_STATE'>, None)
        """
        return self.adjectives.get(lemma.lower())

    def bounds_a_period(self, verb_lemma: str, noun_lemma: str) -> bool:
        """Whether a participle of ``verb_lemma`` after ``noun_lemma`` only bounds a period.

        "the quarter ended Sept. 30" is part of a time expression, not an event.

        >>> lexicon = load_lexicon("en")
        >>> lexicon.bounds_a_period("end", "quarter"), lexicon.bounds_a_period("end", "war")
        (True, False)
        """
        return verb_lemma.lower() in self.period_verbs and noun_lemma.lower() in self.period_nouns

    def lemma(self, word: str, tagger_lemma: str) -> str:
        """The lemma of ``word``: the tagger's, unless the lexicon corrects it ("hoped" is "hope").

        >>> load_lexicon("en").lemma("hoped", "hop"), load_lexicon("en").lemma("Ran", "run")
        ('hope', 'run')
        """
        return self.word_lemmas.get(word.lower(), tagger_lemma.lower())


def _by_class(table: Mapping[str, list[str]]) -> dict[str, EventClass]:
    classes: dict[str, EventClass] = {}
    # A lemma listed under several classes keeps the first (the file lists the most telling first).
    for name, lemmas in table.items():
        for lemma in lemmas:
            classes.setdefault(lemma, EventClass(name))
    return classes


def load_lexicon(language: str) -> EventLexicon:
    """Read the event lexicon of ``language``.

    >>> load_lexicon("xx")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: no event lexicon for language 'xx'
    """
    data = read_language_table("timeline.events", language, "lexicon.toml", "event lexicon")
    noun_classes = _by_class(data["nouns"])
    return EventLexicon(
        classes=_by_class(data["class"]),
        nouns=frozenset(noun_classes),
        not_events=frozenset(data["not_events"]["lemmas"]),
        ending_verbs=frozenset(data["aspect_point"]["ends"]),
        beginning_verbs=frozenset(data["aspect_point"]["begins"]),
        noun_classes={lemma: cls for lemma, cls in noun_classes.items() if cls is not EventClass.OCCURRENCE},
        adjectives=_by_class(data.get("adjectives", {})),
        word_lemmas=dict(data.get("word_lemmas", {})),
        complement_classes=_by_class(data.get("with_complement", {})),
        gerund_classes=_by_class(data.get("with_gerund", {})),
        noun_complement_classes=_by_class(data.get("nouns_with_complement", {})),
        period_verbs=frozenset(data.get("period_participles", {}).get("verbs", ())),
        period_nouns=frozenset(data.get("period_participles", {}).get("nouns", ())),
    )
