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

__all__ = ["FRAGMENTS", "Vocabulary"]

#: The table of reusable regular-expression pieces.
FRAGMENTS = "fragment"


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
        wanted = " ".join(word.split()).casefold()
        for key, value in entries.items():
            if key.casefold() == wanted:
                return value
        msg = f"{word!r} is not in vocabulary table {table!r}"
        raise KeyError(msg)

    def has(self, table: str, word: str) -> bool:
        """Whether ``word`` (in any accepted spelling) is in ``table``.

        >>> Vocabulary({"month": {"June": 6}}).has("month", "june")
        True
        """
        wanted = " ".join(word.split()).casefold()
        return any(key.casefold() == wanted for key in self.tables.get(table, {}))

    def placeholders(self) -> dict[str, str]:
        r"""Pattern pieces by placeholder name: ``{table}`` and ``{table_behind}``, and the fragments.

        A word of several words matches across any white space ("the\nfuture").
        The ``fragment`` table holds regular expressions that rules reuse by name.
        """
        pieces: dict[str, str] = dict(self.tables.get(FRAGMENTS, {}))
        for name, entries in self.tables.items():
            if name == FRAGMENTS:
                continue
            forms = sorted({form for word in entries for form in _spellings(word)}, key=len, reverse=True)
            pieces[name] = "|".join(_pattern(form) for form in forms)
            pieces[f"{name}_behind"] = "|".join(
                rf"(?<=\b{re.escape(form)}{separator})"
                for form in forms
                if " " not in form
                for separator in (r"\s", "-")
            )
        return pieces


def _pattern(form: str) -> str:
    return r"\s+".join(re.escape(word) for word in form.split(" "))


def _spellings(word: str) -> tuple[str, ...]:
    """The spellings a word is recognized in: as written, in capitals, capitalized."""
    return (word, word.upper(), word[:1].upper() + word[1:])
