"""How far each link rule is trusted, for settling conflicts between links.

Rules are grouped in tiers, most reliable first. A link from a lower tier
that contradicts the links of higher tiers is set aside (see
:func:`timeline.reasoning.graph.build_graph`). The order follows what the
text states most directly: a time expression attached in the parse, then
explicit markers ("after", "before", "ended"), then grammatical cues
(tense, reported speech), then discourse defaults, then the learned pair order.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["RULE_RELIABILITY"]

#: Tier of every link rule: lower is more reliable; rules not listed come last. The ``learned-order``
#: links (:mod:`timeline.links.pair_order`) are left unlisted so that they come last, below every hand rule.
RULE_RELIABILITY = MappingProxyType(
    {
        "syntactic-attachment": 0,
        "dated-vs-publication": 0,
        "time-values": 0,
        "aspectual-point": 1,
        "clause-marker": 1,
        "event-preposition": 1,
        "shared-circumstance": 2,
        "participle-with-governor": 2,
        "reported-speech": 2,
        "news-day": 3,
        "tense-future": 3,
        "futurate-present": 3,
        "present-perfect": 3,
        "tense-past": 3,
        "past-perfect": 3,
        "tense-present": 4,
        "news-reporting-day": 4,
        "news-reported-event": 4,
        "purpose-clause": 5,
        "discourse-marker": 5,
        "narrative-order": 6,
    }
)
