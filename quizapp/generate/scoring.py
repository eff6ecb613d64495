"""Score each candidate fact for how much a teacher would want it asked, and keep those above a threshold.

The generator first finds every candidate (recall), then judges them here (precision), as the
overgenerate-and-rank designs of question generation do. A score starts from the kind of fact and is
moved by what the sentence says about it:

| feature | effect |
|---|---|
| date | 0.8 |
| number | 0.7 (a vague one, "hundreds", 0.6; a small count, two or three, 0.55) |
| actor | 0.6, +0.2 when it is the subject, object, agent or recipient of a verb |
| a place (not a country) named only as where something happened ("in Tarsk") | -0.15 |
| an age ("the 18-year-old forward") | 0.45 |
| one of the article's two most named actors (five mentions or more), not as the subject | -0.3 |
| said inside quotation marks, or in a claim hedged with "might"/"could"/"may" | -0.5 |

`DEFAULT_MIN_SCORE` (0.5) keeps a fact; `quizapp generate --min-score` changes it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from quizapp.generate.facts import ACTOR, DATE, Fact

DEFAULT_MIN_SCORE = 0.5
BASE = {DATE: 0.8, ACTOR: 0.6}
CLEAR_ROLES = frozenset({"subject", "passive_subject", "object", "agent", "recipient"})
DOMINANT_MENTIONS = 5
STOP_NAMES = frozenset({"The", "In", "On", "After", "During", "It", "He", "She", "They", "This", "However", "A"})
HEDGES = frozenset({"might", "could", "may"})
CLAIMS = frozenset({"claim", "suggest", "speculate", "allege", "argue", "believe", "fear", "warn"})


def score(fact: Fact) -> float:
    """Return how worth asking a fact is, from 0 to 1."""
    value = BASE.get(fact.kind, _number_base(fact))
    role = fact.detail.get("role")
    if fact.kind == ACTOR and role in CLEAR_ROLES:
        value += 0.2
    if fact.kind == ACTOR and role == "locative" and fact.subkind == "place":
        value -= 0.15
    if fact.kind == ACTOR and role not in ("subject", "passive_subject") and _dominant(fact):
        value -= 0.3  # "Norvia accused ____ of ..." in a deck where Tarsk is the foe on every page
    if _quoted(fact) or _hedged(fact):
        value -= 0.5
    return round(max(0.0, min(1.0, value)), 2)


def _number_base(fact: Fact) -> float:
    """Return a number's starting score: lower for vague amounts and for counts of two or three."""
    if fact.subkind == "vague":
        return 0.6
    if fact.subkind == "age":
        return 0.45
    if fact.subkind == "count" and fact.values and fact.values[0] <= 3:
        return 0.55
    return 0.7


def _quoted(fact: Fact) -> bool:
    """Say whether the answer stands inside quotation marks (someone's words, not the article's)."""
    sent = fact.unit.sent
    before = fact.unit.text[sent.start_char:fact.gaps[0].start]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _hedged(fact: Fact) -> bool:
    """Say whether the answer sits in a claim someone makes about what might happen."""
    sent = fact.unit.sent
    claims = any(t.lemma_ in CLAIMS for t in sent)
    return claims and any(t.lower_ in HEDGES and t.i < fact.token_start for t in sent)


def _dominant(fact: Fact) -> bool:
    """Say whether the answer is one of the two actors its article names most, five times or more."""
    counts = _actor_counts(fact.unit.article.path, tuple(p.text for p in fact.unit.article.paragraphs()))
    top = [name for name, count in counts[:2] if count >= DOMINANT_MENTIONS]
    return fact.answer in top


@lru_cache(maxsize=32)
def _actor_counts(path: str, texts: tuple[str, ...]) -> list[tuple[str, int]]:  # noqa: ARG001 - path keys the cache
    """Return the article's capitalised names (one to three words) by how often they occur, most first."""
    found = Counter(m.group() for text in texts for m in re.finditer(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}", text))
    return [(name, count) for name, count in found.most_common() if name not in STOP_NAMES]


def keep(fact: Fact, min_score: float = DEFAULT_MIN_SCORE) -> bool:
    """Say whether a fact scores at least min_score."""
    return score(fact) >= min_score
