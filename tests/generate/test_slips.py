"""A prompt mends the source's slips around names (quizapp.generate.slips): the "the" a body's name needs, and
an "of" phrase that says a place the name already holds. The cited quote stays verbatim."""

from __future__ import annotations

from tests.generate import test_gaps


def made_for(read, answer: str) -> dict[str, dict]:
    """Return the questions made for the fact with this answer, by type, with the article's name swaps."""
    return test_gaps.made_for(read, answer, name_swaps=True)


def test_a_bodys_name_gets_the_the_the_source_left_out(parse):
    read = parse("In 1995, Norvia donated US$4 million to Northern Relief and Works Agency for Tarsk Refugees.")
    made = made_for(read, "US$4 million")
    assert "to the Northern Relief and Works Agency for Tarsk Refugees" in made["cloze"]["text"], made["cloze"]
    assert "to the Northern Relief and Works Agency" in made["short"]["prompt"], made["short"]
    assert "to Northern Relief" in made["cloze"]["source"]["quote"]  # the quote stays as the article has it


def test_a_name_opening_the_sentence_gets_a_capital_the(parse):
    read = parse("Norvian National Assembly rejected the Tarsk budget in 2023.")
    assert made_for(read, "2023")["cloze"]["text"].startswith("The Norvian National Assembly rejected")


def test_a_name_that_says_which_one_already_keeps_its_words(parse):
    read = parse(
        "In 1995, the Tarsk Liberation Front and Kessby Liberation Front attacked Norvia's Ministry of Defence."
    )
    text = made_for(read, "1995")["cloze"]["text"]
    assert "the Tarsk Liberation Front and Kessby Liberation Front" in text, text  # one "the" for both
    assert "Norvia's Ministry of Defence" in text, text


def test_an_of_phrase_repeating_a_place_of_the_name_is_left_out(parse):
    read = parse("In January 2017, the Tarsk Committee for the Reconstruction of Kessby of Tarsk opened an office.")
    made = made_for(read, "January 2017")
    assert "the Tarsk Committee for the Reconstruction of Kessby opened" in made["cloze"]["text"], made["cloze"]
    assert "of Kessby of Tarsk" in made["cloze"]["source"]["quote"]


def test_the_repeated_place_goes_with_the_gap_of_the_name_it_follows(parse):
    read = parse(
        "The headquarters of the Norway Committee for the Reconstruction of Lund of Norway was shelled in 2023."
    )
    made = made_for(read, "Norway Committee for the Reconstruction of Lund")
    assert "the {{Norway Committee for the Reconstruction of Lund}} was shelled" in made["cloze"]["text"], made
    assert "of Lund of Norway" in made["cloze"]["source"]["quote"]  # "{{...}} of Norway" would show "Norway"
