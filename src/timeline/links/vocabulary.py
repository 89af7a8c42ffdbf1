"""A language's vocabulary for event-complement links: support, prospective and retrospective verbs.

The lists are data, in ``links/<language>/complements.toml``; the rules
that read them are in :mod:`timeline.links.complement_links`.
"""

from __future__ import annotations

import attrs

from timeline.language_data import read_language_table

__all__ = ["ComplementVocabulary", "load_vocabulary"]


@attrs.frozen
class ComplementVocabulary:
    """Verb lemmas whose event complement is the same happening, a later one, or an earlier one.

    >>> vocabulary = load_vocabulary("en")
    >>> "have" in vocabulary.support, "demand" in vocabulary.prospective, "deny" in vocabulary.retrospective
    (True, True, True)
    """

    support: frozenset[str] = frozenset()
    prospective: frozenset[str] = frozenset()
    retrospective: frozenset[str] = frozenset()


def load_vocabulary(language: str) -> ComplementVocabulary:
    """The complement vocabulary of ``language``.

    >>> load_vocabulary("xx")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: no complement vocabulary for language 'xx'
    """
    data = read_language_table("timeline.links", language, "complements.toml", "complement vocabulary")
    return ComplementVocabulary(
        support=frozenset(data["support"]["lemmas"]),
        prospective=frozenset(data["prospective"]["lemmas"]),
        retrospective=frozenset(data["retrospective"]["lemmas"]),
    )
