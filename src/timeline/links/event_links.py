"""Event-event links from clause structure, markers and tense, each named by its rule.

``clause-marker``
    A subordinate clause introduced by a temporal conjunction: "X after Y"
    (X ``AFTER`` Y), "before", "until" (X ``BEFORE`` Y: "until" does not
    say that X stops right as Y starts), "since", "once" (``AFTER``),
    "while", "as", "when" (X within Y, or before Y when X is past perfect:
    "had left when police arrived").
``event-preposition``
    The same markers before an event noun: "arrested after the bombing",
    "talks before the vote", "calm since the war".
``reason-preposition``
    A cause before the event it brings about: "*killed* by the *explosion*",
    "*suffering* from the *drought*", "*closed* because of the *strike*"
    (``AFTER``); a purpose after the action that seeks it: "*called* for
    *talks*" (``BEFORE``).
``reported-speech``
    A reported event stands to its reporting event by its own tense: a past
    or perfect one is before the report ("said the bomb *exploded*"), a
    present one holds when it is reported ("says it *is* ready"), a future
    one comes after ("said it *will* continue"). A present under a past
    report ("said it *is* ready") is not shifted back to the time of the
    report: it speaks of the time of writing, and gets no link to the report.
``past-perfect``
    A past perfect event is before the simple past event it hangs on ("had
    left when police *arrived*").
``purpose-clause``
    An intention comes before what is intended: "planned *to leave*",
    "agreed *to withdraw*"; so does an action before its purpose ("*entered*
    the house *to search* it") and an event noun before the event it is for
    ("*efforts to block* the sale"), but not a habit in the simple present
    ("*cuts* them off *to create* an atmosphere").
``coordinated-events``
    Two past events joined by "and" are told in the order they happened:
    "police *entered* the house and *searched* it" (``BEFORE``); not states
    ("was and remains"), nor alternatives ("*won* or *lost*").
``support-verb``, ``prospective-complement``, ``retrospective-object``
    A verb and the event it takes as complement, by what the verb means
    (:mod:`timeline.links.complement_links`).
``event-coreference``
    "The attack" after "rebels attacked": one event told twice
    (:mod:`timeline.links.coreference_links`).

A pair of events that one of the rules above the last two has linked
already is left to that rule.
``discourse-marker``
    A sentence opened by "then", "later", "afterwards" is after the previous
    sentence's main event; one opened by "earlier" or "previously", before it.
    Within a sentence, such an adverb orders a conjoined event after (or
    before) the event it is joined to: "*returned* to Apple and soon after
    *reassumed* the role" (``AFTER``).
``narrative-order``
    Under the narrative policy only: the main past-tense events of
    consecutive sentences follow each other, as stories are told.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from timeline.links.complement_links import complement_links
from timeline.links.coreference_links import coreference_links
from timeline.links.vocabulary import ComplementVocabulary
from timeline.model import Aspect, Event, EventClass, PartOfSpeech, Relation, RelType, Tense

__all__ = ["event_order_links"]

_MARKERS = {
    "after": RelType.AFTER,
    "once": RelType.AFTER,
    "since": RelType.AFTER,
    "following": RelType.AFTER,
    "before": RelType.BEFORE,
    "until": RelType.BEFORE,
    "till": RelType.BEFORE,
    "while": RelType.IS_INCLUDED,
    "as": RelType.IS_INCLUDED,
    "when": RelType.IS_INCLUDED,
    "whenever": RelType.IS_INCLUDED,
    "during": RelType.IS_INCLUDED,
    "amid": RelType.IS_INCLUDED,
}
# Prepositions whose object event only bounds the event ("at", "in" are the shared-circumstance rule's).
_PREPOSITION_MARKERS = frozenset({"after", "before", "since", "following", "until", "till"})
# A cause comes before its effect, a purpose after the action it is for.
_REASON_PREPOSITIONS = {
    "by": RelType.AFTER,
    "from": RelType.AFTER,
    "because": RelType.AFTER,
    "due": RelType.AFTER,
    "for": RelType.BEFORE,
}
_LATER_OPENERS = frozenset({"then", "later", "afterwards", "afterward", "subsequently", "thereafter"})
_EARLIER_OPENERS = frozenset({"earlier", "previously", "before"})
# Adverbs without an object that order a conjoined event after the one before it ("and soon after left").
_LATER_ADVERBS = _LATER_OPENERS | {"after"}
_CLAUSE_DEPS = frozenset({"advcl"})
_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
_PURPOSE_CLASSES = frozenset({EventClass.I_ACTION, EventClass.I_STATE})
# Other actions give their purpose in an infinitival adverbial clause, event nouns in a modifier.
_OPEN_PURPOSE_DEPS = {PartOfSpeech.VERB: frozenset({"advcl"}), PartOfSpeech.NOUN: frozenset({"acl"})}
# Conjunctions that offer alternatives, not a sequence.
_ALTERNATIVES = frozenset({"or", "nor", "either", "neither"})


def event_order_links(
    doc: Doc,
    triggers: Mapping[int, Event],
    *,
    vocabulary: ComplementVocabulary,
    narrative: bool = False,
) -> tuple[Relation, ...]:
    """Event-event links from markers, reported speech, tense and discourse (see the module docstring).

    ``vocabulary`` holds the verbs of the complement rules.

    >>> import timeline
    >>> tl = timeline.extract("Police arrived after the bomb exploded.", "2020-06-09")
    >>> [(r.source, r.rel_type.value, r.target) for r in tl.relations if r.rule == "clause-marker"]
    [('e1', 'AFTER', 'e2')]
    """
    links: list[Relation] = []
    ids = {event.id: index for index, event in triggers.items()}
    for index, event in triggers.items():
        token = doc[index]
        links.extend(_marked_clauses(token, event, triggers))
        links.extend(_marked_objects(token, event, triggers))
        links.extend(_purposes(token, event, triggers))
        links.extend(_reasons(token, event, triggers))
        links.extend(_reported(event, triggers, ids))
        past_perfect = _past_perfect(token, event, triggers)
        if past_perfect is not None:
            links.append(past_perfect)
        links.extend(_coordinated(token, event, triggers))
        links.extend(_sequenced(token, event, triggers))
    links.extend(_across_sentences(doc, triggers, narrative=narrative))
    linked = {frozenset((link.source, link.target)) for link in links}
    for link in (
        *complement_links(doc, triggers, vocabulary),
        *coreference_links(doc, triggers),
    ):
        if frozenset((link.source, link.target)) not in linked:
            links.append(link)
    return tuple(links)


def _marked_clauses(token: Token, event: Event, triggers: Mapping[int, Event]) -> list[Relation]:
    links = []
    for child in token.children:
        if child.dep_ not in _CLAUSE_DEPS or child.i not in triggers:
            continue
        marker = next((m.lower_ for m in child.children if m.dep_ in ("mark", "advmod")), None)
        if marker not in _MARKERS:
            continue
        rel_type = _MARKERS[marker]
        if rel_type is RelType.IS_INCLUDED and _is_past_perfect(event):
            # "The guards had left when police arrived": over before the other event.
            rel_type = RelType.BEFORE
        links.append(Relation(event.id, triggers[child.i].id, rel_type, "clause-marker"))
    return links


def _marked_objects(token: Token, event: Event, triggers: Mapping[int, Event]) -> list[Relation]:
    links = []
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in _PREPOSITION_MARKERS:
            continue
        for inner in child.children:
            if inner.dep_ == "pobj" and inner.i in triggers:
                relation = Relation(
                    event.id, triggers[inner.i].id, _MARKERS[child.lower_], "event-preposition"
                )
                links.append(relation)
    return links


def _reasons(token: Token, event: Event, triggers: Mapping[int, Event]) -> list[Relation]:
    links = []
    for child in token.children:
        rel_type = _REASON_PREPOSITIONS.get(child.lower_)
        if child.dep_ not in ("prep", "agent") or rel_type is None:
            continue
        # "because of the strike", "due to the storm": the event is the object of the second word.
        heads = [child, *(inner for inner in child.children if inner.dep_ in ("pcomp", "prep"))]
        for inner in (inner for head in heads for inner in head.children):
            if inner.dep_ in ("pobj", "pcomp") and inner.i in triggers:
                links.append(Relation(event.id, triggers[inner.i].id, rel_type, "reason-preposition"))
    return links


def _purposes(token: Token, event: Event, triggers: Mapping[int, Event]) -> list[Relation]:
    if event.event_class in _PURPOSE_CLASSES:
        # An intensional noun takes its infinitive as a modifier ("efforts to block").
        deps = _PURPOSE_DEPS | _OPEN_PURPOSE_DEPS.get(event.pos, frozenset())
    elif event.tense is Tense.PRESENT and event.aspect is Aspect.NONE:
        # "cuts them off to create an atmosphere": a habit, not one action over before its purpose.
        deps = frozenset()
    else:
        deps = _OPEN_PURPOSE_DEPS.get(event.pos, frozenset())
    return [
        Relation(event.id, triggers[child.i].id, RelType.BEFORE, "purpose-clause")
        for child in token.children
        if child.dep_ in deps and child.i in triggers and triggers[child.i].tense is Tense.INFINITIVE
    ]


def _coordinated(token: Token, event: Event, triggers: Mapping[int, Event]) -> list[Relation]:
    if not _narrated(event) or event.pos is not PartOfSpeech.VERB:
        return []
    if any(child.dep_ == "cc" and child.lower_ in _ALTERNATIVES for child in token.children):
        return []
    return [
        Relation(event.id, triggers[child.i].id, RelType.BEFORE, "coordinated-events")
        for child in token.children
        if child.dep_ == "conj"
        and child.i in triggers
        and triggers[child.i].pos is PartOfSpeech.VERB
        and _narrated(triggers[child.i])
    ]


def _sequenced(token: Token, event: Event, triggers: Mapping[int, Event]) -> list[Relation]:
    links = []
    for child in token.children:
        if child.dep_ != "conj" or child.i not in triggers:
            continue
        for adverb in child.children:
            if adverb.dep_ != "advmod" or any(inner.dep_ == "pobj" for inner in adverb.children):
                continue
            if adverb.lower_ in _LATER_ADVERBS:
                links.append(Relation(triggers[child.i].id, event.id, RelType.AFTER, "discourse-marker"))
            elif adverb.lower_ in _EARLIER_OPENERS:
                links.append(Relation(triggers[child.i].id, event.id, RelType.BEFORE, "discourse-marker"))
    return links


def _reported(event: Event, triggers: Mapping[int, Event], ids: Mapping[str, int]) -> list[Relation]:
    links = []
    for reported_id in event.reports:
        if reported_id not in ids:
            continue
        reported = triggers[ids[reported_id]]
        rel_type = _reported_relation(reported)
        if rel_type is RelType.INCLUDES and event.tense is Tense.PAST:
            # "said it *is* ready": a present under a past report is not shifted back; it speaks of
            # the time of writing, and its tense links it to the publication date, not to the report.
            continue
        if rel_type is not None:
            links.append(Relation(reported.id, event.id, rel_type, "reported-speech"))
    return links


def _reported_relation(reported: Event) -> RelType | None:
    if reported.tense is Tense.FUTURE:
        return RelType.AFTER
    if reported.aspect in (Aspect.PERFECTIVE, Aspect.PERFECTIVE_PROGRESSIVE):
        return RelType.BEFORE
    if reported.tense is Tense.PAST:
        # A past progressive or state may still hold when reported; a simple past event is over.
        if reported.aspect is Aspect.PROGRESSIVE or reported.event_class is EventClass.STATE:
            return None
        return RelType.BEFORE
    if reported.tense is Tense.PRESENT:
        return RelType.INCLUDES
    return None


def _is_past_perfect(event: Event) -> bool:
    return event.tense is Tense.PAST and event.aspect is Aspect.PERFECTIVE


def _past_perfect(token: Token, event: Event, triggers: Mapping[int, Event]) -> Relation | None:
    if not _is_past_perfect(event):
        return None
    governor = triggers.get(token.head.i) if token.head.i != token.i else None
    if governor is None or governor.tense is not Tense.PAST or governor.aspect is not Aspect.NONE:
        return None
    return Relation(event.id, governor.id, RelType.BEFORE, "past-perfect")


def _across_sentences(doc: Doc, triggers: Mapping[int, Event], *, narrative: bool) -> list[Relation]:
    if not triggers or not doc.has_annotation("SENT_START"):
        return []
    links: list[Relation] = []
    previous: Event | None = None
    for sentence in doc.sents:
        main = _main_event(sentence.root, triggers)
        if main is None:
            continue
        if previous is not None:
            opener = sentence[0].lower_
            if opener in _LATER_OPENERS:
                links.append(Relation(main.id, previous.id, RelType.AFTER, "discourse-marker"))
            elif opener in _EARLIER_OPENERS and sentence[0].dep_ == "advmod":
                links.append(Relation(main.id, previous.id, RelType.BEFORE, "discourse-marker"))
            elif narrative and _narrated(main) and _narrated(previous):
                links.append(Relation(previous.id, main.id, RelType.BEFORE, "narrative-order"))
        previous = main
    return links


def _main_event(root: Token, triggers: Mapping[int, Event]) -> Event | None:
    """The event heading a sentence: its root, or the root's complement for a reporting root."""
    event = triggers.get(root.i)
    if event is not None and event.event_class is EventClass.REPORTING:
        for child in root.children:
            if child.dep_ in ("ccomp", "parataxis") and child.i in triggers:
                return triggers[child.i]
    return event


def _narrated(event: Event) -> bool:
    return (
        event.tense is Tense.PAST
        and event.aspect is Aspect.NONE
        and event.event_class is not EventClass.STATE
    )
