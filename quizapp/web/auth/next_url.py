"""Where to go after logging in: only paths on this site, never another host."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_next_url(target: str | None) -> str | None:
    """Return `target` if it is a local path such as "/decks/x?tag=y", else None."""
    if not target or not target.startswith("/"):
        return None
    # Browsers read "//host" and "/\host" as another site, and drop tabs and newlines before doing so.
    if target.startswith("//") or "\\" in target or any(ord(char) < 0x21 for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target
