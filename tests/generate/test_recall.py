"""Recall of the hand-labelled facts (tests/data/labels/) must stay at 0.9 or above."""

from __future__ import annotations

from quizapp.generate.evaluation import load_labels, missed, recall_table

from .conftest import LABELS

MINIMUM = 0.9


def facts_by_article(decks):
    """Map each article path to the facts its deck asks about."""
    return {deck.article_path: deck.facts for deck in decks}


def test_labels_cover_two_seeds_and_the_test_articles():
    articles = {label.article for label in load_labels(LABELS)}
    assert len([a for a in articles if a.startswith("seeds/")]) >= 2
    assert len([a for a in articles if a.startswith("tests/data/articles/")]) >= 3


def test_overall_recall_is_at_least_ninety_percent(all_decks):
    labels = load_labels(LABELS)
    found, total = recall_table(labels, facts_by_article(all_decks))[("all", "all")]
    assert found / total >= MINIMUM, [f"{m.kind} {m.answer}" for m in missed(labels, facts_by_article(all_decks))]


def test_recall_of_every_labelled_article_is_at_least_ninety_percent(all_decks):
    labels = load_labels(LABELS)
    table = recall_table(labels, facts_by_article(all_decks))
    low = {article: f"{found}/{total}" for (article, kind), (found, total) in table.items()
           if kind == "all" and article != "all" and found / total < MINIMUM}
    assert low == {}


def test_dates_and_numbers_are_found_almost_always(all_decks):
    table = recall_table(load_labels(LABELS), facts_by_article(all_decks))
    for kind in ("date", "number"):
        found, total = table[("all", kind)]
        assert found / total >= 0.95, kind
