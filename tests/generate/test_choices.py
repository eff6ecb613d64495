"""Multiple choice a test-wise student cannot beat: options of one kind, from the question's own article,
spread so that no rule on the options alone finds the answer."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from quizapp.generate.datevariants import date_variants
from quizapp.generate.distractors import build_pool, distractors_for
from quizapp.generate.spread import deal_rank, pick_spread
from quizapp.vocabulary import MONTHS
from tests.generate.testwise import solver_scores

from .conftest import ROOT

GENERATED = ROOT / "questions" / "generated"
CHANCE_CEILING = 0.30  # four options: chance is 0.25
LADDER_WORDS = (
    "dozens",
    "hundreds",
    "thousands",
    "tens of thousands",
    "hundreds of thousands",
    "millions",
    "once",
    "twice",
    "three times",
    "four times",
    "five times",
)


def choice_questions(decks):
    """Yield (deck, question) for every multiple-choice question of the decks."""
    for deck in decks:
        for question in deck.questions:
            if question["type"] == "choice":
                yield deck, question


@pytest.mark.parametrize(
    "solver",
    [
        "most central",
        "earliest",
        "latest",
        "lower median",
        "upper median",
        "longest",
        "shares most parts",
        "odd one out by article",
        "odd one out by kind",
    ],
)
def test_every_test_wise_solver_scores_at_chance_over_the_committed_bank(solver):
    right, answered = solver_scores(GENERATED, ROOT)[solver]
    assert right <= CHANCE_CEILING * max(answered, 1), f"{solver}: {right}/{answered}"


def test_full_date_options_are_valid_dates_each_differing_from_the_answer_in_every_part(seed_decks):
    checked = 0
    for _, question in choice_questions(seed_decks):
        answer = question["answer"]
        if not re.fullmatch(r"\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4}", answer):
            continue
        parts = [_date_parts(option) for option in question["choices"]]
        assert all(p is not None for p in parts), question["choices"]
        mine = _date_parts(answer)
        for other in parts:
            if other != mine:
                assert all(a != b for a, b in zip(mine, other, strict=True)), (answer, question["choices"])
        checked += 1
    assert checked >= 3  # round 28 left out the days of the credentials and of a reported request


def _date_parts(text: str) -> tuple[int, int, int] | None:
    """Return (day, month, year) of a written full date, or None if it is no valid date."""
    match = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})|(\w+) (\d{1,2}), (\d{4})", text)
    if match is None:
        return None
    day, month, year = (
        (match.group(1), match.group(2), match.group(3))
        if match.group(1)
        else (match.group(5), match.group(4), match.group(6))
    )
    if month not in MONTHS:
        return None
    try:
        dt.date(int(year), MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None
    return int(day), MONTHS.index(month) + 1, int(year)


def test_name_options_come_from_the_questions_own_article(seed_decks):
    for deck, question in choice_questions(seed_decks):
        if "actor" not in question["tags"]:
            continue
        text = (ROOT / deck.article_path).read_text(encoding="utf-8")
        for option in question["choices"]:
            assert option.split()[-1] in text, (question["id"], option)


def test_names_get_no_choice_question_only_dates_and_amounts_do(seed_decks):
    kinds = {question["tags"][0] for _, question in choice_questions(seed_decks)}
    assert kinds == {"date", "number"}


def test_a_vague_amount_is_asked_only_against_its_ladder(seed_decks):
    vague = [q for _, q in choice_questions(seed_decks) if q["answer"].casefold() in ("hundreds", "twice")]
    assert vague and all(set(q["choices"]) <= set(LADDER_WORDS) for q in vague), vague
    facts = {q["fact"] for q in vague}
    assert not [q for deck in seed_decks for q in deck.questions if q["fact"] in facts and q["type"] != "choice"]


def test_the_answers_rank_among_the_options_is_dealt_in_turn():
    options = [(float(y), str(y)) for y in range(1990, 2011) if y != 2000]
    ranks = []
    for target in range(4):
        picked = pick_spread(2000.0, options, f"q{target}", target=target)
        ranks.append(sorted(int(p) for p in [*picked, "2000"]).index(2000))
    assert ranks == [0, 1, 2, 3]


def test_too_few_candidates_give_no_choice_question():
    assert pick_spread(5.0, [(1.0, "1"), (9.0, "9")], "q", target=0) is None


def test_a_round_year_gets_round_distractors():
    from quizapp.generate.datevariants import date_variants

    assert all(int(v) % 10 == 0 for v in date_variants("year", "2000", 9999)[:8])
    assert not all(int(v) % 10 == 0 for v in date_variants("year", "2003", 9999)[:8])


def test_a_count_of_countries_stays_below_the_number_of_countries(parse):
    from quizapp.generate.distractors import build_pool, distractors_for

    read = parse("In April 2016, 155 countries withdrew the vaccine.")
    fact = next(f for f in read.facts if f.answer == "155")
    for key in ("a", "b", "c", "d"):
        options = distractors_for(fact, build_pool(read.facts), key)
        assert options and all(int(o) <= 195 for o in options), options


def test_no_choice_question_has_two_blanks(seed_decks):
    assert all(q["prompt"].count("____") <= 1 for _, q in choice_questions(seed_decks))


def test_number_options_are_scaled_not_digit_swaps(parse):
    read = parse("In 1973 the Tarsk Concert Hall opened with 2,679 seats.")
    fact = next(f for f in read.facts if f.answer == "2,679 seats")
    options = distractors_for(fact, build_pool(read.facts), "seats-choice")
    assert options is not None and not any(o.endswith("679 seats") for o in options), options


def test_a_small_count_gets_no_options(parse):
    read = parse("In 1981 Tarsk Rowing Club won two more league titles.")
    fact = next(f for f in read.facts if f.answer == "two")
    assert distractors_for(fact, build_pool(read.facts), "titles-choice") is None


def test_a_season_range_moves_by_years_not_centuries():
    assert all(v.startswith(("198", "199")) for v in date_variants("range", "1990–91", 2024)[:8])


def test_date_options_never_go_back_before_where_the_section_has_got_to(parse):
    read = parse(
        "Philae landed on the comet on 12 November 2014. Tarsk Station briefly made contact with it again "
        "on 13 June 2015, but the link was lost."
    )
    fact = next(f for f in read.facts if f.answer == "13 June 2015")
    options = distractors_for(fact, build_pool(read.facts), "contact-choice")
    assert options is None or all(int(o[-4:]) >= 2014 for o in options), options


def test_a_century_is_asked_only_against_other_centuries(parse):
    from quizapp.generate.questions import questions_for

    read = parse("Rowing became common in Norway in the late 19th century.")
    fact = next(f for f in read.facts if "century" in f.answer)
    source = {"article": "x", "section": "x", "paragraph": 1, "quote": fact.quote}
    made = questions_for(fact, build_pool(read.facts), {"chars": [], "tokens": {}}, source)
    assert [q["type"] for q in made] == ["choice"] and all("century" in c for c in made[0]["choices"]), made


def test_a_vague_amount_is_offered_only_its_neighbouring_rungs(parse):
    read = parse("In 1991 hundreds of Norwegian workers were killed.")
    fact = next(f for f in read.facts if f.answer == "hundreds")
    options = distractors_for(fact, build_pool(read.facts), "vague-choice")
    assert options is not None and "millions" not in options, options


def test_a_year_inside_a_name_gets_no_options(parse):
    read = parse("In 1970 Norway received many refugees after the 1967 war with Sweden.")
    fact = next(f for f in read.facts if f.answer == "1967")
    assert distractors_for(fact, build_pool(read.facts), "war-choice") is None


def test_month_options_never_all_share_one_month(parse):
    read = parse(
        "Tarsk Rowing Club was founded on 12 February 1901. It moved to Kessby in February 1930.",
        title="History of Tarsk Rowing Club",
    )
    for fact in [f for f in read.facts if "February" in f.answer]:
        options = distractors_for(fact, build_pool(read.facts), fact.answer + "-choice") or []
        months = [o.split()[-2] for o in options]
        assert len(set(months)) > 1, options  # three Septembers against one February point at February


def test_the_whole_of_an_x_out_of_y_is_offered_only_above_its_part(parse):
    read = parse("In 1986, 200 out of 276 seats at the Tarsk University went to refugees.")
    fact = next(f for f in read.facts if f.answer == "276")
    options = distractors_for(fact, build_pool(read.facts), "seats-total-choice")
    assert options is None or all(float(o.replace(",", "")) > 200 for o in options), options


def test_the_answer_is_never_the_one_value_off_the_others_even_run():
    from quizapp.generate.spread import pick_spread, stands_out

    assert stands_out(15, [8, 9, 10]) and stands_out(1911, [1907, 1908, 1909])
    assert not stands_out(11, [8, 9, 10]) and not stands_out(12, [9, 15, 18])
    candidates = [(float(n), str(n)) for n in (8, 9, 10, 11, 12, 13, 14, 20, 22)]
    for n in range(40):
        picked = pick_spread(15.0, candidates, f"q{n}", target=n % 4)
        assert picked is not None and not stands_out(15.0, [float(p) for p in picked]), picked


def test_an_amount_given_as_a_bound_gets_no_options(parse):
    read = parse("In 1991 the Tarsk hall hosted more than 1,500 concerts, and about 2,400 plays in 1992.")
    bounded = next(f for f in read.facts if f.answer == "more than 1,500")
    assert distractors_for(bounded, build_pool(read.facts), "bound-choice") is None
    plain = next(f for f in read.facts if f.answer == "about 2,400")
    assert distractors_for(plain, build_pool(read.facts), "plain-choice") is not None


def test_date_options_stay_about_as_near_the_quotes_other_date_as_the_answer(parse):
    read = parse(
        "Norvia announced the purchase of Tarsk Mills in September 2013 and completed it in April 2014. "
        "Kessby bought the mills in March 2021."
    )
    fact = next(f for f in read.facts if f.answer == "April 2014")
    options = distractors_for(fact, build_pool(read.facts), "near-choice")
    assert options is not None and all(2013 <= int(o.split()[-1]) <= 2017 for o in options), options


def test_month_date_options_each_name_a_different_month(parse):
    read = parse(
        "Tarsk Mills was sold in October 1959. Kessby built a dam in May 1988. The Tarsk Bridge opened on "
        "12 December 1962."
    )
    pool = build_pool(read.facts)
    for answer in ("October 1959", "May 1988", "12 December 1962"):
        fact = next(f for f in read.facts if f.answer == answer)
        options = [answer, *(distractors_for(fact, pool, f"{answer}-choice") or [])]
        months = [next(m for m in MONTHS if m in o) for o in options]
        years = [o.split()[-1] for o in options]
        alone = years.count(answer.split()[-1]) == 1 and len(set(years[1:])) < 3
        assert len(options) == 4 and len(set(months)) == 4 and not alone, options


def test_no_amount_option_is_exactly_half_or_double_the_answer(parse):
    read = parse("In 1990 the Tarsk hall had 2,400 seats. In 1995 Norvia sent 120 ships to Kessby.")
    pool = build_pool(read.facts)
    for answer, value in (("2,400 seats", 2400), ("120", 120)):
        fact = next(f for f in read.facts if f.answer == answer)
        options = distractors_for(fact, pool, f"{answer}-choice") or []
        numbers = [float(o.split()[0].replace(",", "")) for o in options]
        assert options and all(n not in (value / 2, value * 2) for n in numbers), options


def test_a_question_that_can_only_take_an_over_dealt_rank_gets_no_options():
    counts = [3, 1, 1, 1]
    assert deal_rank([0], counts, target=0) is None and counts == [3, 1, 1, 1]  # "earliest" would win
    assert deal_rank([0, 2], counts, target=0) == 2 and counts == [3, 1, 2, 1]  # the rarer rank is dealt instead
    assert deal_rank([0], [2, 1, 1, 1], target=0) == 0


def test_no_date_option_is_later_than_the_next_year_the_article_reaches(parse):
    read = parse(
        "The Tarsk council handed its powers to the king in November 1867. "
        "The Kessby Restoration followed in 1868, and a new harbour opened in 1879.",
        title="History of Tarsk",
    )
    fact = next(f for f in read.facts if f.answer == "November 1867")
    for n in range(4):  # every rank the options can take
        options = distractors_for(fact, build_pool(read.facts, {"date": [0, 0, 0, 0]}), f"handover-{n}") or []
        assert all(int(o.split()[-1]) <= 1868 for o in options), options


def test_date_options_stay_about_as_near_the_story_s_next_year_as_the_answer(parse):
    read = parse(
        "Tarsk Rowing Club was founded in 1900 in a Kessby cafe. It won its first title in 1911.",
        title="History of Tarsk Rowing Club",
    )
    fact = next(f for f in read.facts if f.answer == "1900")
    for n in range(4):
        options = distractors_for(fact, build_pool(read.facts, {"date": [0, 0, 0, 0]}), f"founded-{n}") or []
        assert all(1900 - 3 * 11 <= int(o) <= 1911 for o in options), options  # no 1840 for a club of 1900
