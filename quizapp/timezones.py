"""Time zone names the app accepts, checked against the IANA database that `zoneinfo` sees."""

from __future__ import annotations

import functools
import zoneinfo


@functools.cache
def timezone_names() -> tuple[str, ...]:
    """Return every IANA time zone name, sorted, for pickers and validation."""
    return tuple(sorted(zoneinfo.available_timezones()))


def is_valid_timezone(name: str | None) -> bool:
    """Tell whether `name` is a time zone `zoneinfo` can load (e.g. "Asia/Kuwait", "UTC")."""
    if not name or name not in timezone_names():
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True
