"""Accounts and each user's study settings."""

from __future__ import annotations

import datetime as dt

from flask_login import UserMixin
from sqlalchemy import JSON, String, UniqueConstraint, false, true
from sqlalchemy.orm import Mapped, mapped_column, validates
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp.db import Model, UTCDateTime, utcnow
from quizapp.usernames import display_username, username_key


class User(UserMixin, Model):
    """A student (or teacher) account with a hashed password and study settings."""

    # Unique on the folded name, so that "Alice" and "alice" (or "ÄNNE" and "änne") are one account even
    # when two registrations race: the database refuses the second.
    __table_args__ = (UniqueConstraint("username_key", name="uq_user_username_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    username_key: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(256))
    # Part of the id kept in session and remember-me cookies: raising it makes every cookie issued before
    # worthless, which is how logout, a password change and "log out everywhere" end other sessions.
    session_version: Mapped[int] = mapped_column(default=1, server_default="1")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    day_starts_at_hour: Mapped[int] = mapped_column(default=4)
    desired_retention: Mapped[float] = mapped_column(default=0.9)
    new_cards_per_day: Mapped[int] = mapped_column(default=20)
    reviews_per_day: Mapped[int] = mapped_column(default=200)
    # Digits, U and Space act on the study page; a student who speaks commands or slips on keys turns them off.
    single_key_shortcuts: Mapped[bool] = mapped_column(default=True, server_default=true())
    # Teachers write question files and run classes; every account starts as a student.
    is_teacher: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Anki's step lists ("1m 10m"; empty = no steps), read by quizapp.steps; a card lapsing leech_threshold
    # times is tagged a leech and suspended.
    learning_steps: Mapped[str] = mapped_column(String(200), default="1m 10m", server_default="1m 10m")
    relearning_steps: Mapped[str] = mapped_column(String(200), default="10m", server_default="10m")
    leech_threshold: Mapped[int] = mapped_column(default=8, server_default="8")
    # The FSRS weights optimised from the user's own reviews (quizapp.optimizer); None: the package's defaults.
    fsrs_parameters: Mapped[list[float] | None] = mapped_column(JSON)

    @validates("username")
    def _keep_key(self, _: str, typed: str) -> str:
        """Store the name trimmed and in NFKC, and its folded key with it, however the name is set."""
        self.username_key = username_key(typed)
        return display_username(typed)

    def set_password(self, password: str) -> None:
        """Store a salted hash of the password, never the password."""
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        """Tell whether the password matches the stored hash."""
        return check_password_hash(self.password_hash, password)

    def get_id(self) -> str:
        """Return the id Flask-Login keeps in cookies: the user's id and session version, as "17.3"."""
        return f"{self.id}.{self.session_version}"

    def end_sessions(self) -> None:
        """Make every session and remember-me cookie issued so far worthless (the caller commits)."""
        self.session_version += 1
