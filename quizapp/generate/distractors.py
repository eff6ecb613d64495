"""Choose three wrong options of the answer's kind and form, and order the four options per question.

People are paired with other people, organisations with organisations, countries with countries;
years with nearby years; amounts with amounts of the same unit and magnitude. A distractor never shares
a name word with the answer, never stands in the question's own sentence, and is never the answer of
another fact with the same verb (it could then be a second correct answer).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from quizapp.generate.datevariants import date_key, date_variants
from quizapp.generate.facts import ACTOR, DATE, NUMBER, Fact
from quizapp.generate.names import name_words, organisation_class
from quizapp.generate.quantities import Amount, nearby_numbers, parse_amount
from quizapp.generate.similarity import contains_word, same_entity, shares_stem
from quizapp.generate.spread import pick_spread, seeded

# Actors offered as options only where the kind is fine enough that four options look alike: people by
# full name, countries, groups of people, and organisations of a known class. Places, events, works
# and lists mix kinds a parse cannot tell apart (a city, a bay, a planet), so they get no choice question.
CHOICE_KINDS = frozenset({"person", "country", "group", "organisation"})


@dataclass
class Pool:
    """Everything the corpus offers as distractors, and which answers go with which verb."""

    actors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    amounts: list[Amount] = field(default_factory=list)
    by_predicate: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    latest_year: int = 0
    ranks_dealt: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # per kind, see spread.py


def governing_lemma(fact: Fact) -> str:
    """Return the lemma of the verb the fact's answer hangs on ("" when there is none)."""
    token = fact.span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.lemma_.casefold() if token.pos_ in ("VERB", "AUX") else ""


def build_pool(facts: list[Fact], extra_people: list[str]) -> Pool:
    """Collect the corpus's actors, amounts and latest year, in a stable order."""
    pool = Pool()
    for fact in facts:
        answers = pool.by_predicate[(fact.kind, governing_lemma(fact))]
        answers.add(fact.answer.casefold())
        if fact.kind == DATE:
            answers.update(str(int(v)) for v in fact.values)
        if fact.kind == ACTOR:
            _add_actor(pool.actors[fact.subkind], fact.answer)
        elif fact.kind == NUMBER and fact.subkind not in ("change", "ratio"):
            amount = parse_amount(fact.answer)
            if amount is not None:
                pool.amounts.append(amount)
        elif fact.kind == DATE and fact.values:
            pool.latest_year = max(pool.latest_year, int(max(fact.values)))
    for person in extra_people:
        _add_actor(pool.actors["person"], person)
    return pool


def _add_actor(names: list[str], name: str) -> None:
    """Add a name unless the entity is there already; prefer the spelling without dots ("PLO", not "P.L.O.")."""
    for position, known in enumerate(names):
        if same_entity(name, known):
            if known.count(".") > name.count("."):
                names[position] = name
            return
    names.append(name)


def distractors_for(fact: Fact, pool: Pool, question_id: str) -> list[str] | None:
    """Return three distractors for a fact, or None when the article cannot offer three good ones."""
    if fact.kind == ACTOR:
        if not _offerable(fact.subkind, fact.answer):
            return None
        candidates = _actor_candidates(fact, pool)
    elif fact.kind == DATE:
        # No distractor is later than the article's latest year: it may not have happened yet.
        candidates = date_variants(fact.subkind, fact.answer, pool.latest_year or 9999)
    else:
        candidates = _number_candidates(fact, pool)
    taken = pool.by_predicate.get((fact.kind, governing_lemma(fact)), set())
    quote = fact.quote.casefold()
    good: list[str] = []
    for candidate in dict.fromkeys(candidates):
        if (candidate.casefold() == fact.answer.casefold() or candidate.casefold() in taken
                or _appears(candidate, quote) or _variant(candidate, fact)):
            continue
        if fact.kind == ACTOR and any(_variant_names(candidate, kept) for kept in good):
            continue  # one spelling of each entity ("Jon Olsen" / "John Olsen")
        good.append(candidate)
    ranks = pool.ranks_dealt
    picked = pick_spread(_key(fact, fact.answer), [(_key(fact, c), c) for c in good], question_id,
                         target=ranks[fact.kind] % 4)
    if picked is not None:
        ranks[fact.kind] += 1
    return picked


def _offerable(kind: str, name: str) -> bool:
    """Say whether an actor of this kind, so named, can be an option beside others of its kind."""
    if kind not in CHOICE_KINDS:
        return False
    if kind == "person":
        return len(name.split()) > 1  # one word the NER calls a person is often a firm or a town
    if kind == "organisation":
        return organisation_class(name) != ""
    return True


def _key(fact: Fact, text: str) -> float:
    """Return what a test-wise student would rank options by: the date, the amount, or the length of a name."""
    if fact.kind == DATE:
        return date_key(text)
    if fact.kind == NUMBER:
        amount = parse_amount(text.split(" to ")[0])
        return amount.value if amount is not None else 0.0
    return len(text) + len(text.split()) / 100


def _variant_names(a: str, b: str) -> bool:
    """Say whether two names may be spellings or parts of one another."""
    return bool(name_words(a) & name_words(b)) or shares_stem(a, b) or same_entity(a, b)


def order_choices(fact: Fact, distractors: list[str], question_id: str) -> list[str]:
    """Return the four options: dates and amounts in order of value, names in an order fixed by the id."""
    options = [fact.answer, *distractors]
    if fact.kind in (DATE, NUMBER):
        return sorted(options, key=lambda o: _key(fact, o))
    seeded(question_id + "/order").shuffle(options)
    return options


def _actor_candidates(fact: Fact, pool: Pool) -> list[str]:
    """Return the article's other actors of the same fine kind (an organisation's class of body too)."""
    answer = fact.answer
    body = organisation_class(answer) if fact.subkind == "organisation" else ""
    return [a for a in pool.actors.get(fact.subkind, []) if not (name_words(a) & name_words(answer))
            and _offerable(fact.subkind, a) and (fact.subkind != "organisation" or organisation_class(a) == body)]


def _number_candidates(fact: Fact, pool: Pool) -> list[str]:
    """Return amounts of the same unit and magnitude, written in the answer's form, closest first."""
    if fact.subkind == "change":
        return _change_candidates(fact)
    if fact.subkind == "vague":
        return []  # "hundreds", "twice": no amount to write others like it
    amount = parse_amount(fact.gaps[0].shown)
    if amount is None or (amount.unit and not amount.unit[0] in " %"):
        return []  # "tens of thousands" read as "ten" + "s of thousands"
    numbers = set(nearby_numbers(amount.number, decimals=amount.decimals))
    numbers |= {round(a.number, amount.decimals) for a in pool.amounts if a.kind_key == amount.kind_key
                and a.value > 0 and 0.2 <= a.value / amount.value <= 5} if amount.value else set()
    limit = _limit(fact, amount)
    numbers = {n for n in numbers if n != amount.number and 0 < n <= limit}
    ranked = sorted(numbers, key=lambda n: (abs(math.log(n / amount.number)), n))
    return [amount.with_number(n) for n in ranked]


def _limit(fact: Fact, amount: Amount) -> float:
    """Return the largest sensible value: the whole of an "X out of Y", 100 for a percentage."""
    if fact.subkind == "ratio":
        total = parse_amount(fact.detail.get("total", "")) if fact.detail.get("total") else None
        return (total.number - 1) if total else math.inf
    return 99 if fact.subkind == "percent" else math.inf  # "100 percent" is no plausible option


def _change_candidates(fact: Fact) -> list[str]:
    """Return other "from X to Y" pairs that change in the same direction."""
    if len(fact.gaps) != 2:
        return []
    start, end = (parse_amount(g.shown) for g in fact.gaps)
    if start is None or end is None:
        return []
    falling = start.value > end.value
    pairs = []
    for a, b in zip(nearby_numbers(start.number, decimals=start.decimals),
                    nearby_numbers(end.number, decimals=end.decimals), strict=False):
        if (a * _scale(start) > b * _scale(end)) == falling:
            pairs.append(f"{start.with_number(a)} to {end.with_number(b)}")
    return pairs


def _scale(amount: Amount) -> float:
    """Return what an amount's number is multiplied by ("million" -> 1e6)."""
    return amount.value / amount.number if amount.number else 1


def _appears(candidate: str, quote: str) -> bool:
    """Say whether the candidate stands in the question's sentence (it would look planted)."""
    return contains_word(candidate, quote)


def _variant(candidate: str, fact: Fact) -> bool:
    """Say whether the candidate is a spelling or part of the answer ("Berg" for "Anton Berg")."""
    if fact.kind != ACTOR:
        return False
    return _variant_names(candidate, fact.answer)
