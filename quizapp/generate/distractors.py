"""Choose three wrong options for a date or an amount, and order the four options by value.

Dates get dates of the same form, none later than the article knows, each on the same side of the
quote's other dates as the answer; amounts get amounts of the same unit and magnitude; vague amounts
get the other rungs of their ladder ("dozens", "hundreds", "thousands"). A distractor never stands
in the question's own sentence and is never the answer of another fact with the same verb (it could
then be a second correct answer). Names get no options: see distractors_for.

Date rules live in datedistractors.py, amounts in numberdistractors.py, and the value the four options
are ordered by in optionvalues.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from quizapp.generate.datedistractors import (
    POINTS_IN_TIME,
    names_a_thing,
    pick_apart_months,
    same_side_of_every_other_date,
    story_ahead,
    story_so_far,
    within_reach,
    within_reach_of_the_quotes_dates,
)
from quizapp.generate.datevariants import date_key, date_variants, month_of
from quizapp.generate.facts import ACTOR, DATE, NUMBER, Fact
from quizapp.generate.numberdistractors import number_candidates
from quizapp.generate.optionvalues import LADDERS, option_value
from quizapp.generate.quantities import Amount, parse_amount
from quizapp.generate.similarity import contains_word
from quizapp.generate.spread import pick_spread

# Amounts given as a bound: every option on the bound's far side is true as well.
BOUND = re.compile(r"^(?:over|more than|at least|at most|fewer than|less than|up to|under|upwards of) ", re.IGNORECASE)


@dataclass
class Pool:
    """Everything the corpus offers as distractors, and which answers go with which verb."""

    amounts: list[Amount] = field(default_factory=list)
    by_predicate: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    latest_year: int = 0
    ranks_dealt: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0]))  # spread.py


def governing_lemma(fact: Fact) -> str:
    """Return the lemma of the verb the fact's answer hangs on ("" when there is none)."""
    token = fact.span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.lemma_.casefold() if token.pos_ in ("VERB", "AUX") else ""


def build_pool(facts: list[Fact], ranks_dealt: dict[str, list[int]] | None = None) -> Pool:
    """Collect an article's amounts, latest year and answers per verb, in a stable order.

    `ranks_dealt`, shared by every deck of one generation, balances the answer's rank among the options
    over the whole bank rather than deck by deck (a deck has too few questions of a kind to even out).
    """
    pool = Pool() if ranks_dealt is None else Pool(ranks_dealt=ranks_dealt)
    for fact in facts:
        answers = pool.by_predicate[(fact.kind, governing_lemma(fact))]
        answers.add(fact.answer.casefold())
        if fact.kind == DATE:
            answers.update(str(int(v)) for v in fact.values)
        if fact.kind == NUMBER and fact.subkind not in ("change", "ratio"):
            amount = parse_amount(fact.answer)
            if amount is not None:
                pool.amounts.append(amount)
        elif fact.kind == DATE and fact.values:
            pool.latest_year = max(pool.latest_year, int(max(fact.values)))
    return pool


def distractors_for(fact: Fact, pool: Pool, question_id: str) -> list[str] | None:
    """Return three distractors for a fact, or None when the article cannot offer three good ones."""
    if fact.kind == ACTOR:
        # Names as options failed review: a parse cannot tell which three people, bodies or places could
        # do what the sentence says (a stadium offered as a player, a leader who cannot fit the role).
        return None
    if fact.subkind == "vague":
        return _ladder_pick(fact, question_id, pool)
    if fact.kind == DATE and names_a_thing(fact):
        return None  # "the 1967 war": a shifted year names a war that never was
    if fact.kind == NUMBER and BOUND.match(fact.answer):
        return None  # "hosts well over 1,500": if so, it hosts "over 1,200" too, and that option is right
    if fact.kind == DATE:
        # No distractor is later than the article's latest year: it may not have happened yet.
        candidates = date_variants(fact.subkind, fact.answer, pool.latest_year or 9999)
    else:
        candidates = number_candidates(fact, pool.amounts)
    taken = pool.by_predicate.get((fact.kind, governing_lemma(fact)), set())
    quote = fact.quote.casefold()
    good: list[str] = []
    story = story_so_far(fact) if fact.kind == DATE else 0.0
    ahead = story_ahead(fact) if fact.kind == DATE else 0
    for candidate in dict.fromkeys(candidates):
        if (
            candidate.casefold() == fact.answer.casefold()
            or candidate.casefold() in taken
            or _appears(candidate, quote)
        ):
            continue
        if fact.kind == DATE and not same_side_of_every_other_date(fact, candidate):
            continue  # "closed in February 2020 ... reopened in ____": no option before 2020
        if fact.kind == DATE and not within_reach_of_the_quotes_dates(fact, candidate):
            continue  # "announced in September 2013 ... completed in ____": no 2020 beside the April 2014
        if fact.kind == DATE and date_key(candidate) < story:
            continue  # "won the cup again in ____" after a paragraph that reached 1971: no 1967
        if ahead and date_key(candidate) >= ahead + 1:
            continue  # "handed back power in ____" told before "the Kessby Reform of 1868": no 1872
        if fact.subkind in POINTS_IN_TIME and not within_reach(
            fact.answer, candidate, [y for y in (story, ahead) if y]
        ):
            continue  # "founded in ____" told before "promoted in 1911": no 1840 (a century keeps its ladder)
        good.append(candidate)
    counts = pool.ranks_dealt[fact.kind]
    if fact.kind == DATE and month_of(fact.answer):
        return pick_apart_months(fact, good, question_id, counts)
    return pick_spread(
        option_value(fact, fact.answer),
        [(option_value(fact, c), c) for c in good],
        question_id,
        target=sum(counts) % 4,
        counts=counts,
    )


def _ladder_pick(fact: Fact, question_id: str, pool: Pool) -> list[str] | None:
    """Return three other rungs of the vague amount's ladder ("hundreds" -> "dozens", "thousands", ...)."""
    answer = fact.answer.casefold()
    for ladder in LADDERS:
        if answer in ladder:
            at = ladder.index(answer)  # two rungs either way: "millions" killed in a town of thousands is absurd
            rungs = [
                (float(i), _case_like(fact.answer, r)) for i, r in enumerate(ladder) if r != answer and abs(i - at) <= 2
            ]
            counts = pool.ranks_dealt["vague"]
            return pick_spread(float(ladder.index(answer)), rungs, question_id, target=sum(counts) % 4, counts=counts)
    return None


def _case_like(model: str, text: str) -> str:
    """Write text capitalised as the model is ("Hundreds" -> "Thousands")."""
    return text[:1].upper() + text[1:] if model[:1].isupper() else text


def _appears(candidate: str, quote: str) -> bool:
    """Say whether the candidate stands in the question's sentence (it would look planted)."""
    return contains_word(candidate, quote)
