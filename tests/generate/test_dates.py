"""Dates: years, full dates, month-year, ranges, coordinated years, decades and periods."""

from __future__ import annotations

from quizapp.generate.facts import DATE


def dates(parse, text: str) -> list[tuple[str, str]]:
    """Return (sub-kind, answer) of the date facts found in a paragraph."""
    return [(f.subkind, f.answer) for f in parse(text).facts if f.kind == DATE]


def test_years_full_dates_and_month_years(parse):
    found = dates(
        parse,
        "In 2013, the Norvian embassy was reopened. Talks began on July 1, 2012. "
        "Tarsk paid out on 9 March 2015. An office opened in January 2017.",
    )
    assert found == [
        ("year", "2013"),
        ("full_date", "July 1, 2012"),
        ("full_date", "9 March 2015"),
        ("month_year", "January 2017"),
    ]


def test_ranges_coordinated_years_decades_and_periods(parse):
    found = dates(
        parse,
        "From 1967 to 1969, Tarsk School grew. Port Harley was rebuilt in 1948 and 1967. "
        "An exodus (1990–91) emptied Tarsk. Trade fell in the early 1990s. "
        "Norvian mills thrived in the second half of the 20th century.",
    )
    assert found == [
        ("range", "1967 to 1969"),
        ("years", "1948 and 1967"),
        ("range", "1990–91"),
        ("decade", "the early 1990s"),
        ("period", "the second half of the 20th century"),
    ]


def test_range_gaps_each_year(parse):
    fact = next(f for f in parse("From 1881 to 1884, a line was built.").facts if f.kind == DATE)
    assert [g.shown for g in fact.gaps] == ["1881", "1884"]


def test_a_year_that_closes_a_name_dates_it_but_one_that_opens_or_sits_inside_a_name_does_not(parse):
    found = dates(
        parse,
        "Norvia is not a party to the 1951 Convention. Refugees came after the 1967 war. "
        "The Alliance of 1902 held. The band Route 1907 Express played. "
        "Anna Berg shared the 1954 Nobel Prize in Medicine.",
    )
    assert found == [("year", "1967"), ("year", "1902"), ("year", "1954")]


def test_counts_and_amounts_are_not_years(parse):
    assert dates(parse, "The army had 1500 soldiers and spent $2000 on boots.") == []
