"""Coverage-guided fuzzing of ``timeline.find_times``, ``timeline.normalize`` and ``timeline.extract`` with atheris.

Usage (see fuzz/README.md): pip install atheris && python fuzz/fuzz_extract.py [atheris/libFuzzer flags]

Each input's bytes are split into a text and a publication date. A crash is
any exception but the documented ones (a :class:`timeline.TimelineError` for
a bad publication date or text, :class:`timeline.NotATimeExpressionError`
from ``normalize``), or a result that breaks an invariant: an offset that
does not point at its text, an interval that runs backwards.
"""

from __future__ import annotations

import datetime as dt
import sys

import timeline

# Above this many bytes the full pipeline (a parser) is skipped: it is linear but slow per character.
_EXTRACT_LIMIT = 2_000


def split_input(data: bytes) -> tuple[str, object]:
    """A text and a publication date from fuzzer bytes: a date from the first bytes, then the text."""
    if len(data) < 3:
        return data.decode("utf-8", errors="replace"), dt.date(2020, 6, 9)
    kind = data[0] % 4
    days = int.from_bytes(data[1:3], "big") * 60
    date = dt.date(1, 1, 1) + dt.timedelta(days=days % (dt.date.max - dt.date.min).days)
    text = data[3:].decode("utf-8", errors="replace")
    publication_date: object = (date, date.isoformat(), text[:10], None)[kind]
    return text, publication_date


def check_offsets(text: str, expressions: tuple[timeline.TimeExpression, ...]) -> None:
    """Every expression's offsets name its text, and every interval runs forward."""
    for expression in expressions:
        if text[expression.start : expression.end] != expression.text:
            msg = f"offsets {expression.start}:{expression.end} do not name {expression.text!r}"
            raise AssertionError(msg)
        interval = expression.value.interval
        if interval is not None and interval.start > interval.end:
            msg = f"interval of {expression.text!r} runs backwards: {interval}"
            raise AssertionError(msg)


def test_one_input(data: bytes) -> None:
    """The fuzz target: one input through find_times, normalize and (for short texts) extract."""
    text, publication_date = split_input(data)
    try:
        check_offsets(text, timeline.find_times(text, publication_date))
    except timeline.InvalidPublicationDateError:
        return
    try:
        check_offsets(text, (timeline.normalize(text, publication_date),))
    except timeline.NotATimeExpressionError:
        pass
    if len(data) <= _EXTRACT_LIMIT:
        result = timeline.extract(text, publication_date)
        check_offsets(text, result.expressions)
        for event in result.events:
            if text[event.start : event.end] != event.text:
                msg = f"event offsets {event.start}:{event.end} do not name {event.text!r}"
                raise AssertionError(msg)


def main() -> None:  # pragma: no cover - needs atheris, which is not a test dependency
    """Run the fuzzer (atheris parses the command line)."""
    import atheris  # type: ignore[import-not-found]  # noqa: PLC0415 - optional, for fuzzing only

    timeline.find_times("warm-up on Monday", "2020-06-09")
    timeline.extract("Warm-up: the war ended on Monday.", "2020-06-09")
    # Coverage of every loaded Python module (timeline's, dateparser's) guides the fuzzer.
    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
