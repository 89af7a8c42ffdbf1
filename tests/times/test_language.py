"""Loading a language's time-expression data."""

from __future__ import annotations

import pytest

from timeline.errors import InvalidSettingError
from timeline.times.language import available_languages, load_language


def test_english_is_available() -> None:
    assert available_languages() == ("en",)


def test_english_data_loads() -> None:
    english = load_language("en")
    assert english.code == "en"
    assert len(english.rules) > 0
    assert len(english.examples) > 0
    assert {"month", "weekday", "shift", "recurrence", "year_context"} <= set(english.vocabulary.tables)


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in load_language("en").rules]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("code", ["xx", "", "EN", "../en"])
def test_unknown_language_is_an_invalid_setting(code: str) -> None:
    with pytest.raises(InvalidSettingError, match="available: en"):
        load_language(code)


def test_invalid_setting_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="'xx'"):
        load_language("xx")
