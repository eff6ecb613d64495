"""The study calendar, free of Flask: which study day a moment falls on, in a user's zone and day start.

As in Anki, a day "rolls over" at the day-start hour (4 a.m. by default) in the user's own time zone, and
time between reviews is counted in rollovers, not 24-hour blocks: a card reviewed at 22:00 and again at
08:00 the next morning has waited one day. Counting calendar dates also keeps a DST change (a 23- or
25-hour day) from stretching or shrinking an interval.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = dt.UTC


def zone_named(name: str) -> ZoneInfo:
    """Return the named time zone, or UTC if the name is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class StudyClock:
    """A user's calendar of study days: a time zone name and the hour (0-23) a day starts at."""

    timezone: str = "UTC"
    starts_at_hour: int = 4

    @cached_property
    def zone(self) -> ZoneInfo:
        """Return the time zone (UTC when the name is unknown)."""
        return zone_named(self.timezone)

    @property
    def hour(self) -> int:
        """Return the day-start hour, kept within 0-23."""
        return min(max(self.starts_at_hour, 0), 23)

    def day_of(self, when: dt.datetime) -> dt.date:
        """Return the study day a moment belongs to: before the day-start hour counts for the day before."""
        return (when.astimezone(self.zone) - dt.timedelta(hours=self.hour)).date()

    def start_of(self, day: dt.date) -> dt.datetime:
        """Return the moment (UTC) a study day starts."""
        return dt.datetime.combine(day, dt.time(self.hour), tzinfo=self.zone).astimezone(UTC)

    def days_between(self, earlier: dt.datetime, later: dt.datetime) -> int:
        """Return how many study days passed from one moment to a later one (0 within the same day)."""
        return max((self.day_of(later) - self.day_of(earlier)).days, 0)
