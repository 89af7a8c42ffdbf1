"""The ``timeline evaluate`` run: system TimeML files scored against gold ones, as TempEval-3 scores them.

The files are paired and scored by :func:`timeline.evaluation.evaluate`; the
scores are printed as a table (:func:`~timeline.evaluation.format_scores`) or
as JSON (:func:`~timeline.evaluation.scores_as_dict`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline.cli.failures import EXIT_EMPTY_INPUT, EXIT_TEXT_MISMATCH, EXIT_UNREADABLE_INPUT, reason
from timeline.evaluation import TextMismatchError, evaluate, format_scores, scores_as_dict
from timeline.timeml.reader import TimeMLError

__all__ = ["run_evaluate"]


def run_evaluate(gold: Path, system: Path, *, as_json: bool) -> int:
    """Run ``timeline evaluate``: print the scores of ``system``'s TimeML files against ``gold``'s.

    Returns the exit code; messages go to standard error:

    >>> run_evaluate(Path("no-such-folder"), Path("no-such-folder"), as_json=False)
    3
    """
    for folder in (gold, system):
        if not folder.exists():
            print(f"timeline: cannot read {folder}: no such file or folder", file=sys.stderr)
            return EXIT_UNREADABLE_INPUT
    try:
        scores = evaluate(gold, system)
    except TextMismatchError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return EXIT_TEXT_MISMATCH
    except (OSError, UnicodeDecodeError, TimeMLError) as error:
        print(f"timeline: cannot read the TimeML files: {reason(error)}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT
    if scores.documents == 0:
        print(f"timeline: no .tml files to score under {gold}", file=sys.stderr)
        return EXIT_EMPTY_INPUT
    sys.stdout.write(
        (json.dumps(scores_as_dict(scores), indent=2) if as_json else format_scores(scores)) + "\n"
    )
    return 0
