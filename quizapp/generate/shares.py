"""Shares whose rest to 100 the sentence also states ("70 percent boycotted work but 30 percent continued").

A cloze of either share is arithmetic: the other gives it. Asked as a question about the share's own
clause ("What percentage of the workers struck?"), which leaves the other clause out, it is recall again.
"""

from __future__ import annotations

import re

from quizapp.generate.clauses import clause_tokens
from quizapp.generate.facts import NUMBER, Fact
from quizapp.generate.targets import clause_verb

SHARE = re.compile(r"(\d+(?:\.\d+)?) ?(?:%|percent|per cent)")


def rests_shown(fact: Fact, text: str) -> bool:
    """Say whether `text` states the rest to 100 of the fact's share."""
    if fact.kind != NUMBER or fact.subkind != "percent" or not fact.values:
        return False
    return any(abs(fact.values[0] + float(other) - 100) < 0.01 for other in SHARE.findall(text))


def rest_in_own_clause(fact: Fact) -> bool:
    """Say whether the share's own clause (without coordinated ones) states its rest, so no question can
    leave the rest out: "70 percent, against 30 percent before, struck"."""
    verb = clause_verb(fact.span.root.head)
    tokens = clause_tokens(verb) if verb is not None else None
    if tokens is None:
        return True
    own = " ".join(t.text for t in tokens if not fact.token_start <= t.i < fact.token_end)
    return rests_shown(fact, own)
