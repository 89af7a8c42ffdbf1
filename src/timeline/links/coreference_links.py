"""Event-event links between two mentions of one event: ``event-coreference``.

A definite event noun names an event the reader already knows of, most
often the last one told with the same word: "Terrorist *bombings* hit two
embassies. ... The investigation into *the bombings* ...", "Rebels attacked
the town. *The attack* ...", "the boy *returned* ... *his return*". The
later mention is the same event as the earlier one (``IDENTITY``). An
indefinite noun introduces a new event ("a second attack") and gets no link.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from timeline.model import Event, PartOfSpeech, Relation, RelType

__all__ = ["coreference_links"]

# Determiners that point back to something known ("the", "this"), not to something new ("a", "another").
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def coreference_links(doc: Doc, triggers: Mapping[int, Event]) -> tuple[Relation, ...]:
    """Links from each definite event noun to the last earlier event told with the same lemma.

    >>> import timeline
    >>> nlp = timeline.pipeline()
    >>> doc = nlp("Rebels attacked the town. The attack killed two people.")
    >>> triggers = {span.start: span._.event for span in doc.spans["timeline_events"]}
    >>> [(r.source, r.rel_type.value, r.target) for r in coreference_links(doc, triggers)]
    [('e2', 'IDENTITY', 'e1')]
    """
    links: list[Relation] = []
    last: dict[str, Event] = {}
    for index in sorted(triggers):
        event = triggers[index]
        earlier = last.get(event.lemma)
        if earlier is not None and event.pos is PartOfSpeech.NOUN and _is_definite(doc, index):
            links.append(Relation(event.id, earlier.id, RelType.IDENTITY, "event-coreference"))
        last[event.lemma] = event
    return tuple(links)


def _is_definite(doc: Doc, index: int) -> bool:
    # A possessive makes a noun phrase definite as "the" does: "its loss", "the boy's return".
    return any(
        (child.dep_ == "det" and child.lower_ in _DEFINITE) or child.dep_ == "poss"
        for child in doc[index].children
    )
