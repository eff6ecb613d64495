"""Teachers' saved drafts: the editor's text kept for one teacher under its file name, never under questions/."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.db import Model, UTCDateTime, utcnow


class Draft(Model):
    """One teacher's unpublished text of a question file; saving the same file name again updates it."""

    __tablename__ = "draft"
    # One draft per teacher and file name: a second Save draft of the name updates the first, even in a race.
    __table_args__ = (UniqueConstraint("teacher_id", "path", name="uq_draft_teacher_path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The teacher's account going takes their drafts with it.
    teacher_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(String(200))  # the file name under questions/ it will be published as
    content: Mapped[str] = mapped_column(Text)
    # The hash of the file the editor opened ('' for a new file), so Publish still refuses a stale write.
    base_hash: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
