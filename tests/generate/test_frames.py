"""An undated sentence is led by the year its paragraph opened a sentence with (quizapp.generate.frames)."""

from __future__ import annotations

from tests.generate.test_gaps import made_for


def test_an_undated_sentence_after_an_opening_year_is_led_by_that_year(parse):
    read = parse(
        "In 2015, Tarsk's ambassador asked Norvia for building material. "
        "The Harbour Union condemned Tarsk for the request.",
        title="Norvia–Tarsk relations",
    )
    made = made_for(read, "Harbour Union")
    assert made["cloze"]["text"].startswith("Norvia–Tarsk relations, 2015: The {{Harbour Union}} condemned"), made


def test_a_date_at_the_end_of_a_sentence_dates_only_its_own_deed(parse):
    read = parse(
        "The first vaccine was given to a child at Kessby by Anna Berg on 27 February 1950. "
        "Lars Holm developed a different vaccine that could be swallowed.",
        title="Tarsk vaccine",
    )
    made = made_for(read, "Lars Holm")
    assert "1950" not in made["cloze"]["text"], made


def test_a_deed_told_as_earlier_than_the_year_gets_no_frame(parse):
    read = parse(
        "In 2004, Anna Berg apologised to Norvia. Previously, Lars Holm had refused to apologise.",
        title="Norvia–Tarsk relations",
    )
    made = made_for(read, "Lars Holm")  # quoted with the sentence it counts back from, which shows 2004 itself
    assert made and all(", 2004:" not in q.get("text", q.get("prompt", "")) for q in made.values()), made


def test_a_sentence_with_its_own_date_and_a_date_question_get_no_frame(parse):
    read = parse(
        "In 2015, Tarsk asked Norvia for building material. The Harbour Union condemned the request in 2016.",
        title="Norvia–Tarsk relations",
    )
    union = made_for(read, "Harbour Union")
    assert "2015" not in union["cloze"]["text"], union
    year = made_for(read, "2016")
    assert "2015" not in year["cloze"]["text"], year


def test_a_period_that_opens_a_sentence_frames_nothing_after_it(parse):
    read = parse(
        "From 1967 to 1969, 60 percent of teachers in Norvia were Tarskians. "
        "Norvia allowed the Harbour Union to run schools for Tarskians.",
        title="Norvia–Tarsk relations",
    )
    made = made_for(read, "Harbour Union")
    assert "1967" not in made["cloze"]["text"] and "1969" not in made["cloze"]["text"], made


def test_only_the_sentence_right_after_the_opening_year_shares_it(parse):
    read = parse(
        "In 2010, Tarsk offered to restore trade with Norvia. Norvia refused the offer at once. "
        "Tarsk held talks with Kessby. Anna Berg lobbied the Harbour Union to move closer to Tarsk.",
        title="Norvia–Tarsk relations",
    )
    made = made_for(read, "Harbour Union")
    assert "2010" not in made["cloze"]["text"], made
