"""The complement vocabulary: the lists of each language, read from data."""

from __future__ import annotations

import pytest

from timeline.errors import InvalidSettingError
from timeline.links.vocabulary import load_vocabulary


def test_english_lists_are_disjoint() -> None:
    vocabulary = load_vocabulary("en")
    lists = (vocabulary.support, vocabulary.prospective, vocabulary.retrospective)
    assert all(lists)
    assert sum(len(words) for words in lists) == len(frozenset().union(*lists))


def test_unknown_language() -> None:
    with pytest.raises(InvalidSettingError, match="no complement vocabulary for language 'xx'"):
        load_vocabulary("xx")
