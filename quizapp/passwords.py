"""Password rules after NIST SP 800-63B: long enough, not a common password, not the username, not blank."""

from __future__ import annotations

import functools

from quizapp.usernames import username_key

MIN_PASSWORD = 8
MAX_PASSWORD = 200
COMMON_COUNT = 10_000
# Words tied to this site, which guessers try first (NIST's "context-specific words").
SITE_WORDS = ("quizapp",)


@functools.cache
def common_passwords() -> frozenset[str]:
    """Return the 10,000 most common passwords, from the ranked list zxcvbn ships (xato's leaked passwords)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"][:COMMON_COUNT])


def password_problem(password: str, username: str) -> str | None:
    """Return why the password is refused for this username, or None when it may be used."""
    if not password.strip():
        return "A password of only spaces is too easy to guess."
    if len(password) < MIN_PASSWORD or len(password) > MAX_PASSWORD:
        return f"Use {MIN_PASSWORD} to {MAX_PASSWORD} characters."
    folded = username_key(password)
    if folded in common_passwords() or folded.replace(" ", "") in common_passwords():
        return "That is one of the most common passwords, which are guessed first; pick another."
    name = username_key(username) if username and username.strip() else ""
    if name and (name in folded or folded in name):
        return "Do not build your password from your username."
    if any(word in folded for word in SITE_WORDS):
        return "Do not build your password from the site's name."
    return None
