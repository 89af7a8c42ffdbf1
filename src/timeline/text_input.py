"""Checking the text users pass in: a ``str``, or a clear error that says what to do."""

from __future__ import annotations

from timeline.errors import InvalidTextError

__all__ = ["checked_text"]


def checked_text(text: object) -> str:
    """``text`` itself when it is a ``str``; else :class:`InvalidTextError` (bytes get a hint to decode).

    >>> checked_text("On Monday")
    'On Monday'
    >>> checked_text(b"On Monday")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidTextError: text must be a str; got bytes: decode it first, ...
    """
    if not isinstance(text, str):
        hint = ': decode it first, e.g. data.decode("utf-8")' if isinstance(text, bytes | bytearray) else ""
        msg = f"text must be a str; got {type(text).__name__}{hint}"
        raise InvalidTextError(msg)
    return text
