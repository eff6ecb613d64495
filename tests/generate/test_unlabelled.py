"""Names the NER misses are still asked when they play a clear role (quizapp.generate.unlabelled)."""

from __future__ import annotations

from quizapp.articles import parse_article
from quizapp.generate.names import NameIndex
from quizapp.generate.units import SentenceUnit
from quizapp.generate.unlabelled import find_unlabelled_names


def unlabelled(nlp, text: str) -> list[str]:
    """Return the answers found in a one-sentence paragraph whose entity labels are all taken away."""
    article = parse_article(f"= Test =\n\n{text}\n", "tests/data/articles/inline.txt")
    paragraph = article.paragraphs()[0]
    doc = nlp(paragraph.text)
    doc.ents = []  # as the small model leaves many product, company and mission names
    unit = SentenceUnit(article, paragraph, next(iter(doc.sents)))
    return [f.answer for f in find_unlabelled_names(unit, NameIndex(), [])]


def test_a_run_of_names_after_a_verbs_preposition_is_a_name(nlp):
    assert "ZKT Global" in unlabelled(nlp, "The brand came back in 2016 through ZKT Global, a firm set up by managers.")


def test_a_run_inside_a_title_or_after_a_possessive_is_no_name_of_its_own(nlp):
    found = unlabelled(nlp, "In 1965 the new Minister for Public Works stopped the payments.")
    assert "Public Works" not in found, found
    assert unlabelled(nlp, "Help came from the Freedom and People's Rights Movement in 1881.") == []
