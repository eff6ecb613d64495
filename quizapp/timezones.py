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


@functools.cache
def _by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in timezone_names()}


def canonical_timezone(name: str | None) -> str | None:
    """Return the IANA spelling of a time zone name given in any case ("europe/berlin" -> "Europe/Berlin")."""
    found = _by_folded_name().get((name or "").strip().casefold())
    return found if found and is_valid_timezone(found) else None
