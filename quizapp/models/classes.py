"""Classes: a teacher's group of students, who joined it by its code, and the decks it is assigned."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.db import UTCDateTime, db, utcnow


class SchoolClass(db.Model):
    """A class run by one teacher; students join it with its join code (unique, replaced on request)."""

    __tablename__ = "school_class"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The teacher's account going takes their classes with it (and so every membership and assignment).
    teacher_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClassMember(db.Model):
    """A student's place in a class; the pair is the key, so joining twice cannot make two rows."""

    __tablename__ = "class_member"

    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True)
    # Indexed on its own: the home page asks which classes (and so which assigned decks) a student has.
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True, index=True)
    joined_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClassDeck(db.Model):
    """A deck assigned to a class: its students see it first on their home page."""

    __tablename__ = "class_deck"

    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True)
    deck_key: Mapped[str] = mapped_column(ForeignKey("deck.key"), primary_key=True)
    assigned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
