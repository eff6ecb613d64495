"""Choose three wrong options for a date or an amount, and order the four options by value.

Dates get dates of the same form, none later than the article knows, each on the same side of the
quote's other dates as the answer; amounts get amounts of the same unit and magnitude; vague amounts
get the other rungs of their ladder ("dozens", "hundreds", "thousands"). A distractor never stands
in the question's own sentence and is never the answer of another fact with the same verb (it could
then be a second correct answer). Names get no options: see distractors_for.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from quizapp.generate.datevariants import date_key, date_variants, month_of, year_of
from quizapp.generate.facts import ACTOR, DATE, NUMBER, Fact
from quizapp.generate.quantities import Amount, nearby_numbers, parse_amount
from quizapp.generate.similarity import contains_word
from quizapp.generate.spread import deal_rank, pick_spread, seeded, stands_out

# Amounts given as a bound: every option on the bound's far side is true as well.
BOUND = re.compile(r"^(?:over|more than|at least|at most|fewer than|less than|up to|under|upwards of) ", re.IGNORECASE)

COUNTRIES_IN_THE_WORLD = 195  # UN members and observers
# Vague amounts are asked on their own ladder: a student picks the order of magnitude.
LADDERS = (
    ("dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions"),
    ("a few dozen", "a few hundred", "a few thousand", "a few hundred thousand", "a few million"),
    ("several dozen", "several hundred", "several thousand", "several hundred thousand", "several million"),
    ("once", "twice", "three times", "four times", "five times"),
)


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
        candidates = _number_candidates(fact, pool)
    taken = pool.by_predicate.get((fact.kind, governing_lemma(fact)), set())
    quote = fact.quote.casefold()
    good: list[str] = []
    story = _story_so_far(fact) if fact.kind == DATE else 0.0
    ahead = _story_ahead(fact) if fact.kind == DATE else 0
    for candidate in dict.fromkeys(candidates):
        if (
            candidate.casefold() == fact.answer.casefold()
            or candidate.casefold() in taken
            or _appears(candidate, quote)
        ):
            continue
        if fact.kind == DATE and not _same_side_of_every_other_date(fact, candidate):
            continue  # "closed in February 2020 ... reopened in ____": no option before 2020
        if fact.kind == DATE and not _within_reach_of_the_quotes_dates(fact, candidate):
            continue  # "announced in September 2013 ... completed in ____": no 2020 beside the April 2014
        if fact.kind == DATE and date_key(candidate) < story:
            continue  # "won the cup again in ____" after a paragraph that reached 1971: no 1967
        if ahead and date_key(candidate) >= ahead + 1:
            continue  # "handed back power in ____" told before "the Kessby Reform of 1868": no 1872
        if fact.subkind in POINTS_IN_TIME and not _within_reach(
            fact.answer, candidate, [y for y in (story, ahead) if y]
        ):
            continue  # "founded in ____" told before "promoted in 1911": no 1840 (a century keeps its ladder)
        good.append(candidate)
    counts = pool.ranks_dealt[fact.kind]
    if fact.kind == DATE and month_of(fact.answer):
        return _pick_apart_months(fact, good, question_id, counts)
    return pick_spread(
        _key(fact, fact.answer), [(_key(fact, c), c) for c in good], question_id, target=sum(counts) % 4, counts=counts
    )


POINTS_IN_TIME = frozenset({"year", "month_year", "full_date"})
MONTH_POOL = 16  # nearest month-date candidates searched for three that fit together (C(16, 3) = 560)


def _pick_apart_months(fact: Fact, good: list[str], question_id: str, counts: list[int]) -> list[str] | None:
    """Pick three dates of three different months, and no year the options share while the answer stands
    alone in its own: three "December"s beside the answer's "October" point at it, and so do three options
    of 1989 beside the answer's 1988 (round 18).

    Every trio of the nearest candidates is tried; the rank the answer takes among the four is dealt as in
    spread.pick_spread (the least given rank the trios allow), and a seeded draw picks among its trios."""
    answer_key, answer_year = _key(fact, fact.answer), year_of(fact.answer)
    facts = [(c, _key(fact, c), month_of(c), year_of(c)) for c in good[:MONTH_POOL]]
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


def _key(fact: Fact, text: str) -> float:
    """Return what a test-wise student would rank options by: the date, the amount, or the rung of a ladder."""
    if fact.subkind == "vague":
        for ladder in LADDERS:
            if text.casefold() in ladder:
                return float(ladder.index(text.casefold()))
    if fact.kind == DATE:
        return date_key(text)
    amount = parse_amount(text.split(" to ")[0])
    return amount.value if amount is not None else 0.0


def order_choices(fact: Fact, distractors: list[str]) -> list[str]:
    """Return the four options in order of value (the earliest date, the smallest amount first)."""
    return sorted([fact.answer, *distractors], key=lambda o: _key(fact, o))


def _number_candidates(fact: Fact, pool: Pool) -> list[str]:
    """Return amounts of the same unit and magnitude, written in the answer's form, closest first."""
    if fact.subkind == "change":
        return _change_candidates(fact)
    if fact.subkind == "vague":
        return []  # "hundreds", "twice": no amount to write others like it
    amount = parse_amount(fact.gaps[0].shown)
    if amount is None or (amount.unit and amount.unit[0] not in " %"):
        return []  # "tens of thousands" read as "ten" + "s of thousands"
    if amount.value < 10 and not amount.decimals:
        return []  # "two, five, eight or eleven league titles": small counts make options nobody would weigh
    # Rounded to the answer's precision, so "eleven" is offered beside "seven", never beside "6.6" written "7".
    numbers = {round(n, amount.decimals) for n in nearby_numbers(amount.number, decimals=amount.decimals)}
    numbers |= (
        {
            round(a.number, amount.decimals)
            for a in pool.amounts
            if a.kind_key == amount.kind_key and a.value > 0 and 0.2 <= a.value / amount.value <= 5
        }
        if amount.value
        else set()
    )
    limit = _limit(fact, amount)
    floor = _part_of_total(fact)  # "200 out of ____": the whole is more than its part
    # Never exactly half or double the answer: the one option another one doubles gives itself away (round 18).
    numbers = {
        n
        for n in numbers
        if n != amount.number
        and floor < n <= limit
        and not math.isclose(n * 2, amount.number)
        and not math.isclose(n, amount.number * 2)
    }
    ranked = sorted(numbers, key=lambda n: (abs(math.log(n / amount.number)), n))
    return [amount.with_number(n) for n in ranked]


def _limit(fact: Fact, amount: Amount) -> float:
    """Return the largest sensible value: the whole of an "X out of Y", 100 for a percentage, the world's
    number of countries for a count of countries."""
    counted = fact.unit.doc[fact.token_end].lower_ if fact.token_end < len(fact.unit.doc) else ""
    if counted in ("countries", "states", "nations"):
        return COUNTRIES_IN_THE_WORLD
    if fact.subkind == "ratio":
        total = parse_amount(fact.detail.get("total", "")) if fact.detail.get("total") else None
        return (total.number - 1) if total else math.inf
    return 99 if fact.subkind == "percent" else math.inf  # "100 percent" is no plausible option


def _part_of_total(fact: Fact) -> float:
    """Return the part of an "X out of ____" total (0 when the answer is no such total)."""
    if fact.subkind != "total":
        return 0.0
    before = fact.unit.text[: fact.gaps[0].start]
    match = re.search(r"([\d,.]+)\s+(?:\w+\s+){0,2}out of\s*$", before)
    return float(match.group(1).replace(",", "")) if match else 0.0


def _change_candidates(fact: Fact) -> list[str]:
    """Return other "from X to Y" pairs that change in the same direction."""
    if len(fact.gaps) != 2:
        return []
    start, end = (parse_amount(g.shown) for g in fact.gaps)
    if start is None or end is None:
        return []
    falling = start.value > end.value
    pairs = []
    for a, b in zip(
        nearby_numbers(start.number, decimals=start.decimals),
        nearby_numbers(end.number, decimals=end.decimals),
        strict=False,
    ):
        if (a * _scale(start) > b * _scale(end)) == falling:
            pairs.append(f"{start.with_number(a)} to {end.with_number(b)}")
    return pairs


def _scale(amount: Amount) -> float:
    """Return what an amount's number is multiplied by ("million" -> 1e6)."""
    return amount.value / amount.number if amount.number else 1


def _same_side_of_every_other_date(fact: Fact, candidate: str) -> bool:
    """Say whether the candidate is before (or after) each other date of the quote just as the answer is."""
    answer_key, candidate_key = date_key(fact.answer), date_key(candidate)
    for year in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", fact.quote):
        other = float(year)
        if int(other) in [int(v) for v in fact.values]:
            continue
        if (answer_key < other) != (candidate_key < other) or (answer_key >= other + 1) != (candidate_key >= other + 1):
            return False
    return True


def _within_reach_of_the_quotes_dates(fact: Fact, candidate: str) -> bool:
    """Say whether the candidate stands about as near the quote's other dates as the answer does. A deal
    announced in September 2013 is completed within months or a year or two, so 2018 and 2020 beside the
    answer April 2014 are no options."""
    others = [
        float(y)
        for y in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", fact.quote)
        if int(y) not in [int(v) for v in fact.values]
    ]
    return _within_reach(fact.answer, candidate, others)


def _within_reach(answer: str, candidate: str, others: list[float]) -> bool:
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


def _story_so_far(fact: Fact) -> float:
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


def _story_ahead(fact: Fact) -> int:
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


def _appears(candidate: str, quote: str) -> bool:
    """Say whether the candidate stands in the question's sentence (it would look planted)."""
    return contains_word(candidate, quote)
