"""How the command line reports failures: its exit codes, the first failure of a run, and an error's reason.

The exit codes are re-exported by :mod:`timeline.cli`, whose docstring says
when each is given. A run over several documents keeps going after a failure;
its :class:`Tally` remembers the code of the first one, in input order.
"""

from __future__ import annotations

import attrs

__all__ = [
    "EXIT_BAD_ARGUMENTS",
    "EXIT_EMPTY_INPUT",
    "EXIT_EXTRACTION_FAILED",
    "EXIT_TEXT_MISMATCH",
    "EXIT_UNREADABLE_INPUT",
    "Tally",
    "reason",
]

EXIT_BAD_ARGUMENTS = 2
EXIT_UNREADABLE_INPUT = 3
EXIT_EMPTY_INPUT = 4
EXIT_TEXT_MISMATCH = 5
EXIT_EXTRACTION_FAILED = 6


@attrs.define
class Tally:
    """What a run of ``extract`` has met: the exit code of its first failure, and the documents skipped.

    >>> tally = Tally()
    >>> tally.fail(0)
    >>> tally.fail(EXIT_UNREADABLE_INPUT)
    >>> tally.fail(EXIT_EXTRACTION_FAILED)
    >>> tally.code
    3
    """

    code: int = 0
    skipped: int = 0

    def fail(self, code: int) -> None:
        """Remember ``code`` (``0``: no failure) unless an earlier failure was remembered."""
        self.code = self.code or code


def reason(error: Exception) -> str:
    """What went wrong, for a message: an ``OSError``'s description without its number and file name.

    >>> reason(FileNotFoundError(2, "No such file or directory", "a.txt"))
    'No such file or directory'
    >>> reason(ValueError("not a date"))
    'not a date'
    """
    return error.strerror if isinstance(error, OSError) and error.strerror else str(error)
