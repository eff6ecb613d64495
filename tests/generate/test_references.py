"""A sentence that leans on text before it brings that text along, or is not asked (generate's pronouns, anaphors, times_and_deeds)."""

from __future__ import annotations


def facts_in(read, words: str) -> list:
    """Return the facts found in the sentence that contains `words`."""
    return [f for f in read.facts if words in f.sentence]


def test_a_date_before_it_is_no_referent_for_it(parse):
    read = parse("Launched on 2 March 2004, it reached the comet in August 2014.")
    assert read.facts == []


def test_an_it_in_a_clause_before_the_subject_stands_for_that_subject(parse):
    read = parse("In June 2011, as it travelled past Jupiter, the Tarsk probe was put into hibernation.")
    assert [f.answer for f in read.facts if f.kind == "date"] == ["June 2011"]


def test_a_context_sentence_that_itself_counts_from_an_earlier_time_is_walked_past(parse):
    read = parse(
        "Tarsk Rowing Club won the cup in 1995. Its crew in that run included Anna Berg. "
        "That summer Anna Berg left for Kessby Rowing Club for 40,000 kronor.",
        title="History of Tarsk Rowing Club",
    )
    fee = facts_in(read, "That summer")
    assert fee and all(f.quote.startswith("Tarsk Rowing Club won the cup in 1995.") for f in fee), fee


def test_that_summer_gets_no_lead_only_a_quoted_context(parse):
    read = parse(
        "That summer Anna Berg left for Kessby Rowing Club for 40,000 kronor.", title="History of Tarsk Rowing Club"
    )
    assert read.facts == []


def test_years_later_is_settled_by_a_year_of_the_same_sentence(parse):
    read = parse(
        "Kessby Opera House was renamed the Anna Berg Hall in 2012, after the singer, who had died two years earlier."
    )
    assert all(not f.unit.context for f in read.facts) and "2012" in [f.answer for f in read.facts]


def test_was_followed_by_names_what_followed(parse):
    read = parse("The Treaty of Varna, signed in 1858, was followed by similar treaties with Norway and Sweden.")
    assert "1858" in [f.answer for f in read.facts]


def test_an_it_between_two_bodies_is_settled_by_the_subject_only_when_the_subject_is_a_side(parse):
    text = "In 2012, Kessby Union opened an office in Norvia. It provides a stipend of 30 million kronor to Vellmark."
    assert not facts_in(parse(text), "It provides")
    assert not facts_in(parse(text, title="Norvia–Vellmark relations"), "It provides")
    sided = "In 2012, Norvia opened an office in the Kessby Union. It provides a stipend of 30 million kronor."
    assert facts_in(parse(sided, title="Norvia–Vellmark relations"), "It provides")


def test_an_it_after_a_subject_in_common_words_goes_on_with_that_subject(parse):
    railway = (
        "The town's first railway, a line of about 29 kilometres between Kessby and Tarsk, opened in 1872. "
        "It had been built with Norvian help under the engineer Anton Berg."
    )
    built = facts_in(parse(railway), "It had been built")
    assert built and all(f.unit.context for f in built), built  # quoted with the railway's sentence
    mission = "In 1871 a delegation led by Anton Berg toured Norvia and Tarsk. Its leaders included Ingrid Holm."
    assert facts_in(parse(mission), "Its leaders")
    # A plural subject does not stand for "it", nor a singular one for "they".
    assert not facts_in(parse("In 1871 the rowers toured Norvia and Tarsk. It won 40 races."), "It won")


def test_the_first_of_a_kind_described_is_no_part_of_a_division(parse):
    read = parse(
        "The first effective vaccine was made by Anton Berg in 1955. "
        "It was followed by an oral vaccine made by Ingrid Holm, which came into use in 1961."
    )
    assert facts_in(read, "It was followed")  # "The first effective vaccine" names the "it" itself
    groups = parse("Tarsk had three groups of rowers. The first group were the founders of 1901.")
    assert all(f.unit.context for f in facts_in(groups, "The first group")), facts_in(groups, "The first group")


def test_a_described_body_before_it_settles_no_other_bare_noun(parse):
    from quizapp.generate.anaphors import refers_back

    def leans(text: str) -> bool:
        return refers_back(next(iter(parse(text).docs[0][1].sents)))

    # "the Norvian government" is named here, but which two companies, which agreement, which transfer?
    assert leans("Under pressure from the Norvian government, the two companies merged in 1821.")
    assert leans("In 2023 the government of Anna Berg announced that it was ending the agreement.")
    assert leans("The transfer, which took effect in July 1870, was one of the largest land sales in history.")
    # A deed named here is what its later "the attack" means, and "the international community" is no people.
    assert not leans(
        "During the 2009 Tarsk-Kessby conflict, the Norvian government condemned the attack and asked the "
        "international community to stop the attack."
    )


def test_a_date_before_his_is_no_one_he_could_stand_for(parse):
    read = parse(
        "Anton Berg approved the Tarsk railway in 1891. On 31 May 1891 his son, the prince Lars Berg, laid the "
        "first stone in Kessby."
    )
    laid = facts_in(read, "laid the first stone")
    assert laid and all(f.unit.context for f in laid), laid  # quoted with the sentence that names the father


def test_a_bare_war_or_lake_needs_a_sentence_before_that_names_it(parse):
    unnamed = parse(
        "Work on the Tarsk line went on for years. The line was finished in 1916, after Norvia's defeat in the "
        "war had shown how weak it was."
    )
    assert not facts_in(unnamed, "defeat in the war")  # which war? the sentence before never says
    named = parse(
        "The Kessby-Tarsk War of 1904 cut the line. The line was finished in 1916, after Norvia's defeat in "
        "the war had shown how weak it was."
    )
    assert facts_in(named, "defeat in the war")
    dated = parse("The Norvian refugees of 1948 came first. The second wave came after the 1967 war with Tarsk.")
    assert facts_in(dated, "1967 war")  # "the 1967 war" says which


def test_the_short_form_of_a_name_needs_a_sentence_before_that_gives_it_whole(parse):
    named = parse(
        "In 1918 the Kessby Legion seized the Tarsk railway. The Legion later handed Anton Berg to the Norvian "
        "army in 1920."
    )
    handed = facts_in(named, "The Legion later")
    assert handed and all(f.unit.context for f in handed), handed
    unnamed = parse("Work on the Tarsk railway began in 1918. The Legion later handed Anton Berg to Norvia in 1920.")
    assert not facts_in(unnamed, "The Legion later")  # which legion?
    product = parse("The Tarskphone 2110, launched in 1994, was the first to carry the Kessby tune.")
    assert facts_in(product, "launched in 1994")  # a product's full name, not a short form


def test_a_population_named_only_by_a_nationality_needs_the_sentence_before(parse):
    assert parse("In 1991 the Norwegian population shrank from 400,000 to 20,000.").facts == []


def test_retaliating_due_to_something_still_leaves_open_what_for(parse):
    assert parse("Norway did not retaliate in 1991 due to pressure from Sweden.").facts == []


def test_the_main_clauses_it_after_an_opening_phrase_needs_the_sentence_before(parse):
    assert (
        parse("Designed by the architect Jørn Utzon, it was added to the World Heritage List in June 2007.").facts == []
    )


def test_their_stance_needs_the_sentence_before_but_his_anti_war_stance_does_not(parse):
    assert parse("In 1990 Kessby Union praised Norway for their stance.").facts == []
    assert parse("In 1990 Anna Berg was praised for his anti-war stance.").facts != []


def test_the_second_group_quotes_back_to_what_was_divided(parse):
    read = parse(
        "Until 2003, Norwegians in Sweden were divided into three groups. The first group came in 1948. "
        "The second group came after the 1967 war."
    )
    later = [f for f in read.facts if f.answer == "1967"]
    assert later and later[0].quote.startswith("Until 2003"), later


def test_the_last_of_three_parts_quotes_back_past_its_sisters_to_what_was_divided(parse):
    read = parse(
        "Until 2003, Norwegians in Sweden were divided into three groups. The first group came in 1948. "
        "The second group came after the 1967 war. The last group were those who left Lund in 1990."
    )
    last = [f for f in read.facts if f.answer == "1990"]
    assert last and last[0].quote.startswith("Until 2003"), [f.quote for f in last]
    alone = parse(
        "Norwegians came in three waves. Trade grew. Ships sailed. The last group were those who left Lund in 1990."
    )
    quotes = [f.quote for f in alone.facts if f.answer == "1990"]
    assert not any(q.startswith("Norwegians") for q in quotes), quotes  # only parts are walked past for free


def test_of_these_at_the_time_and_the_resulting_lean_on_the_sentence_before(parse):
    from quizapp.generate.times_and_deeds import leans_on_a_time_or_deed

    def leans(text: str) -> bool:
        return leans_on_a_time_or_deed(next(iter(parse(text).docs[0][1].sents)))

    assert leans("Of these, about 3,000 died in Tarsk in 1952.")
    assert leans("At the time, the Tarsk trial was the largest in Norvia.")
    assert leans("The resulting Kessby Eradication Initiative was led by Norvia.")
    assert not leans("At the time of the merger in 1998, Tarsk Mills had 10,000 staff.")
    assert not leans("The Kessby Eradication Initiative was led by Norvia from 1988.")


def test_a_relative_time_restated_as_a_full_date_stands_alone(parse):
    read = parse("Two years later, on 2 June 1971, Tarsk Rowing Club won the Kessby Cup by beating Norvia.")
    assert "2 June 1971" in [f.answer for f in read.facts] and all(not f.unit.context for f in read.facts)


def test_a_relative_time_without_its_date_still_needs_the_sentence_before(parse):
    read = parse("Two years later, in the spring, Tarsk Rowing Club won the Kessby Cup by beating Norvia.")
    assert read.facts == []


def test_that_summer_quotes_a_long_sentence_before_rather_than_go_unasked(parse):
    before = (
        "In 2017 a young crew under Peter Bosz reached the final of the Kessby Regatta in Stockholm, where it "
        "lost by two lengths to the Norvia Rowing Society after leading for most of the race in heavy rain. "
    )
    read = parse(before + "That summer Anna Berg left for the Kessby Rowing Club for a fee of 40,000 kronor.")
    fee = facts_in(read, "That summer")
    assert fee and all(f.quote.startswith("In 2017 a young crew") for f in fee), fee


def test_a_falling_thing_declines_without_answering_anyone(parse):
    read = parse("Trade between Tarsk and Norvia declined during the Harbour War in the early 1990s.")
    assert "the early 1990s" in [f.answer for f in read.facts] and all(not f.unit.context for f in read.facts)


def test_a_population_placed_by_a_later_name_stands_alone_and_the_three_firms_do_not(parse):
    read = parse(
        "The Tarsk Front tried to curb radical groups in the Norvian community in Kessby in 1990. "
        "Tarsk Mills was founded in 1865. The three companies merged in 1967."
    )
    assert all(not f.unit.context for f in facts_in(read, "radical groups"))
    merged = facts_in(read, "merged")
    assert merged and all(f.unit.context for f in merged), merged  # which three? the sentence before says


def test_refusing_on_grounds_still_leaves_open_what_was_refused(parse):
    read = parse("Norvia refused on the grounds that Tarsk supplies could be used to build forts in 2014.")
    assert read.facts == []
    # The parse takes a word of the reason's clause for what was refused: an object after the verb's own
    # phrase is no object of it.
    read = parse(
        "Norvia refused on the grounds that Tarsk supplies could be used by Kessby to build bunkers and "
        "reinforced positions from which to fire rockets at Norvian towns in 2014."
    )
    assert read.facts == []
    assert parse("Norvia refused the Tarsk offer on the grounds that it was late in 2014.").facts


def test_by_then_counts_from_a_time_told_before(parse):
    read = parse("By then Tarsk Rowing Club had a written constitution and 40 boats.")
    assert read.facts == []


def test_a_context_sentence_with_its_own_bare_referent_is_not_the_context(parse):
    read = parse(
        "The court delivered its judgment on 27 January 2014. It ruled that the boundary followed the "
        "parallel for 80 nautical miles.",
        title="Norvia–Tarsk relations",
    )
    assert facts_in(read, "80 nautical miles") == []  # which court? the context leaves it as open as "it"


def test_it_after_a_person_subject_is_left_unsettled_even_when_one_side_is_named(parse):
    # Rounds 26-27 took "it" for the one side the sentence before names; reviewers failed all three cards.
    text = "In 2015, Anna Berg, Queen of Tarsk, visited Portugal. It pays the Kessby Front US$3 million a year."
    for title in ("Lund–Tarsk relations", "Lund–Oslo relations"):
        assert [f for f in facts_in(parse(text, title=title), "It pays") if f.answer == "US$3 million"] == []


def test_a_quoted_context_that_names_one_side_still_gets_the_relations_title(parse):
    from tests.generate.test_slips import made_for

    read = parse(
        "Tarsk signed a trade pact in 2001. It opened an embassy in Kessby in 2004, after the two "
        "countries settled their border.",
        title="Lund–Tarsk relations",
    )
    made = made_for(read, "2004")
    assert made and all((q.get("prompt") or q["text"]).startswith("Lund–Tarsk relations") for q in made.values()), (
        made
    )  # "the two countries" are Lund and Tarsk only with the title


def test_an_undated_previously_quotes_the_sentence_it_counts_back_from(parse):
    read = parse(
        "In 2004, Lars Berg made a formal apology to Tarsk for siding with Norvia. "
        "Previously, Anna Holm had refused to apologize to Tarsk."
    )
    refused = facts_in(read, "had refused")
    assert refused and all(f.quote.startswith("In 2004, Lars Berg") for f in refused), [f.quote for f in refused]
    dated = parse("Previously, in 1999, Anna Holm had refused to apologize to Tarsk.")
    assert facts_in(dated, "had refused")  # its own year says when


def test_an_opening_phrases_agent_is_not_who_the_main_clauses_they_stands_for(parse):
    assert parse("Rebuffed by the governors of Kessby, they took their plan to Tarsk in 1668.").facts == []


def test_an_earlier_clauses_subject_still_is(parse):
    read = parse("When the Kessby traders were rebuffed in 1667, they took their plan to Tarsk.")
    assert [f.answer for f in read.facts if f.kind == "date"] == ["1667"]


RAILWAY = "The Tarsk Railway is a line from Kessby to Norvik, built between 1891 and 1916. "


def test_a_subjects_lead_does_not_say_which_short_name_a_sentence_means(parse):
    read = parse(
        RAILWAY + "The Brigade handed Anna Berg over to the rebels in Kessby in January 1920.", title="Tarsk Railway"
    )
    assert facts_in(read, "The Brigade") == []


def test_a_short_name_is_asked_with_the_sentence_that_names_it_in_full(parse):
    read = parse(
        RAILWAY + "In May 1918 the Norvian Brigade, a force of about 4,000 former prisoners of war, took the line. "
        "The Brigade handed Anna Berg over to the rebels in Kessby in January 1920.",
        title="Tarsk Railway",
    )
    handed = facts_in(read, "The Brigade")
    assert handed and all(f.quote.startswith("In May 1918 the Norvian Brigade") for f in handed), handed


def test_a_subjects_lead_does_not_say_which_rivalry_but_it_says_which_line(parse):
    read = parse(
        RAILWAY + "The rivalry became violent in 1902. The line was electrified in 2002.", title="Tarsk Railway"
    )
    assert facts_in(read, "The rivalry") == []
    assert [f.answer for f in facts_in(read, "The line was") if f.kind == "date"] == ["2002"]


def test_a_bodys_own_sale_is_settled_by_naming_the_body(parse):
    read = parse(
        "Tarsk Telecom is a maker of telephones in Kessby. The sale was completed on 25 April 2014.",
        title="History of Tarsk Telecom",
    )
    sale = facts_in(read, "The sale")
    assert sale and all(f.unit.lead == "Tarsk Telecom" for f in sale), sale


def test_a_ranked_election_names_itself(parse):
    read = parse("In July 1890 only men who paid taxes could vote in the first general election.")
    assert [f.answer for f in read.facts if f.kind == "date"] == ["July 1890"]


def test_a_common_noun_followed_by_its_name_says_which_one_it_is(parse):
    read = parse("In 1668 the ketch Nonsuch sailed into Kessby Bay with Anna Berg aboard.")
    assert [f.answer for f in read.facts if f.kind == "date"] == ["1668"]


def test_there_with_no_place_before_it_quotes_the_sentence_that_says_where(parse):
    # Round 27: "What year was a foundation set up there?" never said where.
    read = parse("In 1922 Anna Berg visited Kessby in Norvia. A foundation was set up there in 1923 by Erik Holm.")
    founded = [f for f in read.facts if f.answer == "1923"]
    assert founded and all(f.quote.startswith("In 1922 Anna Berg visited Kessby") for f in founded), founded
    alone = parse("After the invasion of Kessby in 1990, only 7,500 refugees remained there.")
    assert [f.quote for f in alone.facts if f.answer == "7,500"] == [alone.units[0].sent.text]  # Kessby, named


def test_a_bare_area_or_transfer_is_not_settled_by_the_articles_subject(parse):
    # Round 28 failed "The transfer, which took effect in ____" and "the area" with nothing to say which.
    text = (
        "Kessby Trading Company was founded in 1670 in Kessby. The company sold its land to Norvia in 1869. "
        "The transfer took effect in July 1870."
    )
    read = parse(text, title="Kessby Trading Company")
    assert [f for f in read.facts if f.answer == "July 1870" and not f.unit.context] == []  # of what? quoted or dropped
    area = parse(
        "Norvia and Tarsk disputed the coast for years. In 2015 a court gave Norvia control of the area.",
        title="Norvia–Tarsk relations",
    )
    ruled = [f for f in area.facts if f.answer == "2015"]
    assert ruled and all(f.quote.startswith("Norvia and Tarsk disputed the coast") for f in ruled), ruled


def test_to_do_the_same_leans_on_the_deed_before(parse):
    # Round 28: "hoped peace might encourage Kessby and Lund to do the same" was asked without saying the same as what.
    read = parse(
        "In 1994 Anna Berg sent a message to Erik Holm proposing talks. Anna Berg hoped peace with Norvia might "
        "encourage Kessby and Lund to do the same."
    )
    hoped = [f for f in read.facts if "do the same" in f.sentence]
    assert hoped and all(f.quote.startswith("In 1994 Anna Berg sent a message") for f in hoped), hoped


def test_an_object_him_is_never_its_own_verbs_subject(parse):
    # Round 29: "Erik Holm gave him laboratory space" was asked alone, as if "him" were Holm.
    alone = parse("In May 1921 Erik Holm gave him laboratory space and ten dogs.", title="Insulin")
    assert alone.facts == []
    told = parse(
        "In 1920 Anna Berg came to Kessby with a plan. In May 1921 Erik Holm gave him laboratory space and ten dogs.",
        title="Insulin",
    )
    given = [f for f in told.facts if f.answer == "May 1921"]
    assert given and given[0].quote.startswith("In 1920 Anna Berg came"), given
