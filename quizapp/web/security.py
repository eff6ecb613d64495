"""Security headers on every response, and the client's real address and scheme behind a reverse proxy."""

from __future__ import annotations

from flask import Flask, abort, request
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wrappers import Response

# No inline script anywhere: scripts come from /static only. Inline style attributes stay allowed for the
# progress bars' widths, which carry numbers, never user text.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate it
}
ONE_YEAR = 365 * 24 * 3600


def init_app(app: Flask) -> None:
    """Add the headers to every response; trust PROXY_HOPS proxies for the client's address and scheme."""
    if hops := app.config["PROXY_HOPS"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)  # type: ignore[method-assign]
    over_https = app.config["SESSION_COOKIE_SECURE"]

    @app.before_request
    def refuse_nul_characters() -> None:
        """Answer 400 to a NUL character in any field or argument: no text column (PostgreSQL's least) keeps one."""
        if any("\x00" in value for value in request.values.values()):
            abort(400)

    @app.after_request
    def add_security_headers(response: Response) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if over_https:
            response.headers.setdefault("Strict-Transport-Security", f"max-age={ONE_YEAR}")
        return response
