"""The search index: each live question's searchable text, folded (see quizapp.search), refreshed at sync."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.db import Model


class QuestionSearch(Model):
    """One question's prompt, answers, explanation, source sentence and tags, folded; SQLite mirrors it in FTS5."""

    __tablename__ = "search_index"

    question_id: Mapped[str] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"), primary_key=True)
    deck_key: Mapped[str] = mapped_column(String(300), index=True)
    body: Mapped[str] = mapped_column(Text)
