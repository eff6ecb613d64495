"""Vetoes: the classes of question blind reviews rejected are never asked, and their neighbours still are."""

from __future__ import annotations

from quizapp.generate.vetoes import veto

# Tarsk is named six times, so in this article it is every student's first guess.
TARSK_EVERYWHERE = ("Tarsk raided Kessby in 1801. Tarsk lost in 1802. Tarsk won in 1803. Tarsk signed in 1804. "
                    "Tarsk's navy sailed in 1805. ")


def vetoes(read) -> dict[str, str | None]:
    """Return each fact's veto (or None), by answer."""
    return {f.answer: veto(f) for f in read.facts}


def test_a_group_named_by_description_is_vetoed_but_one_named_by_its_tie_is_not(parse):
    found = vetoes(parse("In 1801, Norvian soldiers entered Kessby. Tarsk's envoy to the Coastal Union resigned in "
                         "1802. The Harbour war ended in 1803."))
    assert found["Norvian soldiers"] == "description"
    assert found["Tarsk's envoy to the Coastal Union"] is None
    assert found.get("Harbour war", "description") == "description"


def test_the_decks_default_guess_is_vetoed_except_as_the_main_subject(parse):
    found = vetoes(parse(TARSK_EVERYWHERE + "In 1806 Norvia accused Tarsk of piracy. In 1807, Tarsk opened a port.",
                         title="Norvia–Kessby relations"))
    accused = [f for f in parse(TARSK_EVERYWHERE + "In 1806 Norvia accused Tarsk of piracy.",
                                title="Norvia–Kessby relations").facts if "accused" in f.sentence]
    assert [veto(f) for f in accused if f.answer == "Tarsk"] == ["deck default"]
    assert found["1807"] is None


def test_a_person_who_is_the_default_is_known_by_surname(parse):
    read = parse("Berg won in 1901. Berg won in 1902. Berg won in 1903. Berg won in 1904. Berg won in 1905. "
                 "In 1906 the club was led by Anna Berg.", title="History of Tarsk Rowing Club")
    led = [f for f in read.facts if "led by" in f.sentence and f.kind == "actor"]
    assert led and all(veto(f) == "deck default" for f in led), led


def test_an_item_of_a_long_list_or_of_a_pair_of_places_is_vetoed_but_a_pair_of_countries_is_not(parse):
    found = vetoes(parse("In 1801 the Treaty of Varna was signed by Norway, Sweden and Denmark. "
                         "In 1802 both Norway and Finland recognised the Tarsk Rowing Club."))
    assert found["Sweden"] == "list item" and found["Denmark"] == "list item"
    assert found["Norway, Sweden and Denmark"] is None  # the whole list is asked as "By which three countries ...?"
    assert found["Finland"] is None


def test_a_one_off_commentator_is_vetoed_but_an_office_holder_is_not(parse):
    found = vetoes(parse("In 1901, the analyst Eva Lind said the port would close. "
                         "In 1902, Prime Minister Carl Holm said the port would open."))
    assert found["Eva Lind"] == "minor voice"
    assert found["Carl Holm"] is None


def test_a_share_whose_rest_is_stated_is_vetoed(parse):
    found = vetoes(parse("In 1901, 70 percent of the workers struck but 30 percent stayed."))
    assert found["70 percent"] == "complement"


def test_a_name_that_only_qualifies_a_title_is_vetoed(parse):
    found = vetoes(parse("In 1901 Tarsk Rowing Club hosted US President Halvard Strand."))
    assert found["US"] == "title modifier"
    assert found["Halvard Strand"] is None


def test_a_quote_cut_inside_quotation_marks_is_vetoed(parse):
    found = vetoes(parse('Anna Berg founded the Tarsk Rowing Club in 1901, calling it "the finest club in Norway. '
                         'Nobody will ever beat it."'))
    assert found["1901"] == "broken quote"
