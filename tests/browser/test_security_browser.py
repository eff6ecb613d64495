"""Under the Content-Security-Policy, in real Chromium: no violation on any page, and the moved script still runs."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import LAPTOP, PASSWORD, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    """A server of its own: accounts made here must not shift the user ids (and so the interval fuzz) that
    the shared live_server's screenshots show."""
    yield from serve(tmp_path_factory.mktemp("csp"))


def test_pages_raise_no_csp_violation_and_register_still_reads_the_time_zone(browser, own_server):
    context = browser.new_context(base_url=own_server, viewport=LAPTOP, timezone_id="Asia/Kuwait")
    context.set_default_timeout(10_000)
    page = context.new_page()
    violations: list[str] = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.goto("/register")
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'Content Security Policy: ' + e.violatedDirective))"
    )
    page.reload()
    assert page.locator("#timezone").input_value() == "Asia/Kuwait"  # filled by static/js/register.js
    page.get_by_label("Username").fill("csp-student")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Create account").click()
    for url in ("/", "/decks/kuwait", "/study?deck=kuwait", "/stats", "/settings", "/account/delete"):
        page.goto(url)
    page.goto("/study?deck=kuwait")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("^(Check|Show answer)")).first.click()
    assert page.locator("#grade-form").is_visible()
    with page.expect_navigation():
        page.keyboard.press("3")  # grading by key is study.js's work: it runs under the policy
    assert page.url.endswith("/study?deck=kuwait")
    page.goto("/settings")
    assert "Asia/Kuwait" in page.locator("#timezone").input_value()
    assert violations == []
    context.close()
