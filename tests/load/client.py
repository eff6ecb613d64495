"""A student's browser for load tests: keeps cookies, reads forms, never follows a redirect by itself."""

from __future__ import annotations

import http.client
import re
from html import unescape
from urllib.parse import urlencode, urlsplit

HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*>')
NAME, VALUE = re.compile(r'name="([^"]+)"'), re.compile(r'value="([^"]*)"')


class Browser:
    """One student's connection to the server, with a cookie jar and a request count."""

    def __init__(self, base_url: str, timeout: float = 60) -> None:
        parts = urlsplit(base_url)
        self.host, self.port, self.timeout = parts.hostname, parts.port, timeout
        self.cookies: dict[str, str] = {}
        self.requests = 0

    def request(self, method: str, path: str, fields: dict[str, str] | None = None) -> tuple[int, str, str]:
        """Send one request; return (status, Location header, body). Raises OSError if the server is gone."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.requests += 1
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, response.headers.get("Location", ""), text
        finally:
            connection.close()

    def get(self, path: str) -> tuple[int, str, str]:
        return self.request("GET", path)

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, str, str]:
        return self.request("POST", path, fields)

    def post_then_follow(self, path: str, fields: dict[str, str]) -> tuple[int, str, str]:
        """Post a form and, when it redirects (Post/Redirect/Get), get the page it points to."""
        status, location, body = self.request("POST", path, fields)
        if status in (302, 303) and location:
            return self.request("GET", location)
        return status, location, body


def hidden_fields(html: str, form_start: str = "") -> dict[str, str]:
    """Return the hidden inputs of the first form whose opening tag contains `form_start`."""
    start = html.find(form_start) if form_start else 0
    end = html.find("</form>", start)
    fields = {}
    for tag in HIDDEN.findall(html[start:end]):
        name, value = NAME.search(tag), VALUE.search(tag)
        if name:
            fields[unescape(name.group(1))] = unescape(value.group(1)) if value else ""
    return fields
