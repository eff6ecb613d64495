"""Pick a sentence on an article page: the paragraph's sentences, each ready to start a question from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.articles import split_sentences
from quizapp.authoring.template import Sentence
from quizapp.models import Article, ArticleParagraph, ArticleSection


@dataclass(frozen=True)
class PickedParagraph:
    """A paragraph of an article with its sentences, each a citation a new question can start from."""

    article_title: str
    article_slug: str
    anchor: str
    text: str
    sentences: list[Sentence]


def paragraph_sentences(session: Session, slug: str, anchor: str) -> PickedParagraph | None:
    """Return the paragraph at `slug#anchor` with its sentences as citations; None when there is no such one."""
    row = session.execute(
        select(Article, ArticleSection, ArticleParagraph)
        .join(ArticleSection, ArticleSection.article_slug == Article.slug)
        .join(ArticleParagraph, ArticleParagraph.section_id == ArticleSection.id)
        .where(Article.slug == slug, ArticleParagraph.anchor == anchor)
    ).first()
    if row is None:
        return None
    article, section, paragraph = row
    sentences = [Sentence(article.path, section.title, paragraph.index, s) for s in split_sentences(paragraph.text)]
    return PickedParagraph(article.title, article.slug, anchor, paragraph.text, sentences)
