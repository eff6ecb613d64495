"""Recall: candidate facts in every role and form (the first half of overgenerate-and-rank)."""

from __future__ import annotations

from quizapp.generate.facts import ACTOR, DATE, NUMBER


def answers(read, kind: str) -> list[str]:
    """Return the answers of the facts of one kind, in reading order."""
    return [f.answer for f in read.facts if f.kind == kind]


def test_actors_in_object_prepositional_and_possessive_roles_and_compound_modifiers(parse):
    read = parse(
        "In 1900 Tarsk gave an award to the Norvian Red Cross. Money went to Anna Berg's school. "
        "In 1999 the NATO-led force reached the town."
    )
    found = answers(read, ACTOR)
    assert {"Norvian Red Cross", "Anna Berg", "NATO"} <= set(found), found


def test_a_long_name_the_ner_cuts_short_is_carried_on_but_two_names_stay_two(parse):
    read = parse(
        "In 1990 the Norvian Ministry of Health and Family Welfare opened a clinic. "
        "In 1991 ships of the Coastal Union and the Mountain Union sailed."
    )
    found = answers(read, ACTOR)
    assert "Norvian Ministry of Health and Family Welfare" in found and "Health and Family Welfare" not in found, found
    assert {"Coastal Union", "Mountain Union"} <= set(found), found  # two names, each asked (and as a list)


def test_named_groups_and_lists_of_names_are_actors(parse):
    read = parse(
        "In 1801, Norvian soldiers entered the town. Tarsk's envoy to the Coastal Union resigned in 1802. "
        "In 1803, Anna Berg, Carl Holm and Eva Lind founded the club. The firm has an office in Tarsk."
    )
    kinds = {f.answer: f.subkind for f in read.facts if f.kind == ACTOR}
    assert kinds.get("Norvian soldiers") == "collective", kinds
    assert kinds.get("Tarsk's envoy to the Coastal Union") == "collective", kinds
    assert kinds.get("Anna Berg, Carl Holm and Eva Lind") == "list", kinds
    assert "office in Tarsk" not in kinds  # a place, not a group


def test_named_things_events_laws_and_works_are_asked_but_not_numbered_events(parse):
    read = parse("The Treaty of Varna was signed in 1850. The Five-Day War ended in 1851.")
    found = answers(read, ACTOR)
    assert "Treaty of Varna" in found and not any("Five-Day" in a for a in found), found


def test_vague_spelled_out_and_time_numbers(parse):
    read = parse(
        "Hundreds of workers struck for two weeks. The 18-year-old forward scored twice. "
        "A few thousand fans came. The shogunate ruled for four hundred years."
    )
    found = answers(read, NUMBER)
    for expected in ("Hundreds", "two weeks", "18", "twice", "A few thousand", "four hundred years"):
        assert expected in found, (expected, found)


def test_both_parts_of_x_out_of_y_are_asked(parse):
    assert answers(parse("In 1986, 200 out of 276 seats went to students."), NUMBER) == ["200", "276"]


def test_a_year_that_dates_a_name_is_a_date(parse):
    assert "1954" in answers(parse("Three scientists shared the 1954 Nobel Prize for their work."), DATE)


def test_garbled_sentences_give_no_facts(parse):
    read = parse("The town gained its the town gained its charter in 1801. - Foreign relations of Norvia")
    assert read.facts == []


def test_a_bare_the_war_takes_the_sentence_before_as_context(parse):
    read = parse("Norvia invaded Tarsk in 1801. The invasion ended in 1802 after 40 battles.")
    later = [f for f in read.facts if f.answer == "1802"]
    assert later and later[0].quote.startswith("Norvia invaded Tarsk in 1801."), later


def test_a_pronoun_whose_referent_is_unsure_still_quotes_what_it_follows(parse):
    read = parse("Anna Berg met Eva Lind in Tarsk in 1801. She founded a school there in 1805.")
    later = [f for f in read.facts if f.answer == "1805"]
    assert later and later[0].quote.startswith("Anna Berg met Eva Lind"), later


def test_an_it_that_continues_a_run_about_the_articles_subject_is_led_by_the_subject(parse):
    read = parse(
        "Tarsk Rowing Club is a club in Norvia. It won the cup in 1902. Its crew beat the Coastal Union in 1905.",
        title="History of Tarsk Rowing Club",
    )
    later = [f for f in read.facts if f.answer == "1905"]
    assert later and later[0].unit.lead == "Tarsk Rowing Club" and later[0].unit.needs_context, later


def test_an_it_with_two_possible_referents_is_not_asked(parse):
    read = parse(
        "Anna Berg of Norvia visited Tarsk in 1901. It paid the Coastal Union 40 million kronor a year.",
        title="Norvia–Tarsk relations",
    )
    assert not [f for f in read.facts if "paid" in f.sentence]


def test_followed_with_nothing_after_it_leans_on_the_sentence_before(parse):
    read = parse(
        "Norvia was declared free of the disease in 2014. Tarsk followed in August 2020.",
        title="Norvia–Tarsk relations",
    )
    later = [f for f in read.facts if f.answer == "August 2020"]
    assert later and later[0].quote.startswith("Norvia was declared"), later


def test_no_lead_when_the_sentence_names_the_subject_itself(parse):
    read = parse(
        "Tarsk Rowing Club is a club in Norvia. In 1990 it sold boats.\n\n"
        "Tarsk Rowing Club had already strengthened that business in 1985.",
        title="History of Tarsk Rowing Club",
    )
    assert not [f for f in read.facts if f.answer == "1985"]  # "that business" stays unexplained: not asked


def test_two_and_a_half_is_not_asked_as_two(parse):
    assert answers(parse("It ended more than two and a half centuries of rule by Norvia in 1868."), NUMBER) == []


def test_a_castle_the_ner_takes_for_a_person_is_a_place_and_a_bracket_is_never_cut_open(parse):
    read = parse(
        "Kessby Castle was surrendered without a fight in May 1868. The World Health Organization (WHO) "
        "recommends the vaccine since 1990."
    )
    kinds = {f.answer: f.subkind for f in read.facts if f.kind == ACTOR}
    assert kinds.get("Kessby Castle") != "person", kinds
    assert not any("(" in a for a in kinds), kinds


def test_where_a_body_is_stays_out_of_its_name_but_its_acronym_stays_in(parse):
    read = parse(
        "In 1955 batches made by Cutter Laboratories of Berkeley were found to be faulty. In 1990 the "
        "Norwegian Liberation Organization (NLO) opened an office in Oslo."
    )
    names = [f.answer for f in read.facts if f.kind == ACTOR]
    assert "Cutter Laboratories" in names and "Norwegian Liberation Organization (NLO)" in names, names


def test_a_treaty_whose_name_goes_on_as_a_list_is_one_name(parse):
    read = parse("In 1825 Tarsk and Norvia signed the Treaty of Friendship, Commerce and Navigation in Kessby.")
    laws = [f.answer for f in read.facts if f.subkind == "law"]
    assert laws == ["Treaty of Friendship, Commerce and Navigation"], laws
    opening = parse(
        "The Treaty of Friendship, Commerce and Navigation, signed in Kessby on 2 February 1825 and promoted by "
        "the Foreign Secretary Anton Berg, recognised Tarsk."
    )
    assert [f.answer for f in opening.facts if f.subkind == "law"] == ["Treaty of Friendship, Commerce and Navigation"]
    other = parse("In 1825 Norvia signed the Treaty of Kessby, and Tarsk signed it in 1826.")
    assert [f.answer for f in other.facts if f.subkind == "law"] == ["Treaty of Kessby"]
