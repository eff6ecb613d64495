"""What each question of a draft looks like to a student: its front, options, answer and the quoted source."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.articles import ArticleLibrary
from quizapp.bank.model import Deck, Question


@dataclass(frozen=True)
class PreviewCard:
    """One question as the study page shows it, with the paragraph its source cites."""

    question: Question
    paragraph: str  # the cited paragraph's text, '' without a source
    article_title: str
    article_slug: str


def preview_cards(deck: Deck, articles_root: Path) -> list[PreviewCard]:
    """Return the draft's questions in file order, each with the paragraph it quotes."""
    library = ArticleLibrary(articles_root)
    cards = []
    for question in deck.questions:
        source = question.source
        article = library.get(source.article) if source else None
        paragraph = (
            next((p.text for p in article.paragraphs() if p.anchor == source.anchor), "") if article and source else ""
        )
        cards.append(
            PreviewCard(question, paragraph, article.title if article else "", article.slug if article else "")
        )
    return cards
