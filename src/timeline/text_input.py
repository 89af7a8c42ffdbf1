"""Checking the text users pass in: a ``str`` of valid Unicode, or a clear error that says what to do."""

from __future__ import annotations

import re

from timeline.errors import InvalidCharacterError, InvalidTextError

__all__ = ["checked_text"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def checked_text(text: object) -> str:
    r"""``text`` itself when it is a ``str`` of valid Unicode, else :class:`InvalidTextError`.

    Bytes get a hint to decode them; a ``str`` holding a lone surrogate (from
    ``errors="surrogateescape"``) raises :class:`InvalidCharacterError`, a
    subclass, naming where it is. Any other ``str`` is taken as it is: empty,
    white space only, control characters, any script.

    >>> checked_text("On Monday")
    'On Monday'
    >>> checked_text(b"On Monday")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidTextError: text must be a str; got bytes: decode it first, ...
    >>> checked_text("On Monday\udcff")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidCharacterError: text holds a lone surrogate '\udcff' at offset 9: ...
    """
    if not isinstance(text, str):
        hint = ': decode it first, e.g. data.decode("utf-8")' if isinstance(text, bytes | bytearray) else ""
        msg = f"text must be a str; got {type(text).__name__}{hint}"
        raise InvalidTextError(msg)
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        msg = (
            f"text holds a lone surrogate {surrogate.group()!r} at offset {surrogate.start()}: it is not "
            'valid Unicode; decode the original bytes with errors="replace" instead of "surrogateescape"'
        )
        raise InvalidCharacterError(msg)
    return text
