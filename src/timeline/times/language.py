"""Loading a language's rules, vocabulary and example corpus from its data folder.

Each language is a folder beside this module (``en/``) holding
``vocabulary.toml``, ``rules.toml``, ``examples.toml`` and ``tense_cues.toml``. Loading reads and
checks them; callers keep the result (it is an immutable value) instead of
loading again.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from typing import Any

import attrs

from timeline.errors import InvalidSettingError
from timeline.model import Tense, TimexType
from timeline.times.rules import DEFAULT_SETTINGS, Rule
from timeline.times.tense_cues import TenseCues
from timeline.times.vocabulary import Vocabulary

__all__ = ["Example", "LanguageData", "NegativeExample", "available_languages", "load_language"]


@attrs.frozen
class Example:
    """A phrase a rule must read, and what it must resolve to.

    ``found`` is the expression the rule must find in ``text`` (all of it when
    empty); ``value`` is the expected value in ISO notation (a range as
    ``begin/end``); ``tense`` stands for the tense the parse would give;
    ``settings`` are the recognizer settings it needs ("day_first").

    >>> example = load_language("en").examples[0]
    >>> example.rule, example.text, example.value
    ('iso-date', '2020-06-06', '2020-06-06')
    """

    rule: str
    text: str
    value: str
    type: TimexType
    found: str
    tense: Tense | None
    publication_date: dt.date
    settings: frozenset[str] = DEFAULT_SETTINGS


@attrs.frozen
class NegativeExample:
    """A phrase in which a careful reader finds no time expression.

    >>> load_language("en").negatives[0].text
    'the 13th Political Bureau meeting of the 7th Central Committee'
    """

    text: str


@attrs.frozen
class LanguageData:
    """Everything the time-expression rules of one language need.

    >>> [rule.name for rule in load_language("en").rules][:3]
    ['iso-date', 'numeric-date', 'numeric-date-day-first']
    """

    code: str
    vocabulary: Vocabulary
    rules: tuple[Rule, ...]
    examples: tuple[Example, ...]
    negatives: tuple[NegativeExample, ...]
    tense_cues: TenseCues


def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have rules.

    >>> available_languages()
    ('en',)
    """
    root = resources.files("timeline.times")
    return tuple(
        sorted(
            entry.name
            for entry in root.iterdir()
            if entry.is_dir() and entry.joinpath("rules.toml").is_file()
        )
    )


def load_language(code: str) -> LanguageData:
    """Read and check the data of language ``code``.

    >>> english = load_language("en")
    >>> english.code, len(english.rules) > 0
    ('en', True)
    >>> load_language("xx")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: no time-expression rules for language 'xx'; available: en
    """
    if code not in available_languages():
        msg = f"no time-expression rules for language {code!r}; available: {', '.join(available_languages())}"
        raise InvalidSettingError(msg)
    folder = resources.files("timeline.times").joinpath(code)
    vocabulary = Vocabulary(_read(folder.joinpath("vocabulary.toml").read_text("utf-8")))
    rules = tuple(
        Rule(
            entry["name"], entry["pattern"], entry["reading"], entry.get("when"), tuple(entry.get("near", ()))
        )
        for entry in _read(folder.joinpath("rules.toml").read_text("utf-8"))["rule"]
    )
    corpus = _read(folder.joinpath("examples.toml").read_text("utf-8"))
    publication_date = corpus["publication_date"]
    examples = tuple(
        Example(
            rule=entry["rule"],
            text=entry["text"],
            value=entry["value"],
            type=TimexType(entry.get("type", "DATE")),
            found=entry.get("found", entry["text"]),
            tense=Tense(entry["tense"]) if "tense" in entry else None,
            publication_date=publication_date,
            settings=frozenset(entry["settings"]) if "settings" in entry else DEFAULT_SETTINGS,
        )
        for entry in corpus["example"]
    )
    negatives = tuple(NegativeExample(entry["text"]) for entry in corpus.get("negative", ()))
    tense_cues = TenseCues.from_table(_read(folder.joinpath("tense_cues.toml").read_text("utf-8")))
    return LanguageData(code, vocabulary, rules, examples, negatives, tense_cues)


def _read(text: str) -> dict[str, Any]:
    return tomllib.loads(text)
