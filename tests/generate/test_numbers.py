"""Numbers: counts, percentages, money, quantities, "X out of Y", changes; not numbers inside names."""

from __future__ import annotations

from quizapp.generate.facts import NUMBER


def numbers(parse, text: str) -> list[tuple[str, str]]:
    """Return (sub-kind, answer) of the number facts found in a paragraph."""
    return [(f.subkind, f.answer) for f in parse(text).facts if f.kind == NUMBER]


def test_counts_percentages_money_and_quantities(parse):
    found = numbers(
        parse,
        "Norvia's army fired 39 missiles. The PLO took five percent of the salary. "
        "Kuwait donated US$2 million to the fund. Israel permitted a €13 million payment. "
        "Qatar delivered 34 tons of aid. The club paid 2.3 million kronor.",
    )
    assert found == [
        ("count", "39"),
        ("percent", "five percent"),
        ("money", "US$2 million"),
        ("money", "€13 million"),
        ("quantity", "34 tons"),
        ("money", "2.3 million kronor"),
    ]


def test_ratios_changes_and_approximations(parse):
    found = numbers(
        parse,
        "In 1986, 200 out of 276 seats went to students. "
        "The population shrank from 400 thousand to 20 thousand. "
        "The embassy sheltered about 300 families. The air force sent more than 80 planes.",
    )
    assert found == [
        ("ratio", "200"),
        ("total", "276"),
        ("change", "400 thousand to 20 thousand"),
        ("count", "about 300"),
        ("count", "more than 80"),
    ]


def test_approximate_answers_accept_the_bare_number(parse):
    fact = next(f for f in parse("The Norvian embassy sheltered about 300 families.").facts if f.kind == NUMBER)
    assert fact.accept == ("300",)


def test_ordinals_and_numbers_inside_names_are_not_numbers(parse):
    text = (
        "Arabs moved after the Six-Day War. During the Second Intifada, aid stopped. "
        "Ties declined during the First Gulf War. Kuwait supports a two-state solution. "
        "It was the first visit by a leader. Talks between the two countries resumed. "
        "The club trains on a two-kilometre course."
    )
    assert numbers(parse, text) == []


def test_a_bare_number_needs_something_plural_to_count(parse):
    assert numbers(parse, "Israel permitted a six monthly payment.") == []
    assert numbers(parse, "Norvia honoured two other officials.") == [("count", "two")]


def test_a_number_that_begins_a_name_counts_nothing(parse):
    read = parse("In 2010 the Tarsk probe passed 21 Lutetia and 17 asteroids more.")
    answers = [f.answer for f in read.facts if f.kind == "number"]
    assert "21" not in answers and "17" in answers, answers
