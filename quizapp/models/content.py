"""Content tables: articles with their sections and paragraphs, decks and questions (shared by all users)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.db import Model


class Article(Model):
    """An article file, parsed; `path` is relative to the project root, as questions cite it."""

    slug: Mapped[str] = mapped_column(String(200), primary_key=True)
    path: Mapped[str] = mapped_column(String(500), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    digest: Mapped[str] = mapped_column(String(64))
    sections: Mapped[list[ArticleSection]] = relationship(
        back_populates="article", order_by="ArticleSection.position", cascade="all, delete-orphan"
    )


class ArticleSection(Model):
    """A section of an article in file order; `items` holds its list lines (e.g. "See also")."""

    id: Mapped[int] = mapped_column(primary_key=True)
    article_slug: Mapped[str] = mapped_column(ForeignKey("article.slug", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(500))
    slug: Mapped[str] = mapped_column(String(200))
    level: Mapped[int]
    items: Mapped[list[str]] = mapped_column(JSON, default=list)
    article: Mapped[Article] = relationship(back_populates="sections")
    paragraphs: Mapped[list[ArticleParagraph]] = relationship(
        back_populates="section", order_by="ArticleParagraph.index", cascade="all, delete-orphan"
    )


class ArticleParagraph(Model):
    """A paragraph, addressable as `<article slug>#<anchor>`; `index` is 1-based within its section."""

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("article_section.id", ondelete="CASCADE"), index=True)
    index: Mapped[int]
    anchor: Mapped[str] = mapped_column(String(250))
    text: Mapped[str] = mapped_column(Text)
    section: Mapped[ArticleSection] = relationship(back_populates="paragraphs")


class Deck(Model):
    """A deck file; `key` is its path under questions/ without the suffix."""

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    file: Mapped[str] = mapped_column(String(500))
    retired: Mapped[bool] = mapped_column(default=False)
    # The file's text and the articles' digests at the last sync that stored it: unchanged, it is not re-read.
    digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # How many of its questions are not retired, kept by every flush that adds, retires or moves one
    # (quizapp.models.livecounts): Home and Stats read it instead of counting the bank on every page.
    live_questions: Mapped[int] = mapped_column(default=0, server_default="0")
    questions: Mapped[list[Question]] = relationship(back_populates="deck", order_by="Question.position")


class Question(Model):
    """A question as the YAML states it, keyed by its stable YAML id; retired when its YAML is gone."""

    # No index on `retired` alone: SQLite would scan it for "deck_key = ? AND retired IS 0" (half the rows
    # match). These two serve the live questions deck by deck (counts, the deck page) and the first new
    # card in study order (the index is read in order and stops at the first match).
    __table_args__ = (
        Index("ix_question_live_deck", "retired", "deck_key", "position"),
        Index("ix_question_live_order", "retired", "position", "deck_key", "type"),
        # hash: a long source sentence would not fit PostgreSQL's b-tree entry limit.
        Index("ix_question_source_quote", "source_quote", postgresql_using="hash"),
    )

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    deck_key: Mapped[str] = mapped_column(ForeignKey("deck.key"), index=True)
    position: Mapped[int]
    type: Mapped[str] = mapped_column(String(20))
    prompt: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    accept: Mapped[list[str]] = mapped_column(JSON, default=list)
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    explanation: Mapped[str] = mapped_column(Text, default="")
    hint: Mapped[str] = mapped_column(Text, default="")
    fact: Mapped[str] = mapped_column(String(200), default="", index=True)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    source_article: Mapped[str | None] = mapped_column(String(500))
    article_slug: Mapped[str | None] = mapped_column(ForeignKey("article.slug"), index=True)
    source_section: Mapped[str | None] = mapped_column(String(500))
    source_paragraph: Mapped[int | None]
    source_anchor: Mapped[str | None] = mapped_column(String(250))
    source_quote: Mapped[str | None] = mapped_column(Text)
    line: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)
    deck: Mapped[Deck] = relationship(back_populates="questions")
    article: Mapped[Article | None] = relationship()

    def content(self) -> dict[str, Any]:
        """Return the fields that come from YAML, to tell whether an edit changed anything."""
        return {name: getattr(self, name) for name in CONTENT_FIELDS}


CONTENT_FIELDS = (
    "deck_key",
    "position",
    "type",
    "prompt",
    "text",
    "answer",
    "accept",
    "choices",
    "explanation",
    "hint",
    "fact",
    "tags",
    "source_article",
    "article_slug",
    "source_section",
    "source_paragraph",
    "source_anchor",
    "source_quote",
    "line",
)
