"""Keep cards readable: a very long sentence is quoted only up to the clause that holds the answer.

The cut falls at the first comma after both the answer and the verb it hangs on, where brackets and quotes
are closed, so the quote stays verbatim and says something whole; the card shows "…" where it stops.
When even that is too long, the fact is not asked.
"""

from __future__ import annotations

from dataclasses import replace

from quizapp.generate.facts import Fact

LONG = 80  # words: a sentence longer than this is cut
KEEP = 45  # words: a cut quote longer than this is not asked
ELLIPSIS = " …"


def _words(text: str) -> int:
    """Count the words of a text."""
    return len([w for w in text.split() if any(c.isalnum() for c in w)])


def fit_quote(fact: Fact) -> Fact | None:
    """Return the fact, cut short when its sentence is long; None when no short enough cut exists."""
    sent = fact.unit.sent
    if _words(sent.text) <= LONG:
        return fact
    text = fact.unit.text
    verb = fact.span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # the verb the answer hangs on: the cut must keep it
    after = max(fact.gaps[-1].end, verb.idx + len(verb.text))
    for token in sent:
        if token.text != "," or token.idx < after:
            continue
        quoted = text[fact.unit.start_char : token.idx]
        if quoted.count("(") == quoted.count(")") and quoted.count('"') % 2 == 0:
            return replace(fact, cut=token.idx) if _words(quoted) <= KEEP else None
    return None


def is_cut(fact: Fact) -> bool:
    """Say whether the fact's quote stops before its sentence does."""
    return fact.cut >= 0
