"""Login throttling: too many wrong passwords for an account, or from an address, and logins wait a while.

The failures live in the database, so every server worker sees the same count. A refused attempt is not
counted (it cost no password check), so a flood cannot push the wait further out: it ends on time.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from quizapp.models import LoginFailure
from quizapp.usernames import username_key


@dataclass(frozen=True)
class ThrottleLimits:
    """How many failures each key may have within `window`: an account's, and an address's (a school's NAT)."""

    per_account: int = 10
    per_address: int = 100
    window: dt.timedelta = dt.timedelta(minutes=15)


def throttle_keys(username: str, address: str | None) -> dict[str, str]:
    """Return the keys a login attempt counts against, by kind: the account's and the address's."""
    return {"account": f"user:{username_key(username)}", "address": f"addr:{address or 'unknown'}"}


def seconds_to_wait(session: Session, keys: dict[str, str], limits: ThrottleLimits, now: dt.datetime) -> int:
    """Return how many seconds until a login may be tried again under these keys; 0 when it may now."""
    wait = 0.0
    for kind, key in keys.items():
        limit = limits.per_account if kind == "account" else limits.per_address
        recent = session.scalars(
            select(LoginFailure.failed_at)
            .where(LoginFailure.key == key, LoginFailure.failed_at > now - limits.window)
            .order_by(LoginFailure.failed_at.desc())
            .limit(limit)
        ).all()
        if len(recent) >= limit:  # allowed again once the oldest of the last `limit` failures leaves the window
            wait = max(wait, (recent[-1] + limits.window - now).total_seconds())
    return math.ceil(wait)


def record_failure(session: Session, keys: dict[str, str], limits: ThrottleLimits, now: dt.datetime) -> None:
    """Count one wrong password against every key, forgetting failures older than the window; commit."""
    session.execute(delete(LoginFailure).where(LoginFailure.failed_at <= now - limits.window))
    session.add_all(LoginFailure(key=key, failed_at=now) for key in keys.values())
    session.commit()


def forget_failures(session: Session, key: str) -> None:
    """Clear an account's failures after its owner logged in; the address's stay counted. Commit."""
    session.execute(delete(LoginFailure).where(LoginFailure.key == key))
    session.commit()
