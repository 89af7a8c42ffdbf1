"""Every error the library raises on purpose, in one hierarchy.

Each class also subclasses the builtin that fits (``TypeError`` for a wrong
type, ``ValueError`` for a wrong value), so callers can catch either the
library's own class or the builtin they already expect. Messages say what was
wrong and what to do instead.
"""

from __future__ import annotations

__all__ = [
    "DocumentExtractionError",
    "InvalidCharacterError",
    "InvalidPublicationDateError",
    "InvalidSettingError",
    "InvalidTextError",
    "InvalidTimelineDataError",
    "InvalidTimelineError",
    "MissingExtraError",
    "NotATimeExpressionError",
    "PipelineError",
    "TextMismatchError",
    "TimeMLError",
    "TimelineError",
]


class TimelineError(Exception):
    """Base class of every error raised on purpose by ``timeline``.

    >>> issubclass(InvalidPublicationDateError, TimelineError)
    True
    """


class InvalidPublicationDateError(TimelineError, ValueError):
    """The publication date is missing, of the wrong type, or not a real date.

    >>> raise InvalidPublicationDateError("bad")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidPublicationDateError: bad
    """


class InvalidTextError(TimelineError, TypeError):
    """The text to analyse is not a ``str``.

    >>> issubclass(InvalidTextError, TypeError)
    True
    """


class InvalidTimelineError(TimelineError, TypeError):
    """Something that should be a :class:`~timeline.model.Timeline` is not (for example, in ``merge``).

    >>> issubclass(InvalidTimelineError, TypeError)
    True
    """


class InvalidCharacterError(InvalidTextError, ValueError):
    r"""The text is a ``str`` but not valid Unicode: it holds a lone surrogate (``"\ud800"``).

    Such strings come from decoding bytes with ``errors="surrogateescape"``
    and cannot be encoded, tokenized or written out.

    >>> issubclass(InvalidCharacterError, InvalidTextError) and issubclass(InvalidCharacterError, ValueError)
    True
    """


class InvalidSettingError(TimelineError, ValueError):
    """A setting has a value the library cannot work with.

    >>> issubclass(InvalidSettingError, ValueError)
    True
    """


class NotATimeExpressionError(TimelineError, ValueError):
    """A phrase given to :func:`timeline.normalize` holds no time expression.

    >>> issubclass(NotATimeExpressionError, ValueError)
    True
    """


class PipelineError(TimelineError, ValueError):
    """A spaCy pipeline lacks what a ``timeline`` component needs.

    >>> issubclass(PipelineError, ValueError)
    True
    """


class TimeMLError(TimelineError, ValueError):
    """A file is not a TimeML document this library understands.

    >>> issubclass(TimeMLError, ValueError)
    True
    """


class TextMismatchError(TimelineError, ValueError):
    """A system file's text differs from its gold file's text (TempEval-3 allows only tag changes).

    >>> issubclass(TextMismatchError, ValueError)
    True
    """


class InvalidTimelineDataError(TimelineError, ValueError):
    """Data read as a timeline (JSON) does not follow the timeline schema.

    >>> issubclass(InvalidTimelineDataError, ValueError)
    True
    """


class MissingExtraError(TimelineError, ImportError):
    """An optional feature needs a package that is not installed; the message names the extra.

    >>> issubclass(MissingExtraError, ImportError)
    True
    """


class DocumentExtractionError(TimelineError, ValueError):
    """One document of a batch gave no timeline (:func:`timeline.extract_many` with ``errors="raise"``).

    ``document_id`` is the item's id; ``error_type`` and ``error_message``
    say what went wrong with it (the original error may have been raised in
    another process).

    >>> error = DocumentExtractionError("document 3: ValueError: bad", 3, "ValueError", "bad")
    >>> error.document_id, error.error_type
    (3, 'ValueError')
    """

    def __init__(self, message: str, document_id: object, error_type: str, error_message: str) -> None:
        super().__init__(message)
        self.document_id = document_id
        self.error_type = error_type
        self.error_message = error_message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (str(self), self.document_id, self.error_type, self.error_message))
