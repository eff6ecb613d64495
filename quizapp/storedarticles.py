"""Stored articles read back: an article with its paragraphs, the live questions citing it, a source paragraph."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from quizapp.live import live_question
from quizapp.models import Article, ArticleParagraph, ArticleSection, Question

__all__ = [
    "SourceParagraph",
    "article_text",
    "article_titles",
    "citing_questions",
    "source_paragraph",
    "stored_article",
]


@dataclass(frozen=True)
class SourceParagraph:
    """A question's source paragraph with the titles of its section and article."""

    paragraph: ArticleParagraph
    section_title: str
    article_title: str


def stored_article(session: Session, slug: str) -> Article | None:
    """Return the article with its sections and their paragraphs loaded, or None for an unknown slug."""
    return session.get(Article, slug, options=[selectinload(Article.sections).selectinload(ArticleSection.paragraphs)])


def citing_questions(session: Session, slug: str) -> Sequence[Question]:
    """Return the live questions citing the article, in deck and bank order, each with its deck loaded."""
    return session.scalars(
        select(Question)
        .where(Question.article_slug == slug, live_question())
        .order_by(Question.deck_key, Question.position)
        .options(selectinload(Question.deck))
    ).all()


def source_paragraph(session: Session, slug: str, anchor: str) -> SourceParagraph | None:
    """Return the paragraph at `<slug>#<anchor>` with its section's and article's titles, or None."""
    row = session.execute(
        select(ArticleParagraph, ArticleSection.title, Article.title)
        .join(ArticleSection, ArticleParagraph.section_id == ArticleSection.id)
        .join(Article, ArticleSection.article_slug == Article.slug)
        .where(Article.slug == slug, ArticleParagraph.anchor == anchor)
    ).first()
    return SourceParagraph(*row) if row is not None else None


def article_text(session: Session, slug: str) -> str:
    """Return the article's paragraphs as one text, a paragraph a line."""
    texts = session.scalars(
        select(ArticleParagraph.text)
        .join(ArticleSection, ArticleParagraph.section_id == ArticleSection.id)
        .where(ArticleSection.article_slug == slug)
    )
    return "\n".join(texts)


def article_titles(session: Session) -> dict[str, str]:
    """Map each stored article's path to its title."""
    return {path: title for path, title in session.execute(select(Article.path, Article.title))}
