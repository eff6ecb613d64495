"""Read how a noun is pinned down: its determiner ("the", "this") and the words that say which one it is.

Shared by `anaphors` and `times_and_deeds`, which both ask whether a noun points back at something told before.
"""

from __future__ import annotations

from spacy.tokens import Token


def determiner_of(token: Token) -> str:
    """Return the noun's determiner ("the", "this", ...), lower case, or ""."""
    return next((c.lower_ for c in token.lefts if c.dep_ == "det"), "")


def describers_of(token: Token, also: tuple[str, ...] = ()) -> list[Token]:
    """Return the words that say which one a noun is: a name before it, an "of" phrase, a clause after it
    (a lower-case adjective does not: "the new government" is still the one named before; nor does a
    clause set off by a comma: "The transfer, which took effect in 1870," only adds to a transfer told before)."""
    deps = ("amod", "compound", "poss", "nmod", "prep", "acl", "relcl", "appos", *also)
    doc = token.doc
    return [
        c
        for c in token.children
        if c.dep_ in deps
        and (c.dep_ != "amod" or c.text[:1].isupper())
        and not (c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
    ]
