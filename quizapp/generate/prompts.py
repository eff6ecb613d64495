"""Reject wh-questions that a student could not answer for sure: vague, or pointing outside themselves."""

from __future__ import annotations

import re

from quizapp.generate.times_and_deeds import LATER

# Words that point back to something the question does not name ("since then", "the two countries").
ANAPHORA = re.compile(
    r"\b(?:since then|then|this|these|those|the two|the three|both|the former|the latter|"
    r"the same|such|the above|the following)\b",
    re.IGNORECASE,
)


THIN_WORDS = 5  # a who-question this short names too little to have one answer


def vague(prompt: str) -> bool:
    """Say whether a question leans on context it does not give, or names nothing to anchor it."""
    if ANAPHORA.search(prompt) or LATER.search(prompt):
        return True  # "Two years later, on what date ...?": later than what?
    words = prompt.rstrip("?").split()
    # An anchor: a name (a capitalised word past the first) or a number; "Who had refused to apologize?" has none.
    anchors = [w for w in words[1:] if w[:1].isupper() or any(c.isdigit() for c in w)]
    # "Who visited Kessby in 2012?": a bare deed, a place and a year fit many visitors; ask with more said.
    thin = any(w.casefold() in ("who", "whom", "which") for w in words) and len(words) <= THIN_WORDS
    return not anchors or thin
