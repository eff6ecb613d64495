"""Accounts from the command line: create a student or teacher, and make a student a teacher."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.models import User
from quizapp.passwords import password_problem
from quizapp.usernames import lookalike_problem, username_key

# The same rules as the registration form, so an account made here can also log in there.
USERNAME_PATTERN = r"^[\w.-]+$"
MAX_USERNAME = 40


class AccountError(Exception):
    """Why an account could not be created or changed, in words for the person at the keyboard."""


def find_user(session: Session, username: str) -> User | None:
    """Return the account with this username, ignoring case and Unicode spelling variants, or None."""
    return session.scalars(select(User).where(User.username_key == username_key(username))).first()


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
