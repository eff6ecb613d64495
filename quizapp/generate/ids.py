"""Stable ids: from the article and the fact's content (answer and sentence), never from positions.

Editing another paragraph, or moving this one, leaves an id unchanged; rewording the sentence makes a
new fact, as it should.
"""

from __future__ import annotations

import hashlib

from quizapp.articles import normalize_space, slugify
from quizapp.generate.facts import Fact


def fact_id(fact: Fact) -> str:
    """Return the fact's id: article slug, kind, answer slug and a short digest of the fact."""
    article = slugify(fact.unit.article.title)[:40].strip("-")
    answer = slugify(fact.answer)[:24].strip("-")
    content = "|".join((article, fact.kind, normalize_space(fact.answer).casefold(), normalize_space(fact.sentence)))
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:8]
    return f"{article}-{fact.kind}-{answer}-{digest}"
