"""Reading amounts written in figures or words: "3", "2 1/2", "twenty-five", "a couple of", "several"."""

from __future__ import annotations

from timeline.times.vocabulary import Vocabulary

__all__ = ["parse_count"]


def parse_count(text: str, vocabulary: Vocabulary) -> float | None:
    """The amount ``text`` states, or ``None`` for a vague one ("several", "a few").

    >>> from timeline.times.language import load_language
    >>> vocabulary = load_language("en").vocabulary
    >>> [parse_count(t, vocabulary) for t in ("3", "2 1/2", "twenty-five", "an", "several")]
    [3.0, 2.5, 25.0, 1.0, None]
    """
    words = " ".join(text.split()).lower()
    if vocabulary.has("vague_number", words):
        return None
    if words in ("a", "an"):
        return 1.0
    figures = words.split(" ")
    if figures[0].replace(".", "", 1).isdigit():
        amount = float(figures[0])
        return amount + 0.5 if len(figures) > 1 and figures[1] == "1/2" else amount
    if vocabulary.has("number", words):
        return float(vocabulary.meaning("number", words))
    total = 0.0
    for part in words.replace("-", " ").split(" "):
        if not vocabulary.has("number", part):
            return None
        total += float(vocabulary.meaning("number", part))
    return total
