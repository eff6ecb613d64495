"""Cards a student set aside: suspended (until unsuspended), buried (until the next study day), leeches."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.db import Model, UTCDateTime


class CardHold(Model):
    """What keeps one user's card out of study: suspended, buried until a moment, tagged a leech.

    Apart from CardState because a new card (no CardState row) can be suspended or buried too.
    """

    __table_args__ = (UniqueConstraint("user_id", "question_id", name="uq_card_hold_user_question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("question.id"), index=True)
    suspended: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The start of the study day after the one it was buried on; null when not buried.
    buried_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Tagged "leech" when it lapsed the user's leech threshold times (Anki's leech tag); kept when unsuspended.
    leech: Mapped[bool] = mapped_column(default=False, server_default=false())
