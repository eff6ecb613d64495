"""Typed-answer checking: a table of answers that are right, close (a small typo) or wrong."""

from __future__ import annotations

import pytest

from quizapp.answers import Verdict, check_answer, check_choice, normalise, read_answer

CORRECT, CLOSE, WRONG = Verdict.CORRECT, Verdict.CLOSE, Verdict.WRONG

# (typed, expected answer, accepted forms, verdict)
TABLE = [
    # years and dates
    ("2013", "2013", (), CORRECT),
    ("in 2013", "2013", (), CORRECT),
    ("In 2013.", "2013", (), CORRECT),
    ("the year 2013", "2013", (), CORRECT),
    ("2012", "2013", (), WRONG),
    ("2031", "2013", (), WRONG),
    ("٢٠١٣", "2013", (), CORRECT),
    ("6 March 2024", "March 6, 2024", (), CORRECT),
    ("6 Mar 2024", "6 March 2024", (), CORRECT),
    ("6 May 2024", "March 6, 2024", (), WRONG),
    ("7 March 2024", "6 March 2024", (), WRONG),
    # numbers in their many forms
    ("400,000", "400 thousand", (), CORRECT),
    ("400 thousand", "400,000", (), CORRECT),
    ("400000", "400,000", (), CORRECT),
    ("400k", "400,000", (), CORRECT),
    ("0.4 million", "400,000", (), CORRECT),
    ("about 400,000", "400,000", (), CORRECT),
    ("40,000", "400,000", (), WRONG),
    ("two million", "2,000,000", (), CORRECT),
    ("twenty-five", "25", (), CORRECT),
    ("34 tons", "34", (), CORRECT),
    ("34", "34", ("34 tons",), CORRECT),
    ("43", "34", ("34 tons",), WRONG),
    ("1st", "first", (), CORRECT),
    ("1.5 billion", "1,500,000,000", (), CORRECT),
    # money
    ("US$2 million", "US$2 million", (), CORRECT),
    ("$2 million", "US$2 million", (), CORRECT),
    ("2 million dollars", "US$2 million", (), CORRECT),
    ("2 million US dollars", "US$2 million", (), CORRECT),
    ("$2,000,000", "US$2 million", (), CORRECT),
    ("2 million", "US$2 million", (), CORRECT),
    ("€2 million", "US$2 million", (), WRONG),
    ("$3 million", "US$2 million", (), WRONG),
    ("$2 billion", "US$2 million", (), WRONG),
    # names: case, punctuation, diacritics, articles, typos
    ("mahmoud abbas", "Mahmoud Abbas", (), CORRECT),
    ("MAHMOUD ABBAS!", "Mahmoud Abbas", (), CORRECT),
    ("Abbas, Mahmoud", "Mahmoud Abbas", (), CORRECT),
    ("Mahmud Abbas", "Mahmoud Abbas", (), CLOSE),
    ("Mahmoud Abas", "Mahmoud Abbas", (), CLOSE),
    ("Abbas", "Mahmoud Abbas", (), Verdict.INCOMPLETE),
    ("Yasser Arafat", "Mahmoud Abbas", (), WRONG),
    ("Mohammed Abbas", "Mahmoud Abbas", (), WRONG),
    ("the Gulf War", "Gulf War", (), CORRECT),
    ("Gulf War", "The Gulf War", (), CORRECT),
    ("a Gulf war", "The Gulf War", (), CORRECT),
    ("Golf War", "Gulf War", (), CLOSE),
    ("Cote d'Ivoire", "Côte d’Ivoire", (), CORRECT),
    ("Sao Tome", "São Tomé", (), CORRECT),
    ("Qatr", "Qatar", (), CLOSE),
    ("Iran", "Iraq", (), WRONG),
    ("Oman", "Qatar", (), WRONG),
    ("UNRWA", "UNRWA", (), CORRECT),
    ("UNWRA", "UNRWA", (), CLOSE),
    ("Kuwait City", "Kuwait", ("Kuwait City",), CORRECT),
    ("Al-Sabah", "Al Sabah", (), CORRECT),
    ("Qatari Red Crescent", "the Qatari Red Crescent", (), CORRECT),
    ("Qatari Red Cresent", "the Qatari Red Crescent", (), CLOSE),
    ("Red Cross", "the Qatari Red Crescent", (), WRONG),
    # Arabic: diacritics and letter variants
    ("فلسطين", "فلسطين", (), CORRECT),
    ("فِلَسْطِين", "فلسطين", (), CORRECT),
    ("احمد", "أحمد", (), CORRECT),
    # nothing typed
    ("", "2013", (), WRONG),
    ("   ", "Mahmoud Abbas", (), WRONG),
    ("?", "Mahmoud Abbas", (), WRONG),
    # digits that are not decimal digits (Ethiopic, Kharosthi) are read as words, never as numbers
    ("፩", "1", (), WRONG),
    ("6 March ፳፻", "6 March 2024", (), WRONG),
    ("𐩀", "𐩀", (), CORRECT),
]


@pytest.mark.parametrize(("typed", "answer", "accepted", "verdict"), TABLE)
def test_typed_answers(typed, answer, accepted, verdict):
    assert check_answer(typed, answer, accepted) is verdict


def test_the_table_covers_every_verdict_and_at_least_forty_answers():
    assert len(TABLE) >= 40
    assert {row[3] for row in TABLE} == set(Verdict)  # incomplete too: "Abbas" for "Mahmoud Abbas"


def test_normalise_folds_case_diacritics_and_punctuation():
    assert normalise("  Côte d’Ivoire!  ") == "cote divoire"
    assert normalise("São-Tomé") == "sao tome"


def test_read_answer_separates_numbers_currency_and_words():
    reading = read_answer("US$2.5 million in aid")
    assert dict(reading.numbers) == {2_500_000: 1}
    assert reading.currencies == {"usd"} and reading.words == ("in", "aid")


def test_choices_must_match_exactly():
    assert check_choice("Mahmoud Abbas", "Mahmoud Abbas") is CORRECT
    assert check_choice("Yasser Arafat", "Mahmoud Abbas") is WRONG
