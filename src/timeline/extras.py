"""Optional dependencies: importing a module an extra provides, or saying which extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from timeline.errors import MissingExtraError

__all__ = ["optional_module"]


def optional_module(name: str, *, extra: str, needed_by: str = "this") -> ModuleType:
    """The module ``name``, or :class:`MissingExtraError` naming the ``extra`` that installs it.

    ``needed_by`` says what needs it, for the message.

    >>> optional_module("json", extra="none").__name__
    'json'
    >>> optional_module("no_such_module", extra="pandas", needed_by="a DataFrame")
    Traceback (most recent call last):
    ...
    timeline.errors.MissingExtraError: a DataFrame needs no_such_module, which is not installed; install the extra: pip install 'news-timeline[pandas]'
    """  # noqa: E501 - the message is one long line
    try:
        return importlib.import_module(name)
    except ImportError:
        msg = (
            f"{needed_by} needs {name}, which is not installed; "
            f"install the extra: pip install 'news-timeline[{extra}]'"
        )
        raise MissingExtraError(msg) from None
