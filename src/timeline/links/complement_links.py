"""Event-event links between a verb and the event it takes as complement, by what the verb means.

Each rule reads one list of :class:`~timeline.links.vocabulary.ComplementVocabulary`:

``support-verb``
    A light verb and the event noun it takes as object name one happening:
    "the company *had* a *loss*", "*made* an *offer*" (``SIMULTANEOUS``).
``prospective-complement``
    A verb of wanting, asking, planning, trying, enabling or hindering comes
    before the event it is about: "*demanded* his *return*", "*tried* to
    *leave*", "*asked* that he *stay*" (``BEFORE``).
``retrospective-object``
    A verb of judging, refusing or answering comes after the event it reacts
    to: "*condemned* the *bombings*", "*denied* the *request*" (``AFTER``).

The complement is the verb's direct object (an event noun or a gerund), its
infinitival or clausal complement (``xcomp``, ``ccomp``); a retrospective verb
reacts to its object only ("denied that he *left*" says nothing about when).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from timeline.links.vocabulary import ComplementVocabulary
from timeline.model import Event, PartOfSpeech, Relation, RelType

__all__ = ["complement_links"]

_OBJECT_DEPS = frozenset({"dobj"})
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})


def complement_links(
    doc: Doc, triggers: Mapping[int, Event], vocabulary: ComplementVocabulary
) -> tuple[Relation, ...]:
    """Links from verb events to the events they take as complements (see the module docstring).

    >>> import timeline
    >>> from timeline.links.vocabulary import load_vocabulary
    >>> nlp = timeline.pipeline()
    >>> doc = nlp("Protesters demanded the return of the boy.")
    >>> triggers = {doc.char_span(e.start, e.end).start: e for e in doc._.timeline.events}
    >>> [(r.source, r.rel_type.value, r.target, r.rule)
    ...  for r in complement_links(doc, triggers, load_vocabulary("en"))]
    [('e1', 'BEFORE', 'e2', 'prospective-complement')]
    """
    links: list[Relation] = []
    for index, event in triggers.items():
        if event.pos is not PartOfSpeech.VERB:
            continue
        for child in doc[index].children:
            other = triggers.get(child.i)
            if other is None:
                continue
            if event.lemma in vocabulary.support and child.dep_ in _OBJECT_DEPS:
                if other.pos is PartOfSpeech.NOUN:
                    links.append(Relation(event.id, other.id, RelType.SIMULTANEOUS, "support-verb"))
            elif event.lemma in vocabulary.prospective and child.dep_ in _COMPLEMENT_DEPS:
                links.append(Relation(event.id, other.id, RelType.BEFORE, "prospective-complement"))
            elif event.lemma in vocabulary.retrospective and child.dep_ in _OBJECT_DEPS:
                links.append(Relation(event.id, other.id, RelType.AFTER, "retrospective-object"))
    return tuple(links)
