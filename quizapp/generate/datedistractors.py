"""Rule out date distractors the reading itself rules out, and pick three dates of different months.

A date option stays on the answer's side of the quote's other dates, about as near them as the answer,
and within the story the article tells before and after it; a year inside a name gets no options.
"""

from __future__ import annotations

import itertools
import re

from quizapp.generate.datevariants import date_key, month_of, year_of
from quizapp.generate.facts import Fact
from quizapp.generate.optionvalues import option_value
from quizapp.generate.spread import deal_rank, seeded, stands_out

POINTS_IN_TIME = frozenset({"year", "month_year", "full_date"})
MONTH_POOL = 16  # nearest month-date candidates searched for three that fit together (C(16, 3) = 560)


def pick_apart_months(fact: Fact, good: list[str], question_id: str, counts: list[int]) -> list[str] | None:
    """Pick three dates of three different months, and no year the options share while the answer stands
    alone in its own: three "December"s beside the answer's "October" point at it, and so do three options
    of 1989 beside the answer's 1988 (round 18).

    Every trio of the nearest candidates is tried; the rank the answer takes among the four is dealt as in
    spread.pick_spread (the least given rank the trios allow), and a seeded draw picks among its trios."""
    answer_key, answer_year = option_value(fact, fact.answer), year_of(fact.answer)
    facts = [(c, option_value(fact, c), month_of(c), year_of(c)) for c in good[:MONTH_POOL]]
    by_rank: dict[int, list[list[str]]] = {rank: [] for rank in range(4)}
    for trio in itertools.combinations(facts, 3):
        keys = [key for _, key, _, _ in trio]
        years = [year for _, _, _, year in trio]
        if len({month for _, _, month, _ in trio}) < 3 or len(set(keys)) < 3 or answer_key in keys:
            continue
        if answer_year not in years and len(set(years)) < 3:
            continue
        if stands_out(answer_key, keys):
            continue
        by_rank[sum(1 for key in keys if key < answer_key)].append([text for text, _, _, _ in trio])
    feasible = [rank for rank, trios in by_rank.items() if trios]
    if not feasible:
        return None
    rank = deal_rank(feasible, counts, sum(counts) % 4)
    return None if rank is None else seeded(question_id + "/rank").choice(by_rank[rank])


def same_side_of_every_other_date(fact: Fact, candidate: str) -> bool:
    """Say whether the candidate is before (or after) each other date of the quote just as the answer is."""
    answer_key, candidate_key = date_key(fact.answer), date_key(candidate)
    for year in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", fact.quote):
        other = float(year)
        if int(other) in [int(v) for v in fact.values]:
            continue
        if (answer_key < other) != (candidate_key < other) or (answer_key >= other + 1) != (candidate_key >= other + 1):
            return False
    return True


def within_reach_of_the_quotes_dates(fact: Fact, candidate: str) -> bool:
    """Say whether the candidate stands about as near the quote's other dates as the answer does. A deal
    announced in September 2013 is completed within months or a year or two, so 2018 and 2020 beside the
    answer April 2014 are no options."""
    others = [
        float(y)
        for y in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", fact.quote)
        if int(y) not in [int(v) for v in fact.values]
    ]
    return within_reach(fact.answer, candidate, others)


def within_reach(answer: str, candidate: str, others: list[float]) -> bool:
    """Say whether the candidate stands no farther from the nearest of `others` than three times the answer's
    distance to it, or three years more (always, when there are no others)."""
    if not others:
        return True
    answer_key, candidate_key = date_key(answer), date_key(candidate)
    nearest = min(others, key=lambda y: abs(y - answer_key))
    reach = max(3 * abs(answer_key - nearest), abs(answer_key - nearest) + 3)
    return abs(candidate_key - nearest) <= reach


def names_a_thing(fact: Fact) -> bool:
    """Say whether a year stands inside a name, before its noun ("the 1967 war", "the 1954 Nobel Prize")."""
    last = fact.span[-1]
    return (
        fact.subkind == "year"
        and last.dep_ in ("nummod", "compound", "amod")
        and last.head.i > last.i
        and last.head.pos_ in ("NOUN", "PROPN")
    )


def story_so_far(fact: Fact) -> float:
    """Return the latest year the article has reached before the answer that is not later than it (else 0).

    Articles tell their story in order, so an option earlier than where the story already stands
    ("... reached the comet in August 2014. ... measured its water in ____") is ruled out by the reading itself.
    """
    answer = date_key(fact.answer)
    paragraph = fact.unit.paragraph
    earlier = [p.text for p in fact.unit.article.paragraphs() if p.line < paragraph.line]
    before = " ".join([*earlier, fact.unit.text[: fact.gaps[0].start]])
    years = [float(y) for y in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", before) if float(y) <= answer]
    return max(years, default=0.0)


def story_ahead(fact: Fact) -> int:
    """Return the earliest year later than the answer's that the article tells after the answer (else 0).

    What the article tells next happened next, so an option later than the next year it reaches ("gave up
    power in ____" before "the Kessby Reform of 1868", "tested it on himself in ____" before "the 1954 trial")
    is ruled out by the reading itself: reviews failed options after the next event for an earlier deed.
    """
    answer_year = int(date_key(fact.answer))
    paragraph = fact.unit.paragraph
    later = [p.text for p in fact.unit.article.paragraphs() if p.line > paragraph.line]
    after = " ".join([fact.unit.text[fact.unit.sent.end_char :], *later])
    years = [int(y) for y in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", after) if int(y) > answer_year]
    return min(years, default=0)
