"""A cloze gap holds only what a student recalls: the amount without its "at least", the person without
"of Satsuma"; the typed question accepts that core too (quizapp.generate.questions.core_gap)."""

from __future__ import annotations

from collections import defaultdict

from quizapp.generate.distractors import build_pool
from quizapp.generate.questions import questions_for


def made_for(read, answer: str) -> dict[str, dict]:
    """Return the questions made for the fact with this answer, by type."""
    fact = next(f for f in read.facts if f.answer == answer)
    source = {"article": "x", "section": "x", "paragraph": 1, "quote": fact.quote}
    pool = build_pool(read.facts, defaultdict(lambda: [0, 0, 0, 0]))
    return {q["type"]: q for q in questions_for(fact, pool, {"chars": [], "tokens": {}}, source)}


def test_a_qualifier_stays_outside_the_gap_and_the_bare_amount_is_accepted(parse):
    read = parse("In 1890, only men who paid at least 15 yen in direct taxes could vote in Tarsk.")
    made = made_for(read, "at least 15 yen")
    assert "at least {{15 yen}} in direct taxes" in made["cloze"]["text"], made["cloze"]
    assert "15 yen" in made.get("short", {"accept": ["15 yen"]})["accept"]


def test_about_more_than_and_nearly_frame_the_gap_too(parse):
    read = parse("In 1996 the Tarsk Arena opened with seats for about 54,000 people. "
                 "By March 2001 the Kessby line had carried more than 80 trains a day.")
    assert "about {{54,000}} people" in made_for(read, "about 54,000")["cloze"]["text"]
    assert "more than {{80}} trains" in made_for(read, "more than 80")["cloze"]["text"]


def test_a_persons_home_place_stays_outside_the_gap(parse):
    read = parse("In May 1868 Kessby Castle was surrendered after talks between Anna Berg of Tarsk and the "
                 "Norvian envoy.")
    cloze = next(q for q in made_for(read, next(f.answer for f in read.facts if f.answer.startswith("Anna Berg"))
                                     ).values() if q["type"] == "cloze")
    assert "{{Anna Berg}} of Tarsk" in cloze["text"], cloze


def test_a_plain_amount_keeps_its_whole_gap(parse):
    read = parse("In 1991, Norvia donated US$2 million to the Kessby relief agency.")
    assert "{{US$2 million}}" in made_for(read, "US$2 million")["cloze"]["text"]
