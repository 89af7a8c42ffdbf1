"""Reading a language's data file shipped with the package (``<package>/<language>/<file>.toml``)."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from timeline.errors import InvalidSettingError

__all__ = ["read_language_table"]


def read_language_table(package: str, language: str, file_name: str, what: str) -> dict[str, Any]:
    """The TOML table ``file_name`` of ``language`` in ``package``; ``what`` names it in the error.

    >>> sorted(read_language_table("timeline.links", "en", "complements.toml", "complement vocabulary"))
    ['prospective', 'retrospective', 'support']
    >>> read_language_table("timeline.links", "xx", "complements.toml", "complement vocabulary")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: no complement vocabulary for language 'xx'
    """
    path = resources.files(package).joinpath(language, file_name)
    if not path.is_file():
        msg = f"no {what} for language {language!r}"
        raise InvalidSettingError(msg)
    return tomllib.loads(path.read_text("utf-8"))
