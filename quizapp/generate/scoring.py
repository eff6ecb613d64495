"""Score each candidate fact for how much a teacher would want it asked, and keep those above a threshold.

The generator first finds every candidate (recall), then judges them here (precision), as the
overgenerate-and-rank designs of question generation do. A score starts from the kind of fact and is
moved by what the sentence says about it:

| feature | effect |
|---|---|
| date | 0.8 |
| number | 0.7 (a vague one, "hundreds", 0.6; a small count, two or three, 0.45: below the bar) |
| a distance, a weight in tons, a count of seats or spectators (the whole of "200 out of 276 seats" too), "once" or "twice" | 0.45: rounds 14-21 passed 5 of 35 such questions ("about 800 kilometres" from an asteroid, "34 tons" of aid, "twice"); spans of time (2 of 8 passed: few, and the fact lists ask for most of them), weights in kilograms (9 of 11) and money keep theirs |
| actor | 0.6, +0.2 when it is the subject, object, agent or recipient of a verb |
| a place (not a country) named only as where something happened ("in Tarsk") | -0.15 |
| a country or place that only owns a thing ("of Tarsk's GDP", not "Tarsk's army attacked") | -0.15 |
| an age ("the 18-year-old forward"), a time in hours and minutes ("2 hours, 55 minutes and 10 seconds", asked whole or not at all) | 0.45 |
| said inside quotation marks, in a claim hedged with "might"/"could"/"may", the date of a deed only reported ("reportedly") or of a diplomat's formality ("presented his credentials") | -0.5 |
| any veto of `quizapp.generate.vetoes` (a description, the deck's default guess, a list item, ...) | 0 |

`DEFAULT_MIN_SCORE` (0.5) keeps a fact; `quizapp generate --min-score` changes it.
"""

from __future__ import annotations

from quizapp.generate.facts import ACTOR, DATE, Fact
from quizapp.generate.groups import PEOPLE_NOUNS
from quizapp.generate.vetoes import veto

DEFAULT_MIN_SCORE = 0.5
# Measures the reviews failed as trivia (a flyby distance, one delivery's tonnage, one hall's seats);
# weights in kilograms, sums of money and spans of time keep the number's score.
TRIVIA_UNITS = frozenset(
    {"tons", "tonnes", "kilometres", "kilometers", "km", "miles", "metres", "meters", "feet", "seats", "spectators"}
)
BASE = {DATE: 0.8, ACTOR: 0.6}
CLEAR_ROLES = frozenset({"subject", "passive_subject", "object", "agent", "recipient"})
HEDGES = frozenset({"might", "could", "may"})
# Words that say a deed is only reported ("reportedly sought approval"): round 27 failed its day as trivia.
REPORTED = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
# A diplomat's formalities: round 27 failed every date of "presented his credentials" as a ceremonial detail.
PROTOCOL = frozenset({"credentials"})
CLAIMS = frozenset({"claim", "suggest", "speculate", "allege", "argue", "believe", "fear", "warn"})


def score(fact: Fact) -> float:
    """Return how worth asking a fact is, from 0 to 1."""
    if veto(fact) is not None:
        return 0.0
    value = BASE.get(fact.kind, _number_base(fact))
    role = fact.detail.get("role")
    if fact.kind == ACTOR and role in CLEAR_ROLES:
        value += 0.2
    if fact.kind == ACTOR and role == "locative" and fact.subkind == "place":
        value -= 0.15
    if fact.kind == ACTOR and _owner_of_a_thing(fact):
        value -= 0.15  # "four percent of ____'s GDP", "____'s oceans": the place only says whose
    if _quoted(fact) or _hedged(fact) or _reported_or_protocol(fact):
        value -= 0.5
    return round(max(0.0, min(1.0, value)), 2)


def _owner_of_a_thing(fact: Fact) -> bool:
    """Say whether a country, place or body only owns a thing ("Tarsk's exports", "Kessby Mobile's Tarphone"):
    it says whose, not who did, and a product names its maker to anyone."""
    root = fact.span.root
    owned = root.head
    if root.dep_ != "poss" or owned.dep_ in ("nsubj", "nsubjpass") or owned.lower_ in PEOPLE_NOUNS:
        return False  # "Tarsk's armed forces" are people who act
    product = owned.pos_ == "PROPN" and owned.ent_type_ in ("", "ORG", "PRODUCT")  # "GDP", "Tarphone"
    if fact.subkind == "organisation":
        return product  # "ESA's Horizon 2000 programme" is the body's own deed
    return fact.subkind in ("country", "place") and (owned.pos_ == "NOUN" or product)


def _number_base(fact: Fact) -> float:
    """Return a number's starting score: lower for vague amounts, for counts of two or three, and for the
    measures and repeats reviews call trivia."""
    if fact.subkind == "vague":
        return 0.45 if fact.answer.casefold() in ("once", "twice") else 0.6
    if fact.subkind == "quantity" and fact.answer.split()[-1].casefold() in TRIVIA_UNITS:
        return 0.45
    if fact.subkind == "total" and _counted_noun(fact) in TRIVIA_UNITS:
        return 0.45  # "200 out of 276 seats": the share that went is the fact, the hall's seats trivia (round 27)
    if fact.subkind in ("age", "duration"):
        return 0.45  # "the 18-year-old forward"; "in 2 hours, 55 minutes and 10 seconds": a time to the second
    if fact.subkind == "count" and fact.values and fact.values[0] <= 3:
        return 0.45  # "two other officials", "two firms": reviews call such counts trivia
    return 0.7


def _counted_noun(fact: Fact) -> str:
    """Return the word right after a number, folded: what it counts ("seats" in "out of 276 seats")."""
    after = fact.unit.doc[fact.token_end : fact.token_end + 1]
    return after.text.casefold() if len(after) else ""


def _quoted(fact: Fact) -> bool:
    """Say whether the answer stands inside quotation marks (someone's words, not the article's)."""
    sent = fact.unit.sent
    before = fact.unit.text[sent.start_char : fact.gaps[0].start]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _hedged(fact: Fact) -> bool:
    """Say whether the answer sits in a claim someone makes about what might happen."""
    sent = fact.unit.sent
    claims = any(t.lemma_ in CLAIMS for t in sent)
    return claims and any(t.lower_ in HEDGES and t.i < fact.token_start for t in sent)


def _reported_or_protocol(fact: Fact) -> bool:
    """Say whether a date is the day of a deed only reported ("reportedly") or of a formality ("credentials"):
    the day is trivia there (round 27), while who did it and to whom keep their score."""
    return fact.kind == DATE and any(t.lower_ in REPORTED or t.lower_ in PROTOCOL for t in fact.unit.sent)


def keep(fact: Fact, min_score: float = DEFAULT_MIN_SCORE) -> bool:
    """Say whether a fact scores at least min_score."""
    return score(fact) >= min_score
