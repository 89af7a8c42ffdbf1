"""A language's vocabulary tables, and the regular-expression pieces made from them.

Each table of a language's ``vocabulary.toml`` maps words to meanings. A rule
pattern says ``{month}`` for "any word of the month table" and
``{year_context_behind}`` for "right after a word of the year_context table".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["Vocabulary"]


@attrs.frozen
class Vocabulary:
    """Word tables of one language.

    >>> vocabulary = Vocabulary({"month": {"June": 6, "Jun": 6}})
    >>> vocabulary.meaning("month", "JUNE")
    6
    >>> sorted(vocabulary.placeholders())
    ['month', 'month_behind']
    """

    tables: Mapping[str, Mapping[str, Any]]

    def meaning(self, table: str, word: str) -> Any:
        """What ``word`` (in any of its accepted spellings) means in ``table``."""
        entries = self.tables[table]
        for key, value in entries.items():
            if key.casefold() == word.casefold():
                return value
        msg = f"{word!r} is not in vocabulary table {table!r}"
        raise KeyError(msg)

    def has(self, table: str, word: str) -> bool:
        """Whether ``word`` (in any accepted spelling) is in ``table``.

        >>> Vocabulary({"month": {"June": 6}}).has("month", "june")
        True
        """
        return any(key.casefold() == word.casefold() for key in self.tables.get(table, {}))

    def placeholders(self) -> dict[str, str]:
        """Pattern pieces by placeholder name: ``{table}`` and ``{table_behind}``."""
        pieces: dict[str, str] = {}
        for name, entries in self.tables.items():
            forms = sorted({form for word in entries for form in _spellings(word)}, key=len, reverse=True)
            pieces[name] = "|".join(re.escape(form) for form in forms)
            pieces[f"{name}_behind"] = "|".join(
                rf"(?<=\b{re.escape(form)}{separator})" for form in forms for separator in (r"\s", "-")
            )
        return pieces


def _spellings(word: str) -> tuple[str, ...]:
    """The spellings a word is recognized in: as written, in capitals, capitalized."""
    return (word, word.upper(), word[:1].upper() + word[1:])
