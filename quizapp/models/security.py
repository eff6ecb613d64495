"""Failed logins, kept in the database so that every server worker counts the same ones."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.db import Model, UTCDateTime, utcnow


class LoginFailure(Model):
    """One wrong password, counted against an account ("user:<key>") and an address ("addr:<ip>")."""

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), index=True)
    failed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
