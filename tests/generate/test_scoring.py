"""Judgement: each candidate's score, and the threshold that keeps what a teacher would ask."""

from __future__ import annotations

from quizapp.generate.scoring import DEFAULT_MIN_SCORE, score
from quizapp.generate.writer import deck_document


def fact(read, answer: str):
    """Return the fact of a read article with this answer."""
    return next(f for f in read.facts if f.answer == answer)


def test_dates_and_acting_actors_score_above_the_threshold(parse):
    read = parse("In 1901, Anna Berg founded the Coastal Rowing Club in Tarsk.")
    assert score(fact(read, "1901")) >= DEFAULT_MIN_SCORE
    assert score(fact(read, "Anna Berg")) == score(fact(read, "Coastal Rowing Club")) >= DEFAULT_MIN_SCORE
    assert score(fact(read, "Tarsk")) < DEFAULT_MIN_SCORE  # a town as where it happened: not worth a card


def test_words_inside_quotation_marks_and_hedged_claims_fall_below_it(parse):
    read = parse(
        'In 1901 Mayor Eva Holm said: "Anna Berg will lead 40 boats." '
        "Eva Lind claimed that Tarsk might take the place of the Coastal Union."
    )
    assert score(fact(read, "Anna Berg")) < DEFAULT_MIN_SCORE
    assert score(fact(read, "Coastal Union")) < DEFAULT_MIN_SCORE
    assert score(fact(read, "Eva Lind")) >= DEFAULT_MIN_SCORE  # who claimed it is a fact


def test_a_small_count_scores_below_a_large_one(parse):
    read = parse("In 1901 Tarsk Rowing Club bought three boats and 45 oars.")
    assert score(fact(read, "three")) < score(fact(read, "45"))


def test_the_whole_of_a_share_of_seats_falls_below_the_bar_but_not_a_whole_of_people(parse):
    read = parse(
        "In 1986, 200 out of 276 seats at the Tarsk University went to refugees. In 2004 only 7,500 refugees out "
        "of 35,000 Norvians remained in Tarsk."
    )
    assert score(fact(read, "276")) < DEFAULT_MIN_SCORE  # how many seats the hall had is trivia
    assert score(fact(read, "200")) >= DEFAULT_MIN_SCORE  # how many went to refugees is the point
    assert score(fact(read, "35,000")) >= DEFAULT_MIN_SCORE  # how many Norvians there were is a fact


def test_deck_title_and_description_speak_of_the_article_not_a_file(seed_decks):
    document = deck_document(seed_decks[0])
    assert document["deck"] == seed_decks[0].title
    assert document["description"] == f"Questions on {seed_decks[0].title}: dates, numbers and actors."
    assert ".txt" not in document["description"]


def test_a_country_that_only_owns_a_thing_falls_below_it_but_not_one_whose_forces_act(parse):
    read = parse(
        "In 2000 Kessby Mills accounted for four percent of Norway's GDP. In 1973 Tarsk sent troops to back up "
        "Sweden's armed forces."
    )
    assert score(fact(read, "Norway")) < DEFAULT_MIN_SCORE  # "____'s GDP" only says whose
    assert score(fact(read, "Sweden")) >= DEFAULT_MIN_SCORE  # whose armed forces were backed up is the fact


def test_a_body_that_only_owns_a_product_falls_below_it_but_not_one_that_owns_a_programme(parse):
    read = parse(
        "The launch of Kessby Mobile's Tarphone in 2007 eroded Norvia's market. Tarsk was chosen in 1993 "
        "for the Coastal Agency's Horizon science programme."
    )
    assert score(fact(read, "Kessby Mobile")) < DEFAULT_MIN_SCORE  # "____'s Tarphone" names its maker
    assert score(fact(read, "Coastal Agency")) >= DEFAULT_MIN_SCORE


def test_distances_tonnages_spans_and_twice_fall_below_the_bar_but_weights_and_money_do_not(parse):
    read = parse(
        "In 2024, Tarsk delivered 34 tons of aid. In 2010, Tarsk twice offered peace. "
        "In 2008, the probe passed the asteroid at about 800 kilometres. In 2004, the probe weighed 3,000 "
        "kilograms. In 2005, Tarsk paid US$2 million for the probe."
    )
    for trivia in ("34 tons", "twice", "about 800 kilometres"):
        assert score(fact(read, trivia)) < DEFAULT_MIN_SCORE, trivia
    for kept in ("3,000 kilograms", "US$2 million"):
        assert score(fact(read, kept)) >= DEFAULT_MIN_SCORE, kept


def test_the_day_of_a_reported_deed_or_of_a_formality_falls_below_the_bar_but_not_who_did_it(parse):
    # Round 27 failed the day a non-resident ambassador presented credentials, and of a reported request.
    read = parse(
        "On 9 March 2015, Tarsk's envoy reportedly sought approval from Norvia. On 28 January 2017, Anna Berg "
        "presented her credentials to President Erik Holm. On 3 May 2018, Anna Berg signed a treaty with Norvia."
    )
    assert score(fact(read, "9 March 2015")) < DEFAULT_MIN_SCORE
    assert score(fact(read, "28 January 2017")) < DEFAULT_MIN_SCORE
    assert score(fact(read, "3 May 2018")) >= DEFAULT_MIN_SCORE
    assert score(next(f for f in read.facts if f.answer == "Erik Holm")) >= DEFAULT_MIN_SCORE
