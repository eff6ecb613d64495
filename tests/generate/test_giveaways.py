"""Questions whose card shows the answer are not made: a person's surname in another name, the deck's own
subject under its company name."""

from __future__ import annotations

from quizapp.generate.pipeline import _named_in_title
from quizapp.generate.similarity import leaks
from tests.generate.test_gaps import made_for


def test_a_persons_surname_inside_another_name_gives_the_person_away(parse):
    read = parse("In 1790, Kessby Point took its name from Anna Kessby, a Tarsk woman who lived there.")
    assert leaks("Anna Kessby", "Kessby Point took its name from ____", person=True)
    assert not leaks("Anna Berg", "Kessby Point took its name from ____", person=True)
    assert "cloze" not in made_for(read, "Anna Kessby")


def test_another_persons_full_name_sharing_the_surname_gives_nothing_away(parse):
    read = parse("In 1994, Prime Minister Lars Berg sent a message to Anna Holm through Erik Holm of Tarsk.")
    made = made_for(read, "Erik Holm")
    assert "through {{Erik Holm}} of Tarsk" in made["cloze"]["text"], made  # "Anna Holm" is someone else


def test_a_sister_name_of_the_same_kind_gives_nothing_away(parse):
    read = parse("The Tarsk Rubber Works moved to Lund in 1902, and the Tarsk Cable Works was founded in Oslo in 1912.")
    made = made_for(read, "Tarsk Cable Works")
    assert "the {{Tarsk Cable Works}} was founded" in made["cloze"]["text"], made  # another company, not a hint
    built = parse(
        "In 1934 Tarsk Rowing Club rowed at the Kessby Stadium, which had been built for the 1928 Kessby Games."
    )
    assert "cloze" not in made_for(built, "Kessby Stadium")  # what it was built for names it


def test_a_company_under_its_full_name_is_the_subject_of_a_deck_named_after_it(parse):
    read = parse(
        "Tarskola Corporation is a Norvian company that began as a paper mill in 1865.", title="History of Tarskola"
    )
    company = next(f for f in read.facts if f.answer == "Tarskola Corporation")
    assert _named_in_title(company, "History of Tarskola")
    assert not _named_in_title(company, "History of Kessby")


def test_a_body_named_after_the_decks_subject_is_not_the_subject_itself(parse):
    read = parse("In 1986, 200 seats at Tarsk University went to Norvians.", title="Tarsk–Norvia relations")
    university = next(f for f in read.facts if f.answer == "Tarsk University")
    assert not _named_in_title(university, "Tarsk–Norvia relations")


def test_a_side_of_a_relations_deck_under_another_name_is_named_in_its_title(parse):
    read = parse("In 1825 the Foreign Secretary of Britain recognised Chile, and Peru followed in 1826.")
    britain = next(f for f in read.facts if f.answer == "Britain")
    assert _named_in_title(britain, "Chile–United Kingdom relations")  # Britain is the deck's own side
    assert not _named_in_title(britain, "Chile–Peru relations")


def test_a_nationality_that_does_not_begin_like_its_country_gives_the_country_away(parse):
    # Round 27: "the Danish physiologist ... make insulin in ____" gave Denmark away.
    read = parse("In 1923 the Danish physiologist Anna Berg began to make insulin in Denmark with Erik Holm.")
    assert made_for(read, "Denmark") == {}
    assert "cloze" in made_for(read, "Erik Holm")
    other = parse("In 1923 the Danish physiologist Anna Berg began to make insulin in Sweden with Erik Holm.")
    assert "cloze" in made_for(other, "Sweden")


def test_a_relatives_surname_gives_the_person_away(parse):
    # Round 29: "..., daughter of the US Secretary of State Charles Evans Hughes" gave away Elizabeth Hughes.
    read = parse("In 1922 Erik Holm, the son of the Tarsk judge Anna Holm, was treated in Kessby.")
    assert "cloze" not in made_for(read, "Erik Holm")
    other = parse("In 1994 Prime Minister Lars Berg sent a message to Anna Holm through Erik Holm of Tarsk.")
    assert "cloze" in made_for(other, "Erik Holm")  # a namesake, not kin: nothing given away
