"""Vetoes: the classes of question blind reviews rejected are never asked, and their neighbours still are."""

from __future__ import annotations

from quizapp.generate.vetoes import veto

# Tarsk is named six times, so in this article it is every student's first guess.
TARSK_EVERYWHERE = (
    "Tarsk raided Kessby in 1801. Tarsk lost in 1802. Tarsk won in 1803. Tarsk signed in 1804. "
    "Tarsk's navy sailed in 1805. "
)


def vetoes(read) -> dict[str, str | None]:
    """Return each fact's veto (or None), by answer."""
    return {f.answer: veto(f) for f in read.facts}


def test_a_group_or_post_named_by_description_is_vetoed(parse):
    found = vetoes(
        parse(
            "In 1801, Tarsk built houses for Norvian refugees. Tarsk's envoy to the Coastal Union resigned in "
            "1802. The Harbour war ended in 1803. Berg's army crossed the Kessby river in 1804."
        )
    )
    assert found["Norvian refugees"] == "description"  # no clear role: no one typed answer asks for them
    assert found["Tarsk's envoy to the Coastal Union"] == "description"  # a post, worded many ways
    assert found.get("Harbour war", "description") == "description"
    assert found["Berg's army"] == "description"  # named by its owner as often as by its country


def test_a_named_group_is_vetoed_even_when_it_does_the_deed(parse):
    # Rounds 14 and 15 asked such groups by typed questions ("In 1801, which soldiers entered Kessby?"):
    # reviews passed none of the seven they drew, so they are not asked at all.
    read = parse("In 1801, Norvian soldiers entered Kessby.")
    assert veto(next(f for f in read.facts if f.answer == "Norvian soldiers")) == "description"


def test_the_decks_default_guess_is_vetoed_except_as_the_main_subject(parse):
    found = vetoes(
        parse(
            TARSK_EVERYWHERE + "In 1806 Norvia accused Tarsk of piracy. In 1807, Tarsk opened a port.",
            title="Norvia–Kessby relations",
        )
    )
    accused = [
        f
        for f in parse(
            TARSK_EVERYWHERE + "In 1806 Norvia accused Tarsk of piracy.", title="Norvia–Kessby relations"
        ).facts
        if "accused" in f.sentence
    ]
    assert [veto(f) for f in accused if f.answer == "Tarsk"] == ["deck default"]
    assert found["1807"] is None


def test_a_person_who_is_the_default_is_known_by_surname(parse):
    read = parse(
        "Berg won in 1901. Berg won in 1902. Berg won in 1903. Berg won in 1904. Berg won in 1905. "
        "In 1906 the club was led by Anna Berg.",
        title="History of Tarsk Rowing Club",
    )
    led = [f for f in read.facts if "led by" in f.sentence and f.kind == "actor"]
    assert led and all(veto(f) == "deck default" for f in led), led


def test_an_item_of_a_long_list_or_of_a_pair_of_places_is_vetoed_but_a_pair_of_countries_is_not(parse):
    found = vetoes(
        parse(
            "In 1801 the Treaty of Varna was signed by Norway, Sweden and Denmark. "
            "In 1802 both Norway and Finland recognised the Tarsk Rowing Club."
        )
    )
    assert found["Sweden"] == "list item" and found["Denmark"] == "list item"
    assert found["Norway, Sweden and Denmark"] is None  # the whole list is asked as "By which three countries ...?"
    assert found["Finland"] is None


def test_a_one_off_commentator_is_vetoed_but_an_office_holder_is_not(parse):
    found = vetoes(
        parse(
            "In 1901, the analyst Eva Lind said the port would close. "
            "In 1902, Prime Minister Carl Holm said the port would open."
        )
    )
    assert found["Eva Lind"] == "minor voice"
    assert found["Carl Holm"] is None


def test_a_share_whose_rest_is_stated_or_a_span_its_dates_give_is_vetoed(parse):
    found = vetoes(parse("In 1901, 70 percent of the workers, against 30 percent in 1899, struck."))
    assert found["70 percent"] == "computable"  # the share's own clause states its rest: no question hides it
    apart = vetoes(parse("In 1901, 70 percent of the workers struck but 30 percent stayed."))
    assert apart["70 percent"] is None  # its rest is in another clause, which a question leaves out (test_shares)
    slept = vetoes(
        parse(
            "In June 2011 the Tarsk probe was put to sleep. It slept for 31 months, and on 20 January "
            "2014 Kessby Station woke it."
        )
    )
    assert slept.get("31 months") == "computable" and slept.get("20 January 2014") == "computable", slept


def test_a_name_that_only_qualifies_a_title_a_person_or_a_common_noun_is_vetoed(parse):
    found = vetoes(parse("In 1901 Tarsk Rowing Club hosted US President Halvard Strand."))
    assert found["US"] == "modifier"
    assert found["Halvard Strand"] is None
    mediation = vetoes(parse("In 2010 Norway rejected the Middle East mediation."))
    assert mediation["Middle East"] == "modifier" and mediation["Norway"] is None


def test_a_quote_cut_inside_quotation_marks_is_vetoed(parse):
    found = vetoes(
        parse(
            'Anna Berg founded the Tarsk Rowing Club in 1901, calling it "the finest club in Norway. '
            'Nobody will ever beat it."'
        )
    )
    assert found["1901"] == "broken quote"


def test_a_name_in_a_run_the_parse_misses_is_a_list_item(parse):
    read = parse("In 1949, John Enders, Thomas Weller and Frederick Robbins grew the virus in Boston.")
    names = {f.answer: veto(f) for f in read.facts if f.subkind == "person"}
    assert names and all(v == "list item" for v in names.values()), names


def test_a_date_whose_years_later_then_counts_from_nothing_shown_is_vetoed(parse):
    found = vetoes(parse("Two years later, on 2 June 1971, Kessby Rowing Club won the Tarsk Cup."))
    assert found.get("2 June 1971", "computable") == "computable", found


def test_a_date_after_the_following_year_or_in_an_unsure_pair_or_a_pair_of_decades_is_vetoed(parse):
    found = vetoes(
        parse(
            "Anna Berg came to Kessby in July 1853. She returned the following year, and on 31 March "
            "1854 Tarsk Rowing Club was founded. The hall was built in 1961 or 1962. In the 1970s and "
            "1980s Tarsk Rowing Club was Norway's largest club."
        )
    )
    assert found.get("31 March 1854") == "computable", found
    assert all(v == "computable" for a, v in found.items() if "1961" in a), found
    assert all(v == "list item" for a, v in found.items() if "1970s" in a), found


def test_a_place_that_only_says_where_another_is_and_a_date_of_a_list_of_three_are_vetoed(parse):
    found = vetoes(
        parse(
            "In 1952 Anna Berg gave the vaccine to a child at Letchworth Village, New York. "
            "The probe flew past Earth in March 2005, November 2007 and November 2009."
        )
    )
    assert found.get("New York") == "qualifier", found
    assert found.get("November 2007") == "list item" and found.get("November 2009") == "list item", found


def test_an_ambassador_of_a_country_is_a_title_not_a_post(parse):
    found = vetoes(parse("In 2017 the ambassador of Norway to Sweden presented his credentials."))
    assert all(v == "description" for a, v in found.items() if "ambassador" in a), found


def test_the_decks_default_named_twice_in_the_card_is_vetoed_even_as_the_subject(parse):
    read = parse(
        TARSK_EVERYWHERE + "In 1806 Norvia fired 39 missiles at Tarsk. Tarsk did not retaliate in 1807.",
        title="Norvia–Kessby relations",
    )
    retaliated = [f for f in read.facts if f.answer == "Tarsk" and "retaliate" in f.sentence and f.unit.context]
    assert all(veto(f) == "deck default" for f in retaliated), retaliated


def test_the_home_country_of_a_one_subject_article_and_vague_dates_are_vetoed(parse):
    read = parse(
        "Tarsk Rowing Club is a rowing club in Norway.\n\nIn 1954 rowing for money was allowed in Norway. "
        "The club moved to Kessby in the 1900s. As of 2022, the club had won 36 titles.",
        title="History of Tarsk Rowing Club",
    )
    found = vetoes(read)
    assert found.get("Norway") == "home country", found
    assert found.get("the 1900s", "vague date") == "vague date" and found.get("2022") == "vague date", found


def test_a_total_its_parts_give_and_a_span_counted_from_elsewhere_are_vetoed(parse):
    found = vetoes(
        parse(
            "To reach the comet, the Tarsk probe used four gravity assists in 2005: three from Earth and "
            "one from Mars. In 1956 Tarsk Rowing Club won the first league title, and two years later "
            "it won the cup."
        )
    )
    assert found.get("four") == "computable", found
    assert found.get("two years", "computable") == "computable", found


def test_a_name_given_as_an_example_is_vetoed(parse):
    found = vetoes(parse("In 1970 Norway allowed radical groups such as the Kessby Front to open offices."))
    assert found.get("Kessby Front") == "example", found


def test_a_year_that_only_frames_a_state_is_vetoed_but_a_year_ending_an_event_is_not(parse):
    framing = vetoes(
        parse(
            "Until 2003, Norvians in Tarsk were divided into three groups. "
            "By 2016, the Kessby line carried most of the freight."
        )
    )
    assert framing["2003"] == "vague date" and framing["2016"] == "vague date"
    bare = vetoes(parse("By 2016 the Tarsk probe was heading away from Kessby."))
    assert bare.get("2016", "vague date") == "vague date" and "2016" in bare, bare
    ended = vetoes(parse("The Harbour Strike in Tarsk lasted until 1988."))
    assert ended.get("1988") is None


def test_the_year_of_a_named_war_is_vetoed_but_a_later_year_beside_the_war_is_not(parse):
    found = vetoes(parse("Norvia also sent troops to back Tarsk's army in the Yom Kippur War in 1973."))
    assert found["1973"] == "dated by its war"
    later = vetoes(parse("In 2004, the Norvian president apologised to Tarsk for siding with Kessby in the Gulf War."))
    assert later["2004"] is None
    decade = vetoes(parse("Ties between Norvia and Tarsk declined during the Harbour War in the early 1990s."))
    assert decade["the early 1990s"] == "dated by its war", decade


def test_the_holder_of_a_post_now_is_vetoed_but_a_past_holder_is_not(parse):
    found = vetoes(
        parse(
            "In 2010, a member of current premier Anna Berg's party condemned the Kessby raid. "
            "In 2011, then-premier Johan Lind of Norvia visited Tarsk."
        )
    )
    assert [v for a, v in found.items() if a.startswith("Anna Berg")] == ["stale"]
    assert all(v != "stale" for a, v in found.items() if "Lind" in a)


def test_a_person_owned_by_a_country_is_vetoed(parse):
    read = parse("During the Harbour War, the Tarsk Front supported Norway's Harald Berg in 1990.")
    assert vetoes(read).get("Harald Berg") == "modifier", vetoes(read)


def test_a_person_the_quote_shows_owned_by_a_country_elsewhere_is_vetoed(parse):
    # The card hides every "Anton Berg" of its quote, so "Chile's ____" in the context sentence names him too.
    read = parse(
        "In 1990, during the Harbour War, the Kessby Front supported Chile's Anton Berg, which harmed relations "
        "with Peru. The Kessby people believed supporting Chile would be the best way to win after Anton Berg "
        "promised to confront Bolivia before the war."
    )
    later = [f for f in read.facts if f.answer == "Anton Berg" and "promised" in f.sentence]
    assert later and all(f.unit.context for f in later), later
    assert all(veto(f) == "modifier" for f in later), [veto(f) for f in later]


def test_the_home_country_of_a_one_subject_article_is_vetoed_as_the_subject_too(parse):
    read = parse(
        "The Tarsk Reform was a political event in Norway in 1868.\n\nIn 1890 Norway had a written constitution.",
        title="Tarsk Reform",
    )
    assert [veto(f) for f in read.facts if f.answer == "Norway" and "In 1890" in f.sentence] == ["home country"]


def test_a_body_named_only_as_what_others_belong_to_is_vetoed(parse):
    read = parse(
        "In 2012 Tarsk said it would open embassies in all Coastal League member states. In 2013 Norvia "
        "asked to become a member of the Harbour Union. In 2014 the Harbour Union fined Norvia."
    )
    by_sentence = {(f.answer, f.sentence[:7]): veto(f) for f in read.facts if f.subkind == "organisation"}
    assert by_sentence.get(("Coastal League", "In 2012")) == "membership", by_sentence
    assert by_sentence.get(("Harbour Union", "In 2013")) == "membership", by_sentence
    assert by_sentence.get(("Harbour Union", "In 2014"), "missing") is None, by_sentence  # it acts: asked


def test_a_bracketed_acronym_and_half_a_split_place_name_are_vetoed(parse):
    read = parse(
        "In 1955 Tarsk offered two vaccines: a killed virus given by injection (KVI) and a live virus given "
        "by mouth (LVO). In 2004 the Tarsk probe was launched from Kourou, French Guiana."
    )
    found = vetoes(read)
    assert found.get("KVI") == "bracketed acronym" and found.get("LVO") == "bracketed acronym", found
    assert found.get("Guiana", "split name") == "split name", found


def test_an_actor_in_an_aside_that_describes_someone_is_vetoed_and_an_aside_that_tells_a_deed_is_not(parse):
    found = vetoes(
        parse(
            "In 2024, Tarsk Front, which governs the Harbour Authority, condemned Norvia. "
            "In 1955, Anna Berg, who worked at the University of Kessby, developed a vaccine. "
            "In 1881, Lars Holm, who founded the Liberal Union, left Tarsk."
        )
    )
    assert found["Harbour Authority"] == "side clause", found
    assert found["University of Kessby"] == "side clause", found
    assert found["Liberal Union"] != "side clause", found


def test_a_body_after_a_nationality_and_what_it_is_is_vetoed(parse):
    found = vetoes(parse("In 2024, Tarsk Front condemned the Norvian network Kessby News for its coverage."))
    assert found["Kessby News"] == "described", found
    bought = vetoes(parse("In 1980, Tarsk Front bought a string of firms, including the Swedish computer maker Luxor."))
    assert bought.get("Luxor", "described") == "described", bought
    assert "Luxor" in bought, bought


def test_an_actor_the_quote_shows_as_a_persons_owner_is_vetoed(parse):
    read = parse(
        "During the Harbour War, the Tarsk Front supported Norvia's Anna Berg, which harmed its ties with Kessby. "
        "The Tarskians believed supporting Norvia would be the best way to peace after Berg promised to confront "
        "Kessby before the war."
    )
    owners = [veto(f) for f in read.facts if f.answer == "Norvia"]
    assert owners and all(v is not None for v in owners), owners
    assert "owner shown" in owners, owners


def test_the_sun_and_the_solar_system_are_no_actors(parse):
    found = vetoes(parse("In 2011 the Tarsk probe flew away from the Sun. In 2012 it reached the outer Solar System."))
    assert found.get("Sun", "natural body") == "natural body", found
    assert found.get("Solar System", "natural body") == "natural body", found
    assert "Solar System" in found or "Sun" in found, found


def test_where_a_person_in_apposition_comes_from_or_works_is_vetoed(parse):
    found = vetoes(
        parse(
            "In 1866 the two rivals formed a secret alliance, brokered by Anders Holm, a samurai from Norvia. "
            "The Kessby vaccine was evaluated in 1954 in a trial organized by Lars Berg, Holm's former mentor at the "
            "University of Kessby."
        )
    )
    assert found["University of Kessby"] == "personal detail", found
    assert found.get("Norvia", "personal detail") == "personal detail", found
    assert found["Lars Berg"] is None, found
    led = vetoes(parse("In December 2014, a team led by Anna Berg of the University of Kessby reported the find."))
    assert led["University of Kessby"] == "personal detail", led


def test_a_war_or_games_beside_its_year_is_vetoed(parse):
    found = vetoes(
        parse(
            "Norvia sent troops to Tarsk in the Yom Kippur War in 1973. "
            "The team played at the Olympic Stadium, which had been built for the 1928 Summer Olympics. "
            "The Harbour Union was founded during the Cod War. "
            "Tarsk won the Norvian Cup in 1987 after beating Kessby."
        )
    )
    assert found["Yom Kippur War"] == "event by its year", found
    assert found["Summer Olympics"] == "event by its year", found
    assert found.get("Cod War") != "event by its year", found
    assert found["Norvian Cup"] is None, found  # a cup is won every year: the year names none


def test_the_side_taken_in_a_named_war_and_that_war_are_vetoed_but_a_side_taken_in_a_year_is_not(parse):
    found = vetoes(
        parse(
            "In 2004, Anna Berg apologised to Norvia for siding with Tarsk in the Harbour War. "
            "Kessby Front supported Lund in 1999."
        )
    )
    assert found["Tarsk"] == "side in its war", found
    assert found["Harbour War"] == "side in its war", found
    assert found.get("Lund") is None, found


def test_where_someone_went_is_vetoed_when_the_paragraph_names_another_place(parse):
    read = parse("In 1973 Anton Berg joined a club in Madrid. Ingrid Holm followed him to Spain in 1974.")
    assert vetoes(read).get("Spain") == "destination", vetoes(read)
    alone = parse("In 1974 Ingrid Holm followed Anton Berg to Spain.")
    assert vetoes(alone).get("Spain") != "destination", vetoes(alone)


def test_the_second_day_of_two_is_half_a_date(parse):
    read = parse("A referendum held on 10 and 11 March 2013 asked the Tarsk islanders about their status.")
    assert vetoes(read).get("11 March 2013") == "half a date", vetoes(read)
    whole = parse("A referendum held on 11 March 2013 asked the Tarsk islanders about their status.")
    assert vetoes(whole).get("11 March 2013") is None, vetoes(whole)


def test_a_body_that_only_vouches_for_a_figure_is_a_source(parse):
    read = parse("According to the Norvian Health Board, about 9 million people in Tarsk had the disease in 2021.")
    assert vetoes(read).get("Norvian Health Board") == "source", vetoes(read)
    acting = parse("In 2021 the Norvian Health Board counted about 9 million cases in Tarsk.")
    assert vetoes(acting).get("Norvian Health Board") != "source", vetoes(acting)


def test_a_person_who_only_owns_a_states_body_is_vetoed_and_one_who_acts_is_not(parse):
    # Round 27: "the government of ____ filed a case" takes the country as well as its president.
    found = vetoes(
        parse(
            "In 2008 the government of Lars Berg filed a case against Norvia. In 1991 Anna Holm's army crossed "
            "the Kessby river. In 1995 Erik Lund signed a treaty with Norvia."
        )
    )
    assert found["Lars Berg"] == "state body"
    assert found["Anna Holm"] == "state body"
    assert found["Erik Lund"] is None


def test_places_between_the_two_sides_of_a_relations_deck_are_vetoed_but_not_elsewhere(parse):
    text = "In 1999 a road crossing between Oslo and Bergen opened."
    assert vetoes(parse(text, title="Norvia–Tarsk relations"))["Oslo and Bergen"] == "between the sides"
    assert vetoes(parse(text, title="Roads of Tarsk"))["Oslo and Bergen"] is None  # no two sides to fit


def test_a_decade_whose_year_the_quote_shows_is_vetoed_and_one_without_is_not(parse):
    found = vetoes(
        parse("Tarsk grew fast in the 1860s, after the Kessby Union of 1867. Norvia grew fast in the 1890s.")
    )
    assert found["the 1860s"] == "decade shown"  # 1867 gives the decade
    assert found["the 1890s"] is None


def test_half_a_name_the_ner_cut_is_vetoed(parse):
    # Round 27 failed "Newcastle upon ____", "the Chinese ____ Railway" and "____' Day" as half names.
    found = vetoes(
        parse(
            "In 1904 the Tarsk ferry was built in Newcastle upon Tyne. In 1897 Tarsk began the Chinese Eastern "
            "Railway across Manchuria. The Tarsk Marathon has been held on Patriots' Day since 1897."
        )
    )
    assert found["Tyne"] == "split name"
    assert found["Eastern Railway"] == "split name"
    assert found["Patriots"] == "split name"
    assert found["Manchuria"] is None


def test_a_post_named_by_its_office_is_a_description_not_a_name(parse):
    # Round 27: "the Qalqilya District Governor" was asked as if a name ("a minor attendee title").
    read = parse(
        "In 2017 Tarsk named a street after Anna Berg. The memorial was unveiled at a ceremony attended by the "
        "Kessby District Governor and two other officials."
    )
    found = vetoes(read)
    assert found["Kessby District Governor"] == "description"
    assert found["Anna Berg"] is None


def test_a_year_that_only_dates_a_stated_figure_is_vetoed_and_the_year_of_a_deed_is_not(parse):
    # Rounds 22 and 28 failed "was worth £1.8 billion in ____" and "In ____, 200 out of 276 seats went to".
    found = vetoes(
        parse(
            "Trade between Tarsk and Norvia was worth about £1.8 billion in 2023. In 1986, 200 out of 276 seats "
            "at Kessby University went to refugees. In 1991 Tarsk fired 39 rockets at Norvia. In 1969 the "
            "Kessby club reached its first cup final, losing 4–1."
        )
    )
    assert found["2023"] == "figure's year"
    assert found["1986"] == "figure's year"
    assert found["1991"] is None  # a deed with a count
    assert found["1969"] is None  # reaching a final is a deed, not a figure


def test_a_name_that_holds_a_finite_verb_or_runs_on_into_another_name_is_vetoed(parse):
    # Round 28: the NER took "Chile fought the War of the Confederation" for one name and blanked it whole;
    # round 29: "the {{Nobel Prize to Banting and Macleod}}" ran a prize on into its winners.
    from dataclasses import replace

    read = parse("In 1839 Tarsk fought the War of the Confederation against Norvia.")
    run_on = next(f for f in read.facts if f.answer.startswith("War of the Confederation"))
    assert run_on.answer == "War of the Confederation against Norvia"
    assert veto(run_on) == "clause as name"
    war = replace(run_on, answer="War of the Confederation", token_end=run_on.token_end - 2)
    assert war.span.text == "War of the Confederation" and veto(war) is None
    clause = replace(run_on, answer="Tarsk fought the War of the Confederation", token_start=2, token_end=9)
    assert clause.span.text == "Tarsk fought the War of the Confederation"
    assert veto(clause) == "clause as name"
