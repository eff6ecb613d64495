"""Accounts: find one by name, check a password, register from the form, and create or promote from the CLI."""

from __future__ import annotations

import functools
import re

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp.models import User
from quizapp.passwords import password_problem
from quizapp.timezones import is_valid_timezone
from quizapp.usernames import lookalike_problem, username_key

# The same rules as the registration form, so an account made here can also log in there.
USERNAME_PATTERN = r"^[\w.-]+$"
MAX_USERNAME = 40


class AccountError(Exception):
    """Why an account could not be created or changed, in words for the person at the keyboard."""


def find_user(session: Session, username: str) -> User | None:
    """Return the account with this username, ignoring case and Unicode spelling variants, or None."""
    return session.scalars(select(User).where(User.username_key == username_key(username))).first()


@functools.cache
def _decoy_hash() -> str:
    return generate_password_hash("decoy password for unknown usernames")


def authenticate(session: Session, username: str, password: str) -> User | None:
    """Return the user if the password matches; spend the same work when the username is unknown."""
    user = find_user(session, username)
    if user is None:
        # Hash anyway, so the response time does not tell which usernames exist.
        check_password_hash(_decoy_hash(), password)
        return None
    return user if user.check_password(password) else None


def register_student(session: Session, username: str, password: str, timezone: str) -> User | None:
    """Add and commit a student's account from the registration form; None when the name is taken.

    The form has checked the name and password. The unique name key catches a name taken between the
    check here and the insert, so this commits itself to turn that race into "taken".
    """
    if find_user(session, username) is not None:
        return None
    user = User(username=username)
    user.set_password(password)
    if is_valid_timezone(timezone):
        user.timezone = timezone
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return None
    return user


def create_account(session: Session, username: str, password: str, teacher: bool = False) -> User:
    """Add an account (the caller commits), refusing a taken or malformed name and a weak password."""
    username = username.strip()
    if not 3 <= len(username) <= MAX_USERNAME:
        raise AccountError(f"use 3 to {MAX_USERNAME} characters for the username")
    if not re.match(USERNAME_PATTERN, username):
        raise AccountError("use letters, digits, dots, dashes or underscores only in the username")
    if problem := lookalike_problem(username):
        raise AccountError(problem)
    if find_user(session, username) is not None:
        raise AccountError(f"the username {username!r} is taken")
    if problem := password_problem(password, username):
        raise AccountError(problem)
    user = User(username=username, is_teacher=teacher)
    user.set_password(password)
    session.add(user)
    return user


def promote(session: Session, username: str) -> User:
    """Make an existing account a teacher (the caller commits); an unknown name is an AccountError."""
    user = find_user(session, username)
    if user is None:
        raise AccountError(f"no account is called {username!r}")
    user.is_teacher = True
    return user
