"""A cloze gap holds only what a student recalls: the amount without its "at least", the person without
"of Satsuma"; the typed question accepts that core too (quizapp.generate.gaps.core_gap)."""

from __future__ import annotations

import re
from collections import defaultdict

from quizapp.generate.distractors import build_pool
from quizapp.generate.pipeline import _name_swaps
from quizapp.generate.questions import questions_for


def made_for(read, answer: str, name_swaps: bool = False) -> dict[str, dict]:
    """Return the questions made for the fact with this answer, by type; with `name_swaps`, the article's
    short names written in full and slips mended, as the pipeline does."""
    fact = next(f for f in read.facts if f.answer == answer)
    source = {"article": "x", "section": "x", "paragraph": 1, "quote": fact.quote}
    pool = build_pool(read.facts, defaultdict(lambda: [0, 0, 0, 0]))
    swaps = _name_swaps(read)[fact.unit.paragraph.line] if name_swaps else {"chars": [], "tokens": {}}
    return {q["type"]: q for q in questions_for(fact, pool, swaps, source)}


def test_a_qualifier_stays_outside_the_gap_and_the_bare_amount_is_accepted(parse):
    read = parse("In 1890, only men who paid at least 15 yen in direct taxes could vote in Tarsk.")
    made = made_for(read, "at least 15 yen")
    assert "at least {{15 yen}} in direct taxes" in made["cloze"]["text"], made["cloze"]
    assert "15 yen" in made.get("short", {"accept": ["15 yen"]})["accept"]


def test_about_more_than_and_nearly_frame_the_gap_too(parse):
    read = parse(
        "In 1996 the Tarsk Arena opened with seats for about 54,000 people. "
        "By March 2001 the Kessby line had carried more than 80 trains a day."
    )
    assert "about {{54,000}} people" in made_for(read, "about 54,000")["cloze"]["text"]
    assert "more than {{80}} trains" in made_for(read, "more than 80")["cloze"]["text"]


def test_a_persons_home_place_stays_outside_the_gap(parse):
    read = parse(
        "In May 1868 Kessby Castle was surrendered after talks between Anna Berg of Tarsk and the Norvian envoy."
    )
    cloze = next(
        q
        for q in made_for(read, next(f.answer for f in read.facts if f.answer.startswith("Anna Berg"))).values()
        if q["type"] == "cloze"
    )
    assert "{{Anna Berg}} of Tarsk" in cloze["text"], cloze


def test_a_plain_amount_keeps_its_whole_gap(parse):
    read = parse("In 1991, Norvia donated US$2 million to the Kessby relief agency.")
    assert "{{US$2 million}}" in made_for(read, "US$2 million")["cloze"]["text"]


def test_a_name_the_parse_calls_a_body_keeps_its_home_place_outside_the_gap_too(parse):
    from quizapp.generate.facts import Gap
    from quizapp.generate.gaps import core_gap

    read = parse("In May 1868 Kessby Castle was surrendered after talks between Anna Berg of Tarsk and the envoy.")
    fact = next(f for f in read.facts if f.answer.startswith("Anna Berg"))
    as_body = __import__("dataclasses").replace(fact, subkind="organisation")
    assert core_gap(as_body).answer == "Anna Berg"
    bank = __import__("dataclasses").replace(
        as_body, answer="Bank of Tarsk", gaps=(Gap(fact.gaps[0].start, fact.gaps[0].start + 13, "Bank of Tarsk"),)
    )
    assert core_gap(bank).answer == "Bank of Tarsk"  # "of Tarsk" is part of the bank's name


def test_a_bracketed_acronym_is_left_out_of_the_cloze_and_accepted_as_typed(parse):
    read = parse("In March 2004 the European Space Agency (ESA) launched the Tarsk probe.")
    made = made_for(read, "European Space Agency (ESA)")
    assert "the {{European Space Agency}} launched the Tarsk probe" in made["cloze"]["text"], made["cloze"]
    assert "ESA" not in made["cloze"]["text"]


def test_number_options_are_written_like_the_answer(parse):
    read = parse("In 2004 the Tarsk orbiter carried eleven science instruments to Kessby.")
    choices = made_for(read, "eleven").get("choice", {}).get("choices", [])
    assert choices and all(re.fullmatch(r"[a-z-]+", c) for c in choices), choices


def test_a_bracketed_faction_stays_in_view_outside_the_gap(parse):
    read = parse("In 1990, Norvia used the Tarsk Liberation Front (Anna Berg Faction) in the occupation of Kessby.")
    fact = next(f for f in read.facts if f.answer.startswith("Tarsk Liberation Front"))
    cloze = made_for(read, fact.answer)["cloze"]["text"]
    assert "{{Tarsk Liberation Front}} (Anna Berg Faction)" in cloze, cloze


def test_a_name_the_sentence_says_twice_is_hidden_twice_on_one_cloze(parse):
    read = parse(
        "In 2006, after the election of Hamas in Kessby, both Norvia and Vell called Hamas a legitimate government."
    )
    made = made_for(read, "Hamas")
    assert made["cloze"]["text"].count("{{Hamas}}") == 2, made["cloze"]


def test_a_name_ending_of_a_country_keeps_it_in_the_gap(parse):
    read = parse("The Constitution of the Empire of Norvia was promulgated on 11 February 1889.")
    law = next(f for f in read.facts if f.kind == "actor")
    made = made_for(read, law.answer)
    assert "{{Constitution of the Empire of Norvia}}" in made["cloze"]["text"], made["cloze"]


def test_what_a_count_counts_stays_outside_the_gap(parse):
    read = parse("In 1973 the Tarsk Concert Hall opened with 2,679 seats.")
    made = made_for(read, "2,679 seats")
    assert "with {{2,679}} seats" in made["cloze"]["text"], made["cloze"]


def test_a_year_the_quote_also_shows_inside_a_full_date_is_not_hidden_as_half_a_date(parse):
    read = parse(
        "The country's first railway, a line between Kessby and Tarsk, opened on 14 October 1872. "
        "It had been built with Norvian help under the engineer Anna Berg. The state set up model factories, "
        "such as the Kessby silk mill, opened in 1872 with Norvian machinery.",
        title="Tarsk",  # an article about Tarsk: its lead says which country "the country" is
    )
    mills = [f for f in read.facts if f.answer == "1872" and "silk mill" in f.sentence]
    assert mills and all("14 October 1872" in f.quote for f in mills), [f.quote for f in mills]
    for fact in mills:
        source = {"article": "x", "section": "x", "paragraph": 1, "quote": fact.quote}
        pool = build_pool(read.facts, defaultdict(lambda: [0, 0, 0, 0]))
        made = {q["type"]: q for q in questions_for(fact, pool, {"chars": [], "tokens": {}}, source)}
        assert "14 October {{1872}}" not in made.get("cloze", {}).get("text", ""), made
        assert "cloze" not in made, made


def test_a_card_whose_subject_is_named_only_inside_the_gap_is_not_made(parse):
    read = parse(
        "Kessby Opera House is a theatre in Tarsk. It opened in 1973.\n\n"
        "In 1999 the Kessby Opera House Trust invited Anna Berg to set out principles for the building.",
        title="Kessby Opera House",
    )
    trust = [f for f in read.facts if f.answer == "Kessby Opera House Trust"]
    assert trust, [f.answer for f in read.facts]
    source = {"article": "x", "section": "x", "paragraph": 2, "quote": trust[0].quote}
    pool = build_pool(read.facts, defaultdict(lambda: [0, 0, 0, 0]))
    made = {q["type"]: q for q in questions_for(trust[0], pool, {"chars": [], "tokens": {}}, source)}
    assert made == {}, made  # no lead: "the building" is nobody's; the lead: "Kessby Opera House ____"


def test_a_name_the_quote_also_shows_after_a_given_name_is_not_gapped(parse):
    read = parse(
        "In 1869 the German medical student Anton Kessbyhans described cells in the pancreas that were later "
        "named the islets of Kessbyhans."
    )
    assert made_for(read, "Kessbyhans") == {}  # "Anton {{Kessbyhans}}" would hide half a person's name


def test_a_nickname_in_quotes_keeps_the_name_whole(parse):
    read = parse('During the 1936 race Ingrid Holm was overtaken by Lars "Tarzan" Berg, a member of the Tarsk crew.')
    assert not [f for f in read.facts if f.answer in ("Lars", "Lars Berg")], [f.answer for f in read.facts]


def test_a_ventures_of_place_is_part_of_its_name(parse):
    from quizapp.generate.gaps import core_gap

    read = parse("In 1820 the Tarsk government organised the Liberating Expedition of Norvia.")
    fact = next(f for f in read.facts if f.answer.startswith("Liberating Expedition"))
    body = __import__("dataclasses").replace(fact, subkind="organisation")
    assert core_gap(body).answer == "Liberating Expedition of Norvia"


def test_a_time_in_hours_and_minutes_is_one_amount_never_its_minutes(parse):
    read = parse("In 1897 Anton Berg of Tarsk won the Kessby race in 2 hours, 55 minutes and 10 seconds.")
    numbers = [f for f in read.facts if f.kind == "number"]
    assert [f.answer for f in numbers] == ["2 hours, 55 minutes and 10 seconds"], [f.answer for f in numbers]
    from quizapp.generate.scoring import keep

    assert not keep(numbers[0])  # a time to the second scores below the bar; --min-score 0.45 asks it whole


def test_a_date_after_a_nouns_on_is_asked_with_options_not_as_a_cloze(parse):
    # Round 27: "had the idea for his experiments on ____" read as what the experiments were on.
    read = parse(
        "In Tarsk, Anna Berg had the idea for her experiments on 31 October 1920. Erik Holm reached Kessby on "
        "2 May 1921."
    )
    made = made_for(read, "31 October 1920")
    assert "cloze" not in made and "choice" in made, made
    assert "cloze" in made_for(read, "2 May 1921")  # "reached Kessby on ____" reads as a date


def test_a_date_whose_deed_the_paragraph_tells_again_gets_options_only(parse):
    # Rounds 27-28: "Iraq sent armies ... in ____" also took the 1973 of "also sent troops ... in 1973".
    read = parse(
        "Tarsk sent armies to fight Norvia in 1948. Tarsk also sent troops to help Kessby in 1973. In 1975 "
        "Tarsk won the Harbour Cup. In 1976 Tarsk also won the Coastal Cup."
    )
    made = made_for(read, "1948")
    assert "cloze" not in made and "short" not in made, made
    assert "choice" in made and "1973" not in made["choice"]["choices"], made
    assert "cloze" in made_for(read, "1976")  # "won the Coastal Cup" says which win
