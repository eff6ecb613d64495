"""The article parser on the three seeds: sections, paragraphs, anchors, infobox, lists and Unicode."""

from __future__ import annotations

import pytest

from quizapp.articles import LEAD_SECTION, ArticleFormatError, load_article, parse_article, slugify
from tests.conftest import ROOT

SEEDS = ROOT / "seeds"
KUWAIT, IRAQ, QATAR = "000_239a2713105e4f37.txt", "001_c7738bc255cba366.txt", "002_a18f7fef74fb85f7.txt"

# (title, level, paragraph count) of every section, lead first, as read by eye from each seed.
SECTIONS = {
    KUWAIT: [
        (LEAD_SECTION, 1, 2),
        ("History", 2, 2),
        ("Expulsion of Palestinians after Gulf War", 3, 2),
        ("Apology and restoration of ties", 3, 3),
        ("See also", 2, 0),
    ],
    IRAQ: [
        (LEAD_SECTION, 1, 1),
        ("History", 2, 6),
        ("Palestinians of Iraq", 2, 2),
        ("2003 - Present", 2, 4),
        ("See also", 2, 0),
    ],
    QATAR: [
        (LEAD_SECTION, 1, 1),
        ("History", 2, 10),
        ("Qatar's Mediation in the Palestinian-Israeli Conflict", 2, 1),
        ("See also", 2, 0),
    ],
}


@pytest.fixture(scope="module")
def seeds():
    """Every seed article, parsed once."""
    return {name: load_article(SEEDS / name) for name in SECTIONS}


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_sections_levels_and_paragraph_counts(seeds, name):
    article = seeds[name]
    assert [(s.title, s.level, len(s.paragraphs)) for s in article.sections] == SECTIONS[name]


def test_titles_and_slugs_keep_words_apart_at_en_dashes(seeds):
    assert [(seeds[n].title, seeds[n].slug) for n in (KUWAIT, IRAQ, QATAR)] == [
        ("Kuwait–Palestine relations", "kuwait-palestine-relations"),
        ("Iraq–Palestine relations", "iraq-palestine-relations"),
        ("Palestine–Qatar relations", "palestine-qatar-relations"),
    ]


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_anchors_are_unique_and_name_section_and_index(seeds, name):
    paragraphs = seeds[name].paragraphs()
    anchors = [p.anchor for p in paragraphs]
    assert len(set(anchors)) == len(anchors)
    for section in seeds[name].sections:
        assert [p.anchor for p in section.paragraphs] == [
            f"{section.slug}-p{i}" for i in range(1, len(section.paragraphs) + 1)
        ]


def test_anchors_are_stable_when_an_earlier_section_grows():
    text = (SEEDS / KUWAIT).read_text(encoding="utf-8")
    grown = text.replace("==History==\n", "==History==\nA new first paragraph.\n\n", 1)
    before = {p.anchor: p.text for p in parse_article(text).paragraphs() if p.section != "History"}
    after = {p.anchor: p.text for p in parse_article(grown).paragraphs() if p.section != "History"}
    assert before == after


def test_infobox_and_see_also_are_kept_out_of_paragraphs(seeds):
    kuwait, qatar = seeds[KUWAIT], seeds[QATAR]
    assert kuwait.infobox == ["Filetype: svg"]
    assert qatar.infobox == ["Map: فلسطين-قطر.svg"]
    assert kuwait.section("See also").items == [
        "Foreign relations of Kuwait",
        "Foreign relations of Palestine",
        "International recognition of Palestine",
    ]
    texts = " ".join(p.text for a in seeds.values() for p in a.paragraphs())
    assert "Infobox" not in texts and "Filetype" not in texts and "Foreign relations of" not in texts


def test_lead_paragraphs_start_after_the_infobox(seeds):
    lead = seeds[KUWAIT].sections[0]
    assert lead.paragraphs[0].text == (
        "Kuwait–Palestine relations refer to foreign relations between Kuwait and "
        "the self-proclaimed State of Palestine."
    )
    assert (lead.paragraphs[0].line, lead.paragraphs[0].anchor) == (6, "introduction-p1")


def test_unicode_survives_curly_quotes_en_dashes_and_euro(seeds):
    expulsion = seeds[KUWAIT].section("Expulsion of Palestinians after Gulf War")
    assert "disagreed with the PLO’s stance." in expulsion.paragraphs[1].text
    assert "2008–2009 Israel-Gaza conflict" in seeds[IRAQ].section("History").paragraphs[4].text
    assert "a €13 million payment" in seeds[QATAR].section("History").paragraphs[6].text


def test_lines_without_a_blank_between_them_form_one_paragraph(seeds):
    first = seeds[IRAQ].section("History").paragraphs[0]
    assert first.line == 9
    assert "the Palestinians since then. Iraq sent armies to fight Israel in 1948 and 1967." in first.text
    assert "\n" not in first.text
    # A heading right after a paragraph line closes the paragraph without a blank line.
    history = seeds[KUWAIT].section("Expulsion of Palestinians after Gulf War")
    assert history.paragraphs[-1].text.endswith("Kuwait also closed the Embassy of Palestine.")


def test_locate_finds_the_paragraph_of_a_quote(seeds):
    found = seeds[KUWAIT].locate("In 2013, the Embassy of Palestine in Kuwait was reopened.")
    assert [(p.section, p.index, p.anchor) for p in found] == [
        ("Apology and restoration of ties", 2, "apology-and-restoration-of-ties-p2")
    ]


def test_locate_folds_whitespace_and_spans_joined_lines(seeds):
    quote = "in 1948 and 1967.\n   Iraq also sent troops"
    assert [(p.section, p.index) for p in seeds[IRAQ].locate(quote)] == [("History", 1)]


def test_locate_returns_nothing_for_a_paraphrase_or_an_empty_quote(seeds):
    assert seeds[KUWAIT].locate("In 2013 the embassy reopened.") == []
    assert seeds[KUWAIT].locate("   ") == []
    assert seeds[KUWAIT].locate("Foreign relations of Kuwait") == []  # a See also item, not a paragraph


def test_section_lookup_ignores_case_and_spacing(seeds):
    assert seeds[IRAQ].section("  2003  - present ").title == "2003 - Present"
    assert seeds[IRAQ].section("Nowhere") is None


def test_repeated_section_titles_get_distinct_slugs():
    article = parse_article("= T =\n\n==Notes==\nOne.\n\n==Notes==\nTwo.\n")
    assert [p.anchor for p in article.paragraphs()] == ["notes-p1", "notes-2-p1"]


def test_text_without_a_title_line_is_refused_with_its_line():
    with pytest.raises(ArticleFormatError) as caught:
        parse_article("\n\nJust a paragraph.\n", "x.txt")
    assert (caught.value.path, caught.value.line) == ("x.txt", 3)
    with pytest.raises(ArticleFormatError):
        parse_article("")


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Kuwait–Palestine relations", "kuwait-palestine-relations"),
        (
            "Qatar's Mediation in the Palestinian-Israeli Conflict",
            "qatars-mediation-in-the-palestinian-israeli-conflict",
        ),
        ("2003 - Present", "2003-present"),
        ("Café au lait", "cafe-au-lait"),
        ("فلسطين", "untitled"),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug
